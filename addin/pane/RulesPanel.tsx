import { makeStyles, Switch } from '@fluentui/react-components';
import { RULES } from '../../shared/checks/registry';
import type { RuleId } from '../../shared/checks/types';

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column' } });

export interface RulesPanelProps {
  disabled: RuleId[];
  onChange(disabled: RuleId[]): void;
}

export function RulesPanel({ disabled, onChange }: RulesPanelProps) {
  const styles = useStyles();
  const off = new Set(disabled);
  return (
    <div className={styles.list} data-testid="rules">
      {RULES.map((rule) => (
        <Switch
          key={rule.id}
          data-rule-switch={rule.id}
          checked={!off.has(rule.id)}
          label={rule.title}
          title={rule.description}
          onChange={(_, data) =>
            onChange(data.checked ? disabled.filter((id) => id !== rule.id) : [...disabled, rule.id])
          }
        />
      ))}
    </div>
  );
}
