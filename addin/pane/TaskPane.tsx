/**
 * The task pane: check the document, show and fix the findings, fill, and the settings kept with the document.
 * The work is in hooks (use-findings.ts: check and fix; use-settings.ts: settings) and panels; this file lays
 * them out and wires them: a changed setting or another document checks again once the reader has checked.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../shared/checks/types';
import type { AgendaHost } from '../host/types';
import { FillPanel } from '../fills/FillPanel';
import { editOf, groupFindings, TRACK_CHANGES_HINT } from './check-document';
import { FindingList } from './FindingList';
import { MeetingPanel } from './MeetingPanel';
import { messageOf, NoticeBar, type Notice } from './NoticeBar';
import { RegisterPanel } from './RegisterPanel';
import { RulesPanel } from './RulesPanel';
import { useFindings } from './use-findings';
import { usePaneSettings } from './use-settings';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px',
    minHeight: '100%',
    boxSizing: 'border-box',
  },
  toolbar: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  summary: { color: tokens.colorNeutralForeground2 },
});

export interface TaskPaneProps {
  host: AgendaHost;
  /** Changes when the host shows another document (preview): settings are loaded again. */
  documentKey?: string;
}

export function TaskPane({ host, documentKey }: TaskPaneProps) {
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice>();
  const summaryRef = useRef<HTMLSpanElement>(null);
  const settings = usePaneSettings(host, documentKey, setNotice);
  const findings = useFindings(host, settings.current, setNotice);
  const { result, busy, progress, recheck, reset } = findings;

  // Another document's settings are loaded: drop the old findings, and check it if the reader checks.
  const handledLoads = useRef(0);
  useEffect(() => {
    if (settings.loads === handledLoads.current) return;
    handledLoads.current = settings.loads;
    reset();
    recheck();
  }, [settings.loads, reset, recheck]);

  const fix = async (edits: ReturnType<typeof editOf>[]) => {
    await findings.applyEdits(edits.filter((edit) => edit !== undefined));
    // The Fix button just used is gone (or disabled): keyboard focus would fall back to the page start. Only while
    // the pane still has focus (in Word the reader may have moved on to the document).
    const active = document.activeElement;
    if (document.hasFocus() && (!active || active === document.body)) summaryRef.current?.focus();
  };

  const select = (finding: Finding) => {
    host
      .select({ start: finding.start, end: finding.end })
      .catch((error: unknown) =>
        setNotice({ intent: 'warning', title: 'Could not show this in the document', text: messageOf(error) }),
      );
  };

  const thenRecheck = (changed: Promise<boolean> | boolean) =>
    void Promise.resolve(changed).then((yes) => yes && recheck());

  const groups = useMemo(() => groupFindings(result?.findings ?? []), [result]);
  const fixable = result?.findings.filter((finding) => finding.fix).length ?? 0;
  const { meeting, register, disabled } = settings.values;

  return (
    <main className={styles.pane} data-testid="pane">
      <div className={styles.toolbar}>
        <Button appearance="primary" data-testid="check" disabled={busy} onClick={() => void findings.check()}>
          Check document
        </Button>
        <Button
          data-testid="fix-all"
          disabled={busy || fixable === 0}
          onClick={() => result && void fix(result.findings.map((f) => editOf(result.doc, f)))}
        >
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
      {notice && <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />}
      {result && (
        <Text className={styles.summary} data-testid="summary" ref={summaryRef} tabIndex={-1}>
          {result.findings.length === 0
            ? `No findings in ${result.doc.name}.`
            : `${result.findings.length} findings in ${result.doc.name}, ${fixable} with a fix.`}
        </Text>
      )}
      {result && TRACK_CHANGES_HINT[result.trackChanges] && (
        <Text size={200} className={styles.summary} data-testid="track-changes">
          {TRACK_CHANGES_HINT[result.trackChanges]}
        </Text>
      )}
      <FindingList
        groups={groups}
        busy={busy}
        onSelect={select}
        onFix={(finding) => result && void fix([editOf(result.doc, finding)])}
        onSuggestion={(finding) => result && void fix([editOf(result.doc, finding, 'suggestion')])}
      />
      <Accordion collapsible multiple>
        <AccordionItem value="fills">
          <AccordionHeader>Fill</AccordionHeader>
          <AccordionPanel>
            <FillPanel
              key={documentKey}
              host={host}
              doc={result?.doc}
              meeting={meeting}
              detected={result?.detectedMeeting ?? null}
              register={register}
              busy={busy}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="meeting">
          <AccordionHeader>Meeting</AccordionHeader>
          <AccordionPanel>
            <MeetingPanel
              saved={meeting}
              detected={result ? (result.detectedMeeting ?? null) : undefined}
              busy={busy}
              onSave={(next) => thenRecheck(settings.saveMeeting(next))}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="register">
          <AccordionHeader>TD register</AccordionHeader>
          <AccordionPanel>
            <RegisterPanel
              register={register}
              meeting={meeting ?? result?.detectedMeeting}
              busy={busy}
              onImport={(file) => thenRecheck(settings.importRegister(file))}
              onRemove={() => thenRecheck(settings.removeRegister())}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="rules">
          <AccordionHeader>Rules</AccordionHeader>
          <AccordionPanel>
            <RulesPanel disabled={disabled} onChange={(next) => thenRecheck(settings.switchRules(next))} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
