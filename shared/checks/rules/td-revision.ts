/**
 * td-revision: a TD cited at an older revision than the register's latest (`TD7R1`, register has `TD7R2`: fix to
 * `TD7R2`), or the same TD cited at two different revisions in one document (`TD7R1` and `TD7R2`; no register
 * needed; no fix: which one is right is the editor's call). A bare `TD7` is never a finding.
 */
import type { TdRef } from '../../refs/types';
import { registerMismatch } from '../../register/meeting-fit';
import { isOwnMeetingTd, revisionDigits } from '../td-refs';
import { defineRule, type RuleFinding } from '../rule';

export const tdRevision = defineRule({
  id: 'td-revision',
  severity: 'warning',
  title: 'TD revision outdated or inconsistent',
  description:
    'A TD should be cited at its latest revision (per the register), and at the same revision throughout the document.',
  fixable: true,
  check(ctx) {
    const findings: RuleFinding[] = [];
    const reported = new Set<number>();
    const tds = ctx.references.filter((r): r is TdRef => r.kind === 'td' && isOwnMeetingTd(ctx, r));
    // Only a TD register of this meeting knows revisions (td-unknown says why another one is not used).
    const register =
      ctx.register?.kind === 'td' && !registerMismatch(ctx.register, ctx.meeting) ? ctx.register : undefined;
    if (register) {
      for (const ref of tds) {
        const latest = register.latestRevision(ref.number);
        if (latest === undefined || ref.revision === undefined || ref.revision >= latest) continue;
        const digits = revisionDigits(ref);
        findings.push({
          start: ref.start,
          end: ref.end,
          message: `${ref.id} is not the latest revision: the register has TD${ref.number}R${latest}`,
          ...(digits
            ? {
                fix: {
                  start: digits.start,
                  end: digits.end,
                  replacement: String(latest),
                  description: `Cite TD${ref.number}R${latest}`,
                },
              }
            : {}),
        });
        reported.add(ref.start);
      }
    }
    // Within the document: explicit revisions below the highest one cited for the same TD. A bare `TD 120` names
    // the document whatever its revision and is left alone.
    const highest = new Map<number, TdRef>();
    for (const ref of tds) {
      const best = highest.get(ref.number);
      if (ref.revision !== undefined && (!best || ref.revision > (best.revision ?? 0))) highest.set(ref.number, ref);
    }
    for (const ref of tds) {
      const best = highest.get(ref.number);
      if (!best || ref.revision === undefined || ref.revision >= (best.revision ?? 0) || reported.has(ref.start))
        continue;
      findings.push({
        start: ref.start,
        end: ref.end,
        message: `${ref.id} is also cited as ${best.id} (line ${ctx.lineAt(best.start)}): cite one revision throughout`,
      });
    }
    return findings;
  },
});
