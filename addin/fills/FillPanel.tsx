/**
 * The pane's fill commands, one component per form: link TDs and the TD table (buttons), a new status round, the
 * status tables from a previous agenda, the e-meeting plan. The forms start from the document: from the last
 * check when there is one, else from a read of the document when the panel opens (no Check needed first).
 */
import { Button, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AgendaDocument } from '../../shared/document/model';
import { detectMeetingContext } from '../../shared/meeting/context';
import { meetingTagOf } from '../../shared/meeting/tag';
import type { MeetingContext } from '../../shared/meeting/types';
import type { TdRegister } from '../../shared/register/types';
import type { AgendaHost } from '../host/types';
import { EMeetingForm } from './EMeetingForm';
import { useFillStyles } from './fill-styles';
import { FillOutcomeBar } from './FillOutcomeBar';
import { StatusRoundForm } from './StatusRoundForm';
import { StatusTablesForm } from './StatusTablesForm';
import { useFillRunner } from './use-fill-runner';

export interface FillPanelProps {
  host: AgendaHost;
  /** The document as last checked; without it the panel reads the document itself when it opens. */
  doc?: AgendaDocument;
  meeting?: MeetingContext;
  /** The meeting detected in the document, when none is saved. */
  detected?: MeetingContext | null;
  register?: TdRegister;
  busy?: boolean;
}

/** The document the forms start from: the checked one, else one read when the panel opens. */
function useStartingDocument(host: AgendaHost, checked: AgendaDocument | undefined): AgendaDocument | undefined {
  const [read, setRead] = useState<AgendaDocument>();
  useEffect(() => {
    if (checked) return;
    let current = true;
    // A document that cannot be read leaves the forms empty; Check reports why.
    host.read().then(
      (doc) => current && setRead(doc),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [host, checked]);
  return checked ?? read;
}

export function FillPanel({ host, doc, meeting, detected, register, busy }: FillPanelProps) {
  const styles = useFillStyles();
  const runner = useFillRunner(host, { meeting, register });
  const start = useStartingDocument(host, doc);
  const ctx = meeting ?? detected ?? (start && !doc ? detectMeetingContext(start.text) : undefined) ?? undefined;
  const disabled = Boolean(busy) || runner.running;

  return (
    <div className={styles.panel} data-testid="fills">
      <div className={styles.row}>
        <Button
          size="small"
          data-testid="link-tds"
          disabled={disabled}
          onClick={() => void runner.run({ kind: 'link-tds' })}
        >
          Link TDs
        </Button>
        <Button
          size="small"
          data-testid="td-table"
          disabled={disabled}
          onClick={() => void runner.run({ kind: 'td-table' })}
        >
          TD table
        </Button>
      </div>
      <StatusRoundForm runner={runner} disabled={disabled} placeholder={ctx ? meetingTagOf(ctx) : 'TSAG 01-2026'} />
      <StatusTablesForm runner={runner} disabled={disabled} />
      <EMeetingForm runner={runner} disabled={disabled} doc={start} meeting={ctx} />
      <Text size={200} className={styles.hint}>
        Inserted content sits in controls tagged td-lens:…; running a fill again refreshes it and never touches your own
        text.
      </Text>
      {runner.outcome && <FillOutcomeBar outcome={runner.outcome} />}
    </div>
  );
}
