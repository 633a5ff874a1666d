import { describe, expect, it } from 'vitest';
import { buildManifest, GECKO_ID, ICON_SIZES } from './manifest';

const input = { version: '1.2.3', description: 'd' };

describe('manifest', () => {
  it('asks for storage only, runs the content script on all pages, and has no background', () => {
    const chrome = buildManifest({ ...input, browser: 'chrome' });
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.permissions).toEqual(['storage']);
    expect(chrome).not.toHaveProperty('host_permissions');
    expect(chrome).not.toHaveProperty('background');
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect((chrome.content_scripts as { matches: string[] }[])[0].matches).toEqual(['<all_urls>']);
  });

  it('gives Firefox a gecko id and declares no data collection', () => {
    const firefox = buildManifest({ ...input, browser: 'firefox' });
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } } });
    const { browser_specific_settings: _b, ...rest } = firefox;
    const { minimum_chrome_version: _m, ...chromeRest } = buildManifest({ ...input, browser: 'chrome' });
    expect(rest).toEqual(chromeRest);
  });

  it('takes a release add-on id for Firefox, the development one otherwise', () => {
    expect(GECKO_ID).toMatch(/\.invalid$/);
    const release = buildManifest({ ...input, browser: 'firefox', geckoId: 'td-lens@example.org' });
    expect(release.browser_specific_settings).toMatchObject({ gecko: { id: 'td-lens@example.org' } });
  });

  it('declares the icon sizes both stores ask for, in the manifest and on the toolbar button', () => {
    expect(ICON_SIZES).toEqual(expect.arrayContaining([16, 32, 48, 96, 128]));
    const chrome = buildManifest({ ...input, browser: 'chrome' });
    const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));
    expect(chrome.icons).toEqual(icons);
    expect(chrome.action).toMatchObject({ default_icon: icons });
  });
});
