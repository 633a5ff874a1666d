// README's "Which Word runs TD Lens" table and the manifest come from the requirement sets the code uses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capabilitiesOf, WORD_REQUIREMENTS } from './requirements';

const root = resolve(import.meta.dirname, '../..');

describe('the Word API requirement sets', () => {
  it('are README’s table, row for row', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Which Word runs TD Lens'));
    const rows = section.split('\n').filter((line) => line.startsWith('| WordApi'));
    expect(rows).toEqual(
      WORD_REQUIREMENTS.map(
        (r) =>
          `| ${r.set} ${r.version}${r.required ? ' (required)' : ''} | ${r.uses} | ${r.availableIn} | ${r.without} |`,
      ),
    );
  });

  it('name the manifest’s minimum, which is the one required set', () => {
    const manifest = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
    const required = WORD_REQUIREMENTS.filter((r) => r.required);
    expect(required).toHaveLength(1);
    expect(manifest).toContain(`<Set Name="${required[0].set}" MinVersion="${required[0].version}"/>`);
  });

  it('decide what the host does without the optional ones', () => {
    expect(capabilitiesOf(() => false, false)).toEqual({ reviewedText: false, mergeCells: false, onTheWeb: false });
    expect(capabilitiesOf((set, version) => set === 'WordApi' && Number(version) <= 1.4, true)).toEqual({
      reviewedText: true,
      mergeCells: true,
      onTheWeb: true,
    });
  });
});
