/**
 * One manifest source for both browsers. The content script reads and writes `storage.local` itself, and the popup
 * talks to the content script of the active tab; the background only fetches ITU's indexes for the cards, once the
 * delegate allowed `https://www.itu.int/*` (optional: asked from the options page or the popup, never at install).
 */
export type TargetBrowser = 'chrome' | 'firefox';

/** Firefox's add-on id for development; a release for addons.mozilla.org is built with its real id (TD_LENS_GECKO_ID). */
export const GECKO_ID = 'td-lens@td-lens.invalid';

/** Toolbar 16, 32; extension pages 48; Firefox's add-ons manager 96; Chrome Web Store and extension page 128. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

export interface ManifestInput {
  browser: TargetBrowser;
  version: string;
  description: string;
  /** Firefox only; GECKO_ID when not given. */
  geckoId?: string;
}

export type Manifest = Record<string, unknown>;

const icons = (): Record<string, string> =>
  Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));

export function buildManifest({ browser, version, description, geckoId = GECKO_ID }: ManifestInput): Manifest {
  const manifest: Manifest = {
    manifest_version: 3,
    name: 'TD Lens',
    version,
    description,
    icons: icons(),
    // Only storage: content scripts run through `content_scripts` matches, the popup finds the active tab's id
    // with tabs.query (no `tabs` permission needed for the id).
    permissions: ['storage'],
    // Both browsers read `optional_host_permissions` in MV3; Firefox would grant plain `host_permissions` at install.
    optional_host_permissions: ['https://www.itu.int/*'],
    // A service worker in Chrome; Firefox runs MV3 backgrounds as (non-persistent) scripts.
    background:
      browser === 'firefox'
        ? { scripts: ['background/background.js'] }
        : { service_worker: 'background/background.js' },
    action: { default_title: 'TD Lens', default_popup: 'popup/popup.html', default_icon: icons() },
    options_ui: { page: 'options/options.html', open_in_tab: true },
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['content/content.js'],
        css: ['content/content.css'],
        // Small (it looks for something to mark, extension/content/boot.ts) and injected at the start: it looks
        // while the page loads, so that the rest (content/page.js, below) comes before the page's first frame on big
        // pages; `document_idle` waits for the load event (or 200 ms), and even `document_end` came after that
        // frame, so the first screen's marks cost a relayout of their own.
        run_at: 'document_start',
        all_frames: false,
      },
      {
        // Learns TD registers from the ITU listing pages the delegate opens.
        matches: ['https://www.itu.int/md/*'],
        js: ['content/itu-listing.js'],
        run_at: 'document_idle',
      },
    ],
    // The rest of the content script, imported by content.js on pages that have something for TD Lens (a module
    // a content script imports must be web accessible). Chrome reaches it through an address that changes every
    // session (`use_dynamic_url`), so a page cannot probe for TD Lens by loading it; Firefox's addresses hold a
    // random id per installation already.
    web_accessible_resources: [
      {
        resources: ['content/page.js'],
        matches: ['<all_urls>'],
        ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ],
  };
  if (browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: geckoId,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  } else {
    manifest.minimum_chrome_version = '116';
  }
  return manifest;
}
