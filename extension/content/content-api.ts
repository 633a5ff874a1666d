/**
 * The few extension APIs the content scripts call, as both browsers give them to Manifest V3 content scripts:
 * `browser` in Firefox, `chrome` in Chrome, promise-based in both. No polyfill: it would be most of content.js,
 * which every page gets.
 */
export interface StorageChanges {
  [key: string]: { newValue?: unknown; oldValue?: unknown };
}

export interface ContentApi {
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean | undefined,
      ): void;
    };
  };
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: { addListener(listener: (changes: StorageChanges, area: string) => void): void };
  };
}

export const contentApi = ((globalThis as { browser?: ContentApi }).browser ??
  (globalThis as { chrome?: ContentApi }).chrome) as ContentApi;
