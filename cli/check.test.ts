import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { checkCommand } from './check';
import { fixText, fixedCopyName } from './fix';
import { readTextDocument } from '../shared/document/from-text';
import { captureIo } from './terminal.testing';
import { validateSarif } from '../test/sarif-schema.testing';

const repo = new URL('../', import.meta.url);
const sampleTxt = new URL('samples/wp2-closing-agenda-2025-05.txt', repo).pathname;
const sampleDocx = new URL('samples/wp2-closing-agenda-2025-05.docx', repo).pathname;
const fixture = (name: string) => new URL(`test/fixtures/${name}`, repo).pathname;
const dir = mkdtempSync(join(tmpdir(), 'td-lens-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await checkCommand(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('td-lens check', () => {
  it('prints findings grouped by rule with counts, exit 0 without errors', async () => {
    const { code, out, err } = await run(sampleTxt);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('status-meeting-tag (8) Status line without (or with a future) meeting tag');
    expect(out).toContain(`${sampleTxt}:193  warning  "No Started"`);
    expect(out).toMatch(/16 findings: 0 error\(s\), 15 warning\(s\), 1 info\n$/);
    // No colour when io.color is off.
    expect(out).not.toContain('\u001b[');
  });

  it('colours only when asked', async () => {
    const io = captureIo(true);
    await checkCommand([sampleTxt], io);
    expect(io.stdout()).toContain('\u001b[');
  });

  it('exits 1 on error-level findings, and says so in JSON', async () => {
    const { code, out } = await run(
      fixture('check-broken.txt'),
      '--format',
      'json',
      '--rules',
      'meeting-timezone,status-vocabulary',
    );
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.file).toBe(fixture('check-broken.txt'));
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(['meeting-timezone', 'status-vocabulary']);
    expect(Object.keys(json.findings[0])).toEqual([
      'rule',
      'severity',
      'message',
      'excerpt',
      'line',
      'start',
      'end',
      'fix',
      'suggestion',
    ]);
    expect(json.findings[0].fix).toMatchObject({ replacement: 'CEST' });
  });

  it('gives the rules the meeting --meeting names, for a text with no header', async () => {
    const file = join(dir, 'no-header-sg16.txt');
    writeFileSync(file, 'Agenda\n1 Liaison statement from SG16 on video coding.\n');
    expect((await run(file, '--rules', 'sg-unknown')).out).toBe(`${file}: no findings\n`);
    const named = await run(file, '--rules', 'sg-unknown', '--meeting', 'TSAG 2025-05-26');
    expect(named.out).toContain('SG16 no longer exists in the 2025-2028 study period: its work moved to SG21');
  });

  it('writes SARIF', async () => {
    const { code, out } = await run(sampleTxt, '--format', 'sarif');
    expect(code).toBe(0);
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(16);
    expect(sarif.runs[0].invocations).toBeUndefined();
  });

  it('uses a register and skips disabled rules', async () => {
    const { out } = await run(
      sampleTxt,
      '--register',
      fixture('register-tsag-2505.html'),
      '--format',
      'json',
      '--disable',
      'status-meeting-tag',
    );
    const rules: string[] = JSON.parse(out).findings.map((f: { rule: string }) => f.rule);
    expect(rules.filter((r) => r === 'td-revision')).toHaveLength(4);
    expect(rules).not.toContain('status-meeting-tag');
  });

  it('exits 2 with a one-line message on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [[sampleTxt, '--rules', 'nope,status-missing'], /^td-lens: --rules: unknown rule "nope" \(rules: /],
      [[sampleTxt, '--format', 'xml'], /^td-lens: --format must be one of text, json, sarif/],
      [[join(dir, 'missing.txt')], /missing\.txt: no such file$/],
      [[sampleTxt, '--register', join(dir, 'none.csv')], /none\.csv: no such file$/],
      [[], /check: missing FILE/],
      [[sampleTxt, '--bogus'], /^td-lens: Unknown option '--bogus'/],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await run(...argv);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.split('\n')[0]).toMatch(message);
    }
    const bad = join(dir, 'register.csv');
    writeFileSync(bad, 'id,title,source\nTD1,a,b\nTD2,a,b\nTDx,a,b\n');
    const { code, err } = await run(sampleTxt, '--register', bad);
    expect(code).toBe(2);
    expect(err).toBe(`td-lens: ${bad}:4: id "TDx" is not a TD id\n`);
  });

  it('--fix writes NAME.fixed.txt, keeps the original, and lists what changed', async () => {
    const file = join(dir, 'agenda.txt');
    copyFileSync(sampleTxt, file);
    const { code, out } = await run(file, '--fix', '--register', fixture('register-tsag-2505.csv'));
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(sampleTxt, 'utf8'));
    const fixed = readFileSync(join(dir, 'agenda.fixed.txt'), 'utf8');
    expect(fixed).toContain('RG-WPR ToR – TD7R2');
    expect(fixed).toContain('(TD48)\n· RG-WPR-6:');
    expect(fixed).toContain('TSAG 05-2025: Not started. \n');
    expect(out).toContain(`fixed ${file}:193: Replace "No Started" with "Not started"`);
    expect(out).toContain(`wrote ${join(dir, 'agenda.fixed.txt')} (9 fixes; ${file} unchanged)`);
  });

  it('--fix on a .docx edits the w:t text and skips what cannot be mapped', async () => {
    const file = join(dir, 'agenda.docx');
    copyFileSync(sampleDocx, file);
    const { out } = await run(file, '--fix', '--format', 'json');
    // In JSON mode, stdout stays JSON; the change list goes to stderr.
    expect(JSON.parse(out).findings.length).toBeGreaterThan(0);
    const target = join(dir, 'agenda.fixed.docx');
    expect(existsSync(target)).toBe(true);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(target)))['word/document.xml']);
    expect(xml).toContain('>5 November 2025<');
    expect(xml).not.toContain('No Started');
  });

  it('--fix says when there is nothing to fix', async () => {
    const { out } = await run(fixture('check-clean.txt'), '--fix');
    expect(out).toContain('--fix: nothing to fix');
  });

  it('names fixed copies after the original', () => {
    expect(fixedCopyName('a/b/agenda.txt', 'txt')).toBe('a/b/agenda.fixed.txt');
    expect(fixedCopyName('a.b/agenda', 'txt')).toBe('a.b/agenda.fixed.txt');
    expect(fixedCopyName('.agenda', 'docx')).toBe('.agenda.fixed.docx');
  });

  it('writes a fixed text in the encoding it was read in, skipping a fix that encoding cannot write', () => {
    const doc = { ...readTextDocument('A – B – C\n', 'w.txt'), encoding: 'windows-1252' as const };
    const fix = (at: number, replacement: string) => ({
      start: at,
      end: at + 1,
      replacement,
      description: `-> ${replacement}`,
    });
    const result = fixText(doc, new Uint8Array([0x41, 0x20, 0x96, 0x20, 0x42, 0x20, 0x96, 0x20, 0x43, 0x0a]), [
      fix(0, 'Ä'),
      fix(4, '→'),
    ]);
    expect([...result.bytes]).toEqual([0xc4, 0x20, 0x96, 0x20, 0x42, 0x20, 0x96, 0x20, 0x43, 0x0a]);
    expect(result.skipped).toEqual([{ fix: fix(4, '→'), reason: '→ cannot be written in windows-1252' }]);
  });
});
