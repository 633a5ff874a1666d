/**
 * The words of a title or a line that say what it is about, reduced to comparable stems: `Liaison Statement on
 * activities and studies on sustainable digital transformation` → `activit`, `studi`, `sustainabl`, `digit`,
 * `transformation`. Words every meeting document shares (`draft`, `meeting`, `approve`, `ITU-T`, `Geneva`, months,
 * numbers, status words) and the words of document kinds say nothing of the subject and are left out. Words weigh
 * little on their own (kinds.ts, groups.ts carry the distinctive things); they pick one TD among several.
 */

const STOP = new Set(
  `a an and are as at be been by for from has have in into is it its of on or that the their these this those to
  was were which will with within without also any all each other such than then there via per
  itu itu-t itu-r itu-d tsag tsb sg sgs study studies group groups working party parties rapporteur rapporteurs
  meeting meetings document documents td tds contribution contributions annex clause item items
  draft new revised revision updated update final version proposed provisional
  approve approval approved adopt adopted agree agreed review reviewed note noted consider considered endorse
  endorsed discuss discussed see found as-is progress results result status please kindly find attached here
  below above before after
  report reports ls lss liaison liaisons statement statements outgoing incoming reply tor tors terms reference
  agenda agendas action actions plan plans recommendation recommendations question questions text texts baseline
  supplement technical paper wtsa resolution rev
  started not completed ongoing under way closed done sent
  geneva e-meeting virtual january february march april may june july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/** A light stem: enough that `mandate`/`mandated`, `study`/`studies`, `coordination`/`coordinations` meet. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && /[ey]$/.test(w)) w = w.slice(0, -1);
  return w;
}

export interface Word {
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}\p{N}'-]*/gu;

/** The subject words of `text` outside `blanks` (spans of groups, references, kinds already read), in text order. */
export function subjectWords(text: string, blanks: readonly { start: number; end: number }[] = []): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (blanks.some((b) => start < b.end && end > b.start)) continue;
    const raw = m[0].replace(/['-]+$/, '').toLowerCase();
    if (raw.length < 3 || STOP.has(raw) || /\d/.test(raw)) continue;
    out.push({ stem: stem(raw), start, end });
  }
  return out;
}
