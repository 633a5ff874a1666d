/** td-unknown: with a register, a TD of this meeting that the register does not list. */
import type { Rule, RuleFinding } from '../types';
import { isOwnMeetingTd } from '../td-refs';

export const tdUnknown: Rule = {
  id: 'td-unknown',
  severity: 'warning',
  title: 'TD not in the register',
  description: 'With a TD register (--register), every TD the agenda cites should be in it: a TD that is not is mistyped or not yet submitted.',
  fixable: false,
  check(ctx) {
    const register = ctx.register;
    if (!register) return [];
    const findings: RuleFinding[] = [];
    for (const ref of ctx.references) {
      if (ref.kind !== 'td' || !isOwnMeetingTd(ctx, ref)) continue;
      if (register.has(ref.number)) continue;
      findings.push({ start: ref.start, end: ref.end, message: `TD${ref.number} is not in the register ${register.fileName}` });
    }
    return findings;
  },
};
