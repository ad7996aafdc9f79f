import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { FileError, fileError, reasonOf, type FileFault } from '../errors.js';

/** What is at a path that should be a regular file, told without opening it. */
function nonRegular(info: Stats): Extract<FileFault, { kind: 'not-regular' }>['found'] | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

/**
 * Whether a register file is there: false when nothing is at `path`; true for a regular file
 * (through symbolic links). Anything else – a folder, a FIFO, a device such as /dev/zero, a
 * dangling link, a file we may not look at – is an error that names `shown`, exit code 3:
 * such a file is never opened, so it can neither block nor flood memory.
 */
export function isRegularFile(path: string, shown: string): boolean {
  let info: Stats | undefined;
  try {
    info = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw fileError({ kind: 'cannot-read', path: shown, reason: reasonOf(error) });
  }
  if (!info) {
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) throw fileError({ kind: 'dangling-link', path: shown });
    return false;
  }
  const found = nonRegular(info);
  if (found) throw fileError({ kind: 'not-regular', path: shown, found });
  return true;
}

/**
 * Opens a regular file for reading. O_NONBLOCK so that a FIFO swapped in since the check above
 * cannot block the open, and fstat on what was opened, so that the check holds for the very
 * file read. Returns the file descriptor; the caller closes it.
 */
export function openRegularFile(path: string, shown: string): number {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileError({ kind: 'cannot-read', path: shown, reason: reasonOf(error) });
  }
  const found = nonRegular(fstatSync(fd));
  if (found) {
    closeSync(fd);
    throw fileError({ kind: 'not-regular', path: shown, found });
  }
  return fd;
}

/** The size of the file at `path`, 0 when nothing (or nothing readable) is there: a hint, not a check (isRegularFile says what is wrong). */
export function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The bytes of a regular file, at most `limit` of them: beyond it, an error naming the file. */
export function readRegularFile(path: string, shown: string, limit: number): Buffer {
  const fd = openRegularFile(path, shown);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // Read to the end rather than trust fstat's size: a file may grow while it is read.
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks, total);
      total += read;
      if (total > limit) throw fileError({ kind: 'file-too-big', path: shown, bytes: fstatSync(fd).size, limit });
      chunks.push(chunk.subarray(0, read));
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw fileError({ kind: 'cannot-read', path: shown, reason: reasonOf(error) });
  } finally {
    closeSync(fd);
  }
}
