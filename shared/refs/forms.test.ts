/**
 * The fixture files of forms (test/fixtures/forms), linkify-it style: references.txt (each form with the
 * references it gives), non-references.txt (look-alikes that give none) and passages.txt (prose we wrote ourselves
 * in the manner of delegates and TSB, scored for recall and precision on TDs, contributions and Questions). All three
 * are constructed; what real text does is measured on test/fixtures/observed/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferences } from './find-references';
import { REFERENCE_KINDS } from './kinds';
import type { Reference } from './types';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/forms/${name}`, import.meta.url), 'utf8');

interface Expected {
  kind: string;
  id: string;
  text: string;
  start: number;
}

interface Example {
  /** 1-based line of the example's first text line in its file. */
  line: number;
  text: string;
  expected: Expected[];
}

const EXPECTATION = /^> (\S+) (.+?) "(.*)"$/;

/**
 * Examples: text lines (blank lines inside are kept) followed by `> kind id "text"` lines. Each expected text is
 * looked for from where the previous one ended, which gives its offset; one with the kind and text of the one before
 * it but another id shares its span (the Questions inside a range: `Q1-4/13` gives Q2/13 and Q3/13 on its dash).
 */
function readExamples(content: string): Example[] {
  const examples: Example[] = [];
  let text: { line: number; value: string }[] = [];
  let expected: Omit<Expected, 'start'>[] = [];
  const flush = () => {
    while (text.length > 0 && text[0].value.trim() === '') text.shift();
    while (text.length > 0 && text[text.length - 1].value.trim() === '') text.pop();
    if (text.length === 0 && expected.length === 0) return;
    if (expected.length === 0) throw new Error(`line ${text[0].line}: example without expectations`);
    const body = text.map((t) => t.value).join('\n');
    let from = 0;
    const placed: Expected[] = [];
    expected.forEach((e, i) => {
      const previous = placed[i - 1];
      if (previous && previous.kind === e.kind && previous.text === e.text && previous.id !== e.id) {
        placed.push({ ...e, start: previous.start });
        return;
      }
      const start = body.indexOf(e.text, from);
      if (start < 0) throw new Error(`line ${text[0].line}: "${e.text}" not found after offset ${from}`);
      from = start + e.text.length;
      placed.push({ ...e, start });
    });
    examples.push({ line: text[0].line, text: body, expected: placed });
    text = [];
    expected = [];
  };
  content.split('\n').forEach((raw, i) => {
    if (raw.startsWith('%')) return;
    const m = EXPECTATION.exec(raw);
    if (m) {
      expected.push({ kind: m[1], id: m[2], text: m[3] });
      return;
    }
    if (expected.length > 0) flush();
    text.push({ line: i + 1, value: raw });
  });
  flush();
  return examples;
}

const found = (r: Reference): Expected => ({ kind: r.kind, id: r.id, text: r.text, start: r.start });

describe('references.txt: every form gives exactly its references', () => {
  const examples = readExamples(fixture('references.txt'));

  it('has the forms of every kind', () => {
    const kinds = new Set(examples.flatMap((e) => e.expected.map((x) => x.kind)));
    expect([...kinds].sort()).toEqual(REFERENCE_KINDS.map((k) => k.id).sort());
  });

  it.each(examples.map((e) => [e.text, e] as const))('%s', (_, example) => {
    expect(findReferences(example.text).map(found)).toEqual(example.expected);
  });

  it("each form matches the trigger of every kind it gives (the pretest can't reject it)", () => {
    for (const example of examples) {
      for (const x of example.expected)
        expect(REFERENCE_KINDS.find((k) => k.id === x.kind)?.trigger.test(example.text)).toBe(true);
    }
  });
});

describe('non-references.txt: look-alikes give nothing', () => {
  const lines = fixture('non-references.txt')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('%'));

  it.each(lines)('%s', (line) => {
    expect(findReferences(line).map(found)).toEqual([]);
  });
});

/** Scored kinds: what the recall and precision aims are about. */
const SCORED = new Set<string>(['td', 'contribution', 'question']);

describe('passages.txt (constructed, not real text): recall and precision on TDs, contributions and Questions', () => {
  const passages = readExamples(fixture('passages.txt'));
  const key = (r: Expected) => `${r.kind} ${r.id} @${r.start}`;
  let truePositives = 0;
  let expectedCount = 0;
  let foundCount = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const p of passages) {
    const expected = new Set(p.expected.map(key));
    const got = findReferences(p.text)
      .filter((r) => SCORED.has(r.kind))
      .map(found);
    for (const g of got) {
      if (expected.has(key(g))) truePositives++;
      else wrong.push(`line ${p.line}: ${key(g)} "${g.text}"`);
    }
    const gotKeys = new Set(got.map(key));
    for (const e of p.expected) if (!gotKeys.has(key(e))) missed.push(`line ${p.line}: ${key(e)} "${e.text}"`);
    expectedCount += expected.size;
    foundCount += got.length;
  }
  const recall = truePositives / expectedCount;
  const precision = truePositives / foundCount;

  it('lists only scored kinds, and enough of them to measure', () => {
    expect(passages.flatMap((p) => p.expected).every((e) => SCORED.has(e.kind))).toBe(true);
    expect(passages.length).toBeGreaterThanOrEqual(15);
    expect(expectedCount).toBeGreaterThanOrEqual(150);
  });

  it('finds nothing that is not cited: precision 100 %', () => {
    expect(wrong).toEqual([]);
    expect(precision).toBe(1);
  });

  it('finds at least 98 % of what is cited', () => {
    console.info(
      `constructed passages: ${passages.length}, cited ${expectedCount}, found ${foundCount}, recall ${(recall * 100).toFixed(1)} %, precision ${(precision * 100).toFixed(1)} %${missed.length ? `; missed: ${missed.join('; ')}` : ''}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });
});
