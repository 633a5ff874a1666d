import { parseRegister } from './shared/register/parse-register';
const row = '<tr><td><a href="/md/T25-TSAG-250526-TD-GEN-0001/en">1</a></td><td>T</td></tr>';
for (let k = 0; k < 3; k++) for (const n of [2000, 4000, 8000]) {
  const s = `<table>${row.repeat(n)}</table>`;
  const t0 = performance.now(); parseRegister(s, 'r.html'); console.log('html', n, (performance.now() - t0).toFixed(0));
}
