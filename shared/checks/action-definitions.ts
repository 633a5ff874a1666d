/**
 * Where actions are defined (as opposed to mentioned): codes that start an Anticipated Actions entry, and codes
 * glued inline into another entry's text (they define an action too, just in the wrong place).
 */
import type { ActionRef } from '../refs/types';
import { containing } from '../text/spans';
import type { RuleContext } from './rule';

export function actionDefinitions(ctx: RuleContext): ActionRef[] {
  const byStart = new Map<number, ActionRef>();
  for (const entry of ctx.agenda.anticipatedActions) for (const code of entry.codes) byStart.set(code.start, code);
  for (const ref of inlineDefinitions(ctx)) byStart.set(ref.start, ref);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/**
 * Codes written as definitions (`RG-WPR-6: Approve ...`) inside the text of an Anticipated Actions entry. A code
 * with a colon in running text elsewhere (`as agreed in WP2-4: see ...`) is a mention, not a definition.
 */
export function inlineDefinitions(ctx: RuleContext): ActionRef[] {
  const entries = ctx.agenda.anticipatedActions;
  return ctx.references.filter(
    (ref): ref is ActionRef =>
      ref.kind === 'action' && ref.inline && containing(entries, ref.start, ref.end) !== undefined,
  );
}

/** `RG-WPR-6` for series `RG-WPR` and number 6. */
export function actionCode(series: string, number: number): string {
  return `${series}-${number}`;
}
