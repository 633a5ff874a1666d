/**
 * The built packages: `web-ext lint` passes on the Firefox build (offline, self-hosted), each zip holds its
 * browser's manifest and every file the manifest names, and the manifests differ only where the browsers do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './extension-harness';

const dist = join(repoRoot, 'dist');

beforeAll(() => {
  if (!existsSync(join(dist, 'td-lens-firefox.zip'))) spawnSync('node', ['scripts/build-extension.mjs'], { cwd: repoRoot, stdio: 'inherit' });
});

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string }[];
  warnings: { code: string; message: string }[];
}

function filesNamedBy(manifest: Record<string, unknown>): string[] {
  const scripts = manifest.content_scripts as { js?: string[]; css?: string[] }[];
  const action = manifest.action as { default_popup: string };
  const options = manifest.options_ui as { page: string };
  return [
    ...scripts.flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
    action.default_popup,
    options.page,
    ...Object.values(manifest.icons as Record<string, string>),
  ];
}

describe('extension packages', () => {
  it('passes web-ext lint with no errors or warnings', () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--self-hosted', '--source-dir', join(dist, 'extension-firefox'), '--output', 'json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as LintReport;
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  }, 120_000);

  it('zips each build with its manifest and every file the manifest names', () => {
    for (const browser of ['chrome', 'firefox']) {
      const zip = unzipSync(readFileSync(join(dist, `td-lens-${browser}.zip`)));
      const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Record<string, unknown>;
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.permissions).toEqual(['storage']);
      for (const file of filesNamedBy(manifest)) expect(Object.keys(zip), `${browser}: ${file}`).toContain(file);
      expect(Object.keys(zip)).toContain('popup/popup.js');
      expect(Object.keys(zip)).toContain('options/options.js');
      if (browser === 'firefox') expect(manifest.browser_specific_settings).toBeDefined();
      else expect(manifest.browser_specific_settings).toBeUndefined();
    }
  });

  it('ships no remote code and parses no HTML in its scripts', () => {
    const content = readFileSync(join(dist, 'extension-chrome/content/content.js'), 'utf8');
    expect(content).not.toMatch(/\beval\(|new Function\(|importScripts\(/);
    expect(content).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML/);
  });
});
