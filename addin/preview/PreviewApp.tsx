import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FileButton } from '../pane/FileButton';
import { TaskPane } from '../pane/TaskPane';
import { usePaneTheme } from '../pane/theme';
import { readOpenedDocument } from './open-document';
import { PreviewDocument, type PreviewDocumentOptions } from './preview-document';
// The repository's sample: Vite copies it into the build as an asset (`npm start` serves it as it is).
import SAMPLE_URL from '../../samples/wp2-closing-agenda-2025-05.txt?url';

const SAMPLE_NAME = 'wp2-closing-agenda-2025-05.txt';
/** Syncs of the last Word batches, shown in the bar (and kept for tests) to make the round trips visible. */
const BATCHES_KEPT = 200;
const BATCHES_SHOWN = 6;

/**
 * Which Word the preview imitates, from the page's address: `?word=web` is Word on the web (what it refuses, it
 * refuses), `?track=on` opens documents with Track Changes on.
 */
function imitatedWord(): PreviewDocumentOptions['word'] {
  const query = new URLSearchParams(globalThis.location?.search ?? '');
  return {
    platform: query.get('word') === 'web' ? 'web' : 'desktop',
    changeTrackingMode: query.get('track') === 'on' ? 'TrackAll' : 'Off',
  };
}

const useStyles = makeStyles({
  notice: { flexGrow: 1 },
  syncs: { color: tokens.colorNeutralForeground3, marginLeft: 'auto' },
});

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
  const [container] = useState(createDocumentElement);
  const [shown, setShown] = useState<{ document: PreviewDocument; key: string }>();
  const page = useRef<HTMLDivElement>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [batches, setBatches] = useState<number[]>([]);

  const latestOpen = useRef(0);
  const current = useRef<PreviewDocument>(undefined);

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
        const onBatch = (syncs: number) => setBatches((kept) => [...kept, syncs].slice(-BATCHES_KEPT));
        current.current?.dispose();
        current.current = new PreviewDocument(container, doc, { onBatch, word: imitatedWord() });
        setShown({ document: current.current, key: `${name}#${Date.now()}` });
      } catch (cause) {
        if (ticket === latestOpen.current) setError(cause instanceof Error ? cause.message : String(cause));
      } finally {
        if (ticket === latestOpen.current) setLoading(false);
      }
    },
    [container],
  );

  useEffect(() => {
    page.current?.append(container);
    void Promise.resolve().then(() =>
      open(SAMPLE_NAME, async () => {
        const response = await fetch(SAMPLE_URL);
        if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
        return response.arrayBuffer();
      }),
    );
  }, [container, open]);

  return (
    <FluentProvider theme={theme} className="preview-layout">
      <header className="preview-bar">
        {/* Every paragraph of the document is editable, so a tab stop: keyboard users skip straight to the pane. */}
        <a className="skip-link" href="#pane" data-testid="skip-to-pane">
          Skip to the TD Lens pane
        </a>
        <Text weight="semibold">TD Lens preview</Text>
        <FileButton
          accept=".txt,.text,.docx,.html,.htm"
          inputTestId="open-document"
          onFile={(file) => void open(file.name, () => file.arrayBuffer())}
        >
          Open document…
        </FileButton>
        <Text size={200} data-testid="document-name">
          {loading ? <Spinner size="extra-tiny" label="Reading…" /> : shown?.document.name}
        </Text>
        {error && (
          <MessageBar intent="error" className={styles.notice} data-testid="open-error">
            <MessageBarBody>
              <MessageBarTitle>Could not open the document</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        <Text
          size={200}
          className={styles.syncs}
          data-testid="word-syncs"
          data-syncs={batches.join(' ')}
          title="The pane runs the same Word code as in Word, on a Word document in memory: context.sync() calls of its last Word.run batches"
        >
          {batches.length > 0 ? `Word syncs per batch: ${batches.slice(-BATCHES_SHOWN).join(' · ')}` : ''}
        </Text>
      </header>
      <div className="preview-page" ref={page} />
      <aside className="preview-pane" id="pane" tabIndex={-1} aria-label="TD Lens pane">
        {shown && <TaskPane host={shown.document.host} documentKey={shown.key} />}
      </aside>
    </FluentProvider>
  );
}
