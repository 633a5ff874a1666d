// A real word processor reads the .docx files TD Lens writes. `td-lens check --fix` is run as a user runs it, on
// the seed agenda and on generated agendas with tables, hyperlinks and content controls; LibreOffice (headless,
// `soffice --convert-to txt` and `html`) opens the original and the fixed copy. The fixed text must be the original
// text with exactly the reported fixes applied: every other line the same, the same paragraphs, tables and links.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../shared/document/read';
import { agendaDocx, bullet, heading, p, table, type Block } from './agenda-docx';
import { repoRoot } from './addin-harness';

const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice';
const register = join(repoRoot, 'test/fixtures/register-tsag-2505.csv');
const td7 = 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en';
const td106 = 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en';

const header: Block[] = [
  heading('Agenda for the closing plenary of Working Party 2/TSAG'),
  p('(Geneva, 29 May 2025)'),
  p('3 Review of the Results of Rapporteur Group meetings (Geneva, 26-30 May 2025)'),
  p('3.1  TSAG RG-WPR “Rapporteur Group on Work Programme and Restructuring”'),
];

const emeetings = (deadline: string): Block =>
  table([
    ['#', 'Date', 'Time\n(Geneva time)', 'Objectives', 'Contribution Deadline'],
    ['1', '10 September 2025', '13:00 – 15:00 CEST', 'to progress the work based on its ToR', '3 September 2025'],
    ['2', '12 November 2025', '13:00 – 15:00 CEST', 'to progress the work based on its ToR', deadline],
  ]);

const wtsaActions = (status: Block[]): Block =>
  table([
    ['WTSA-24 action number', 'Action'],
    [
      '2',
      'WTSA-24 instructs TSAG to study the concept and effectiveness of Lead Study Groups, and report to the next WTSA.',
    ],
    ['', status],
  ]);

/** Generated agendas: each kind of structure a fix may fall in, and what each fix must turn into. */
const GENERATED: { name: string; blocks: Block[]; expect: string[] }[] = [
  {
    name: 'tables-and-links',
    blocks: [
      ...header,
      bullet('Report – ', { text: 'TD106', link: td106 }),
      bullet('RG-WPR ToR – ', { text: 'TD7R1', link: td7 }),
      p('Anticipated Actions'),
      bullet('WP2-5: Approve the ToR for the RG-WPR as found in ', { text: 'TD7R1', link: td7 }, ' and TD106.'),
      p('Annex 1 – WP2 Rapporteur Groups interim e-meetings plan'),
      p('RG-DT “Rapporteur Group on Sustainable Digital Transformation”'),
      emeetings('5 November'),
      p('Annex 2 - WTSA Actions'),
      wtsaActions([p('Status and Comments:'), p('TSAG 05-2025: No Started.')]),
    ],
    expect: ['RG-WPR ToR – TD7R2', '5 November 2025', 'TSAG 05-2025: Not started.'],
  },
  {
    name: 'content-controls',
    blocks: [
      ...header,
      { control: 'td-lens:status-round', blocks: [bullet('RG-WPR ToR – ', { text: 'TD7R1', link: td7 })] },
      p('Anticipated Actions'),
      bullet('WP2-5: Approve the ToR as found in ', { control: 'ref', runs: [{ text: 'TD7R1', link: td7 }] }, '.'),
      p('Annex 1 – WP2 Rapporteur Groups interim e-meetings plan'),
      p('RG-DT “Rapporteur Group on Sustainable Digital Transformation”'),
      { control: 'td-lens:emeeting-plan:RG-DT', blocks: [emeetings('5 November')] },
      p('Annex 2 - WTSA Actions'),
      wtsaActions([
        p('Status and Comments:'),
        { control: 'td-lens:status-round', blocks: [p('TSAG 05-2025: No Started.')] },
      ]),
    ],
    expect: ['RG-WPR ToR – TD7R2', 'as found in TD7R2.', '5 November 2025', 'TSAG 05-2025: Not started.'],
  },
];

interface Case {
  name: string;
  original: string;
  fixed: string;
  /**
   * Each paragraph the CLI reports fixed, in document order: its text before and after, and how many paragraphs
   * before it have the same text (so it is the n-th line of that text).
   */
  edits: { before: string; after: string; nth: number }[];
  expect: string[];
}

let dir: string;
const cases: Case[] = [];
let text: Map<string, string[]>;
let html: Map<string, string>;

/** `td-lens check FILE --fix`, as a user runs it; the paragraphs the fixes it reports change. */
function fixWithCli(file: string): Case['edits'] {
  const run = spawnSync(
    process.execPath,
    [join(repoRoot, 'cli/bin.mjs'), 'check', file, '--fix', '--format', 'json', '--register', register],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).not.toBe(2);
  const findings = (
    JSON.parse(run.stdout) as {
      findings: {
        line: number;
        fix: { start: number; end: number; replacement: string; description: string } | null;
      }[];
    }
  ).findings;
  // The change list (stderr in JSON mode): `fixed FILE:LINE: description`.
  const reported = [...run.stderr.matchAll(/^fixed .*:(\d+): (.*)$/gm)].map((m) => `${m[1]} ${m[2]}`);
  const fixes = findings.flatMap((f) => (f.fix && reported.includes(`${f.line} ${f.fix.description}`) ? [f.fix] : []));
  expect(fixes.length).toBe(reported.length);
  const doc = readDocument(new Uint8Array(readFileSync(file)), basename(file));
  const seen = new Map<string, number>();
  return doc.paragraphs.flatMap((paragraph) => {
    const nth = seen.get(paragraph.text) ?? 0;
    seen.set(paragraph.text, nth + 1);
    const mine = fixes
      .filter((fix) => paragraph.start <= fix.start && fix.end <= paragraph.end)
      .sort((a, b) => b.start - a.start);
    if (mine.length === 0) return [];
    let after = paragraph.text;
    for (const fix of mine)
      after = after.slice(0, fix.start - paragraph.start) + fix.replacement + after.slice(fix.end - paragraph.start);
    return [{ before: paragraph.text, after, nth }];
  });
}

