/**
 * The second round of hostile and unlucky inputs (docs/hostile-inputs.md), each made here and run through the
 * `td-lens` binary as a whole process: its CPU time and peak memory (`/usr/bin/time`: CPU time, since wall time on a
 * shared machine says more about the others), exit code and what it said or wrote.
 * `TD_LENS_BENCH_BIN=<path of another checkout's cli/bin.mjs>` runs the same cases on another build (the note's
 * "before" column); a case is stopped after 120 CPU seconds or 600 s. `TD_LENS_BENCH_CASES=1,2,5` runs some. Not part
 * of `npm run bench`'s default run (minutes, and gigabytes on an older build): `npm run bench -- hostile`.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { documentXml, withExtraRecords } from '../shared/document/docx.testing';
import { readZipDirectory } from '../shared/document/zip';
import { startItuSite, TSAG_TD_INDEX, type ItuSite } from '../test/itu-site';
import { syntheticAgenda } from './check.bench';
import type { FigureResult } from './harness';

const repo = resolve(import.meta.dirname, '..');
const bin = process.env.TD_LENS_BENCH_BIN ?? join(repo, 'cli/bin.mjs');
const root = join(repo, '.bench/hostile');
const SAMPLE_TXT = readFileSync(join(repo, 'samples/wp2-closing-agenda-2025-05.txt'));
const SAMPLE_DOCX = new Uint8Array(readFileSync(join(repo, 'samples/wp2-closing-agenda-2025-05.docx')));
const REGISTER = join(repo, 'test/fixtures/register-tsag-2505.csv');
const INDEX = readFileSync(join(repo, 'samples/itu-td-index-T25-TSAG-250526.xml'));
const LIMIT_CPU_S = 120;
const MB = 1024 * 1024;

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** CPU seconds (user and system); wall seconds without /usr/bin/time. */
  seconds: number;
  rssMb?: number;
}

interface Case {
  name: string;
  /** Writes the case's files into `dir`; the command line and what the run showed. */
  make(dir: string, site: ItuSite): { args: string[]; stdoutTo?: string; outcome(run: Run): string };
}

/** `td-lens ...args` under `/usr/bin/time` when there is one (CPU time, peak memory), stopped after LIMIT_CPU_S. */
function runBinary(args: string[], env: NodeJS.ProcessEnv, stdoutTo?: string): Promise<Run> {
  const timeFile = join(root, 'time.txt');
  rmSync(timeFile, { force: true });
  const command = ['timeout', '-s', 'KILL', '600', 'prlimit', `--cpu=${LIMIT_CPU_S}`, process.execPath, bin, ...args];
  if (existsSync('/usr/bin/time')) command.unshift('/usr/bin/time', '-f', '%U %S %M', '-o', timeFile);
  return new Promise((done, fail) => {
    const fd = stdoutTo === undefined ? undefined : openSync(stdoutTo, 'w');
    const started = performance.now();
    const child = spawn(command[0], command.slice(1), {
      env: { ...process.env, ...env, NO_COLOR: '1' },
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
    });
    if (fd !== undefined) closeSync(fd);
    const [out, err]: Buffer[][] = [[], []];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) => {
      const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : [];
      const [user, system, kb] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
      const seconds = kb ? user + system : (performance.now() - started) / 1000;
      const signal = /terminated by signal (\d+)/.exec(lines.join(' '))?.[1];
      const stderr = Buffer.concat(err).toString('utf8');
      done({
        code: signal ? 128 + Number(signal) : code,
        stdout: Buffer.concat(out),
        stderr,
        seconds,
        ...(kb ? { rssMb: Math.round(kb / 1024) } : {}),
      });
    });
  });
}

const firstLine = (text: string) => text.split('\n').find((l) => l.trim()) ?? '';
/** The last line of stderr, shortened: what the user was told. */
const said = (run: Run) => {
  if (run.code === 137) return 'killed after 600 s';
  if (run.code === 128 + 24) return `stopped after ${LIMIT_CPU_S} CPU seconds`;
  const lines = run.stderr.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  return last.length > 140 ? `${last.slice(0, 139)}…` : last;
};
const bytes = (...parts: (Uint8Array | number[])[]) => Buffer.concat(parts.map((p) => Uint8Array.from(p)));
const findings = (run: Run) => {
  try {
    return `${(JSON.parse(run.stdout.toString('utf8')).findings as unknown[]).length} findings`;
  } catch {
    return said(run);
  }
};

