/**
 * What TD Lens keeps in `storage.local`, and how it reads it back: every value from storage is checked,
 * because storage can hold anything an older version (or a hand edit) wrote.
 */
import type { MeetingContext } from '../shared/meeting/types';
import type { RegisterUse, StoredRegister } from './register-store';

export const STORAGE_KEYS = {
  /** Hostnames where the delegate switched TD Lens off. */
  disabledSites: 'disabledSites',
  /** The meeting set in the options page: used when a page says nothing about its meeting. */
  meeting: 'meeting',
  /** Registers learned from ITU listing pages or imported in the options. */
  registers: 'registers',
  /** When each register was last shown on a card (RegisterUse): learned ones leave least recently used first. */
  registerUse: 'registerUse',
} as const;

export interface Settings {
  disabledSites: string[];
  meeting: MeetingContext | null;
  registers: StoredRegister[];
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], meeting: null, registers: [] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isMeetingContext(value: unknown): value is MeetingContext {
  return (
    isRecord(value) &&
    typeof value.group === 'string' &&
    value.group !== '' &&
    typeof value.start === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value.start) &&
    typeof value.studyPeriod === 'number' &&
    (value.subGroup === undefined || typeof value.subGroup === 'string')
  );
}

function isStoredRegister(value: unknown): value is StoredRegister {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    typeof value.fileName === 'string' &&
    Array.isArray(value.entries) &&
    (value.meeting === undefined || isMeetingContext(value.meeting))
  );
}

/** Settings from raw storage values; anything malformed falls back to the default for that key. */
export function readSettings(raw: Record<string, unknown>): Settings {
  const sites = raw[STORAGE_KEYS.disabledSites];
  const meeting = raw[STORAGE_KEYS.meeting];
  const registers = raw[STORAGE_KEYS.registers];
  return {
    disabledSites: Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [],
    meeting: isMeetingContext(meeting) ? meeting : null,
    registers: Array.isArray(registers) ? registers.filter(isStoredRegister) : [],
  };
}

/** The register use from its raw storage value. */
export function readRegisterUse(raw: unknown): RegisterUse {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function isSiteEnabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname);
}

/** The disabled-site list after switching `hostname` on or off. */
export function withSiteEnabled(disabledSites: readonly string[], hostname: string, enabled: boolean): string[] {
  const rest = disabledSites.filter((s) => s !== hostname);
  return enabled ? rest : [...rest, hostname];
}
