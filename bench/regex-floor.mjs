#!/usr/bin/env node
// The floor `td-lens refs FILE --format json` is measured against (bench/cli.bench.ts): a whole Node process that
// reads the file, runs one combined regular expression over the reference kinds the CLI knows and prints the same
// JSON shape ({file, references: [{kind, id, text, start, end, line}]}, two-space indent). No grammar, no
// overlap resolution, no canonical ids beyond dropping spaces: the least any `refs` can do.
import { readFileSync } from 'node:fs';

// One capture group per kind, in this order; action lists (`RG-WPR-2, 3, 4`) give one reference per code.
const KINDS = ['td', 'contribution', 'wtsa-action', 'action', 'question', 'study-group', 'resolution', 'recommendation'];
const COMBINED = /\b(?:(TD ?\d+(?: ?Rev\.? ?\d+|R\d+)?)|(C ?\d+\b)|(WTSA-\d+ Action \d+)|((?:WP\d|RG-[A-Z]+)-\d+(?:, \d+)*)|(Q\d+\/\d+)|(TSAG\b|S(?:G|tudy Group)s? ?\d+)|(Resolution \d+)|(ITU-T [A-Z]\.\d+))/g;

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const references = [];
let line = 1;
let scanned = 0;
const push = (kind, start, found) => {
  for (let i = text.indexOf('\n', scanned); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  scanned = start;
  references.push({ kind, id: found.replace(/ /g, ''), text: found, start, end: start + found.length, line });
};
for (let m = COMBINED.exec(text); m !== null; m = COMBINED.exec(text)) {
  const group = m.indexOf(m[0], 1) - 1;
  if (KINDS[group] !== 'action') {
    push(KINDS[group], m.index, m[0]);
    continue;
  }
  const [first, ...more] = m[0].split(', ');
  push('action', m.index, first);
  let at = m.index + first.length;
  for (const n of more) {
    at += 2;
    push('action', at, n);
    at += n.length;
  }
}
process.stdout.write(JSON.stringify({ file, references }, null, 2) + '\n');
