// `npm run build`: the add-in (task pane + preview) into dist/addin, the extension into dist/extension-*.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (existsSync('addin/taskpane.html')) run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (existsSync('scripts/build-extension.mjs')) run('node', ['scripts/build-extension.mjs']);
