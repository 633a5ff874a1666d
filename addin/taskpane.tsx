/** The task pane inside Word: wait for Office, then show the pane on the Word host. */
import { FluentProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AgendaHost } from './host/types';
import { TaskPane } from './pane/TaskPane';
import { usePaneTheme } from './pane/theme';
import { createOfficeWordHost } from './word/office-word';

function WordPane({ host, officeBackground }: { host: AgendaHost; officeBackground?: string }) {
  const theme = usePaneTheme(officeBackground);
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100%' }}>
      <TaskPane host={host} />
    </FluentProvider>
  );
}

// The pane's script runs: older-word.js, which explains Word versions that cannot run it, stays quiet.
document.documentElement.dataset.tdLens = 'running';

const root = createRoot(document.getElementById('root') as HTMLElement);

if (typeof Office === 'undefined') {
  root.render(
    <p style={{ padding: 12, fontFamily: 'sans-serif' }}>
      Office.js did not load: open TD Lens from Word (or try preview.html).
    </p>,
  );
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      root.render(<p style={{ padding: 12, fontFamily: 'sans-serif' }}>TD Lens works in Word only.</p>);
      return;
    }
    root.render(
      <StrictMode>
        <WordPane host={createOfficeWordHost()} officeBackground={Office.context.officeTheme?.bodyBackgroundColor} />
      </StrictMode>,
    );
  });
}
