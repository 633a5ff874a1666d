/**
 * Every rule stays linear on the shape of agenda that is worst for it: doubling the input about doubles the time
 * (growth.testing.ts; a rule comparing every pair of status lines, or searching the whole text once per finding,
 * gives 4). The agendas are the sample with one part grown: status lines in one action, action codes, TDs, dates,
 * study groups or annexes on one long line, agenda items, e-meeting rows, the whole agenda repeated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../document/from-text';
import { parseRegister } from '../register/parse-register';
import { expectLinearGrowth } from '../text/growth.testing';
import { buildContext } from './context';
import { RULES } from './registry';
import { runChecks } from './run-checks';
import type { RuleId } from './types';
import { MONTH_NAMES } from '../dates/dates';

const sample = readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');
const register = parseRegister(
  readFileSync(new URL('../../test/fixtures/register-tsag-2505.csv', import.meta.url), 'utf8'),
  'r.csv',
);

/** The sample with `from` (which it holds once) replaced by `n` pieces. */
function grown(from: string, piece: (i: number) => string, n: number): string {
  const at = sample.indexOf(from);
  if (at < 0 || sample.indexOf(from, at + 1) >= 0) throw new Error(`expected one "${from}" in the sample`);
  return sample.slice(0, at) + Array.from({ length: n }, (_, i) => piece(i)).join('') + sample.slice(at + from.length);
}

/**
 * `n` e-meeting rows a week apart, numbered backwards, each wrong somehow: CET in summer or CEST in winter, deadlines
 * without a year and at three intervals, Saturdays.
 */
function emeetingRows(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2026, 0, 3 + 7 * i));
    const date = `${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const deadline = new Date(day.getTime() - (6 + (i % 3)) * 86_400_000);
    rows.push(
      `\t${n - i + 7}\u00a0\n\t${date}\n\t13:00 – 15:00 ${i % 2 ? 'CET' : 'CEST'}\n\tto progress the work\n\t${deadline.getUTCDate()} ${MONTH_NAMES[deadline.getUTCMonth()]}\n\n`,
    );
  }
  return rows.join('');
}

const STATUS = 'TSAG 05-2025:  Started, JCA-IMT2020 continuation\n';
const REPORT = '· Report – TD106\n';
const SHAPES = {
  'status lines of one action, all different': (n: number) =>
    grown(STATUS, (i) => `TSAG 05-2025:  No Started, step ${i}\n`, n),
  'status lines of one action, all the same': (n: number) =>
    grown(STATUS, () => 'Started, JCA-IMT2020 continuation.;,\n', n),
  'action codes inside one long entry': (n: number) =>
    grown('RG-WPR-6: Approve', (i) => `RG-WPR-${20 + i}: Approve item ${i} `, n),
  'anticipated actions': (n: number) =>
    grown('· WP2-5: Approve', (i) => `· WP2-${10 + 2 * (i % (n / 2))}: Approve the report\n`, n),
  'TDs on one long line': (n: number) => grown(REPORT, (i) => `TD${(i % (n / 2)) + 1}R${i % 2} `, n),
  'dates on one long line': (n: number) =>
    grown(REPORT, (i) => `${(i % 31) + 1} ${i % 2 ? 'September' : 'February'}, `, n),
  'study groups and Questions on one long line': (n: number) =>
    grown(REPORT, (i) => `SG${(i % 30) + 1}, Q${(i % 20) + 1}/${(i % 30) + 1}, `, n),
  'annex references and WTSA actions on one long line': (n: number) =>
    grown(REPORT, (i) => `Annex ${i + 3}, WTSA-24 Action ${i + 40}, Resolution ${i % 99} `, n),
  'agenda items': (n: number) => grown('2 Approval of the agenda\n', (i) => `${(i % 30) * 2 + 2} Item ${i}\n`, n),
  'e-meeting rows': (n: number) => grown('\t3\u00a0\n', () => `${emeetingRows(n)}\t3\u00a0\n`, 1),
  'the whole agenda, repeated': (n: number) => Array.from({ length: n }, () => sample).join('\n'),
} satisfies Record<string, (n: number) => string>;
type Shape = keyof typeof SHAPES;

/**
 * Each rule's worst shapes (the whole agenda for all of them: the last test), and what grows with them: its
 * findings, or only its work (the findings need more than the shape has: a TD's title to disagree with, a plan row
 * under the wrong Resolution, an annex heading, a row's current status, an impossible date, a hole in a series).
 */
const WORST: Record<RuleId, [Shape, 'findings' | 'work'][]> = {
  'agenda-numbering': [['agenda items', 'findings']],
  'action-duplicate': [
    ['anticipated actions', 'findings'],
    ['action codes inside one long entry', 'work'],
  ],
  'action-sequence': [
    ['anticipated actions', 'findings'],
    ['action codes inside one long entry', 'work'],
  ],
  'action-inline': [['action codes inside one long entry', 'findings']],
  'action-td-missing': [['anticipated actions', 'findings']],
  'annex-missing': [['annex references and WTSA actions on one long line', 'work']],
  'td-unknown': [['TDs on one long line', 'findings']],
  'td-revision': [['TDs on one long line', 'work']],
  'td-title-mismatch': [
    ['TDs on one long line', 'work'],
    ['anticipated actions', 'work'],
  ],
  'sg-unknown': [['study groups and Questions on one long line', 'findings']],
  'wtsa-action-unknown': [['annex references and WTSA actions on one long line', 'findings']],
  'resolution-mismatch': [['annex references and WTSA actions on one long line', 'work']],
  'status-vocabulary': [['status lines of one action, all different', 'findings']],
  'status-meeting-tag': [['status lines of one action, all the same', 'findings']],
  'status-duplicate': [
    ['status lines of one action, all different', 'work'],
    ['status lines of one action, all the same', 'findings'],
  ],
  'status-missing': [['status lines of one action, all the same', 'work']],
  'date-invalid': [['dates on one long line', 'work']],
  'date-year-missing': [['e-meeting rows', 'findings']],
  'meeting-timezone': [['e-meeting rows', 'findings']],
  'meeting-deadline': [['e-meeting rows', 'work']],
  'meeting-order': [['e-meeting rows', 'findings']],
  'meeting-weekend': [['e-meeting rows', 'findings']],
};

const context = (text: string) => buildContext(readTextDocument(text, 'g.txt'), { register });

describe('every rule is linear on its worst shape', () => {
  it('has worst shapes for every rule of the registry', () => {
    expect(Object.keys(WORST).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  const cases = RULES.flatMap((rule) => WORST[rule.id].map(([shape, grows]) => [rule.id, shape, grows, rule] as const));
  it.each(cases)('%s on %s (its %s grow)', (_id, shape, grows, rule) => {
    if (grows === 'findings')
      expect(rule.check(context(SHAPES[shape](200))).length).toBeGreaterThan(
        rule.check(context(SHAPES[shape](100))).length,
      );
    expectLinearGrowth(
      (n) => context(SHAPES[shape](n)),
      (ctx) => rule.check(ctx),
      2_000,
    );
  });

  it('the whole check (parse, references, every rule) on the whole agenda repeated', () => {
    expectLinearGrowth(
      (n) => readTextDocument(SHAPES['the whole agenda, repeated'](n), 'g.txt'),
      (doc) => runChecks(doc, { register }),
      8,
    );
  });
});
