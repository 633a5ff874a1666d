import { Button, Combobox, Field, Input, Option, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { parseAgenda } from '../../shared/agenda/parse-agenda';
import type { AgendaDocument } from '../../shared/document/model';
import type { EMeetingPlanOptions } from '../../shared/fills/emeeting-plan';
import { emeetingDefaults, type EMeetingDefaults } from '../../shared/fills/emeeting-plan-defaults';
import type { MeetingContext } from '../../shared/meeting/types';
import { useFillStyles } from './fill-styles';
import type { FillRunner } from './use-fill-runner';

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

const optionsOf = (plan: PlanForm): EMeetingPlanOptions => ({
  group: plan.group,
  firstDate: plan.firstDate,
  // Listed dates, when given, replace the every-N-weeks rule.
  rule: plan.dates.trim()
    ? { dates: plan.dates.split(/[\s,;]+/).filter(Boolean) }
    : { everyWeeks: Number(plan.everyWeeks) },
  count: Number(plan.count),
  startTime: plan.startTime,
  endTime: plan.endTime,
  deadlineDays: Number(plan.deadlineDays),
});

export interface EMeetingFormProps {
  runner: FillRunner;
  disabled: boolean;
  /** The document the form starts from (its groups and plan); undefined while it is being read. */
  doc?: AgendaDocument;
  meeting?: MeetingContext;
}

/** The interim e-meetings plan: fields start from the document; what the reader types wins. */
export function EMeetingForm({ runner, disabled, doc, meeting }: EMeetingFormProps) {
  const styles = useFillStyles();
  const [typed, setTyped] = useState<Partial<PlanForm>>({});
  const agenda = useMemo(() => doc && parseAgenda(doc), [doc]);
  const defaults = useMemo(
    () =>
      doc && agenda
        ? emeetingDefaults(doc.text, agenda, { group: typed.group, meeting, today: todayIso() })
        : undefined,
    [doc, agenda, typed.group, meeting],
  );
  const plan: PlanForm = { ...formOf(defaults), ...typed };

  const field = (key: keyof PlanForm, label: string, type: 'text' | 'date' | 'number' | 'time' = 'text') => (
    <Field label={label} size="small">
      <Input
        size="small"
        type={type}
        value={plan[key]}
        data-testid={`emeeting-${key}`}
        onChange={(_, data) => setTyped((current) => ({ ...current, [key]: data.value }))}
      />
    </Field>
  );

  return (
    <>
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
        {defaults ? SOURCE_HINT[defaults.from] : 'Reading the document for its groups and its plan…'}
      </Text>
      <div className={styles.row}>
        <Button
          size="small"
          data-testid="emeeting-plan"
          disabled={disabled}
          onClick={() => void runner.run({ kind: 'emeeting-plan', options: optionsOf(plan) })}
        >
          Insert e-meeting plan
        </Button>
      </div>
    </>
  );
}
