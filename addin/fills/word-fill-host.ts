/** The Word host with fills: plans made from its last read apply through word-fills.ts. */
import { WordHost } from '../word/word-host';
import type { FillApplier, FillCapable } from './fill-host';
import type { MergeSupport } from './word-fill-surface';
import { applyLinksInWord, applyStatusRoundInWord, applyTableInWord, DOCUMENT_CHANGED_SINCE_READ, type WordFillTarget } from './word-fills';

export class FillableWordHost extends WordHost implements FillCapable {
  /** Tests set this; Office's requirement check otherwise. */
  mergeSupported: MergeSupport | undefined;

  readonly fills: FillApplier = {
    links: (plan) => applyLinksInWord(this.target(), plan),
    table: (plan) => applyTableInWord(this.target(), plan),
    statusRound: (plan) => applyStatusRoundInWord(this.target(), plan),
  };

  private target(): WordFillTarget {
    const read = this.lastRead;
    if (!read) throw new Error(`Fill: ${DOCUMENT_CHANGED_SINCE_READ}`);
    return { run: this.options.run, read, ...(this.mergeSupported ? { mergeSupported: this.mergeSupported } : {}) };
  }
}
