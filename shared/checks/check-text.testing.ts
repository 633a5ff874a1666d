/** Test helpers: run rules over a text agenda, and read the check fixtures and the team sample. */
import { readFileSync } from 'node:fs';
import { readTextDocument } from '../document/from-text';
import { runChecks, type CheckOptions } from './run-checks';
import type { Finding, RuleId } from './types';

const repoRoot = new URL('../../', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(`test/fixtures/${name}`, repoRoot), 'utf8');
}

export function sampleText(): string {
  return readFileSync(new URL('samples/wp2-closing-agenda-2025-05.txt', repoRoot), 'utf8');
}

/** The clean fixture agenda (zero findings), to break one thing at a time. */
export function cleanAgenda(): string {
  return fixtureText('check-clean.txt');
}

/** Replaces exactly one occurrence (throws otherwise, so a test cannot silently test nothing). */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one "${from}"`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  return runChecks(readTextDocument(text, 'agenda.txt'), options);
}

/** Findings of one rule, as `[excerpt, severity]` pairs. */
export function ruleFindings(text: string, rule: RuleId, options: CheckOptions = {}): Finding[] {
  return checkText(text, { ...options, rules: [rule] });
}

export function excerpts(findings: Finding[]): string[] {
  return findings.map((f) => f.excerpt);
}
