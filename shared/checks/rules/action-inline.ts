/**
 * action-inline: a code that defines an action inside another entry's text (`... (TD48) RG-WPR-6: Approve ...`):
 * readers and the report tools miss it. Fix (plain text, and Word itself): start a new bullet line for it, copying the
 * bullet of the line it sits in; in Word an inserted line break starts a new paragraph of the same list. A .docx
 * edited as XML gets no fix: a line break inside a Word run is not a new paragraph.
 */
import type { ActionRef } from '../../refs/types';
import { inlineDefinitions } from '../action-definitions';
import { defineRule, type Fix, type RuleFinding } from '../rule';

export const actionInline = defineRule({
  id: 'action-inline',
  severity: 'warning',
  title: 'Action code inside another item',
  description:
    'An action code should start its own entry of the Anticipated Actions list; one glued into the text of another entry is easily missed.',
  fixable: true,
  check(ctx) {
    const findings: RuleFinding[] = [];
    const splitLineFix =
      ctx.doc.format === 'txt' || ctx.doc.format === 'word' ? splitLineFixer(ctx.text) : () => undefined;
    for (const ref of inlineDefinitions(ctx)) {
      if (ref.listed) continue;
      const fix = splitLineFix(ref);
      findings.push({
        start: ref.start,
        end: ref.end,
        message: `${ref.id} starts a new action inside the text of another entry; put it on its own line`,
        ...(fix ? { fix } : {}),
      });
    }
    return findings;
  },
});

/** Bullet prefixes a plain-text list line may start with (`· `, `- `, `• `). */
const BULLET_PREFIX = /^[ \t]*(?:\[bookmark:[^\]]*\])*[ \t]*([·•◦▪§\-*][ \t\u00a0])/;

/**
 * The fix of each inline code, asked in text order: the text is read forward once (each code's line start and the
 * bullet of its line found from where the last code left off), so many codes on one long line cost that line once.
 */
function splitLineFixer(text: string): (ref: ActionRef) => Fix | undefined {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  let scanned = 0;
  let lineStart = 0;
  let bulletOf: { line: number; bullet: string | undefined } | null = null;
  return (ref) => {
    for (; scanned < ref.start; scanned++) if (text.charCodeAt(scanned) === 10) lineStart = scanned + 1;
    if (bulletOf?.line !== lineStart)
      bulletOf = { line: lineStart, bullet: BULLET_PREFIX.exec(text.slice(lineStart, ref.start))?.[1] };
    const bullet = bulletOf.bullet;
    if (!bullet) return undefined;
    // Replace the blanks before the code by a line break and the same bullet.
    let gapStart = ref.start;
    while (gapStart > lineStart && /[ \t\u00a0]/.test(text[gapStart - 1])) gapStart--;
    if (gapStart === lineStart) return undefined;
    return {
      start: gapStart,
      end: ref.start,
      replacement: `${newline}${bullet}`,
      description: `Start ${ref.id} on a new bullet line`,
    };
  };
}
