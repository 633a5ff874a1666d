// Writes the Word add-in manifest for where the pane is hosted: `node scripts/build-manifest.mjs [OUT]`
// (run by `npm run build`; OUT defaults to dist/manifest.xml).
// manifest.xml in the repository is the manifest for `npm start` (https://localhost:3000/). This script copies it
// with every https://localhost:3000/ URL moved to TD_LENS_PUBLIC_URL (the https URL of the folder that serves
// dist/addin/; localhost when unset), the version from package.json (Office's four-part form, 0.1.0 → 0.1.0.0)
// and, when TD_LENS_SUPPORT_URL is set, that support page instead of the bundled support.html. The Id stays: it
// is the add-in's identity for Word and for the admin center.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
export const DEV_ORIGIN = 'https://localhost:3000/';

export class PublicUrlError extends Error {}

/** `value` as an https URL, or a PublicUrlError naming the variable and what is wrong. */
function httpsUrl(value, name) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new PublicUrlError(
      `${name}="${value}" is not a URL; give an https URL, e.g. https://tdlens.example.org/addin/`,
    );
  }
  if (url.protocol !== 'https:')
    throw new PublicUrlError(`${name}="${value}" must start with https:// (Word loads add-ins over HTTPS only)`);
  return url;
}

/** The URL of the folder that serves dist/addin/, ending in `/`; localhost:3000 when TD_LENS_PUBLIC_URL is unset. */
export function publicUrl(value = process.env.TD_LENS_PUBLIC_URL) {
  if (value === undefined || value === '') return DEV_ORIGIN;
  const url = httpsUrl(value, 'TD_LENS_PUBLIC_URL');
  if (url.search || url.hash || url.username || url.password)
    throw new PublicUrlError(
      `TD_LENS_PUBLIC_URL="${value}" must be a plain folder URL: no query, fragment or user name`,
    );
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const xmlAttribute = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Office wants four numeric parts, each 0..65535. */
function officeVersion(version) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version)?.slice(1).map(Number);
  if (!parts || parts.some((n) => n > 65535))
    throw new Error(`package.json version "${version}" is not MAJOR.MINOR.PATCH with parts up to 65535`);
  return `${parts.join('.')}.0`;
}

function buildAddinManifest(template, { base, version, supportUrl }) {
  let xml = template
    .replace(
      /<!--[\s\S]*?-->/,
      `<!-- TD Lens Word add-in ${version}: written by \`npm run build\` from manifest.xml for the host in TD_LENS_PUBLIC_URL. -->`,
    )
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${officeVersion(version)}</Version>`)
    .split(DEV_ORIGIN)
    .join(xmlAttribute(base));
  if (supportUrl) xml = xml.replace(/(<SupportUrl DefaultValue=")[^"]*(")/, `$1${xmlAttribute(supportUrl)}$2`);
  return xml;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = resolve(process.argv[2] ?? resolve(root, 'dist/manifest.xml'));
  try {
    const base = publicUrl();
    const supportUrl = process.env.TD_LENS_SUPPORT_URL
      ? httpsUrl(process.env.TD_LENS_SUPPORT_URL, 'TD_LENS_SUPPORT_URL').href
      : undefined;
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    const xml = buildAddinManifest(readFileSync(resolve(root, 'manifest.xml'), 'utf8'), { base, version, supportUrl });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, xml);
    console.log(`[build-manifest] ${out}: the pane at ${base}taskpane.html, version ${officeVersion(version)}`);
  } catch (error) {
    if (!(error instanceof PublicUrlError)) throw error;
    console.error(`[build-manifest] ${error.message}`);
    process.exit(2);
  }
}
