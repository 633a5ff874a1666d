/** The check fixtures: a clean agenda gives nothing, the broken one gives each rule's finding and nothing else. */
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../register/parse-register';
import { RULES } from './registry';
import { checkText, fixtureText } from './check-text.testing';

const register = () => parseRegister(fixtureText('register-tsag-2505.csv'), 'register-tsag-2505.csv');

describe('check fixtures', () => {
  it('check-clean.txt has zero findings, with and without the register', () => {
    expect(checkText(fixtureText('check-clean.txt'))).toEqual([]);
    expect(checkText(fixtureText('check-clean.txt'), { register: register() })).toEqual([]);
  });

  it('check-broken.txt breaks every rule once or twice, and nothing else', () => {
    const findings = checkText(fixtureText('check-broken.txt'), { register: register() });
    expect(findings.map((f) => [f.rule, f.excerpt, f.severity])).toEqual([
      ['td-revision', 'TD7R1', 'warning'],
      ['sg-unknown', 'Q7/16', 'warning'],
      ['sg-unknown', 'SG9', 'warning'],
      ['td-revision', 'TD7R1', 'warning'],
      ['action-td-missing', 'RG-WPR-1', 'info'],
      ['td-unknown', 'TD999', 'warning'],
      ['action-sequence', 'RG-WPR-5', 'warning'],
      ['wtsa-action-unknown', 'WTSA-24 Action 11', 'warning'],
      ['action-inline', 'RG-WPR-6', 'warning'],
      ['td-revision', 'TD138R1', 'warning'],
      ['td-title-mismatch', 'TD106', 'warning'],
      ['action-duplicate', 'WP2-6', 'error'],
      ['agenda-numbering', '6', 'warning'],
      ['annex-missing', 'Annex 4', 'warning'],
      ['date-year-missing', '5 November', 'warning'],
      ['meeting-timezone', 'CET', 'error'],
      ['meeting-deadline', '7 May 2026', 'warning'],
      ['meeting-deadline', '11 July 2026', 'error'],
      ['meeting-weekend', '11 July 2026', 'warning'],
      ['meeting-order', '8', 'warning'],
      ['date-invalid', '31 September 2026', 'error'],
      ['status-vocabulary', 'No Started', 'warning'],
      ['status-missing', '7', 'warning'],
      ['annex-missing', 'Annex 3', 'info'],
      ['resolution-mismatch', '22-03', 'error'],
      ['status-duplicate', 'Started, review in RG-WPR', 'warning'],
      ['status-meeting-tag', 'Started, review in RG-WPR', 'warning'],
      ['status-meeting-tag', 'TSAG 09-2025', 'warning'],
    ]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });
});
