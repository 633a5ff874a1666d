/** The preview host with fills: plans apply to its editable state, then it re-renders and notifies the pane. */
import { PreviewHost } from '../preview/preview-host';
import type { FillApplier, FillCapable } from './fill-host';
import { applyLinksInPreview, applyStatusRoundInPreview, applyTableInPreview, CHANGED_SINCE_READ } from './preview-fills';

export class FillablePreviewHost extends PreviewHost implements FillCapable {
  readonly fills: FillApplier = {
    links: async (plan) => this.withRead((layout) => applyLinksInPreview(layout, plan)),
    table: async (plan) => this.withRead((layout, state) => applyTableInPreview(state, layout, plan)),
    statusRound: async (plan) => this.withRead((layout, state) => applyStatusRoundInPreview(state, layout, plan)),
  };

  /** Runs a fill on the layout of the last read; refuses when the document changed since (plans point into it). */
  private withRead<T>(fill: (layout: NonNullable<PreviewHost['readLayout']>, state: PreviewHost['state']) => T): T {
    const layout = this.readLayout;
    if (!layout || layout !== this.layout) throw new Error(`Fill: ${CHANGED_SINCE_READ}; nothing was changed`);
    let result: T | undefined;
    this.mutate((state) => {
      result = fill(layout, state);
    });
    return result as T;
  }
}
