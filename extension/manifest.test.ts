import { describe, expect, it } from 'vitest';
import { buildManifest, GECKO_ID, ICON_SIZES } from './manifest';

const input = { version: '1.2.3', description: 'd' };

describe('manifest', () => {
  it('asks for storage only, www.itu.int as an optional host, and runs the content script on all pages', () => {
    const chrome = buildManifest({ ...input, browser: 'chrome' });
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.permissions).toEqual(['storage']);
    // Never at install: ITU's site only once the delegate allows fetching its lists.
    expect(chrome).not.toHaveProperty('host_permissions');
    expect(chrome).not.toHaveProperty('optional_permissions');
    expect(chrome.optional_host_permissions).toEqual(['https://www.itu.int/*']);
    expect(chrome.background).toEqual({ service_worker: 'background/background.js' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect((chrome.content_scripts as { matches: string[] }[])[0].matches).toEqual(['<all_urls>']);
  });

  it('gives Firefox a gecko id, a background script, and declares no data collection', () => {
    const firefox = buildManifest({ ...input, browser: 'firefox' });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    });
    expect(firefox.background).toEqual({ scripts: ['background/background.js'] });
    expect(firefox).not.toHaveProperty('host_permissions');
    const { browser_specific_settings: _b, background: _f, web_accessible_resources: firefoxWar, ...rest } = firefox;
    const {
      minimum_chrome_version: _m,
      background: _c,
      web_accessible_resources: chromeWar,
      ...chromeRest
    } = buildManifest({ ...input, browser: 'chrome' });
    expect(rest).toEqual(chromeRest);
    // The page module is reached through an address that changes every session in Chrome (Firefox has no such key).
    expect(chromeWar).toEqual([{ resources: ['content/page.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
    expect(firefoxWar).toEqual([{ resources: ['content/page.js'], matches: ['<all_urls>'] }]);
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
