import { Button, Combobox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { parseAgenda } from '../../shared/agenda/parse-agenda';
import type { AgendaDocument } from '../../shared/document/model';
import type { ActionRegister } from '../../shared/fills/action-register';
import type { EMeetingPlanOptions } from '../../shared/fills/emeeting-plan';
import { emeetingDefaults, type EMeetingDefaults } from '../../shared/fills/emeeting-plan-defaults';
import type { FillResult } from '../../shared/fills/types';
import { meetingTagOf } from '../../shared/meeting/tag';
import type { MeetingContext } from '../../shared/meeting/types';
import type { TdRegister } from '../../shared/register/types';
import type { AgendaHost } from '../document/types';
import { messageOf } from '../pane/NoticeBar';
import { readActionSource, runFill, type FillRequest } from './run-fill';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'end' },
  // minmax(0, 1fr) and min-width 0: inputs shrink to a narrow task pane (320 px) instead of overflowing it.
  form: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '6px', '& .fui-Field, & .fui-Input': { minWidth: 0 } },
  hint: { color: tokens.colorNeutralForeground3 },
  warnings: { margin: 0, paddingLeft: '18px' },
});

export interface FillPanelProps {
  host: AgendaHost;
  /** The document as last checked: the e-meeting form starts from its groups and plan. */
  doc?: AgendaDocument;
  meeting?: MeetingContext;
  /** The meeting detected in the document, when none is saved. */
  detected?: MeetingContext | null;
  register?: TdRegister;
  busy?: boolean;
}

interface Outcome {
  intent: 'success' | 'warning' | 'error';
  title: string;
  warnings: string[];
}

/** The e-meeting form's fields, as typed. */
interface PlanForm {
  group: string;
  firstDate: string;
  everyWeeks: string;
  dates: string;
  count: string;
  startTime: string;
  endTime: string;
  deadlineDays: string;
}

const formOf = (defaults: EMeetingDefaults | undefined): PlanForm => ({
  group: defaults?.group ?? '',
  firstDate: defaults?.firstDate ?? '',
  everyWeeks: defaults ? String(defaults.everyWeeks) : '',
  dates: '',
  count: defaults ? String(defaults.count) : '',
  startTime: defaults?.startTime ?? '',
  endTime: defaults?.endTime ?? '',
  deadlineDays: defaults ? String(defaults.deadlineDays) : '',
});

