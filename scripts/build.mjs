// `npm run build`: the Word add-in (task pane + preview) into dist/addin/ with its manifest dist/manifest.xml, the
// browser extension into dist/extension-*/ and dist/td-lens-*.zip, the command line into dist/cli/td-lens.mjs.
// TD_LENS_PUBLIC_URL=https://host/path/ builds the add-in for that host: the pages' base is the URL's path and every
// URL in dist/manifest.xml is on it (scripts/build-manifest.mjs). The URL is checked before anything is built.
import { spawnSync } from 'node:child_process';
import { DEV_ORIGIN, publicUrl, PublicUrlError } from './build-manifest.mjs';

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

let base;
try {
  base = publicUrl();
} catch (error) {
  if (!(error instanceof PublicUrlError)) throw error;
  console.error(`[build] ${error.message}`);
  process.exit(2);
}

run('npx', ['vite', 'build', '--logLevel', 'warn', ...(base === DEV_ORIGIN ? [] : ['--base', new URL(base).pathname])]);
run('node', ['scripts/build-manifest.mjs']);
run('node', ['scripts/build-extension.mjs']);
run('node', ['scripts/build-cli.mjs']);
