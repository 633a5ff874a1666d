// Recognition on the observed forms (test/fixtures/observed): recall and precision per kind of the shared
// recognizer on references and look-alikes seen in public text others wrote. The same figures as
// test/unit/observed-forms.test.ts, from the same module; the misses and false positives are listed by that test.
import { readObserved, scoreObserved, SCORED_KINDS } from '../test/observed-forms.testing';
import type { FigureResult } from './harness';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function run(): Promise<FigureResult[]> {
  const samples = readObserved();
  const score = scoreObserved(samples);
  return [...SCORED_KINDS, 'all' as const].map((kind) => {
    const k = score[kind];
    return {
      name: `observed forms (${samples.length} snippets), ${kind}`,
      figures: {
        expected: k.expected,
        found: k.found,
        right: k.truePositives,
        recall: pct(k.recall),
        precision: pct(k.precision),
        misses: k.misses.length,
        false_positives: k.falsePositives.length,
      },
    };
  });
}
