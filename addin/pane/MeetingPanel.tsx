import { Button, Field, Input, makeStyles, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { isItuGroup, studyPeriodOf } from '../../shared/meeting/id';
import type { MeetingContext } from '../../shared/meeting/types';

const useStyles = makeStyles({
  // minmax(0, 1fr) and min-width 0: inputs shrink to a narrow task pane (320 px) instead of overflowing it.
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: '6px',
    '& .fui-Field, & .fui-Input': { minWidth: 0 },
  },
  actions: { display: 'flex', gap: '6px', marginTop: '8px' },
});

export interface MeetingPanelProps {
  saved?: MeetingContext;
  /** What the last check detected: null when nothing was found, undefined before the first check. */
  detected: MeetingContext | null | undefined;
  busy: boolean;
  onSave(meeting: MeetingContext | null): void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The document's meeting: shown as detected, editable, saved with the document. */
export function MeetingPanel({ saved, detected, busy, onSave }: MeetingPanelProps) {
  const styles = useStyles();
  const shown = saved ?? detected ?? null;
  // Remount the form when what it shows changes (a new document, a save): key below.
  return (
    <div data-testid="meeting">
      <Text size={200}>
        {saved
          ? 'Saved with the document.'
          : detected
            ? 'Detected from the document.'
            : detected === null
              ? 'Not found in the document: enter it.'
              : 'Check the document to detect it, or enter it.'}
      </Text>
      <MeetingForm
        key={JSON.stringify(shown)}
        initial={shown}
        busy={busy}
        canReset={Boolean(saved)}
        onSave={onSave}
        styles={styles}
      />
    </div>
  );
}

function MeetingForm(props: {
  initial: MeetingContext | null;
  busy: boolean;
  canReset: boolean;
  onSave(meeting: MeetingContext | null): void;
  styles: ReturnType<typeof useStyles>;
}) {
  const { initial, busy, canReset, onSave, styles } = props;
  const [group, setGroup] = useState(initial?.group ?? '');
  const [place, setPlace] = useState(initial?.place ?? '');
  const [start, setStart] = useState(initial?.start ?? '');
  const [end, setEnd] = useState(initial?.end ?? '');
  const [studyPeriod, setStudyPeriod] = useState(initial ? String(initial.studyPeriod) : '');
  const [subGroup, setSubGroup] = useState(initial?.subGroup ?? '');

  const groupError = isItuGroup(group.trim()) ? undefined : 'TSAG or SGnn';
  const startError = ISO.test(start) ? undefined : 'YYYY-MM-DD';
  const endError = end === '' || (ISO.test(end) && end >= start) ? undefined : 'YYYY-MM-DD, not before the start';
  const period = studyPeriod.trim() === '' ? (ISO.test(start) ? studyPeriodOf(start) : null) : Number(studyPeriod);
  const periodError = period !== null && Number.isInteger(period) && period > 0 ? undefined : 'e.g. 25 for 2025-2028';
  const valid = !groupError && !startError && !endError && !periodError;

  const save = () => {
    if (!valid || period === null) return;
    const meeting: MeetingContext = { group: group.trim().toUpperCase(), start, studyPeriod: period };
    if (place.trim()) meeting.place = place.trim();
    if (end) meeting.end = end;
    if (subGroup.trim()) meeting.subGroup = subGroup.trim().toUpperCase();
    onSave(meeting);
  };

  return (
    <>
      <div className={styles.form}>
        <Field label="Group" validationMessage={group ? groupError : undefined}>
          <Input value={group} onChange={(_, data) => setGroup(data.value)} placeholder="TSAG" />
        </Field>
        <Field label="Place">
          <Input value={place} onChange={(_, data) => setPlace(data.value)} placeholder="Geneva" />
        </Field>
        <Field label="First day" validationMessage={start ? startError : undefined}>
          <Input type="date" value={start} onChange={(_, data) => setStart(data.value)} />
        </Field>
        <Field label="Last day" validationMessage={endError}>
          <Input type="date" value={end} onChange={(_, data) => setEnd(data.value)} />
        </Field>
        <Field label="Study period" validationMessage={studyPeriod || start ? periodError : undefined} hint="T25 → 25">
          <Input
            value={studyPeriod}
            onChange={(_, data) => setStudyPeriod(data.value)}
            placeholder={period ? String(period) : '25'}
          />
        </Field>
        <Field label="Default TD sub-group">
          <Input value={subGroup} onChange={(_, data) => setSubGroup(data.value)} placeholder="GEN" />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={!valid || busy} onClick={save} data-testid="save-meeting">
          Save with document
        </Button>
        {canReset && (
          <Button size="small" disabled={busy} onClick={() => onSave(null)}>
            Use detected
          </Button>
        )}
      </div>
    </>
  );
}