/** One headless LibreOffice run converts every file; its own profile directory, so parallel runs never collide. */
function convert(files: string[], format: 'txt:Text (encoded):UTF8' | 'html', outdir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'td-lens-soffice-'));
  try {
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outdir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * LibreOffice's text export, line by line, as compared: without trailing blanks (it drops them) and without the
 * field code it writes before a hyperlink held in a content control (`HYPERLINK "url"TD7R1` is the link TD7R1).
 */
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/HYPERLINK "[^"]*"/g, '').trimEnd());
const count = (haystack: string, needle: RegExp) => haystack.match(needle)?.length ?? 0;
/** What LibreOffice writes before a paragraph's text: indentation, a bullet or a list number. */
const LINE_PREFIX = /^[\s\u00a0]*(?:(?:[•·◦▪o§■-]|\d+(?:\.\d+)*[.)]?)[\s\u00a0]+)?$/u;

beforeAll(() => {
  if (!existsSync(SOFFICE)) throw new Error(`${SOFFICE} is missing: run node scripts/ensure-libreoffice.mjs`);
  dir = mkdtempSync(join(tmpdir(), 'td-lens-docx-'));
  const seed = join(dir, 'seed.docx');
  copyFileSync(join(repoRoot, 'samples/wp2-closing-agenda-2025-05.docx'), seed);
  const inputs = [
    { name: 'seed', file: seed, expect: ['5 November 2025', 'TSAG 05-2025: Not started.', 'RG-WPR ToR – TD7R2'] },
  ];
  for (const agenda of GENERATED) {
    const file = join(dir, `${agenda.name}.docx`);
    writeFileSync(file, agendaDocx(agenda.blocks));
    inputs.push({ name: agenda.name, file, expect: agenda.expect });
  }
  for (const input of inputs) {
    const edits = fixWithCli(input.file);
    cases.push({
      name: input.name,
      original: input.file,
      fixed: input.file.replace(/\.docx$/, '.fixed.docx'),
      edits,
      expect: input.expect,
    });
  }
  const files = cases.flatMap((c) => [c.original, c.fixed]);
  convert(files, 'txt:Text (encoded):UTF8', join(dir, 'txt'));
  convert(files, 'html', join(dir, 'html'));
  const out = (file: string, ext: string) => join(dir, ext, basename(file).replace(/\.docx$/, `.${ext}`));
  text = new Map(files.map((file) => [file, lines(out(file, 'txt'))]));
  html = new Map(files.map((file) => [file, readFileSync(out(file, 'html'), 'utf8')]));
}, 600_000);

afterAll(() => {
  if (dir && !process.env.KEEP) rmSync(dir, { recursive: true, force: true });
});

describe('LibreOffice opens every .docx that td-lens check --fix writes', () => {
  it.each(['seed', ...GENERATED.map((g) => g.name)])(
    '%s: the text is the original with each fix applied and nothing else changed',
    (name) => {
      const c = cases.find((x) => x.name === name)!;
      expect(existsSync(c.fixed)).toBe(true);
      expect(c.edits.length).toBeGreaterThan(0);
      const before = text.get(c.original)!;
      const after = text.get(c.fixed)!;
      // Each fixed paragraph is the n-th line with its text (after its bullet or number); it must read as fixed.
      const expected = [...before];
      for (const edit of c.edits) {
        const [was, now] = [edit.before.trimEnd(), edit.after.trimEnd()];
        const at = before
          .map((line, i) => (line.endsWith(was) && LINE_PREFIX.test(line.slice(0, line.length - was.length)) ? i : -1))
          .filter((i) => i >= 0)[edit.nth];
        expect(at, `a line reading “${was}”`).toBeDefined();
        expected[at] = before[at].slice(0, before[at].length - was.length) + now;
      }
      expect(after).toEqual(expected);
      for (const fixed of c.expect)
        expect(
          after.some((line) => line.includes(fixed)),
          fixed,
        ).toBe(true);
    },
  );

  it.each(['seed', ...GENERATED.map((g) => g.name)])('%s: the same paragraphs, tables and links', (name) => {
    const c = cases.find((x) => x.name === name)!;
    const [before, after] = [html.get(c.original)!, html.get(c.fixed)!];
    expect(count(after, /<table\b/g)).toBe(count(before, /<table\b/g));
    expect(count(after, /<(?:p|h[1-6]|li)\b/g)).toBe(count(before, /<(?:p|h[1-6]|li)\b/g));
    expect(count(after, /<a\b[^>]*\bhref=/g)).toBe(count(before, /<a\b[^>]*\bhref=/g));
    expect(text.get(c.fixed)!.length).toBe(text.get(c.original)!.length);
    if (name !== 'seed') {
      expect(count(before, /<table\b/g)).toBeGreaterThan(0);
      expect(count(before, /<a\b[^>]*\bhref=/g)).toBeGreaterThan(0);
    }
  });
});
