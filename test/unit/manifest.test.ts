// The Word add-in manifests: manifest.xml (for `npm start`) and the one `npm run build` writes for a public host
// (scripts/build-manifest.mjs). Both well-formed, elements in schema order, every URL on the pane's origin and
// pointing at what the build serves, icons of the declared pixel sizes, the version of package.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const DEV_ORIGIN = 'https://localhost:3000/';
const PUBLIC_URL = 'https://tdlens.example.org/addin/';
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(join(tmpdir(), 'td-lens-manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs scripts/build-manifest.mjs as `npm run build` does, with these variables. */
function buildManifest(env: Record<string, string>) {
  const out = join(tmp, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  const run = spawnSync(process.execPath, [resolve(root, 'scripts/build-manifest.mjs'), out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TD_LENS_PUBLIC_URL: '', TD_LENS_SUPPORT_URL: '', ...env },
  });
  return { status: run.status, stderr: run.stderr, xml: existsSync(out) ? readFileSync(out, 'utf8') : '' };
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict parse: every element closed by its own end tag, one root, nothing left open. */
function parseXml(xml: string): XmlElement {
  const problems: string[] = [];
  const top: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [top];
  const selfClosing = new WeakSet<XmlElement>();
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: XmlElement = { name, attributes, children: [], text: '' };
        if (xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>')) selfClosing.add(element);
        stack[stack.length - 1].children.push(element);
        stack.push(element);
      },
      ontext(text) {
        stack[stack.length - 1].text += text;
      },
      onclosetag(name, isImplied) {
        const open = stack.pop();
        if (!open || open.name !== name || (isImplied && !selfClosing.has(open)))
          problems.push(`</${name}> closes <${open?.name}>${isImplied ? ' (implied)' : ''}`);
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  if (stack.length !== 1) problems.push(`unclosed <${stack[stack.length - 1].name}>`);
  if (top.children.length !== 1) problems.push(`${top.children.length} root elements`);
  if (problems.length > 0) throw new Error(`manifest.xml is not well-formed: ${problems.join('; ')}`);
  return top.children[0];
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const all = (element: XmlElement): XmlElement[] => [element, ...element.children.flatMap(all)];

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file the build serves for a URL under `base`: an HTML entry in addin/, a public file, or an icon. */
function servedFile(url: string, base: string): string {
  expect(url.startsWith(base), `${url} is not under ${base}`).toBe(true);
  const path = url.slice(base.length);
  const icon = /^assets\/(icon-\d+\.png)$/.exec(path)?.[1];
  const candidates = icon
    ? [resolve(root, 'icons', icon)]
    : [resolve(root, 'addin', path), resolve(root, 'addin/public', path)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${url} is not served: none of ${candidates.join(', ')} exists`);
  return found;
}

const MANIFESTS = [
  { name: 'manifest.xml, for npm start', base: DEV_ORIGIN, xml: readFileSync(resolve(root, 'manifest.xml'), 'utf8') },
  {
    name: `the built manifest for ${PUBLIC_URL}`,
    base: PUBLIC_URL,
    xml: buildManifest({ TD_LENS_PUBLIC_URL: PUBLIC_URL }).xml,
  },
];

describe.each(MANIFESTS)('$name', ({ base, xml }) => {
  const manifest = parseXml(xml);

  it('is a task-pane add-in for Word documents with its elements in schema order', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    const schemaOrder = [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    const names = manifest.children.map((c) => c.name);
    for (const name of names) expect(schemaOrder, `unexpected <${name}>`).toContain(name);
    expect(names.map((name) => schemaOrder.indexOf(name))).toEqual(
      [...names.map((name) => schemaOrder.indexOf(name))].sort((a, b) => a - b),
    );
    for (const required of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'SupportUrl',
      'Hosts',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]) {
      expect(names, `missing <${required}>`).toContain(required);
    }
    expect(child(manifest, 'Id')?.text.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(manifest, 'Version')?.text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(manifest, 'Permissions')?.text.trim()).toBe('ReadWriteDocument');
    expect(child(manifest, 'Hosts')?.children.map((h) => h.attributes.Name)).toEqual(['Document']);
    const overrides = child(manifest, 'VersionOverrides');
    expect(overrides?.children.map((c) => c.name)).toEqual(['Hosts', 'Resources']);
    const formFactor = all(overrides!).find((e) => e.name === 'DesktopFormFactor');
    const order = ['GetStarted', 'FunctionFile', 'ExtensionPoint'];
    expect(formFactor?.children.map((c) => c.name).filter((n) => order.includes(n))).toEqual(order);
  });

  it('has a TD Lens button on the Home tab that opens the task pane', () => {
    const tab = all(manifest).find((e) => e.name === 'OfficeTab');
    expect(tab?.attributes.id).toBe('TabHome');
    const button = all(tab!).find((e) => e.name === 'Control' && e.attributes['xsi:type'] === 'Button');
    expect(button?.children.map((c) => c.name)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    const action = child(button!, 'Action');
    expect(action?.attributes['xsi:type']).toBe('ShowTaskpane');
    const strings = all(manifest).filter((e) => e.name === 'bt:String');
    const label = strings.find((s) => s.attributes.id === child(button!, 'Label')?.attributes.resid);
    expect(label?.attributes.DefaultValue).toBe('TD Lens');
  });

  it('defines every resource it refers to, once', () => {
    const resources = all(manifest).filter(
      (e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name) && e.attributes.id,
    );
    const ids = resources.map((r) => r.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = all(manifest).flatMap((e) => (e.attributes.resid ? [e.attributes.resid] : []));
    for (const resid of referenced) expect(ids, `resid ${resid}`).toContain(resid);
  });

  it('points at pages and icons the build serves, at their declared sizes', () => {
    const source = child(child(manifest, 'DefaultSettings')!, 'SourceLocation')?.attributes.DefaultValue ?? '';
    expect(source).toBe(`${base}taskpane.html`);
    expect(servedFile(source, base)).toMatch(/addin\/taskpane\.html$/);
    const urls = all(manifest).filter((e) => e.name === 'bt:Url');
    for (const url of urls) servedFile(url.attributes.DefaultValue, base);
    expect(urls.find((u) => u.attributes.id === 'Taskpane.Url')?.attributes.DefaultValue).toBe(source);

    const images = new Map(
      all(manifest)
        .filter((e) => e.name === 'bt:Image' && e.attributes.id)
        .map((e) => [e.attributes.id, e.attributes.DefaultValue]),
    );
    const uses = all(manifest).filter((e) => e.name === 'bt:Image' && e.attributes.resid);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const size = Number(use.attributes.size);
      expect(pngSize(servedFile(images.get(use.attributes.resid)!, base))).toEqual({ width: size, height: size });
    }
    expect(pngSize(servedFile(child(manifest, 'IconUrl')!.attributes.DefaultValue, base))).toEqual({
      width: 32,
      height: 32,
    });
    expect(pngSize(servedFile(child(manifest, 'HighResolutionIconUrl')!.attributes.DefaultValue, base))).toEqual({
      width: 64,
      height: 64,
    });
    expect(servedFile(child(manifest, 'SupportUrl')!.attributes.DefaultValue, base)).toMatch(/support\.html$/);
  });

  it("has every URL on the pane's origin, and the version of package.json", () => {
    const urls = all(manifest).flatMap((e) => [
      ...Object.entries(e.attributes)
        .filter(([name, value]) => !name.startsWith('xmlns') && /^https?:/.test(value))
        .map(([, value]) => value),
      ...(/^\s*https?:/.test(e.text) && e.children.length === 0 ? [e.text.trim()] : []),
    ]);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((url) => !url.startsWith(base))).toEqual([]);
    expect(child(manifest, 'Version')?.text.trim()).toBe(`${version}.0`);
  });
});

describe('the build for a public host', () => {
  it('keeps the Id of manifest.xml', () => {
    const id = (xml: string) => child(parseXml(xml), 'Id')?.text.trim();
    expect(id(MANIFESTS[1].xml)).toBe(id(MANIFESTS[0].xml));
  });

  it("takes the folder URL with or without its final slash, and an organisation's own support page", () => {
    const built = buildManifest({
      TD_LENS_PUBLIC_URL: 'https://tdlens.example.org/addin',
      TD_LENS_SUPPORT_URL: 'https://help.example.org/td-lens?from=word&v=1',
    });
    expect(built.status).toBe(0);
    const manifest = parseXml(built.xml);
    expect(child(child(manifest, 'DefaultSettings')!, 'SourceLocation')?.attributes.DefaultValue).toBe(
      `${PUBLIC_URL}taskpane.html`,
    );
    expect(child(manifest, 'SupportUrl')?.attributes.DefaultValue).toBe(
      'https://help.example.org/td-lens?from=word&v=1',
    );
  });

  it.each([
    ['http://tdlens.example.org/addin/', /must start with https:\/\/ \(Word loads add-ins over HTTPS only\)/],
    ['tdlens.example.org/addin/', /is not a URL/],
    ['https://tdlens.example.org/addin/?x=1', /no query, fragment or user name/],
  ])('refuses TD_LENS_PUBLIC_URL=%s with a clear message and exit 2', (url, message) => {
    const built = buildManifest({ TD_LENS_PUBLIC_URL: url });
    expect(built.status).toBe(2);
    expect(built.stderr).toMatch(message);
    expect(built.xml).toBe('');
  });
});

describe('parseXml', () => {
  it('rejects XML that is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/not well-formed/);
    expect(() => parseXml('<a/><b/>')).toThrow(/2 root elements/);
  });
});