/** The sample .docx with some parts changed. */
function docx(
  change: (parts: Record<string, Uint8Array>, xml: string) => Record<string, Uint8Array | string>,
): Uint8Array {
  const parts = unzipSync(SAMPLE_DOCX);
  const out: Record<string, Uint8Array> = {};
  for (const [name, value] of Object.entries({ ...parts, ...change(parts, strFromU8(parts['word/document.xml'])) })) {
    if (value !== '') out[name] = typeof value === 'string' ? strToU8(value) : value;
  }
  return zipSync(out);
}

function write(dir: string, name: string, content: Uint8Array | string): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

const fixedXml = (path: string) =>
  strFromU8(unzipSync(new Uint8Array(readFileSync(path.replace('.docx', '.fixed.docx'))))['word/document.xml']);

/** A decoy with the words of a fixable cell, somewhere the reader skips: where did `--fix` write? */
const decoyCase = (name: string, decoy: string): Case => ({
  name: `--fix, the words of a fixed cell also in ${name}`,
  make(dir) {
    const path = write(
      dir,
      'a.docx',
      docx((_, xml) => ({ 'word/document.xml': xml.replace('<w:body>', `<w:body>${decoy}`) })),
    );
    return {
      args: ['check', '--fix', path],
      outcome: (run) => {
        if (run.code !== 0 && run.code !== 1) return said(run);
        const xml = fixedXml(path);
        return xml.includes(`<w:body>${decoy}`) ? 'fixed the table cell only' : 'fixed the decoy, said "fixed"';
      },
    };
  },
});

/** A `.txt` whose bytes its encoding cannot all read: are the bytes outside the fixes written back as they were? */
const keptBytesCase = (name: string, content: () => Buffer, hostile: number[], at: 'end' | number): Case => ({
  name: `--fix on ${name}`,
  make(dir) {
    const path = write(dir, 'h.txt', content());
    return {
      args: ['check', '--fix', path, '--register', REGISTER],
      outcome: (run) => {
        const copy = path.replace('.txt', '.fixed.txt');
        if (!existsSync(copy)) return said(run);
        const fixed = readFileSync(copy);
        const where = at === 'end' ? fixed.length - hostile.length : at;
        const kept = Buffer.from(hostile).equals(fixed.subarray(where, where + hostile.length));
        return kept
          ? 'bytes kept as they were'
          : `bytes rewritten (${fixed.includes(Buffer.from([0xef, 0xbf, 0xbd])) || fixed.includes(Buffer.from([0xfd, 0xff])) ? 'U+FFFD' : 'changed'})`;
      },
    };
  },
});

const AT = SAMPLE_TXT.indexOf('This TD contains');
const utf16 = (text: Buffer) => Buffer.from(text.toString('utf8'), 'utf16le');

/** The kept copy of the stand-in site's index, in `dir`'s cache folder. */
const keptCopy = (dir: string, site: ItuSite) =>
  join(dir, 'cache/td-lens/itu', `${new URL(site.base).host.replace(':', '_')}-T25-TSAG-250526-TD.xml`);
/** `check` of the sample agenda against `register` (a file, or `itu`), its TDs' presence the only rule. */
const checkAgainst = (register: string) => [
  'check',
  join(repo, 'samples/wp2-closing-agenda-2025-05.txt'),
  '--register',
  register,
  '--rules',
  'td-unknown',
];
const itu = checkAgainst('itu');

