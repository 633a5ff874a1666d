import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../register/parse-register';
import { cleanAgenda, excerpts, fixtureText, replaceOnce, ruleFindings } from '../testing';

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
});
