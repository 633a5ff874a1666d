#!/usr/bin/env node
// `td-lens`: runs the bundle dist/cli/td-lens.mjs (scripts/build-cli.mjs, made by `npm run build` and before
// `npm pack`): plain JavaScript, no loader, so the command starts at once.
// In a source checkout the bundle may be missing, or older than a file it was built from (dist/cli/sources.json
// lists them): then the TypeScript sources run through tsx (a dev dependency), so a developer or a test never runs
// stale code. The installed package carries the bundle and no sources, and runs the bundle straight away.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/cli/td-lens.mjs`;
const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

function bundleIsCurrent() {
  const built = mtime(bundle);
  if (built === undefined) return false;
  if (!existsSync(`${root}cli/main.ts`)) return true; // the installed package
  let sources;
  try {
    sources = JSON.parse(readFileSync(`${root}dist/cli/sources.json`, 'utf8'));
  } catch {
    return false;
  }
  return sources.every((file) => (mtime(root + file) ?? Infinity) <= built);
}

if (bundleIsCurrent()) {
  await import(new URL('../dist/cli/td-lens.mjs', import.meta.url).href);
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write(
      'td-lens: dist/cli/td-lens.mjs is missing or older than its sources, and tsx is not installed: run `npm run build`\n',
    );
    process.exit(2);
  }
  tsx.register();
  await import('./main.ts');
}
