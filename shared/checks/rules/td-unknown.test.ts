import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../register/parse-register';
import { cleanAgenda, excerpts, fixtureText, replaceOnce, ruleFindings } from '../check-text.testing';

const register = () => parseRegister(fixtureText('register-tsag-2505.csv'), 'register-tsag-2505.csv');

describe('td-unknown', () => {
  it('fires on a TD the register does not list', () => {
    const text = replaceOnce(cleanAgenda(), 'Q6/21 (TD58)', 'Q6/21 (TD958)');
    const findings = ruleFindings(text, 'td-unknown', { register: register() });
    expect(excerpts(findings)).toEqual(['TD958']);
    expect(findings[0].message).toBe('TD958 is not in the register register-tsag-2505.csv');
  });

  it('does not fire without a register, for listed TDs, or for another group\u2019s TD', () => {
    const text = replaceOnce(cleanAgenda(), 'Q6/21 (TD58)', 'Q6/21 (TD958, see also SG12-TD648)');
    expect(ruleFindings(text, 'td-unknown')).toEqual([]);
    expect(ruleFindings(cleanAgenda(), 'td-unknown', { register: register() })).toEqual([]);
    expect(excerpts(ruleFindings(text, 'td-unknown', { register: register() }))).toEqual(['TD958']);
  });

  it('says once that a register of another meeting is not used, instead of calling every TD unknown', () => {
    const sg12 = parseRegister(fixtureText('register-sg12-2509.xml'), 'register-sg12-2509.xml');
    const findings = ruleFindings(cleanAgenda(), 'td-unknown', { register: sg12 });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(
      /^register-sg12-2509\.xml lists the TDs of the SG12 meeting of 2025-09-09 to 2025-09-18, Geneva \(T25-SG12-250909\), not of this document's TSAG meeting of 2025-05-26 to 2025-05-30, Geneva \(T25-TSAG-250526\): it is not used/,
    );
    expect(ruleFindings(cleanAgenda(), 'td-revision', { register: sg12 })).toEqual([]);
  });

  it('checks contributions against ITU\u2019s contributions index of the document\u2019s group', () => {
    const cIndex = parseRegister(fixtureText('T25-SG12-C.xml'), 'T25-SG12-C.xml');
    const text = `Study Group 12 meeting (Geneva, 9-18 September 2025)\n\n1 Opening\nSee C 21 and C 22, and SG2-C75 and TD 5.\n`;
    const findings = ruleFindings(text, 'td-unknown', { register: cIndex });
    expect(excerpts(findings)).toEqual(['C 22']);
    expect(findings[0].message).toBe('C22 is not in the register T25-SG12-C.xml');
    expect(ruleFindings(text, 'td-revision', { register: cIndex })).toEqual([]);
  });
});
