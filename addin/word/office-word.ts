/**
 * The Word host on real Office.js: `Word.run` and the document settings handed to word-surface.ts as they are (tsc
 * checks that Office.js's types satisfy the surface; no cast), and change notifications (paragraph events on
 * WordApi 1.6, else selection changes, which follow typing closely enough).
 */
import { capabilitiesOf } from './requirements';
import { WordHost } from './word-host';
import type { WordRun } from './word-surface';

const run: WordRun = (batch) => Word.run((context) => batch(context));

function documentName(): string {
  const url = Office.context.document.url ?? '';
  return decodeURIComponent(url.split(/[\\/]/).pop() ?? '') || 'Word document';
}

function subscribeToChanges(notify: () => void): () => void {
  let remove: () => void = () => undefined;
  let cancelled = false;
  if (Office.context.requirements.isSetSupported('WordApi', '1.6')) {
    Word.run(async (context) => {
      const document = context.document;
      const handlers = [
        document.onParagraphChanged.add(async () => notify()),
        document.onParagraphAdded.add(async () => notify()),
        document.onParagraphDeleted.add(async () => notify()),
      ];
      await context.sync();
      remove = () => {
        for (const handler of handlers) handler.remove();
        void handlers[0].context.sync().catch(() => undefined);
      };
      if (cancelled) remove();
    }).catch(() => subscribeToSelection());
  } else {
    subscribeToSelection();
  }
  function subscribeToSelection() {
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, notify);
    remove = () =>
      Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: notify });
  }
  return () => {
    cancelled = true;
    remove();
  };
}

/** The pane's host in Word. */
export function createOfficeWordHost(): WordHost {
  return new WordHost({
    run,
    settings: Office.context.document.settings,
    name: documentName(),
    subscribe: subscribeToChanges,
    capabilities: capabilitiesOf(
      (set, version) => Office.context.requirements.isSetSupported(set, version),
      Office.context.diagnostics?.platform === Office.PlatformType.OfficeOnline,
    ),
  });
}
