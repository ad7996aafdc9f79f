import { join, resolve } from 'node:path';
import { fileError, reasonOf } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import { MANIFEST_FILE, parseManifest, type Manifest } from './manifest.js';
import { nodeFileSystem, ownFiles, type FileSystem } from './writer.js';

export interface FolderDiff {
  /** The folder does not exist. */
  absent: boolean;
  differs: string[];
  missing: string[];
  extra: string[];
}

export const isClean = (diff: FolderDiff) => !diff.absent && diff.differs.length + diff.missing.length + diff.extra.length === 0;

/**
 * Compares a folder on disk, byte for byte, with the files the data gives now. Reads only. Files
 * the folder's manifest does not list are not digiraad's and not compared; a file that cannot be
 * read is an error (exit 3), not a difference.
 */
export async function compareFolder(
  target: string,
  files: ReadonlyMap<string, Uint8Array>,
  fs: FileSystem = nodeFileSystem,
  display = target,
): Promise<FolderDiff> {
  const folder = resolve(target);
  let entries: string[];
  try {
    entries = await fs.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      return { absent: true, differs: [], missing: [...files.keys()], extra: [] };
    throw fileError({ kind: 'cannot-read', path: display, reason: reasonOf(error) });
  }
  const read = (name: string) =>
    fs.readFile(join(folder, name)).catch((error: unknown) => {
      throw fileError({ kind: 'cannot-read', path: join(display, name), reason: reasonOf(error) });
    });
  const present = new Set(entries);
  const ours = present.has(MANIFEST_FILE) ? ownFiles(await read(MANIFEST_FILE)) : null;
  const extra = entries.filter((e) => !files.has(e) && (ours === null || ours.has(e))).sort();
  const diff: FolderDiff = { absent: false, differs: [], missing: [], extra };
  for (const [name, bytes] of files) {
    if (!present.has(name)) {
      diff.missing.push(name);
      continue;
    }
    const onDisk = await read(name);
    if (Buffer.compare(Buffer.from(onDisk), Buffer.from(bytes)) !== 0) diff.differs.push(name);
  }
  return diff;
}

export function describeDiff(display: string, diff: FolderDiff, t: Messages): string {
  if (diff.absent) return t.report.absent(display);
  const parts = [
    diff.differs.length > 0 ? t.report.differs(diff.differs.join(', ')) : '',
    diff.missing.length > 0 ? t.report.missing(diff.missing.join(', ')) : '',
    diff.extra.length > 0 ? t.report.extra(diff.extra.join(', ')) : '',
  ].filter(Boolean);
  return t.report.stale(display, parts.join('; '));
}

/** The manifest of a report folder, or null when there is no folder or no manifest of ours in it. */
export async function readManifest(folder: string, fs: FileSystem = nodeFileSystem): Promise<Manifest | null> {
  const bytes = await fs.readFile(join(folder, MANIFEST_FILE)).catch(() => null);
  return bytes === null ? null : parseManifest(Buffer.from(bytes).toString('utf8'));
}

/** The folders directly under `root` that hold a report (a manifest of ours), by name. */
export async function reportFolders(root: string, fs: FileSystem = nodeFileSystem): Promise<{ folder: string; manifest: Manifest }[]> {
  const names = await fs.readdir(root).catch(() => [] as string[]);
  const found = await Promise.all(names.sort().map(async (name) => ({ folder: join(root, name), manifest: await readManifest(join(root, name), fs) })));
  return found.filter((f): f is { folder: string; manifest: Manifest } => f.manifest !== null);
}
