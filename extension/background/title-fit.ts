/** The background's answer to a card's title-fit request: shared/titles/context.ts on the text it was given. */
import { contextDisagreement } from '../../shared/titles/context';
import type { TitleFitAnswer, TitleFitRequestMessage } from '../messages';

export function answerTitleFit(m: TitleFitRequestMessage): TitleFitAnswer {
  const entry = { title: m.title, source: m.source, ...(m.questions ? { questions: m.questions } : {}) };
  return { about: contextDisagreement(m.text, { start: m.start, end: m.end }, entry, m.home) };
}
