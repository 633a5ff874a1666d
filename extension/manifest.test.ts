import { describe, expect, it } from 'vitest';
import { buildManifest, GECKO_ID } from './manifest';

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
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } } });
    expect(firefox.background).toEqual({ scripts: ['background/background.js'] });
    expect(firefox).not.toHaveProperty('host_permissions');
    const { browser_specific_settings: _b, background: _f, ...rest } = firefox;
    const { minimum_chrome_version: _m, background: _c, ...chromeRest } = buildManifest({ ...input, browser: 'chrome' });
    expect(rest).toEqual(chromeRest);
  });
});