const CASES: Case[] = [
  decoyCase(
    'a text box',
    '<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>5 November</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>',
  ),
  decoyCase(
    'the moved-away copy of a tracked move',
    '<w:p><w:moveFrom w:id="1" w:author="x" w:date="2025-01-01T00:00:00Z"><w:r><w:t>5 November</w:t></w:r></w:moveFrom></w:p>',
  ),
  decoyCase('an XML comment', '<!--<w:p><w:r><w:t>5 November</w:t></w:r></w:p>-->'),
  keptBytesCase(
    'UTF-8 with a stray byte after a BOM',
    () => bytes([0xef, 0xbb, 0xbf], SAMPLE_TXT.subarray(0, AT), [0xff], SAMPLE_TXT.subarray(AT)),
    [0xff],
    AT + 3,
  ),
  keptBytesCase('UTF-16 of odd length', () => bytes([0xff, 0xfe], utf16(SAMPLE_TXT), [0x41]), [0x41], 'end'),
  keptBytesCase(
    'UTF-16 with a lone surrogate',
    () => bytes([0xff, 0xfe], utf16(SAMPLE_TXT).subarray(0, AT * 2), [0x00, 0xd8], utf16(SAMPLE_TXT).subarray(AT * 2)),
    [0x00, 0xd8],
    2 + AT * 2,
  ),
  {
    name: '--fix, 100 directory records sharing one 4 MB entry, a CP437 name',
    make(dir) {
      const blob = new Uint8Array(4 * MB).map((_, i) => (i * 2654435761) >>> 24);
      const base = zipSync({ ...unzipSync(SAMPLE_DOCX), 'word/media/blob.bin': [blob, { level: 0 }] });
      const of = readZipDirectory(base).findIndex((e) => e.name === 'word/media/blob.bin');
      const names = [
        ...Array.from({ length: 99 }, (_, i) => strToU8(`word/media/copy${i}.bin`)),
        Uint8Array.from([...strToU8('word/media/caf'), 0x82, ...strToU8('.png')]),
      ];
      const path = write(dir, 'z.docx', withExtraRecords(base, of, names));
      return {
        args: ['check', '--fix', path],
        outcome: (run) => {
          const copy = path.replace('.docx', '.fixed.docx');
          if (!existsSync(copy)) return said(run);
          const [input, output] = [readFileSync(path), readFileSync(copy)];
          const sameNames = readZipDirectory(new Uint8Array(output)).some((e) => e.rawName.includes(0x82));
          return `copy of ${(output.length / MB).toFixed(1)} MB from ${(input.length / MB).toFixed(1)} MB; CP437 name ${sameNames ? 'kept' : 'renamed'}`;
        },
      };
    },
  },
  {
    name: 'the ITU cache: links planted at the next 300 temporary names',
    make(dir, site) {
      const victim = write(dir, 'victim.txt', 'precious\n');
      const copy = keptCopy(dir, site);
      mkdirSync(join(copy, '..'), { recursive: true });
      const last = Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
      for (let pid = last + 1; pid < last + 300; pid++) symlinkSync(victim, `${copy}.${pid}.tmp`);
      return {
        args: itu,
        outcome: (run) =>
          readFileSync(victim, 'utf8') === 'precious\n'
            ? `victim intact (${said(run) || 'no message'})`
            : 'victim overwritten',
      };
    },
  },
  ...(['x:', ''] as const).map((prefix): Case => ({
    name: `WordprocessingML with ${prefix ? 'the prefix x:' : 'the default namespace'}`,
    make(dir) {
      const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
      const edit = (xml: string) =>
        prefix
          ? xml
              .replace(/<(\/?)w:/g, '<$1x:')
              .replace(/ w:/g, ' x:')
              .replace(/xmlns:w=/g, 'xmlns:x=')
          : xml.replace(/<(\/?)w:/g, '<$1').replace(/^(<\?xml[^>]*>\s*<[a-zA-Z]+) /, `$1 xmlns="${W}" `);
      const path = write(
        dir,
        'n.docx',
        docx((parts) =>
          Object.fromEntries(
            ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'].map((n) => [n, edit(strFromU8(parts[n]))]),
          ),
        ),
      );
      return { args: ['check', path, '--format', 'json'], outcome: findings };
    },
  })),
  {
    name: 'UTF-8 with one stray Windows-1252 byte',
    make(dir) {
      const path = write(dir, 's.txt', bytes(SAMPLE_TXT.subarray(0, AT), [0x96], SAMPLE_TXT.subarray(AT)));
      return {
        args: ['check', path, '--format', 'json'],
        outcome: (run) => `${findings(run)}; ${said(run) || 'nothing said'}`,
      };
    },
  },
  {
    name: 'an XML register file with one stray byte',
    make(dir) {
      const at = INDEX.indexOf('<ltitle_e>', INDEX.indexOf('<folder>')) + '<ltitle_e>'.length;
      const register = write(dir, 'r.xml', bytes(INDEX.subarray(0, at), [0xe9], INDEX.subarray(at)));
      return {
        args: checkAgainst(register),
        outcome: (run) => said(run) || 'read, nothing said',
      };
    },
  },
  {
    name: 'ids with format characters inside (TD1<U+200B>06, TD2<U+00AD>07)',
    make(dir) {
      const path = write(dir, 'z.txt', 'Report – TD1\u200b06, TD2\u00ad07.\n');
      return {
        args: ['refs', path, '--format', 'json'],
        outcome: (run) =>
          (JSON.parse(run.stdout.toString('utf8')).references as { id: string }[]).map((r) => r.id).join(', '),
      };
    },
  },
  ...(['json', 'sarif', 'text'] as const).map((format): Case => ({
    name: `bidi controls (U+202E, U+200F, U+061C) in ${format} output`,
    make(dir) {
      const text = SAMPLE_TXT.toString('utf8')
        .replace('Started JCA-MV', 'Started\u200f\u061c JCA-MV')
        .replace('Started, JCA-IMT2020', 'Started, \u202eJCA-IMT2020');
      const path = write(dir, 'b.txt', text);
      return {
        args: ['check', path, '--format', format],
        outcome: (run) =>
          /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(run.stdout.toString('utf8'))
            ? 'raw in the output'
            : 'escaped',
      };
    },
  })),
  {
    name: "ITU's answer redirected to another host",
    make(_dir, site) {
      site.answers[TSAG_TD_INDEX] = {
        status: 302,
        body: '',
        headers: { location: `http://127.0.0.2:9${TSAG_TD_INDEX}` },
      };
      return { args: itu, outcome: said };
    },
  },
  {
    name: '8 kB .docx: 20,000 HYPERLINK fields left open',
    make(dir) {
      const field =
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "https://x.example/"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>a</w:t></w:r>';
      const body = `<w:p>${field.repeat(20_000)}</w:p>${'<w:p><w:r><w:t>TD1</w:t></w:r></w:p>'.repeat(20_000)}`;
      const path = write(dir, 'f.docx', zipSync({ 'word/document.xml': strToU8(documentXml(body)) }, { level: 9 }));
      return {
        args: ['refs', path, '--format', 'json'],
        outcome: (run) =>
          run.code === 0
            ? `${(JSON.parse(run.stdout.toString('utf8')).references as unknown[]).length} references`
            : said(run),
      };
    },
  },
  {
    name: 'output that cannot be written (stdout on /dev/full)',
    make: () => ({
      args: ['refs', join(repo, 'samples/wp2-closing-agenda-2025-05.txt')],
      stdoutTo: '/dev/full',
      outcome: said,
    }),
  },
  ...(
    [
      ['a FIFO', (copy: string) => spawnSyncOk('mkfifo', [copy])],
      ['a link to /dev/zero', (copy: string) => symlinkSync('/dev/zero', copy)],
      ['a 33 MB file', (copy: string) => writeFileSync(copy, Buffer.alloc(33 * MB, 0x20))],
    ] as const
  ).map(([what, plant]): Case => ({
    name: `--offline, the kept copy is ${what}`,
    make(dir, site) {
      const copy = keptCopy(dir, site);
      mkdirSync(join(copy, '..'), { recursive: true });
      plant(copy);
      return { args: [...itu, '--offline'], outcome: said };
    },
  })),
  {
    name: '20,000 status lines of one action, all the same',
    make(dir) {
      const status = 'TSAG 05-2025:  Started, JCA-IMT2020 continuation\n';
      const path = write(
        dir,
        'st.txt',
        SAMPLE_TXT.toString('utf8').replace(status, 'Started, JCA-IMT2020 continuation.\n'.repeat(20_000)),
      );
      return { args: ['check', path, '--format', 'json'], outcome: findings };
    },
  },
  {
    name: '20,000 action codes glued into one entry (a finding each, on one line)',
    make(dir) {
      const text = SAMPLE_TXT.toString('utf8');
      const at = text.indexOf('RG-WPR-6: Approve');
      const path = write(
        dir,
        'ac.txt',
        text.slice(0, at) +
          Array.from({ length: 20_000 }, (_, i) => `RG-WPR-${20 + i}: Approve item ${i} `).join('') +
          text.slice(at),
      );
      return { args: ['check', path, '--format', 'json'], outcome: findings };
    },
  },
  {
    name: 'a JSON register of 90,000 ids written with \\u escapes',
    make(dir) {
      const register = write(
        dir,
        'r.json',
        `[\n${Array.from({ length: 90_000 }, (_, i) => `{"id": "\\u0054D${i + 1}", "title": "t"}`).join(',\n')}\n]`,
      );
      return {
        args: checkAgainst(register),
        outcome: (run) => said(run) || 'read',
      };
    },
  },
  {
    name: 'a CSV register with one 60 MB field',
    make(dir) {
      const register = write(dir, 'r.csv', `id,title,source\nTD1,"${'x'.repeat(60 * MB)}",s\n`);
      return {
        args: checkAgainst(register),
        outcome: (run) => said(run) || 'read',
      };
    },
  },
  ...[7.5, 60].map((mb): Case => ({
    name: `check on ${mb} MB of agenda text`,
    make(dir) {
      const sample = SAMPLE_TXT.toString('utf8');
      const path = write(dir, 'big.txt', syntheticAgenda(sample, Math.round((mb * MB) / Buffer.byteLength(sample))));
      return { args: ['check', path, '--format', 'json'], outcome: findings };
    },
  })),
  {
    name: 'a UTF-16 document.xml',
    make(dir) {
      const path = write(
        dir,
        'u.docx',
        docx((_, xml) => ({
          'word/document.xml': bytes(
            [0xff, 0xfe],
            Buffer.from(xml.replace(/encoding='UTF-8'/, "encoding='UTF-16'"), 'utf16le'),
          ),
        })),
      );
      return { args: ['check', path, '--format', 'json'], outcome: findings };
    },
  },
  {
    name: 'the main part at word/main.xml (_rels/.rels says so)',
    make(dir) {
      const path = write(
        dir,
        'm.docx',
        docx((parts) => ({
          'word/document.xml': '',
          'word/_rels/document.xml.rels': '',
          'word/main.xml': parts['word/document.xml'],
          'word/_rels/main.xml.rels': parts['word/_rels/document.xml.rels'],
          '_rels/.rels': strFromU8(parts['_rels/.rels']).replace(
            'Target="word/document.xml"',
            'Target="word/main.xml"',
          ),
        })),
      );
      return { args: ['check', path, '--format', 'json'], outcome: findings };
    },
  },
  {
    name: "ITU's answer redirected in a loop",
    make(_dir, site) {
      site.answers[TSAG_TD_INDEX] = { status: 301, body: '', headers: { location: TSAG_TD_INDEX } };
      return { args: itu, outcome: said };
    },
  },
  {
    name: "ITU's answer: gzip that is not",
    make(_dir, site) {
      site.answers[TSAG_TD_INDEX] = { body: 'not gzip at all', headers: { 'content-encoding': 'gzip' } };
      return { args: itu, outcome: said };
    },
  },
  {
    name: '--fix on a file whose name is as long as the folder allows',
    make(dir) {
      const path = write(dir, `${'a'.repeat(255 - '.fixed.txt'.length)}.txt`, SAMPLE_TXT);
      return {
        args: ['check', '--fix', path, '--register', REGISTER],
        outcome: (run) =>
          said(run) ||
          firstLine(
            run.stdout
              .toString('utf8')
              .split('\n')
              .filter((l) => l.startsWith('wrote'))
              .join('\n'),
          ).slice(0, 40),
      };
    },
  },
  {
    name: 'a file of 64 MB + 1 byte',
    make(dir) {
      const path = join(dir, 'big.txt');
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 64 * MB + 1);
      closeSync(fd);
      return { args: ['check', path], outcome: said };
    },
  },
  {
    name: 'a .docx given as --register',
    make(dir) {
      const register = write(dir, 'r.docx', SAMPLE_DOCX);
      return {
        args: ['check', join(repo, 'samples/wp2-closing-agenda-2025-05.txt'), '--register', register],
        outcome: said,
      };
    },
  },
  {
    name: 'SARIF artifact URI of `a #1?.txt`',
    make(dir) {
      const path = write(dir, 'a #1?.txt', SAMPLE_TXT);
      return {
        args: ['check', path, '--format', 'sarif'],
        outcome: (run) =>
          String(JSON.parse(run.stdout.toString('utf8')).runs[0].artifacts[0].location.uri).replace(/^.*\//, '…/'),
      };
    },
  },
];

