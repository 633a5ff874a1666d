import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Finding, RuleId } from '../../shared/checks/types';
import type { MeetingContext } from '../../shared/meeting/types';
import { describeRegister } from '../../shared/register/meeting-fit';
import { parseRegister } from '../../shared/register/parse-register';
import type { TdRegister } from '../../shared/register/types';
import type { AgendaHost, ReadProgress, TextEdit } from '../document/types';
import { checkDocument, editOf, groupFindings, type CheckResult } from './check-document';
import { FindingList } from './FindingList';
import { MeetingPanel } from './MeetingPanel';
import { RegisterPanel } from './RegisterPanel';
import { RulesPanel } from './RulesPanel';
import { loadDisabledRules, loadMeeting, loadRegister, MEETING_SETTING, REGISTER_SETTING, saveDisabledRules } from './settings';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px', minHeight: '100%', boxSizing: 'border-box' },
  toolbar: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  summary: { color: tokens.colorNeutralForeground2 },
});

interface Notice {
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  text: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What extra sections (the fills) get from the pane. */
export interface PaneSectionContext {
  host: AgendaHost;
  meeting?: MeetingContext;
  detectedMeeting: MeetingContext | null;
  register?: TdRegister;
  busy: boolean;
}

export interface PaneSection {
  id: string;
  title: string;
  render(context: PaneSectionContext): ReactNode;
}

export interface TaskPaneProps {
  host: AgendaHost;
  /** Changes when the host shows another document (preview): settings are loaded again. */
  documentKey?: string;
  /** More accordion sections after the findings (fills). */
  sections?: PaneSection[];
}

export function TaskPane({ host, documentKey, sections = [] }: TaskPaneProps) {
  const styles = useStyles();
  const [result, setResult] = useState<CheckResult>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ReadProgress>();
  const [notice, setNotice] = useState<Notice>();
  const [meeting, setMeeting] = useState<MeetingContext>();
  const [register, setRegister] = useState<TdRegister>();
  const [disabled, setDisabled] = useState<RuleId[]>(() => loadDisabledRules());
  const checkedOnce = useRef(false);
  const summaryRef = useRef<HTMLSpanElement>(null);
  // What a check uses; handlers update it at once, so a check right after a change sees the change.
  const settings = useRef({ meeting, register, disabled });
  useEffect(() => {
    settings.current = { meeting, register, disabled };
  }, [meeting, register, disabled]);

  // Checks can overlap (an edit while a check runs): only the latest one's result is shown.
  const latestCheck = useRef(0);
  const check = useCallback(async () => {
    const run = ++latestCheck.current;
    setBusy(true);
    setProgress({ done: 0, total: 0 });
    try {
      const checked = await checkDocument(host, settings.current, (progress) => run === latestCheck.current && setProgress(progress));
      if (run !== latestCheck.current) return;
      setResult(checked);
      checkedOnce.current = true;
    } catch (error) {
      if (run === latestCheck.current) setNotice({ intent: 'error', title: 'Could not check the document', text: messageOf(error) });
    } finally {
      if (run === latestCheck.current) {
        setBusy(false);
        setProgress(undefined);
      }
    }
  }, [host]);

  // Settings saved with the document: load them for each document.
  useEffect(() => {
    let current = true;
    Promise.all([loadMeeting(host), loadRegister(host).catch((error: unknown) => {
      setNotice({ intent: 'warning', title: 'The saved TD register could not be read', text: messageOf(error) });
      return undefined;
    })])
      .then(([savedMeeting, savedRegister]) => {
        if (!current) return;
        // A check still reading the previous document must not show its findings for this one.
        latestCheck.current++;
        setBusy(false);
        setProgress(undefined);
        setResult(undefined);
        setMeeting(savedMeeting);
        setRegister(savedRegister);
        settings.current = { ...settings.current, meeting: savedMeeting, register: savedRegister };
        if (checkedOnce.current) void check();
      })
      .catch((error: unknown) => setNotice({ intent: 'error', title: 'Could not load the settings', text: messageOf(error) }));
    return () => {
      current = false;
    };
  }, [host, documentKey, check]);

  // Re-check after edits (the host debounces its notifications), once the reader has checked.
  useEffect(() => host.onChange(() => {
    if (checkedOnce.current) void check();
  }), [host, check]);

  const applyEdits = async (edits: TextEdit[]) => {
    if (edits.length === 0) return;
    setBusy(true);
    try {
      const outcome = await host.replace(edits);
      if (outcome.skipped.length > 0) {
        setNotice({
          intent: 'warning',
          title: `${outcome.applied} fixed, ${outcome.skipped.length} left as they were`,
          text: [...new Set(outcome.skipped.map((skip) => skip.reason))].join('; '),
        });
      } else {
        setNotice({ intent: 'success', title: `${outcome.applied} fixed`, text: '' });
      }
    } catch (error) {
      setNotice({ intent: 'error', title: 'Could not apply the fix; the document was left as it was', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
    await check();
    // The Fix button just used is gone (or disabled): keyboard focus would fall back to the page start. Only while
    // the pane still has focus (in Word the reader may have moved on to the document).
    const active = document.activeElement;
    if (document.hasFocus() && (!active || active === document.body)) summaryRef.current?.focus();
  };

  const fixOne = (finding: Finding) => {
    const edit = result && editOf(result.doc, finding);
    if (edit) void applyEdits([edit]);
  };

  const fixAll = () => {
    if (!result) return;
    void applyEdits(result.findings.flatMap((finding) => editOf(result.doc, finding) ?? []));
  };

  const select = (finding: Finding) => {
    host.select({ start: finding.start, end: finding.end }).catch((error: unknown) =>
      setNotice({ intent: 'warning', title: 'Could not show this in the document', text: messageOf(error) }),
    );
  };

  const saveMeeting = async (next: MeetingContext | null) => {
    try {
      await host.saveSetting(MEETING_SETTING, next);
      setMeeting(next ?? undefined);
      settings.current = { ...settings.current, meeting: next ?? undefined };
      if (checkedOnce.current) await check();
    } catch (error) {
      setNotice({ intent: 'error', title: 'Could not save the meeting', text: messageOf(error) });
    }
  };

  const importRegister = async (file: File) => {
    try {
      const content = await file.text();
      const parsed = parseRegister(content, file.name);
      await host.saveSetting(REGISTER_SETTING, { fileName: file.name, content });
      setRegister(parsed);
      settings.current = { ...settings.current, register: parsed };
      setNotice({ intent: 'success', title: 'TD register imported', text: describeRegister(parsed) });
      if (checkedOnce.current) await check();
    } catch (error) {
      setNotice({ intent: 'error', title: 'Could not import the TD register', text: messageOf(error) });
    }
  };

  const removeRegister = async () => {
    try {
      await host.saveSetting(REGISTER_SETTING, null);
      setRegister(undefined);
      settings.current = { ...settings.current, register: undefined };
      if (checkedOnce.current) await check();
    } catch (error) {
      setNotice({ intent: 'error', title: 'Could not remove the TD register', text: messageOf(error) });
    }
  };

  const switchRules = (next: RuleId[]) => {
    setDisabled(next);
    saveDisabledRules(next);
    settings.current = { ...settings.current, disabled: next };
    if (checkedOnce.current) void check();
  };

  const groups = useMemo(() => groupFindings(result?.findings ?? []), [result]);
  const fixable = result?.findings.filter((finding) => finding.fix).length ?? 0;

  return (
    <main className={styles.pane} data-testid="pane">
      <div className={styles.toolbar}>
        <Button appearance="primary" data-testid="check" disabled={busy} onClick={() => void check()}>
          Check document
        </Button>
        <Button data-testid="fix-all" disabled={busy || fixable === 0} onClick={fixAll}>
          Fix all{fixable > 0 ? ` (${fixable})` : ''}
        </Button>
      </div>
      {progress && (
        <ProgressBar
          data-testid="progress"
          value={progress.total > 0 ? progress.done / progress.total : undefined}
          thickness="large"
          aria-label="Reading the document"
        />
      )}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="notice" onClick={() => setNotice(undefined)}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
          {/* A real button, so keyboard and screen-reader users can dismiss the notice too. */}
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="Dismiss" data-testid="dismiss-notice" onClick={() => setNotice(undefined)}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      )}
      {result && (
        <Text className={styles.summary} data-testid="summary" ref={summaryRef} tabIndex={-1}>
          {result.findings.length === 0 ? `No findings in ${result.doc.name}.` : `${result.findings.length} findings in ${result.doc.name}, ${fixable} with a fix.`}
        </Text>
      )}
      <FindingList groups={groups} busy={busy} onSelect={select} onFix={fixOne} />
      <Accordion collapsible multiple>
        {sections.map((section) => (
          <AccordionItem key={section.id} value={section.id}>
            <AccordionHeader>{section.title}</AccordionHeader>
            <AccordionPanel>
              {section.render({ host, meeting, detectedMeeting: result?.detectedMeeting ?? null, register, busy })}
            </AccordionPanel>
          </AccordionItem>
        ))}
        <AccordionItem value="meeting">
          <AccordionHeader>Meeting</AccordionHeader>
          <AccordionPanel>
            <MeetingPanel saved={meeting} detected={result ? (result.detectedMeeting ?? null) : undefined} busy={busy} onSave={(next) => void saveMeeting(next)} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="register">
          <AccordionHeader>TD register</AccordionHeader>
          <AccordionPanel>
            <RegisterPanel register={register} meeting={meeting ?? result?.detectedMeeting} busy={busy} onImport={(file) => void importRegister(file)} onRemove={() => void removeRegister()} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="rules">
          <AccordionHeader>Rules</AccordionHeader>
          <AccordionPanel>
            <RulesPanel disabled={disabled} onChange={switchRules} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
