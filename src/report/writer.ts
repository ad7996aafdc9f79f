import { type Dirent, existsSync, lstatSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileError, ioError, reasonOf, systemReason } from '../errors.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';

/** The file operations the writer uses: node:fs/promises, or a stand-in that fails on purpose in tests. */
export interface FileSystem {
  mkdir(path: string, options?: { recursive?: boolean }): Promise<unknown>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: boolean; force: boolean }): Promise<void>;
  lstat(path: string): Promise<{ isDirectory(): boolean; isSymbolicLink(): boolean }>;
}

export const nodeFileSystem: FileSystem = {
  mkdir: (path, options) => fsp.mkdir(path, options),
  writeFile: (path, data) => fsp.writeFile(path, data),
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
  lstat: (path) => fsp.lstat(path),
};

/** Our file names only: flat, no separators, no dot-dot, nothing hidden. */
const SAFE_NAME = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)+$/;

export interface WriteOptions {
  fs?: FileSystem;
  /** How the folder is named in messages (relative to the working folder). */
  display?: string;
  /** Folders that must survive: the folder written may be neither one of them nor hold one. */
  protect?: readonly string[];
}

/**
 * Writes `files` as the folder `target`, atomically: everything goes into a temporary sibling
 * `.<name>.tmp-<pid>`, which replaces `target` only once it is complete. On any failure, and on
 * SIGINT or SIGTERM, the temporary folder is removed and `target` is left as it was. An existing
 * `target` is replaced only when it is empty or a report folder digiraad wrote (it has our
 * manifest.json); files in it that the manifest does not list are not ours, and are carried into
 * the new folder as they are (copied while the old folder still stands, so the swap stays one
 * rename). Leftovers of a run that was killed are swept first (see recoverInterrupted).
 */
export async function writeReportFolder(target: string, files: ReadonlyMap<string, Uint8Array>, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const folder = resolve(target);
  const display = options.display ?? folder;
  const name = basename(folder);
  for (const file of files.keys()) {
    if (!SAFE_NAME.test(file)) throw new Error(`refusing to write a report file named ${JSON.stringify(file)}`);
  }
  if (name === '' || dirname(folder) === folder) throw ioError((t) => t.errors.rootFolder(display));
  recoverInterrupted(folder);
  assertProtected(folder, display, options.protect ?? []);

  const parent = dirname(folder);
  const temporary = join(parent, `.${name}.tmp-${process.pid}`);
  const previous = join(parent, `.${name}.old-${process.pid}`);
  const fail = (error: unknown) => fileError({ kind: 'cannot-write', path: display, reason: reasonOf(error) });

  const existing = await fs.lstat(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw fail(error);
  });
  const foreign = existing ? await replaceableFolder(fs, folder, display, existing, files) : [];

  const interrupt = onInterrupt(temporary, previous, folder);
  try {
    try {
      await fs.mkdir(parent, { recursive: true });
      await fs.rm(temporary, { recursive: true, force: true });
      await fs.mkdir(temporary);
      for (const [file, bytes] of files) await fs.writeFile(join(temporary, file), bytes);
      for (const entry of foreign)
        await fsp.cp(join(folder, entry), join(temporary, entry), {
          recursive: true,
          verbatimSymlinks: true,
          preserveTimestamps: true,
          errorOnExist: true,
          force: false,
        });
    } catch (error) {
      await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
      throw fail(error);
    }
    if (!existing) {
      await fs.rename(temporary, folder).catch(async (error: unknown) => {
        await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
        throw fail(error);
      });
      return;
    }
    // rename() cannot replace a non-empty folder: move the old one aside, move the new one in,
    // and put the old one back if that fails.
    try {
      await fs.rm(previous, { recursive: true, force: true });
      await fs.rename(folder, previous);
    } catch (error) {
      await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
      throw fail(error);
    }
    interrupt.movedAside = true;
    try {
      await fs.rename(temporary, folder);
    } catch (error) {
      await fs.rename(previous, folder).catch(() => undefined);
      await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
      throw fileError({ kind: 'cannot-write', path: display, reason: reasonOf(error) });
    }
    interrupt.movedAside = false;
    await fs.rm(previous, { recursive: true, force: true }).catch(() => undefined);
  } finally {
    interrupt.remove();
  }
}

