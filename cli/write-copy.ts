/**
 * Writes a new file (a fixed copy) so that nothing else is ever written: the bytes go to a temporary file created
 * fresh in the target's folder (`wx`: never through an existing name or link), are flushed, and the temporary file
 * then takes the target's name in one step. So a symlink or hard link at the target is replaced, never written
 * through (the file it pointed to stays as it was), and a crash leaves no half-written target.
 *
 * Without `force` an existing target is kept: hard-linking the temporary file to the target name fails if the
 * name exists, atomically (file systems without hard links fall back to a check, then a rename).
 */
import { link, lstat, open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError, systemCause } from './errors';

/** A name no other writer picks: 12 random hex digits (Web Crypto's global, loaded only when a copy is written). */
const randomHex = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');

const errno = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Writes `bytes` as the new file `target`; failures are InputErrors naming the target. */
export async function writeCopy(target: string, bytes: Uint8Array, { force }: { force: boolean }): Promise<void> {
  // Short whatever the target's name: any name the folder takes, the copy can be written under.
  const temporary = join(dirname(target), `.td-lens-${randomHex()}.tmp`);
  try {
    const file = await open(temporary, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    if (force) await rename(temporary, target);
    else await linkNew(temporary, target);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot write ${target}: ${systemCause(error)}`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function linkNew(temporary: string, target: string): Promise<void> {
  try {
    await link(temporary, target);
    return;
  } catch (error) {
    if (errno(error) === 'EEXIST') throw exists(target);
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errno(error) ?? '')) throw error;
  }
  // No hard links here: check, then rename (a file appearing in between would be replaced).
  const existing = await lstat(target).catch((error: unknown) =>
    errno(error) === 'ENOENT' ? null : Promise.reject(error),
  );
  if (existing) throw exists(target);
  await rename(temporary, target);
}

const exists = (target: string) => new InputError(`${target} already exists; not replaced (use --force to replace it)`);
