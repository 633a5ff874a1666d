/**
 * `--register itu` against a stand-in of ITU's site on 127.0.0.1 (TD_LENS_ITU_BASE) with a cache folder of the
 * test's own (XDG_CACHE_HOME): the real `td-lens` binary for the main path, the rest in-process.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureIndexes, SG12_TD_INDEX, startItuSite, TSAG_TD_INDEX, type ItuSite } from '../test/itu-site';
import { captureIo } from './terminal.testing';
import { cacheDir } from './itu-register';
import { runCli } from './run';
import { expectInputError, runTdLens } from './run-td-lens.testing';

const repo = resolve(import.meta.dirname, '..');
const agenda = resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt');
const dir = mkdtempSync(join(tmpdir(), 'td-lens-itu-'));

let site: ItuSite;
let cache: string;
let url: string;
const saved = { base: process.env.TD_LENS_ITU_BASE, xdg: process.env.XDG_CACHE_HOME };

beforeAll(async () => {
  site = await startItuSite();
  url = `${site.base}${TSAG_TD_INDEX}`;
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  site.answers = fixtureIndexes();
  site.requests.length = 0;
  cache = mkdtempSync(join(dir, 'cache-'));
  process.env.TD_LENS_ITU_BASE = site.base;
  process.env.XDG_CACHE_HOME = cache;
});
afterEach(() => {
  for (const [key, value] of [
    ['TD_LENS_ITU_BASE', saved.base],
    ['XDG_CACHE_HOME', saved.xdg],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

async function tdLens(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const keptCopy = () =>
  join(cache, 'td-lens', 'itu', `${new URL(site.base).host.replace(':', '_')}-T25-TSAG-250526-TD.xml`);
const unknownTds = (out: string) =>
  [
    ...new Set(
      (JSON.parse(out).findings as { rule: string; message: string }[])
        .filter((f) => f.rule === 'td-unknown')
        .map((f) => f.message.split(' ')[0]),
    ),
  ].sort();

function agendaFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('td-lens check --register itu', { timeout: 60_000 }, () => {
  it("fetches the index of the header's meeting through the real binary and flags exactly the TDs it lacks", async () => {
    const argv = ['check', agenda, '--register', 'itu', '--format', 'json', '--rules', 'td-unknown,td-revision'];
    const { code, stdout, stderr } = await runTdLens(argv);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(site.requests).toEqual([TSAG_TD_INDEX]);
    // The agenda cites TD7, 10, 48, 58, 89, 90, 100, 106, 108, 138, 139, 142, 144, 145, 147, 148 and 150; ITU's
    // index lists 7, 100, 106, 108, 139, 142, 144 and 150.
    expect(unknownTds(stdout)).toEqual(['TD10', 'TD138', 'TD145', 'TD147', 'TD148', 'TD48', 'TD58', 'TD89', 'TD90']);
    const messages = (JSON.parse(stdout).findings as { message: string }[]).map((f) => f.message);
    expect(messages).toContain(`TD89 is not in the register ${url}`);
    expect(readFileSync(keptCopy(), 'utf8')).toBe(
      readFileSync(resolve(repo, 'samples/itu-td-index-T25-TSAG-250526.xml'), 'utf8'),
    );

    // A second run within the day uses the kept copy: ITU is not asked again.
    const again = await runTdLens(argv);
    expect(again.code).toBe(0);
    expect(unknownTds(again.stdout)).toHaveLength(9);
    expect(site.requests).toEqual([TSAG_TD_INDEX]);
  });

  it('--offline uses the kept copy only, and says so when there is none', async () => {
    const none = await tdLens('check', agenda, '--register', 'itu', '--offline');
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toBe(
      `td-lens: --offline: no kept copy of ${url} (looked for ${keptCopy()}); run once without --offline\n`,
    );
    expect(site.requests).toEqual([]);

    expect((await tdLens('check', agenda, '--register', 'itu', '--format', 'json')).code).toBe(0);
    site.requests.length = 0;
    // Even a week-old copy: --offline never asks ITU.
    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    utimesSync(keptCopy(), weekAgo, weekAgo);
    const offline = await tdLens(
      'check',
      agenda,
      '--register',
      'itu',
      '--offline',
      '--format',
      'json',
      '--rules',
      'td-unknown',
    );
    expect(offline.code).toBe(0);
    expect(unknownTds(offline.out)).toHaveLength(9);
    expect(site.requests).toEqual([]);
  });

  it('fetches a copy older than a day again; keeps using it, with a warning, when ITU cannot be reached', async () => {
    expect((await tdLens('check', agenda, '--register', 'itu')).code).toBe(0);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(keptCopy(), twoDaysAgo, twoDaysAgo);
    site.requests.length = 0;
    expect((await tdLens('check', agenda, '--register', 'itu')).code).toBe(0);
    expect(site.requests).toEqual([TSAG_TD_INDEX]);

    utimesSync(keptCopy(), twoDaysAgo, twoDaysAgo);
    site.answers[TSAG_TD_INDEX] = { status: 503, body: 'busy', type: 'text/plain' };
    const stale = await tdLens('check', agenda, '--register', 'itu', '--format', 'json', '--rules', 'td-unknown');
    expect(stale.code).toBe(0);
    expect(unknownTds(stale.out)).toHaveLength(9);
    expect(stale.err).toBe(
      `td-lens: ${new URL(site.base).host} answered HTTP 503 for ${url}; using the copy kept on ${twoDaysAgo.toISOString().slice(0, 10)} (${keptCopy()})\n`,
    );
  });

  it('waits for a slow answer', async () => {
    site.answers[TSAG_TD_INDEX].delayMs = 1_500;
    const slow = await tdLens('check', agenda, '--register', 'itu', '--format', 'json', '--rules', 'td-unknown');
    expect(slow.code).toBe(0);
    expect(unknownTds(slow.out)).toHaveLength(9);
  });

  it.each([
    [
      'no meeting in the header',
      () => agendaFile('no-header.txt', 'Agenda\n1. Approve TD106 and TD7R1.\n'),
      undefined,
      (file: string) =>
        `td-lens: ${file}: no meeting in its header (a group such as TSAG, SG12, WP3/12 or Q4/12 and a 'Place, dates' line such as 'Geneva, 26-30 May 2025'): --register itu needs one; name it with --meeting (ITU's id such as T25-SG12-250909, or "SG12, Geneva, 9-18 September 2025")\n`,
    ],
    [
      'an index ITU does not have (404)',
      () => agendaFile('sg17.txt', 'Study Group 17\n(Geneva, 14-23 April 2026)\nAgenda: TD5.\n'),
      undefined,
      () =>
        `td-lens: ${new URL(site.base).host} has no index at ${site.base}/dms_pages/itu-t/md/25/SG17/td/T25-SG17-260414-TD.xml (HTTP 404): not published yet, or the meeting is not the one in the header\n`,
    ],
    [
      "another meeting's index at the meeting's URL",
      () => agenda,
      fixtureIndexes()[SG12_TD_INDEX],
      () =>
        `td-lens: ${url} lists the TDs of the SG12 meeting of 2025-09-09 to 2025-09-18, Geneva (T25-SG12-250909), not of this document's TSAG meeting of 2025-05-26 to 2025-05-30, Geneva (T25-TSAG-250526)\n`,
    ],
    [
      'a malformed index',
      () => agenda,
      { body: '<?xml version="1.0"?>\n<page_content>\n<folder_list><folder></folder_list>' },
      () =>
        `td-lens: not a readable ITU index: ${url}:3: malformed XML: unexpected close tag (expected </folder> of line 3)\n`,
    ],
  ])('%s: exit 2 with one line', async (_name, agendaPath, answer, message) => {
    if (answer) site.answers[TSAG_TD_INDEX] = answer;
    const file = agendaPath();
    const { code, out, err } = await tdLens('check', file, '--register', 'itu');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(message(file));
    expect(existsSync(keptCopy())).toBe(false);
  });

  it('offline without a kept copy: exit 2', async () => {
    const down = await startItuSite();
    process.env.TD_LENS_ITU_BASE = down.base;
    await down.close();
    const { code, err } = await tdLens('check', agenda, '--register', 'itu');
    expect(code).toBe(2);
    expect(err).toBe(
      `td-lens: could not reach ${new URL(down.base).host} (offline, or the request was blocked): ${down.base}${TSAG_TD_INDEX}\n`,
    );
  });

  it('--offline without --register itu is a usage error; a bad TD_LENS_ITU_BASE is named', async () => {
    expect(await tdLens('check', agenda, '--offline')).toMatchObject({
      code: 2,
      err: "td-lens: --offline goes with --register itu (see 'td-lens --help')\n",
    });
    process.env.TD_LENS_ITU_BASE = 'file:///etc';
    expect(await tdLens('check', agenda, '--register', 'itu')).toMatchObject({
      code: 2,
      err: 'td-lens: TD_LENS_ITU_BASE must be a site like https://www.itu.int (got "file:///etc")\n',
    });
  });
});

describe('td-lens --register itu on a hostile site or cache', { timeout: 60_000 }, () => {
  const argv = () => ['check', agenda, '--register', 'itu', '--format', 'json', '--rules', 'td-unknown'];
  const victim = () => {
    const path = join(dir, `victim-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(path, 'precious\n');
    return path;
  };

  it('never writes the kept copy through a link: not at its name, not at any temporary name', async () => {
    const target = victim();
    mkdirSync(dirname(keptCopy()), { recursive: true });
    symlinkSync(target, keptCopy());
    // The names an earlier version wrote its temporary file at (`<copy>.<pid>.tmp`), for the next few hundred pids.
    const last = Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
    for (let pid = last + 1; pid < last + 300; pid++) symlinkSync(target, `${keptCopy()}.${pid}.tmp`);
    const run = await runTdLens(argv());
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(lstatSync(keptCopy()).isFile()).toBe(true);
  });

  it.each([
    ['a FIFO', () => execFileSync('mkfifo', [keptCopy()]), 'is not a regular file (a FIFO or a device)'],
    ['a link to /dev/zero', () => symlinkSync('/dev/zero', keptCopy()), 'is a symbolic link'],
    [
      'a copy over the 32 MB an index may be',
      () => writeFileSync(keptCopy(), Buffer.alloc(33 * 1024 * 1024, 0x20)),
      'is larger (33 MB) than an index may be (32 MB)',
    ],
  ])('reads no kept copy that is %s: --offline says so at once', async (_what, plant, why) => {
    mkdirSync(dirname(keptCopy()), { recursive: true });
    plant();
    const run = await runTdLens([...argv(), '--offline']);
    expectInputError(run, `--offline: the kept copy ${keptCopy()} ${why}: not read; delete it`);
    // Online, the copy is fetched again and replaces what was there.
    const online = await runTdLens(argv());
    expect(online.code).toBe(0);
    expect(lstatSync(keptCopy()).isFile()).toBe(true);
    expect(site.requests).toEqual([TSAG_TD_INDEX]);
  });

  it('follows no redirect out of the site, and keeps nothing', async () => {
    site.answers[TSAG_TD_INDEX] = {
      status: 302,
      body: '',
      headers: { location: `http://127.0.0.2:9${TSAG_TD_INDEX}` },
    };
    expectInputError(
      await runTdLens(argv()),
      `${new URL(site.base).host} redirected the index to http://127.0.0.2:9${TSAG_TD_INDEX}, outside ${site.base}: not followed (${url})`,
    );
    expect(existsSync(keptCopy())).toBe(false);
  });

  it('names a redirect loop and an answer it cannot decode for what they are, not "offline"', async () => {
    site.answers[TSAG_TD_INDEX] = { status: 301, body: '', headers: { location: TSAG_TD_INDEX } };
    expectInputError(
      await runTdLens(argv()),
      `${new URL(site.base).host} redirected the index in a loop, back to ${url}: ${url}`,
    );
    site.answers[TSAG_TD_INDEX] = { body: 'not gzip at all', headers: { 'content-encoding': 'gzip' } };
    expectInputError(
      await runTdLens(argv()),
      `the answer of ${new URL(site.base).host} could not be read (incorrect header check): ${url}`,
    );
  });

  it('reads a stray byte in the index as a register file is read, and says where', async () => {
    const index = readFileSync(resolve(repo, 'samples/itu-td-index-T25-TSAG-250526.xml'));
    const at = index.indexOf('<ltitle_e>', index.indexOf('<folder>')) + '<ltitle_e>'.length;
    site.answers[TSAG_TD_INDEX] = {
      body: Buffer.concat([index.subarray(0, at), Buffer.from([0xe9]), index.subarray(at)]),
    };
    const run = await runTdLens(argv());
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `td-lens: warning: ${url}:${index.subarray(0, at).toString().split('\n').length}: 1 byte not UTF-8 (the first here), read as Windows-1252\n`,
    );
  });
});

describe('td-lens check --register itu --meeting', { timeout: 60_000 }, () => {
  // Cited: TD292, TD301, TD310, TD400, TD12; ITU's index of the SG12 meeting lists 292, 301 and 310.
  const pasted = () =>
    agendaFile(
      'pasted.txt',
      'Please review TD292 and TD 301 before Friday; TD310 replaces TD400.\nTD12 is withdrawn.\n',
    );

  it('checks an agenda with no header at all against the index of the meeting named, flagging exactly the TDs it lacks', async () => {
    const argv = [
      'check',
      pasted(),
      '--register',
      'itu',
      '--meeting',
      'T25-SG12-250909',
      '--format',
      'json',
      '--rules',
      'td-unknown,td-revision',
    ];
    const { code, stdout, stderr } = await runTdLens(argv);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(site.requests).toEqual([SG12_TD_INDEX]);
    expect(unknownTds(stdout)).toEqual(['TD12', 'TD400']);
    // The words a person writes name the same meeting: its kept copy serves, ITU is not asked again.
    const words = await tdLens(
      'check',
      pasted(),
      '--register',
      'itu',
      '--meeting',
      'SG12, Geneva, 9-18 September 2025',
      '--format',
      'json',
      '--rules',
      'td-unknown',
    );
    expect(words.code).toBe(0);
    expect(unknownTds(words.out)).toEqual(['TD12', 'TD400']);
    expect(site.requests).toEqual([SG12_TD_INDEX]);
  });

  it("overrides the header's meeting", async () => {
    const { code, out, err } = await tdLens(
      'refs',
      agenda,
      '--register',
      'itu',
      '--meeting',
      'T25-SG12-250909',
      '--format',
      'json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(site.requests).toEqual([SG12_TD_INDEX]);
    expect(JSON.parse(out).references.find((r: { id: string }) => r.id === 'TD106').register).toBeNull();
  });

  it('infers the meeting of a Question group from its header', async () => {
    const file = agendaFile(
      'q2.txt',
      'Draft agenda of the Q2/12 rapporteur group meeting\n(Geneva, 9-18 September 2025)\n1 Review TD292 and TD400.\n',
    );
    const { code, out } = await tdLens('check', file, '--register', 'itu', '--format', 'json', '--rules', 'td-unknown');
    expect(code).toBe(0);
    expect(site.requests).toEqual([SG12_TD_INDEX]);
    expect(unknownTds(out)).toEqual(['TD400']);
  });

  it.each([
    ['T25-SG12-250931', '--meeting "T25-SG12-250931" has no real first day (2025-09-31)'],
    ['Geneva, 9 September 2025', '--meeting "Geneva, 9 September 2025" names no group (TSAG, SG12, WP3/12, Q4/17)'],
  ])('refuses --meeting %j with one line, exit 2', async (meeting, message) => {
    const { code, out, err } = await tdLens('check', agenda, '--meeting', meeting);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(
      new RegExp(
        `^td-lens: ${message.replace(/[()]/g, '\\$&')}; give ITU's meeting id .*\\(see 'td-lens --help'\\)\n$`,
      ),
    );
    expect(site.requests).toEqual([]);
  });
});

describe('td-lens refs --register', { timeout: 60_000 }, () => {
  it("gives each TD its title, source and date from ITU's index, or null where the index lacks it", async () => {
    const { code, out, err } = await tdLens('refs', agenda, '--register', 'itu', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const refs: { kind: string; id: string; register?: unknown }[] = JSON.parse(out).references;
    expect(refs.find((r) => r.id === 'TD7R1')?.register).toEqual({
      id: 'TD7',
      title: 'Terms of reference of TSAG rapporteur groups',
      source: 'TSAG Chair',
      date: '2025-05-20',
    });
    expect(refs.find((r) => r.id === 'TD10R1')?.register).toBeNull();
    expect(refs.filter((r) => r.kind !== 'td').every((r) => r.register === undefined)).toBe(true);
  });

  it('shows the register column in text, with a file register too', async () => {
    const { code, out } = await tdLens(
      'refs',
      agenda,
      '--register',
      resolve(repo, 'test/fixtures/register-tsag-2505.csv'),
    );
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^line\s+kind\s+id\s+text\s+register$/);
    expect(out).toMatch(/\btd\s+TD7R1\s+.*Terms of reference of TSAG rapporteur groups/);
    expect(site.requests).toEqual([]);
  });
});

describe('cacheDir', () => {
  it('follows XDG_CACHE_HOME, else ~/.cache; LOCALAPPDATA on Windows', () => {
    expect(cacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/d' }, 'linux')).toBe('/x/cache/td-lens/itu');
    expect(cacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/d' }, 'linux')).toBe('/home/d/.cache/td-lens/itu');
    expect(cacheDir({ HOME: '/Users/d' }, 'darwin')).toBe('/Users/d/.cache/td-lens/itu');
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\d\\AppData\\Local' }, 'win32')).toMatch(
      /^C:\\Users\\d\\AppData\\Local[\\/]td-lens[\\/]cache[\\/]itu$/,
    );
    expect(cacheDir({}, 'win32')).toBeNull();
  });
});
