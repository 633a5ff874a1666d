/**
 * The observed forms (test/fixtures/observed/*.tsv, described in its README.md): ITU-T references and look-alikes
 * seen in public text written by others, one snippet a line with its labels and the URL where it was seen.
 *
 * One module reads them, scores the shared recognizer on them and formats the figures, so that the unit test
 * (test/unit/observed-forms.test.ts) and `npm run bench` print the same numbers. Only TDs, contributions and
 * Questions are scored: recall = found and expected / expected, precision = found and expected / found, per kind,
 * on the multiset of canonical ids of each snippet (offsets are not compared: a snippet is short).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { findReferences } from '../shared/refs/find-references';

export const SCORED_KINDS = ['td', 'contribution', 'question'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** A reference as labelled: `td:TD412R2` is `{ kind: 'td', id: 'TD412R2' }`. */
export interface Label {
  kind: ScoredKind;
  id: string;
}

export interface Observed {
  /** Genre: the file's name without `.tsv` (`itu-int`, `mailing-lists` ...). */
  genre: string;
  /** 1-based line in its file. */
  line: number;
  /** The snippet as written, `\n` and `\t` unescaped. */
  text: string;
  /** Every TD, contribution and Question the snippet cites, in order; empty for a look-alike. */
  expected: Label[];
  /** What the snippet cites in its source but cannot be told from the snippet alone (`?kind:ID`): not scored. */
  ambiguous: Label[];
  /** Labelled `none`: a look-alike that cites nothing. */
  lookAlike: boolean;
  url: string;
  /** The group the source is about: `SG15`, `TSAG`, or another body (`ITU-D`, `ITU-R`, `3GPP`, `IETF` ...). */
  group: string;
  year: number;
}

export const OBSERVED_DIR = new URL('./fixtures/observed/', import.meta.url);

const LABEL = /^(\?)?(td|contribution|question):(\S+)$/;
const FIELDS = 5;

