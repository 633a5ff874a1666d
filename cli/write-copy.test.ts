import {
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCopy } from './write-copy';
import { InputError } from './errors';

const root = mkdtempSync(join(tmpdir(), 'td-lens-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
/** A fresh folder holding `original.txt` ("original") and, at `copy.txt`, what `setup` puts there. */
function folder(setup: (dir: string) => void = () => undefined) {
  const dir = join(root, String(count++));
  mkdirSync(dir);
  writeFileSync(join(dir, 'original.txt'), 'original');
  setup(dir);
  return { dir, original: join(dir, 'original.txt'), copy: join(dir, 'copy.txt') };
}
const bytes = (text: string) => new TextEncoder().encode(text);
const errorOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
};

describe('writeCopy', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const { dir, copy } = folder();
    await writeCopy(copy, bytes('fixed'), { force: false });
    expect(readFileSync(copy, 'utf8')).toBe('fixed');
    expect(readdirSync(dir).sort()).toEqual(['copy.txt', 'original.txt']);
  });

  it.each([
    ['a symlink to the original', (dir: string) => symlinkSync('original.txt', join(dir, 'copy.txt'))],
    ['a hard link to the original', (dir: string) => linkSync(join(dir, 'original.txt'), join(dir, 'copy.txt'))],
    ['a file of the user', (dir: string) => writeFileSync(join(dir, 'copy.txt'), 'notes')],
    ['a dangling symlink', (dir: string) => symlinkSync('nowhere.txt', join(dir, 'copy.txt'))],
    ['a folder', (dir: string) => mkdirSync(join(dir, 'copy.txt'))],
  ])('keeps what is there without --force: %s', async (_what, setup) => {
    const { dir, original, copy } = folder(setup);
    const before = lstatSync(copy);
    expect(await errorOf(writeCopy(copy, bytes('fixed'), { force: false }))).toBe(
      `${copy} already exists; not replaced (use --force to replace it)`,
    );
    expect(readFileSync(original, 'utf8')).toBe('original');
    expect(lstatSync(copy).ino).toBe(before.ino);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['a symlink to the original', (dir: string) => symlinkSync('original.txt', join(dir, 'copy.txt'))],
    ['a hard link to the original', (dir: string) => linkSync(join(dir, 'original.txt'), join(dir, 'copy.txt'))],
  ])('with --force, replaces %s and never writes through it', async (_what, setup) => {
    const { original, copy } = folder(setup);
    await writeCopy(copy, bytes('fixed'), { force: true });
    expect(readFileSync(original, 'utf8')).toBe('original');
    expect(statSync(original).nlink).toBe(1);
    expect(lstatSync(copy).isFile()).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe('fixed');
  });

  it('says what went wrong in one line, naming the file: a folder in the way, a missing folder', async () => {
    const { copy } = folder((dir) => mkdirSync(join(dir, 'copy.txt')));
    expect(await errorOf(writeCopy(copy, bytes('x'), { force: true }))).toBe(
      `cannot write ${copy}: is a directory, not a file`,
    );
    const missing = join(root, 'no-such-folder', 'copy.txt');
    expect(await errorOf(writeCopy(missing, bytes('x'), { force: false }))).toBe(
      `cannot write ${missing}: no such file`,
    );
  });
});
