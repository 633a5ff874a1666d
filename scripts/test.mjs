// `npm test`: the one gate. Type-check, lint, format, unit and property tests, build, then browser tests on the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

// Each Vitest project also writes a JSON report, so the gate can close with one plain count line.
const report = (project) => `test-results/vitest-${project}.json`;
const vitest = (project) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report(project)}`,
];

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  // Prettier (120 columns, .prettierrc.json); `npm run format` writes what it asks for.
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit and property tests', 'npx', vitest('unit')],
  ['build', 'node', ['scripts/build.mjs']],
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  // The extension's page tests also run in Firefox ESR.
  ['firefox', 'node', ['scripts/ensure-firefox.mjs']],
  ['libreoffice', 'node', ['scripts/ensure-libreoffice.mjs']],
  ['browser tests', 'npx', vitest('browser')],
];

for (const project of ['unit', 'browser']) rmSync(report(project), { force: true });

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(
    `== ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (status !== 0) process.exit(status ?? 1);
}

let passed = 0;
let failed = 0;
for (const project of ['unit', 'browser']) {
  if (!existsSync(report(project))) continue;
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report(project), 'utf8'));
  passed += numPassedTests;
  failed += numFailedTests;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
