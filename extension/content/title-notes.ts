/**
 * The card's quiet line on a TD whose surrounding text names another kind of document or group than its title: asked
 * of the background (messages.ts, TITLE_FIT_REQUEST) when a card of a titled TD opens, once per text and title; the
 * answer rebuilds the card. Nothing is asked for a TD without a title or a mark without text around it.
 */
import type { TdEntry } from '../../shared/register/types';
import { TITLE_FIT_LIMITS, TITLE_FIT_REQUEST, type TitleFitAnswer, type TitleFitRequestMessage } from '../messages';
import { contentApi as browser } from './content-api';
import type { MarkContext } from './mark-context';

export interface TitleNotes {
  /** The line for the card, when the answer is in and says the text disagrees; undefined meanwhile and otherwise. */
  noteFor(context: MarkContext, entry: TdEntry, home: string | undefined): string | undefined;
}

export interface TitleNotesDeps {
  send(message: TitleFitRequestMessage): Promise<unknown>;
  /** An answer arrived: the open card should be built again. */
  onChange(): void;
}

/** Answers kept: one per card opened, a page's worth. */
const MAX_KEPT = 200;

export function createTitleNotes(deps: TitleNotesDeps): TitleNotes {
  const answers = new Map<string, string | null | 'pending'>();
  return {
    noteFor(context, entry, home) {
      if (!entry.title || context.text.length > TITLE_FIT_LIMITS.text || entry.title.length > TITLE_FIT_LIMITS.title)
        return undefined;
      const key = [entry.id, entry.title, entry.source, home ?? '', context.start, context.end, context.text].join(
        '\u0000',
      );
      const known = answers.get(key);
      if (known === undefined) {
        if (answers.size >= MAX_KEPT) answers.clear();
        answers.set(key, 'pending');
        const message: TitleFitRequestMessage = {
          type: TITLE_FIT_REQUEST,
          text: context.text,
          start: context.start,
          end: context.end,
          title: entry.title,
          source: entry.source,
          ...(entry.questions ? { questions: [...entry.questions] } : {}),
          ...(home ? { home } : {}),
        };
        const settle = (answer: unknown) => {
          const about = (answer as TitleFitAnswer | undefined)?.about;
          answers.set(key, typeof about === 'string' ? about : null);
          if (typeof about === 'string') deps.onChange();
        };
        deps.send(message).then(settle, () => settle(undefined));
        return undefined;
      }
      return typeof known === 'string' && known !== 'pending'
        ? `The text here names ${known}: check the number.`
        : undefined;
    },
  };
}

/** The notes of the page's content script, over the extension's messaging. */
export function browserTitleNotes(onChange: () => void): TitleNotes {
  return createTitleNotes({ send: (message) => browser.runtime.sendMessage(message), onChange });
}
