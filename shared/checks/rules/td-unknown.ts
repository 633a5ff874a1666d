/**
 * td-unknown: with a register, a document of this meeting that the register does not list: a TD, or with ITU's
 * contributions index, a contribution. A register of another meeting is not used: one finding says so instead of
 * calling every document unknown.
 */
import { notUsed, registerMismatch } from '../../register/meeting-fit';
import { printable } from '../../text/printable';
import { defineRule, type RuleFinding } from '../rule';
import { isOwnMeetingTd } from '../td-refs';

export const tdUnknown = defineRule({
  id: 'td-unknown',
  severity: 'warning',
  title: 'TD not in the register',
  description:
    'With a TD register (--register), every TD the agenda cites should be in it: a TD that is not is mistyped or not yet submitted. With a contributions index, the same for contributions.',
  fixable: false,
  check(ctx) {
    const register = ctx.register;
    if (!register) return [];
    const registerGroup = register.studyGroup?.group ?? ctx.meeting?.group;
    const listed = ctx.references.filter((ref) =>
      register.kind === 'td'
        ? ref.kind === 'td' && isOwnMeetingTd(ctx, ref)
        : ref.kind === 'contribution' && (!ref.group || ref.group.toUpperCase() === registerGroup?.toUpperCase()),
    );
    const mismatch = registerMismatch(register, ctx.meeting);
    if (mismatch)
      return listed.length > 0
        ? [{ start: listed[0].start, end: listed[0].end, message: `${mismatch}: ${notUsed(register)}` }]
        : [];
    const findings: RuleFinding[] = [];
    for (const ref of listed) {
      if (ref.kind !== 'td' && ref.kind !== 'contribution') continue;
      if (register.has(ref.number)) continue;
      const id = ref.kind === 'td' ? `TD${ref.number}` : `C${ref.number}`;
      findings.push({
        start: ref.start,
        end: ref.end,
        message: `${id} is not in the register ${printable(register.fileName)}`,
      });
    }
    return findings;
  },
});