/**
 * Until removed, SIGINT, SIGTERM and SIGHUP put things back as they were – the temporary folder
 * goes, the old folder returns if it was moved aside – and end the process with 128 + the
 * signal's number, as a shell reports it.
 */
function onInterrupt(temporary: string, previous: string, folder: string) {
  const state = { movedAside: false, remove: () => {} };
  const handler = (signal: NodeJS.Signals) => {
    if (state.movedAside && !existsSync(folder)) renameSync(previous, folder);
    rmSync(temporary, { recursive: true, force: true });
    process.exit(128 + osConstants.signals[signal]);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, handler);
  state.remove = () => {
    for (const signal of signals) process.off(signal, handler);
  };
  return state;
}

/** `.<name>.tmp-<pid>` and `.<name>.old-<pid>`: the siblings a run of digiraad with that process id makes. */
const siblingPattern = (name: string) => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Cleans up after a run that was killed (SIGKILL, a power cut) while it wrote `target`: if the
 * report folder is missing and an `.old-` sibling of a dead run is there, the old folder is put
 * back; the other `.tmp-`/`.old-` siblings of dead runs are removed. Siblings of runs that are
 * still going, and anything not named like ours, are left alone.
 */
export function recoverInterrupted(target: string): void {
  const folder = resolve(target);
  const parent = dirname(folder);
  const pattern = siblingPattern(basename(folder));
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  const leftovers = entries
    .map((entry) => ({ entry, match: pattern.exec(entry) }))
    .filter(({ match }) => match && Number(match[2]) !== process.pid && !isRunning(Number(match[2])))
    .map(({ entry, match }) => ({ path: join(parent, entry), kind: match![1] as 'tmp' | 'old' }));
  try {
    const old = leftovers.find((l) => l.kind === 'old');
    if (old && !existsSync(folder)) renameSync(old.path, folder);
    for (const { path } of leftovers) rmSync(path, { recursive: true, force: true });
  } catch (error) {
    throw fileError({ kind: 'cannot-write', path: folder, reason: reasonOf(error) });
  }
}

/** Refuses a folder that is, or holds, a protected one, compared by device and inode (symbolic links, bind mounts). */
function assertProtected(folder: string, display: string, protect: readonly string[]): void {
  const target = statSync(folder, { throwIfNoEntry: false });
  for (const kept of protect) {
    const path = resolve(kept);
    if (path === folder || path.startsWith(folder + sep)) throw ioError((t) => t.errors.protectedFolder(display, kept));
    if (!target) continue;
    const real = realpathOrNull(path);
    for (let at = real; at !== null; at = dirname(at) === at ? null : dirname(at)) {
      const info = statSync(at, { throwIfNoEntry: false });
      if (info && info.dev === target.dev && info.ino === target.ino) throw ioError((t) => t.errors.protectedFolder(display, kept));
    }
    // And a protected folder mounted or linked somewhere under the target.
    if (real !== null && target.isDirectory()) {
      const keptInfo = statSync(real);
      if (holdsInode(folder, keptInfo.dev, keptInfo.ino)) throw ioError((t) => t.errors.protectedFolder(display, kept));
    }
  }
}

const realpathOrNull = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
};

/** Whether a folder under `folder` (not following symbolic links) is the one with this device and inode. */
function holdsInode(folder: string, dev: number, ino: number): boolean {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(folder, entry.name);
    const info = lstatSync(path);
    if ((info.dev === dev && info.ino === ino) || holdsInode(path, dev, ino)) return true;
  }
  return false;
}

/**
 * Checks that an existing folder may be replaced and returns the entries in it that are not
 * digiraad's: those the folder's manifest.json does not list. A file of ours may not replace one
 * of them.
 */