/** `command args`, which must succeed (mkfifo: Node has no call for it). */
function spawnSyncOk(command: string, args: string[]): void {
  if (spawnSync(command, args).status !== 0) throw new Error(`${command} failed`);
}

export async function run(): Promise<FigureResult[]> {
  // This checkout's binary runs its bundle, built fresh (bin.mjs would otherwise run stale sources through tsx).
  if (
    !process.env.TD_LENS_BENCH_BIN &&
    spawnSync(process.execPath, [join(repo, 'scripts/build-cli.mjs')], { stdio: 'ignore' }).status !== 0
  )
    throw new Error('build-cli failed');
  const out: FigureResult[] = [];
  const only = process.env.TD_LENS_BENCH_CASES;
  for (const [i, c] of CASES.entries()) {
    if (only && !only.split(',').includes(String(i + 1))) continue;
    const dir = join(root, String(i + 1));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const site = await startItuSite();
    try {
      const { args, stdoutTo, outcome } = c.make(dir, site);
      const run = await runBinary(args, { TD_LENS_ITU_BASE: site.base, XDG_CACHE_HOME: join(dir, 'cache') }, stdoutTo);
      out.push({
        name: `${i + 1}. ${c.name}`,
        figures: {
          cpu_s: run.seconds.toFixed(2),
          load: loadavg()[0].toFixed(1),
          peak_mb: run.rssMb ?? '?',
          exit: run.code ?? '?',
          outcome: outcome(run),
        },
      });
    } finally {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}
