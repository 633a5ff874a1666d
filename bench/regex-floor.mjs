#!/usr/bin/env node
// The floor `td-lens refs FILE --format json` is measured against (bench/cli.bench.ts): a whole Node process that
// reads the file, runs one combined regular expression over the reference kinds the CLI knows and prints the same
// JSON shape ({file, references: [{kind, id, text, start, end, line}]}, two-space indent). The leanest such
// program: the regular expression has no capture group (V8 then records no submatch), the kind is told from the
// match's first letters, and the id is the match without spaces. No grammar, no overlap resolution: the least any
// `refs` can do.
import { readFileSync } from 'node:fs';

const COMBINED =
  /\b(?:TD ?\d+(?: ?Rev\.? ?\d+|R\d+)?|C ?\d+\b|WTSA-\d+ Action \d+|(?:WP\d|RG-[A-Z]+)-\d+(?:, \d+)*|Q\d+\/\d+|TSAG\b|S(?:G|tudy Group)s? ?\d+|Resolution \d+|ITU-T [A-Z]\.\d+)/g;

/** The kind of a match, from its first two characters (each alternative starts differently). */
function kindOf(found) {
  switch (found.charCodeAt(0)) {
    case 67:
      return 'contribution'; // C
    case 81:
      return 'question'; // Q
    case 73:
      return 'recommendation'; // ITU-T
    case 83:
      return 'study-group'; // SG, Study Group
    case 84:
      return found.charCodeAt(1) === 68 ? 'td' : 'study-group'; // TD, TSAG
    case 87:
      return found.charCodeAt(1) === 84 ? 'wtsa-action' : 'action'; // WTSA-, WP
    default:
      return found.charCodeAt(1) === 71 ? 'action' : 'resolution'; // RG-, Resolution
  }
}

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
  const found = m[0];
  const kind = kindOf(found);
  if (kind !== 'action') {
    push(kind, m.index, found);
    continue;
  }
  const [first, ...more] = found.split(', ');
  push('action', m.index, first);
  let at = m.index + first.length;
  for (const n of more) {
    at += 2;
    push('action', at, n);
    at += n.length;
  }
}
process.stdout.write(JSON.stringify({ file, references }, null, 2) + '\n');
