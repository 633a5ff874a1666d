/**
 * Second content script, ITU document pages only (`https://www.itu.int/md/*`): reads the TD listing the delegate
 * is looking at into the stored registers, so cards elsewhere show titles, sources and newer revisions.
 */
import { contentApi as browser } from './content-api';
import { learnFromListing } from '../register-learn';
import { readRegisterUse, readSettings, STORAGE_KEYS } from '../settings';

async function learn(): Promise<void> {
  // Serialising the live DOM (not re-fetching the page) sees exactly what the delegate sees, logged in or not.
  const html = new XMLSerializer().serializeToString(document);
  const stored = await browser.storage.local.get([STORAGE_KEYS.registers, STORAGE_KEYS.registerUse]);
  const { registers } = readSettings(stored);
  const learned = learnFromListing(
    html,
    location.href,
    registers,
    new Date(),
    readRegisterUse(stored[STORAGE_KEYS.registerUse]),
  );
  if (learned) await browser.storage.local.set({ [STORAGE_KEYS.registers]: learned });
}

void learn().catch((error: unknown) => console.warn('[TD Lens] could not read this listing:', error));
