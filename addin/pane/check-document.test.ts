import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../shared/document/from-text';
import type { Finding } from '../../shared/checks/types';
import type { AgendaHost } from '../host/types';
import { checkDocument, editOf, groupFindings } from './check-document';
import { loadDisabledRules, saveDisabledRules } from './settings';

const text = readFileSync(resolve(import.meta.dirname, '../../samples/wp2-closing-agenda-2025-05.txt'), 'utf8');

const unused = async (): Promise<never> => {
  throw new Error('not in this test');
};

const stubHost = (): AgendaHost => ({
  read: async (onProgress) => {
    onProgress?.({ done: 1, total: 1 });
    return readTextDocument(text, 'stub.txt');
  },
  select: async () => undefined,
  replace: async () => ({ applied: 0, skipped: [] }),
  loadSetting: async () => undefined,
  saveSetting: async () => undefined,
  onChange: () => () => undefined,
  trackChanges: 'off',
  fills: { links: unused, table: unused, statusRound: unused },
});

describe('checkDocument', () => {
  it('reads through the host, runs the enabled rules and detects the meeting', async () => {
    const progress: number[] = [];
    const result = await checkDocument(stubHost(), { disabled: [] }, (p) => progress.push(p.done));
    expect(progress).toEqual([1]);
    expect(result.detectedMeeting).toMatchObject({ place: 'Geneva', start: '2025-05-26' });
    const vocabulary = result.findings.find((f) => f.rule === 'status-vocabulary');
    expect(vocabulary?.fix?.replacement).toBe('Not started');
    expect(editOf(result.doc, vocabulary!)).toEqual({
      start: vocabulary!.fix!.start,
      end: vocabulary!.fix!.end,
      replacement: 'Not started',
      expected: 'No Started',
    });
    const without = await checkDocument(stubHost(), { disabled: ['status-vocabulary'] });
    expect(without.findings.some((f) => f.rule === 'status-vocabulary')).toBe(false);
  });
});

describe('groupFindings', () => {
  it('groups by rule with counts per severity', () => {
    const finding = (rule: Finding['rule'], severity: Finding['severity'], start: number): Finding => ({
      rule,
      severity,
      start,
      end: start + 1,
      line: 1,
      message: 'm',
      excerpt: 'e',
    });
    const groups = groupFindings([
      finding('td-unknown', 'error', 1),
      finding('status-vocabulary', 'warning', 2),
      finding('td-unknown', 'warning', 3),
    ]);
    expect(groups.map((g) => [g.rule, g.findings.length, g.counts])).toEqual([
      ['td-unknown', 2, { error: 1, warning: 1, info: 0 }],
      ['status-vocabulary', 1, { error: 0, warning: 1, info: 0 }],
    ]);
    expect(groups[0].title).not.toBe('td-unknown');
  });
});

describe('rule switches', () => {
  it('are remembered and ignore unknown ids', () => {
    const values = new Map<string, string>();
    const storage = {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => void values.set(k, v),
    };
    saveDisabledRules(['td-unknown'], storage);
    expect(loadDisabledRules(storage)).toEqual(['td-unknown']);
    values.set('td-lens:disabled-rules', '["nope","sg-unknown"]');
    expect(loadDisabledRules(storage)).toEqual(['sg-unknown']);
    values.set('td-lens:disabled-rules', '{broken');
    expect(loadDisabledRules(storage)).toEqual([]);
  });
});
