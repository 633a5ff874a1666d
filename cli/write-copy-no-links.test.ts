// writeCopy on a file system without hard links (FAT, exFAT, some network shares: `link` fails with EPERM or
// ENOTSUP): it falls back to a check, then a rename, and still never writes through what is at the target.
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeCopy } from './write-copy';

const refused = vi.hoisted(() => ({ links: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const refuse = async () => {
    refused.links++;
    throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
  };
  return { ...real, link: refuse, default: { ...real, link: refuse } };
});

const root = mkdtempSync(join(tmpdir(), 'td-lens-nolinks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
function folder() {
  const dir = join(root, String(count++));
  mkdirSync(dir);
  writeFileSync(join(dir, 'original.txt'), 'original');
  return { dir, original: join(dir, 'original.txt'), copy: join(dir, 'copy.txt') };
}
const bytes = (text: string) => new TextEncoder().encode(text);
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('writeCopy where hard links are refused', () => {
  it('writes a new file by renaming the temporary one, leaving nothing else behind', async () => {
    const { dir, copy } = folder();
    await writeCopy(copy, bytes('fixed'), { force: false });
    expect(refused.links).toBe(1);
    expect(readFileSync(copy, 'utf8')).toBe('fixed');
    expect(readdirSync(dir).sort()).toEqual(['copy.txt', 'original.txt']);
  });

  it('keeps a file or a symlink already at the target, and the original, without --force', async () => {
    const { dir, original, copy } = folder();
    symlinkSync('original.txt', copy);
    await expect(writeCopy(copy, bytes('fixed'), { force: false })).rejects.toThrow(
      `${copy} already exists; not replaced (use --force to replace it)`,
    );
    expect(lstatSync(copy).isSymbolicLink()).toBe(true);
    expect(readFileSync(original, 'utf8')).toBe('original');
    expect(temporaries(dir)).toEqual([]);
  });

  it('replaces a symlink with --force, without writing through it', async () => {
    const { original, copy } = folder();
    symlinkSync('original.txt', copy);
    await writeCopy(copy, bytes('fixed'), { force: true });
    expect(lstatSync(copy).isFile()).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe('fixed');
    expect(readFileSync(original, 'utf8')).toBe('original');
  });
});
