import { Badge, Button, CounterBadge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../../shared/checks/types';
import type { FindingGroup } from './check-document';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '12px' },
  header: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap' },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  finding: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '6px',
    padding: '6px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  open: {
    flexGrow: 1,
    textAlign: 'start',
    justifyContent: 'flex-start',
    minWidth: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  excerpt: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

const severityColor = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingListProps {
  groups: FindingGroup[];
  busy: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  /** The editor picks a finding's suggestion (`TD212?`): never applied by "Fix all". */
  onSuggestion(finding: Finding): void;
}

export function FindingList({ groups, busy, onSelect, onFix, onSuggestion }: FindingListProps) {
  const styles = useStyles();
  return (
    <div data-testid="findings">
      {groups.map((group) => (
        <section key={group.rule} className={styles.group} data-group={group.rule}>
          <div className={styles.header}>
            <Text weight="semibold">{group.title}</Text>
            <CounterBadge count={group.findings.length} color="informative" size="small" />
            {(['error', 'warning', 'info'] as const)
              .filter((severity) => group.counts[severity] > 0)
              .map((severity) => (
                <Badge
                  key={severity}
                  className={styles.badge}
                  appearance="tint"
                  color={severityColor[severity]}
                  size="small"
                >
                  {group.counts[severity]} {severity}
                </Badge>
              ))}
          </div>
          {group.findings.map((finding) => (
            <div
              key={`${finding.start}-${finding.end}-${finding.message}`}
              className={styles.finding}
              data-rule={finding.rule}
              data-severity={finding.severity}
            >
              <Button
                appearance="transparent"
                size="small"
                className={styles.open}
                onClick={() => onSelect(finding)}
                title="Show in the document"
              >
                <span className={styles.text}>
                  <span>
                    <Badge appearance="filled" color={severityColor[finding.severity]} size="tiny" /> Line{' '}
                    {finding.line}: {finding.message}
                  </span>
                  {finding.excerpt && <span className={styles.excerpt}>“{finding.excerpt}”</span>}
                </span>
              </Button>
              {finding.fix && (
                <Button
                  size="small"
                  data-testid="fix"
                  disabled={busy}
                  title={finding.fix.description}
                  // Many "Fix" buttons in one list: the accessible name says which finding each one fixes.
                  aria-label={`Fix line ${finding.line}: ${finding.fix.description}`}
                  onClick={() => onFix(finding)}
                >
                  Fix
                </Button>
              )}
              {finding.suggestion && (
                <Button
                  size="small"
                  appearance="subtle"
                  data-testid="suggestion"
                  disabled={busy}
                  title={finding.suggestion.description}
                  aria-label={`Suggestion for line ${finding.line}: ${finding.suggestion.description}`}
                  onClick={() => onSuggestion(finding)}
                >
                  {finding.suggestion.label}
                </Button>
              )}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