function unescapeSnippet(s: string): string {
  return s.replace(/\\([nt\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

/** Parses one file's content; throws with file and line on any line that breaks the format. */
export function parseObserved(genre: string, content: string): Observed[] {
  const out: Observed[] = [];
  content.split('\n').forEach((raw, i) => {
    const where = `${genre}.tsv:${i + 1}`;
    if (raw === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    if (fields.length !== FIELDS) throw new Error(`${where}: ${fields.length} fields, ${FIELDS} expected`);
    const [snippet, labels, url, group, yearText] = fields;
    if (snippet.trim() === '') throw new Error(`${where}: empty snippet`);
    if (!/^https?:\/\/\S+$/.test(url)) throw new Error(`${where}: not a URL: ${url}`);
    if (!/^\S+$/.test(group)) throw new Error(`${where}: no group`);
    const year = Number(yearText);
    if (!Number.isInteger(year) || year < 1990 || year > 2030) throw new Error(`${where}: bad year ${yearText}`);
    const expected: Label[] = [];
    const ambiguous: Label[] = [];
    const lookAlike = labels === 'none';
    if (!lookAlike) {
      for (const token of labels.split(' ')) {
        const m = LABEL.exec(token);
        if (!m) throw new Error(`${where}: bad label ${token}`);
        (m[1] ? ambiguous : expected).push({ kind: m[2] as ScoredKind, id: m[3] });
      }
    }
    out.push({ genre, line: i + 1, text: unescapeSnippet(snippet), expected, ambiguous, lookAlike, url, group, year });
  });
  return out;
}

/** Every observed form, file by file in name order. */
export function readObserved(dir: URL = OBSERVED_DIR): Observed[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((f) => parseObserved(f.slice(0, -'.tsv'.length), readFileSync(new URL(f, dir), 'utf8')));
}

export interface KindScore {
  expected: number;
  found: number;
  truePositives: number;
  /** truePositives / expected (1 when nothing is expected). */
  recall: number;
  /** truePositives / found (1 when nothing is found). */
  precision: number;
  /** `genre:line id "snippet"` of each expected reference not found. */
  misses: string[];
  /** `genre:line id "snippet"` of each reference found but not expected. */
  falsePositives: string[];
}

export type Score = Record<ScoredKind | 'all', KindScore>;

type Finder = (text: string) => readonly { kind: string; id: string }[];

const defaultFinder: Finder = (text) => findReferences(text);

function emptyScore(): KindScore {
  return { expected: 0, found: 0, truePositives: 0, recall: 1, precision: 1, misses: [], falsePositives: [] };
}

/** Removes one occurrence of `x` from `xs`; says whether it was there. */
function take(xs: string[], x: string): boolean {
  const i = xs.indexOf(x);
  if (i < 0) return false;
  xs.splice(i, 1);
  return true;
}

/** Recall and precision per scored kind (and over all three) of `find` on the observed forms. */
export function scoreObserved(samples: readonly Observed[], find: Finder = defaultFinder): Score {
  const score = { td: emptyScore(), contribution: emptyScore(), question: emptyScore(), all: emptyScore() };
  for (const s of samples) {
    const found = find(s.text).filter((r) => (SCORED_KINDS as readonly string[]).includes(r.kind));
    const where = `${s.genre}:${s.line}`;
    const shown = JSON.stringify(s.text);
    for (const kind of SCORED_KINDS) {
      const k = score[kind];
      const expected = s.expected.filter((l) => l.kind === kind).map((l) => l.id);
      const ambiguous = s.ambiguous.filter((l) => l.kind === kind).map((l) => l.id);
      const got = found.filter((r) => r.kind === kind).map((r) => r.id);
      k.expected += expected.length;
      const unmatched = [...expected];
      for (const id of got) {
        if (take(unmatched, id)) {
          k.truePositives++;
          k.found++;
        } else if (!take(ambiguous, id)) {
          k.found++;
          k.falsePositives.push(`${where} ${id} ${shown}`);
        }
      }
      for (const id of unmatched) k.misses.push(`${where} ${id} ${shown}`);
    }
  }
  for (const kind of SCORED_KINDS) {
    const k = score[kind];
    k.recall = k.expected === 0 ? 1 : k.truePositives / k.expected;
    k.precision = k.found === 0 ? 1 : k.truePositives / k.found;
    const all = score.all;
    all.expected += k.expected;
    all.found += k.found;
    all.truePositives += k.truePositives;
    all.misses.push(...k.misses);
    all.falsePositives.push(...k.falsePositives);
  }
  score.all.recall = score.all.expected === 0 ? 1 : score.all.truePositives / score.all.expected;
  score.all.precision = score.all.found === 0 ? 1 : score.all.truePositives / score.all.found;
  return score;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The figures as a table, then the misses and false positives, one a line. */
export function formatScore(score: Score): string {
  const rows = [...SCORED_KINDS, 'all' as const].map((kind) => {
    const k = score[kind];
    return `${kind.padEnd(12)} ${String(k.expected).padStart(8)} ${String(k.found).padStart(6)} ${String(k.truePositives).padStart(6)} ${pct(k.recall).padStart(8)} ${pct(k.precision).padStart(9)}`;
  });
  const lines = [
    `${'kind'.padEnd(12)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'right'.padStart(6)} ${'recall'.padStart(8)} ${'precision'.padStart(9)}`,
    ...rows,
  ];
  if (score.all.misses.length > 0)
    lines.push(`misses (${score.all.misses.length}):`, ...score.all.misses.map((m) => `  ${m}`));
  if (score.all.falsePositives.length > 0) {
    lines.push(
      `false positives (${score.all.falsePositives.length}):`,
      ...score.all.falsePositives.map((m) => `  ${m}`),
    );
  }
  return lines.join('\n');
}

export interface Summary {
  lines: number;
  references: number;
  ambiguous: number;
  lookAlikes: number;
  byGenre: Record<string, number>;
  byGroup: Record<string, number>;
  byDecade: Record<string, number>;
  /** Distinct URLs, and lines per host. */
  sources: number;
  byHost: Record<string, number>;
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

/** Where the observed forms come from: lines per genre, group, decade and host. */
export function summarize(samples: readonly Observed[]): Summary {
  const summary: Summary = {
    lines: samples.length,
    references: 0,
    ambiguous: 0,
    lookAlikes: 0,
    byGenre: {},
    byGroup: {},
    byDecade: {},
    sources: 0,
    byHost: {},
  };
  const urls = new Set<string>();
  for (const s of samples) {
    summary.references += s.expected.length;
    summary.ambiguous += s.ambiguous.length;
    if (s.lookAlike) summary.lookAlikes++;
    count(summary.byGenre, s.genre);
    count(summary.byGroup, s.group);
    count(summary.byDecade, `${Math.floor(s.year / 10) * 10}s`);
    count(summary.byHost, new URL(s.url).hostname.replace(/^www\./, ''));
    urls.add(s.url);
  }
  summary.sources = urls.size;
  return summary;
}

function sortedEntries(r: Record<string, number>): string {
  return Object.entries(r)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

export function formatSummary(s: Summary): string {
  return [
    `${s.lines} lines from ${s.sources} sources: ${s.references} references, ${s.lookAlikes} look-alikes, ${s.ambiguous} ambiguous (not scored)`,
    `genre:  ${sortedEntries(s.byGenre)}`,
    `group:  ${sortedEntries(s.byGroup)}`,
    `decade: ${sortedEntries(s.byDecade)}`,
    `host:   ${sortedEntries(s.byHost)}`,
  ].join('\n');
}
