import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** One line the pane shows after an action: what happened, or why it did not. */
export interface Notice {
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  text: string;
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  return (
    <MessageBar intent={notice.intent} data-testid="notice" onClick={onDismiss}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.text}
      </MessageBarBody>
      {/* A real button, so keyboard and screen-reader users can dismiss the notice too. */}
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label="Dismiss"
            data-testid="dismiss-notice"
            onClick={onDismiss}
          >
            ✕
          </Button>
        }
      />
    </MessageBar>
  );
}
