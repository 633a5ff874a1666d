import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FillablePreviewHost } from '../fills/preview-fill-host';
import { FileButton } from '../pane/FileButton';
import { FILL_SECTION } from '../pane/fill-section';
import { TaskPane } from '../pane/TaskPane';
import { usePaneTheme } from '../pane/theme';
import { readOpenedDocument } from './open-document';

const SAMPLE_NAME = 'wp2-closing-agenda-2025-05.txt';
const SAMPLE_URL = `./samples/${SAMPLE_NAME}`;

const useStyles = makeStyles({ notice: { flexGrow: 1 } });

function createDocumentElement(): HTMLElement {
  const element = document.createElement('article');
  element.className = 'document';
  element.dataset.testid = 'document';
  element.setAttribute('aria-label', 'Document');
  return element;
}

export function PreviewApp() {
  const styles = useStyles();
  const theme = usePaneTheme();
  const [host] = useState(() => new FillablePreviewHost(createDocumentElement()));
  const page = useRef<HTMLDivElement>(null);
  const [documentKey, setDocumentKey] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();

  const latestOpen = useRef(0);

  const open = useCallback(
    async (name: string, bytes: () => Promise<ArrayBuffer>) => {
      // The latest open wins: the sample still downloading must not replace a file the reader just picked.
      const ticket = ++latestOpen.current;
      setLoading(true);
      setError(undefined);
      try {
        // Read first: a file that cannot be read leaves the shown document as it was.
        const doc = readOpenedDocument(new Uint8Array(await bytes()), name);
        if (ticket !== latestOpen.current) return;
        host.load(doc);
        setDocumentKey(`${name}#${Date.now()}`);
      } catch (cause) {
        if (ticket === latestOpen.current) setError(cause instanceof Error ? cause.message : String(cause));
      } finally {
        if (ticket === latestOpen.current) setLoading(false);
      }
    },
    [host],
  );

  useEffect(() => {
    page.current?.append(host.container);
    void Promise.resolve().then(() =>
      open(SAMPLE_NAME, async () => {
        const response = await fetch(SAMPLE_URL);
        if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
        return response.arrayBuffer();
      }),
    );
  }, [host, open]);

  return (
    <FluentProvider theme={theme} className="preview-layout">
      <header className="preview-bar">
        {/* Every paragraph of the document is editable, so a tab stop: keyboard users skip straight to the pane. */}
        <a className="skip-link" href="#pane" data-testid="skip-to-pane">
          Skip to the TD Lens pane
        </a>
        <Text weight="semibold">TD Lens preview</Text>
        <FileButton accept=".txt,.text,.docx,.html,.htm" inputTestId="open-document" onFile={(file) => void open(file.name, () => file.arrayBuffer())}>
          Open document…
        </FileButton>
        <Text size={200} data-testid="document-name">
          {loading ? <Spinner size="extra-tiny" label="Reading…" /> : host.documentName}
        </Text>
        {error && (
          <MessageBar intent="error" className={styles.notice} data-testid="open-error">
            <MessageBarBody>
              <MessageBarTitle>Could not open the document</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
      </header>
      <div className="preview-page" ref={page} />
      <aside className="preview-pane" id="pane" tabIndex={-1} aria-label="TD Lens pane">
        <TaskPane host={host} documentKey={documentKey} sections={[FILL_SECTION]} />
      </aside>
    </FluentProvider>
  );
}