async function replaceableFolder(
  fs: FileSystem,
  folder: string,
  display: string,
  info: { isDirectory(): boolean; isSymbolicLink(): boolean },
  files: ReadonlyMap<string, Uint8Array>,
): Promise<string[]> {
  if (info.isSymbolicLink()) throw ioError((t) => t.errors.symbolicLink(display));
  if (!info.isDirectory()) throw ioError((t) => t.errors.notAFolder(display));
  let entries: string[];
  try {
    entries = await fs.readdir(folder);
  } catch (error) {
    throw fileError({ kind: 'cannot-read', path: display, reason: reasonOf(error) });
  }
  if (entries.length === 0) return [];
  const ours = entries.includes(MANIFEST_FILE) ? ownFiles(await fs.readFile(join(folder, MANIFEST_FILE)).catch(() => null)) : null;
  if (!ours) throw ioError((t) => t.errors.notOurFolder(display, MANIFEST_FILE));
  const foreign = entries.filter((entry) => !ours.has(entry));
  const clashing = foreign.filter((entry) => files.has(entry));
  if (clashing.length > 0) throw fileError({ kind: 'foreign-files', path: display, files: clashing });
  return foreign;
}

/** The files a report folder's manifest says digiraad wrote (itself included); null when it is not our manifest. */
export function ownFiles(manifest: Uint8Array | null): Set<string> | null {
  const parsed = manifest && parseManifest(Buffer.from(manifest).toString('utf8'));
  return parsed ? new Set([MANIFEST_FILE, ...(Array.isArray(parsed.outputs) ? parsed.outputs : []).map((o) => o?.file)]) : null;
}

/**
 * Writes new files under `dir` (the registers of `digiraad init`). Unless `force`, nothing is
 * written when any of them exists already: exit code 3, as for any file that cannot be written,
 * since the fix is the same (another folder, or --force), not a change to the command. The root
 * of the file system and a folder holding other files are refused even with `force`. Every file
 * is written beside its place first and renamed into it only when all are written: a full disk
 * leaves nothing half-written, and a symbolic link in the way is replaced, never written through.
 */
export async function writeNewFiles(
  dir: string,
  shown: string,
  files: readonly { path: string; content: string | Uint8Array }[],
  force: boolean,
): Promise<void> {
  if (dirname(dir) === dir) throw ioError((t) => t.errors.rootFolder(shown));
  const others = otherEntries(
    dir,
    files.map((f) => f.path),
  );
  if (others.length > 0) throw fileError({ kind: 'other-files', path: shown, files: others });
  if (!force) {
    const exists = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;
    const existing = files.filter((f) => exists(join(dir, f.path))).map((f) => join(shown, f.path));
    if (existing.length > 0) throw ioError((t) => t.errors.wontOverwrite(existing[0]!, existing.length - 1));
  }
  const staged: { temporary: string; path: string }[] = [];
  let created: string | undefined;
  try {
    for (const f of files) {
      const path = join(dir, f.path);
      const made = await fsp.mkdir(dirname(path), { recursive: true });
      created ??= made;
      const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
      staged.push({ temporary, path });
      await fsp.writeFile(temporary, f.content, { flag: 'wx' });
    }
    for (const { temporary, path } of staged) await fsp.rename(temporary, path);
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    if (created) rmSync(created, { recursive: true, force: true });
    throw fileError({ kind: 'cannot-write', path: shown, reason: reasonOf(error) });
  }
}

/** What is in `dir` (and its subfolders that `paths` use) besides `paths`: sorted, as shown under `dir`. */
function otherEntries(dir: string, paths: readonly string[]): string[] {
  const wanted = new Set(paths.flatMap((p) => p.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const others: string[] = [];
  const walk = (relative: string) => {
    let entries: string[];
    try {
      entries = readdirSync(join(dir, relative));
    } catch {
      return;
    }
    for (const entry of entries.sort()) {
      const path = relative === '' ? entry : `${relative}/${entry}`;
      if (!wanted.has(path)) others.push(path);
      else if (!paths.includes(path) && lstatSync(join(dir, path)).isDirectory()) walk(path);
    }
  };
  walk('');
  return others;
}

/** Writes one file (`--output`) through a temporary sibling, so that a failure leaves no half-written file. */
export async function writeFileAtomically(path: string, shown: string, content: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  try {
    await fsp.writeFile(temporary, content, { flag: 'wx' });
    await fsp.rename(temporary, path);
  } catch (error) {
    await fsp.rm(temporary, { force: true });
    throw ioError((t) => t.errors.couldNotWrite(shown, systemReason(error)(t)));
  }
}
