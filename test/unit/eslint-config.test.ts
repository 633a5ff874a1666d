// The lint rules hold in every folder: a block for one folder must not drop a rule set for all of them.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function restricted(code: string, filePath: string, rule = 'no-restricted-properties'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('eslint.config.js', () => {
  it('rejects focused tests everywhere, the extension included', async () => {
    for (const file of ['shared/x.test.ts', 'cli/x.test.ts', 'extension/x.test.ts', 'extension/content/x.test.ts']) {
      expect(await restricted("import { it } from 'vitest';\nit.only('x', () => {});\n", file), file).toEqual([
        expect.stringContaining('No focused tests'),
      ]);
    }
  }, 60_000);

  it('keeps the extension from parsing page text as HTML, and only the extension', async () => {
    const code = 'export function f(e: Element, s: string) { e.innerHTML = s; }\n';
    expect(await restricted(code, 'extension/content/x.ts')).toEqual([
      expect.stringContaining('Never parse page text as HTML'),
    ]);
    expect(await restricted(code, 'addin/x.ts')).toEqual([]);
  }, 60_000);

  it('keeps functions of shipped code under 150 lines, not their tests', async () => {
    const code = `export function f(): number {\n  let n = 0;\n${'  n++;\n'.repeat(150)}  return n;\n}\n`;
    for (const file of [
      'extension/content/x.ts',
      'addin/word/x.ts',
      'addin/fills/X.tsx',
      'shared/refs/x.ts',
      'cli/x.ts',
    ]) {
      expect(await restricted(code, file, 'max-lines-per-function'), file).toHaveLength(1);
    }
    expect(await restricted(code, 'addin/word/x.test.ts', 'max-lines-per-function')).toEqual([]);
  }, 60_000);

  it('keeps test helpers (*.testing.ts) out of shipped code, and lets tests use them', async () => {
    const code = "import { sampleText } from './sample.testing';\nexport const text = sampleText();\n";
    expect(await restricted(code, 'shared/fills/x.ts', 'no-restricted-imports')).toEqual([
      expect.stringContaining('for tests only'),
    ]);
    expect(await restricted(code, 'shared/fills/x.test.ts', 'no-restricted-imports')).toEqual([]);
    expect(await restricted(code, 'shared/fills/other.testing.ts', 'no-restricted-imports')).toEqual([]);
  }, 60_000);
});
