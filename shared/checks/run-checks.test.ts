import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../document/from-text';
import { RULES, isRuleId, ruleById } from './registry';
import { buildContext } from './context';
import { runChecks, runRules } from './run-checks';
import { fixtureText } from './check-text.testing';

const broken = () => readTextDocument(fixtureText('check-broken.txt'), 'check-broken.txt');

describe('RULES', () => {
  it('lists every rule id once, with a title, description and default severity', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description.length).toBeGreaterThan(30);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(ruleById(rule.id)).toBe(rule);
    }
    expect(isRuleId('status-missing')).toBe(true);
    expect(isRuleId('nope')).toBe(false);
  });
});

describe('runChecks', () => {
  it('sorts findings by position and fills line and excerpt', () => {
    const findings = runChecks(broken());
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const doc = broken();
    for (const f of findings) {
      expect(f.line).toBe(doc.text.slice(0, f.start).split('\n').length);
      expect(f.excerpt.length).toBeGreaterThan(0);
      expect(f.excerpt.length).toBeLessThanOrEqual(80);
    }
  });

  it('runs only the chosen rules, minus the disabled ones', () => {
    const only = runChecks(broken(), { rules: ['meeting-deadline', 'date-invalid'] });
    expect(new Set(only.map((f) => f.rule))).toEqual(new Set(['meeting-deadline', 'date-invalid']));
    const minus = runChecks(broken(), { rules: ['meeting-deadline', 'date-invalid'], disabled: ['date-invalid'] });
    expect(new Set(minus.map((f) => f.rule))).toEqual(new Set(['meeting-deadline']));
    expect(runChecks(broken(), { disabled: RULES.map((r) => r.id) })).toEqual([]);
  });

  it('uses the caller\u2019s meeting over the detected one', () => {
    const later = runChecks(broken(), {
      rules: ['status-meeting-tag'],
      meeting: { group: 'TSAG', start: '2025-09-22', studyPeriod: 25 },
    });
    expect(later.map((f) => f.excerpt)).toEqual(['Started, review in RG-WPR']);
  });

  it('keeps going when a rule throws, and says which', () => {
    const ctx = buildContext(broken());
    const failing = { ...ctx, agenda: { ...ctx.agenda, emeetings: null as unknown as typeof ctx.agenda.emeetings } };
    const failed: string[] = [];
    const findings = runRules(failing, {
      rules: ['meeting-timezone', 'resolution-mismatch'],
      onRuleError: (rule) => failed.push(rule),
    });
    expect(failed).toEqual(['meeting-timezone']);
    expect(findings.map((f) => f.rule)).toEqual(['resolution-mismatch']);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', 'Annex', '\tStatus and Comments:', '3.1\n3.1\n', 'RG-X-1: a\n· RG-X-1: b']) {
      expect(Array.isArray(runChecks(readTextDocument(text, 'x.txt')))).toBe(true);
    }
  });
});
