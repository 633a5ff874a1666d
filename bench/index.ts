// `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<(BenchResult | FigureResult)[]>`) and
// prints the results; with `--json`, one JSON object a line.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult, FigureResult } from './harness';

// `npm run bench -- --json | head`: stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const json = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  // The hostile inputs run only when named (minutes, and gigabytes on an older build).
  .filter((f) => (only.length === 0 ? f !== 'hostile.bench.ts' : only.some((o) => f.includes(o))))
  .sort();

for (const file of files) {
  const mod = (await import(join(dir, file))) as { run: () => Promise<(BenchResult | FigureResult)[]> };
  const results = await mod.run();
  for (const r of results) {
    if (json) {
      console.log(JSON.stringify(r));
    } else if (!('subject_ms' in r)) {
      console.log(
        `${r.name}: ${Object.entries(r.figures)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}`,
      );
    } else {
      const { name, subject_ms, peer, peer_ms, ratio, ...extra } = r;
      const more = Object.entries(extra)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      console.log(`${name}: ${subject_ms} ms vs ${peer} ${peer_ms} ms (ratio ${ratio})${more ? `  ${more}` : ''}`);
    }
  }
}
