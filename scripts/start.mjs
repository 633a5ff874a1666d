// `npm start`: builds the extension when its build script exists, then serves the Word add-in and its preview on
// port 3000 with Vite's dev server. HTTPS with office-addin-dev-certs' certificates when they are installed
// (Word only loads add-ins over https: `npx office-addin-dev-certs install`), plain http otherwise (the preview works).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const PORT = 3000;

if (existsSync(resolve(root, 'scripts/build-extension.mjs'))) {
  console.log('[start] building the extension (scripts/build-extension.mjs)');
  const { status } = spawnSync(process.execPath, [resolve(root, 'scripts/build-extension.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (status !== 0) console.warn(`[start] the extension build failed (exit ${status}); serving the add-in anyway`);
}

const certDir = resolve(homedir(), '.office-addin-dev-certs');
const certFile = resolve(certDir, 'localhost.crt');
const keyFile = resolve(certDir, 'localhost.key');
const https =
  existsSync(certFile) && existsSync(keyFile)
    ? { cert: readFileSync(certFile), key: readFileSync(keyFile) }
    : undefined;

const server = await createServer({
  configFile: resolve(root, 'vite.config.ts'),
  server: { port: PORT, strictPort: true, host: 'localhost', ...(https ? { https } : {}) },
});
await server.listen();

const origin = `${https ? 'https' : 'http'}://localhost:${PORT}`;
console.log(`
TD Lens add-in served over ${https ? `HTTPS (certificates from ${certDir})` : 'plain HTTP: no office-addin-dev-certs certificates found'}
  preview (no Word needed): ${origin}/preview.html
  Word task pane:           ${origin}/taskpane.html
${https ? '  Sideload manifest.xml in Word to open the pane from the Home tab.' : '  Word needs https: run `npx office-addin-dev-certs install`, then `npm start` again.'}
Press Ctrl+C to stop.`);
