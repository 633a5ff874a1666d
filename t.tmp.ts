import { parseRegister } from './shared/register/parse-register';
const folder = (i: number) =>
  `<folder><object_name>T25-TSAG-250526-TD-GEN-${String(i % 10000).padStart(4, '0')}</object_name><doc_type>TD</doc_type><ltitle_e>Title &amp; more ${i}</ltitle_e><study_questions><rvalue>Q1/17</rvalue></study_questions></folder>\n`;
for (let k = 0; k < 2; k++) for (const n of [1000, 2000, 4000, 8000, 16000]) {
  const s = `<page_content><folder_list>${Array.from({ length: n }, (_, i) => folder(i)).join('')}</folder_list></page_content>`;
  let best = Infinity; for (let r = 0; r < 5; r++) { const t0 = performance.now(); parseRegister(s, 'r.xml'); best = Math.min(best, performance.now() - t0); }
  console.log('xml', n, best.toFixed(1));
}
