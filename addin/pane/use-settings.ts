/**
 * The pane's settings: meeting and TD register kept with the document (loaded again for each document), rule
 * switches kept in the browser. One place writes them: `update` sets the state React renders and the value a
 * check reads at once (a check right after a change must see the change, before React re-renders).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RuleId } from '../../shared/checks/types';
import type { MeetingContext } from '../../shared/meeting/types';
import { describeRegister } from '../../shared/register/meeting-fit';
import { parseRegister } from '../../shared/register/parse-register';
import type { AgendaHost } from '../host/types';
import type { CheckSettings } from './check-document';
import { messageOf, type Notice } from './NoticeBar';
import {
  loadDisabledRules,
  loadMeeting,
  loadRegister,
  MEETING_SETTING,
  REGISTER_SETTING,
  saveDisabledRules,
} from './settings';

export interface PaneSettings {
  values: CheckSettings;
  /** What a check uses now. */
  current(): CheckSettings;
  /** Changes each time the settings of a document have been loaded. */
  loads: number;
  /** Each returns whether the setting changed (false: the reason was noticed). */
  saveMeeting(next: MeetingContext | null): Promise<boolean>;
  importRegister(file: File): Promise<boolean>;
  removeRegister(): Promise<boolean>;
  switchRules(next: RuleId[]): boolean;
}

export function usePaneSettings(
  host: AgendaHost,
  documentKey: string | undefined,
  notify: (notice: Notice) => void,
): PaneSettings {
  const [values, setValues] = useState<CheckSettings>(() => ({ disabled: loadDisabledRules() }));
  const latest = useRef(values);
  const [loads, setLoads] = useState(0);

  const update = useCallback((change: Partial<CheckSettings>) => {
    latest.current = { ...latest.current, ...change };
    setValues(latest.current);
  }, []);

  useEffect(() => {
    let current = true;
    const register = loadRegister(host).catch((error: unknown) => {
      notify({ intent: 'warning', title: 'The saved TD register could not be read', text: messageOf(error) });
      return undefined;
    });
    Promise.all([loadMeeting(host), register])
      .then(([meeting, savedRegister]) => {
        if (!current) return;
        update({ meeting, register: savedRegister });
        setLoads((n) => n + 1);
      })
      .catch((error: unknown) =>
        notify({ intent: 'error', title: 'Could not load the settings', text: messageOf(error) }),
      );
    return () => {
      current = false;
    };
  }, [host, documentKey, notify, update]);

  const saveMeeting = async (next: MeetingContext | null) => {
    try {
      await host.saveSetting(MEETING_SETTING, next);
      update({ meeting: next ?? undefined });
      return true;
    } catch (error) {
      notify({ intent: 'error', title: 'Could not save the meeting', text: messageOf(error) });
      return false;
    }
  };

  const importRegister = async (file: File) => {
    try {
      const content = await file.text();
      const parsed = parseRegister(content, file.name);
      await host.saveSetting(REGISTER_SETTING, { fileName: file.name, content });
      update({ register: parsed });
      notify({ intent: 'success', title: 'TD register imported', text: describeRegister(parsed) });
      return true;
    } catch (error) {
      notify({ intent: 'error', title: 'Could not import the TD register', text: messageOf(error) });
      return false;
    }
  };

  const removeRegister = async () => {
    try {
      await host.saveSetting(REGISTER_SETTING, null);
      update({ register: undefined });
      return true;
    } catch (error) {
      notify({ intent: 'error', title: 'Could not remove the TD register', text: messageOf(error) });
      return false;
    }
  };

  const switchRules = (next: RuleId[]) => {
    saveDisabledRules(next);
    update({ disabled: next });
    return true;
  };

  const current = useCallback(() => latest.current, []);

  return { values, current, loads, saveMeeting, importRegister, removeRegister, switchRules };
}
