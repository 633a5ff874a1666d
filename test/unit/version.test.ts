// One version everywhere: package.json is the source; the lock file, the add-in manifest (Office's four-part form)
// and the changelog's latest release agree with it. The built extension manifests are checked in
// test/browser/extension-package.test.ts, the built add-in manifest in test/unit/manifest.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version as cliVersion } from '../../cli/run';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };

describe('the version', () => {
  it('is MAJOR.MINOR.PATCH in package.json, as Office and the browsers need plain numbers', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the same in package-lock.json, manifest.xml, the command line and the changelog', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      version: string;
      packages: Record<string, { version: string }>;
    };
    expect([lock.version, lock.packages[''].version]).toEqual([version, version]);
    expect(/<Version>([^<]+)<\/Version>/.exec(read('manifest.xml'))?.[1]).toBe(`${version}.0`);
    expect(cliVersion()).toBe(version);
    // The changelog starts with the latest release.
    expect(/^## \[([^\]]+)\]/m.exec(read('CHANGELOG.md'))?.[1]).toBe(version);
  });
});
