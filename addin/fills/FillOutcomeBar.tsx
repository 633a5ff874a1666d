import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useFillStyles } from './fill-styles';
import type { FillOutcome } from './use-fill-runner';

/** The outcome of the last fill: its summary and warnings, or why it failed. */
export function FillOutcomeBar({ outcome }: { outcome: FillOutcome }) {
  const styles = useFillStyles();
  return (
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
  );
}
