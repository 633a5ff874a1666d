/**
 * The Word host on real Office.js: `Word.run` and the document settings narrowed to word-surface.ts, and change
 * notifications (paragraph events on WordApi 1.6, else selection changes, which follow typing closely enough).
 */
import { FillableWordHost } from '../fills/word-fill-host';
import type { WordHostOptions } from './word-host';
import type { SettingsStore, WordRun, WRequestContext } from './word-surface';

const run: WordRun = (batch) => Word.run((context) => batch(context as unknown as WRequestContext));

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
      const handlers = [document.onParagraphChanged.add(async () => notify()), document.onParagraphAdded.add(async () => notify()), document.onParagraphDeleted.add(async () => notify())];
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
    remove = () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: notify });
  }
  return () => {
    cancelled = true;
    remove();
  };
}

/** The Word host's options on real Office.js (the pane builds its host, with fills, from them). */
function officeWordHostOptions(): WordHostOptions {
  return {
    run,
    settings: Office.context.document.settings as unknown as SettingsStore,
    name: documentName(),
    subscribe: subscribeToChanges,
  };
}

/** The pane's Word host, with the fills (addin/fills). */
export function createOfficeWordHost(): FillableWordHost {
  return new FillableWordHost(officeWordHostOptions());
}
