/** What the pane keeps: meeting and register with the document (host settings), rule switches in localStorage. */
import type { RuleId } from '../../shared/checks/types';
import { isRuleId } from '../../shared/checks/registry';
import type { MeetingContext } from '../../shared/meeting/types';
import { parseRegister } from '../../shared/register/parse-register';
import type { TdRegister } from '../../shared/register/types';
import type { AgendaHost } from '../host/types';

export const MEETING_SETTING = 'meeting';
export const REGISTER_SETTING = 'register';
const DISABLED_RULES_KEY = 'td-lens:disabled-rules';

/** A register is saved as its file, and parsed again on load (one parser, no second format to keep). */
export interface SavedRegister {
  fileName: string;
  content: string;
}

export async function loadMeeting(host: AgendaHost): Promise<MeetingContext | undefined> {
  const saved = await host.loadSetting<MeetingContext | null>(MEETING_SETTING);
  return saved && typeof saved.group === 'string' && typeof saved.start === 'string' ? saved : undefined;
}

export async function loadRegister(host: AgendaHost): Promise<TdRegister | undefined> {
  const saved = await host.loadSetting<SavedRegister | null>(REGISTER_SETTING);
  return saved && typeof saved.content === 'string' ? parseRegister(saved.content, saved.fileName) : undefined;
}

export function loadDisabledRules(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): RuleId[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(DISABLED_RULES_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is RuleId => typeof id === 'string' && isRuleId(id)) : [];
  } catch {
    return [];
  }
}

export function saveDisabledRules(
  rules: RuleId[],
  storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage(),
): void {
  storage?.setItem(DISABLED_RULES_KEY, JSON.stringify(rules));
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