const SOURCE_HINT: Record<EMeetingDefaults['from'], string> = {
  'own-plan': "From the group's plan in the agenda, starting after the meeting.",
  'agenda-plan': "The group has no plan in the agenda: the rhythm of the agenda's plan, starting after the meeting.",
  house: 'The agenda has no e-meeting plan: a usual rhythm, starting after the meeting.',
};

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The pane's fill commands: link TDs, TD table, status tables, new status round, e-meeting plan. */
export function FillPanel({ host, doc, meeting, detected, register, busy }: FillPanelProps) {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [roundTag, setRoundTag] = useState('');
  // What the reader typed in the e-meeting form; the other fields follow the document.
  const [typed, setTyped] = useState<Partial<PlanForm>>({});
  const [source, setSource] = useState<ActionRegister>();
  const ctx = meeting ?? detected ?? undefined;
  const agenda = useMemo(() => doc && parseAgenda(doc), [doc]);
  const defaults = useMemo(
    () => (doc && agenda ? emeetingDefaults(doc.text, agenda, { group: typed.group, meeting: ctx, today: todayIso() }) : undefined),
    [doc, agenda, typed.group, ctx],
  );
  const plan: PlanForm = { ...formOf(defaults), ...typed };

  const run = async (request: FillRequest) => {
    setRunning(true);
    try {
      const result: FillResult = await runFill(host, request, { ...(meeting ? { meeting } : {}), ...(register ? { register } : {}) });
      setOutcome({ intent: result.warnings.length > 0 ? 'warning' : 'success', title: result.summary, warnings: result.warnings });
    } catch (error) {
      setOutcome({ intent: 'error', title: messageOf(error), warnings: [] });
    } finally {
      setRunning(false);
    }
  };

  const emeetingOptions = (): EMeetingPlanOptions => ({
    group: plan.group,
    firstDate: plan.firstDate,
    // Listed dates, when given, replace the every-N-weeks rule.
    rule: plan.dates.trim() ? { dates: plan.dates.split(/[\s,;]+/).filter(Boolean) } : { everyWeeks: Number(plan.everyWeeks) },
    count: Number(plan.count),
    startTime: plan.startTime,
    endTime: plan.endTime,
    deadlineDays: Number(plan.deadlineDays),
  });

  const chooseSource = async (file: File) => {
    try {
      const read = readActionSource(new Uint8Array(await file.arrayBuffer()), file.name);
      setSource(read);
      setOutcome({ intent: 'success', title: `Source: ${file.name}`, warnings: [`${read.wtsaActions.length} WTSA-24 actions, ${read.planActions.length} action-plan items`] });
    } catch (error) {
      setSource(undefined);
      setOutcome({ intent: 'error', title: `Could not read ${file.name}; nothing was changed`, warnings: [messageOf(error)] });
    }
  };

  const disabled = busy || running;
  const field = (key: keyof PlanForm, label: string, type: 'text' | 'date' | 'number' | 'time' = 'text') => (
    <Field label={label} size="small">
      <Input size="small" type={type} value={plan[key]} data-testid={`emeeting-${key}`} onChange={(_, data) => setTyped((current) => ({ ...current, [key]: data.value }))} />
    </Field>
  );

  return (
    <div className={styles.panel} data-testid="fills">
      <div className={styles.row}>
        <Button size="small" data-testid="link-tds" disabled={disabled} onClick={() => void run({ kind: 'link-tds' })}>
          Link TDs
        </Button>
        <Button size="small" data-testid="td-table" disabled={disabled} onClick={() => void run({ kind: 'td-table' })}>
          TD table
        </Button>
      </div>
      <div className={styles.row}>
        <Field label="Status round for" size="small">
          <Input size="small" data-testid="status-round-meeting" placeholder={ctx ? meetingTagOf(ctx) : 'TSAG 01-2026'} value={roundTag} onChange={(_, data) => setRoundTag(data.value)} />
        </Field>
        <Button size="small" data-testid="status-round" disabled={disabled} onClick={() => void run({ kind: 'status-round', meeting: roundTag })}>
          New status round
        </Button>
      </div>
      <div className={styles.row}>
        <Field label="Status tables from (previous agenda, or actions .json/.csv)" size="small">
          <input
            type="file"
            data-testid="status-source"
            accept=".docx,.txt,.html,.htm,.json,.csv"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void chooseSource(file);
            }}
          />
        </Field>
        <Button size="small" data-testid="wtsa-actions" disabled={disabled || !source} onClick={() => source && void run({ kind: 'wtsa-actions', source })}>
          WTSA-24 actions
        </Button>
        <Button size="small" data-testid="action-plan" disabled={disabled || !source} onClick={() => source && void run({ kind: 'action-plan', source })}>
          Action plan
        </Button>
      </div>
      <Text weight="semibold">Interim e-meetings plan</Text>
      <div className={styles.form}>
        <Field label="Group" size="small">
          <Combobox
            size="small"
            freeform
            inlinePopup
            value={plan.group}
            selectedOptions={defaults?.groups.includes(plan.group) ? [plan.group] : []}
            data-testid="emeeting-group"
            // Picking a group starts its fields from its own plan; typing keeps what else was typed.
            onOptionSelect={(_, data) => data.optionValue && setTyped({ group: data.optionValue })}
            onChange={(event) => {
              const group = event.currentTarget.value;
              setTyped((current) => ({ ...current, group }));
            }}
          >
            {(defaults?.groups ?? []).map((group) => (
              <Option key={group} value={group}>
                {group}
              </Option>
            ))}
          </Combobox>
        </Field>
        {field('firstDate', 'First date', 'date')}
        {field('everyWeeks', 'Every N weeks', 'number')}
        {field('count', 'Count', 'number')}
        {field('dates', 'Or listed dates (YYYY-MM-DD, …)')}
        {field('startTime', 'Start (Geneva)', 'time')}
        {field('endTime', 'End (Geneva)', 'time')}
        {field('deadlineDays', 'Deadline (days before)', 'number')}
      </div>
      <Text size={200} className={styles.hint} data-testid="emeeting-hint">
        {defaults ? SOURCE_HINT[defaults.from] : 'Check the document to start the plan from its groups and its plan.'}
      </Text>
      <div className={styles.row}>
        <Button size="small" data-testid="emeeting-plan" disabled={disabled} onClick={() => void run({ kind: 'emeeting-plan', options: emeetingOptions() })}>
          Insert e-meeting plan
        </Button>
      </div>
      <Text size={200} className={styles.hint}>
        Inserted content sits in controls tagged td-lens:…; running a fill again refreshes it and never touches your own text.
      </Text>
      {outcome && (
        <MessageBar intent={outcome.intent} data-testid="fill-result">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.warnings.length > 0 && (
              <ul className={styles.warnings} data-testid="fill-warnings">
                {outcome.warnings.map((warning, i) => (
                  <li key={i}>{warning}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
