import { createHash } from 'node:crypto';
import type { Period } from '../model/period.js';
import type { FigureSettings } from '../model/settings.js';
import type { Lang } from '../model/lang.js';

/** Marks a folder as ours: only such a folder (or an empty one) is ever replaced. */
export const MANIFEST_GENERATOR = 'digiraad report';
export const MANIFEST_FILE = 'manifest.json';

export interface FileEntry {
  file: string;
  bytes: number;
  sha256: string;
}

/** What wrote a report: a newer digiraad or Node may write some bytes differently from the same data. */
export interface Writer {
  digiraad: string;
  node: string;
}

export interface Manifest {
  generator: typeof MANIFEST_GENERATOR;
  /** Absent in folders written before digiraad recorded it. */
  writtenBy?: Writer;
  period: Period;
  settings: FigureSettings & { lang: Lang };
  /** Only with SOURCE_DATE_EPOCH: the report carries no time of its own otherwise. */
  generated?: string;
  /** The register files the report was made from. */
  inputs: FileEntry[];
  /** Every other file of the folder. */
  outputs: FileEntry[];
  /** Files the folder may also hold that `--check` leaves out, and why. */
  notChecked?: { file: string; why: string }[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function fileEntries(files: Iterable<readonly [string, Uint8Array]>): FileEntry[] {
  return byFileName([...files].map(([file, bytes]) => ({ file, bytes: bytes.length, sha256: sha256(bytes) })));
}

export const byFileName = (entries: readonly FileEntry[]): FileEntry[] => [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** True when `text` is a manifest this command wrote. */
export function isOurManifest(text: string): boolean {
  return parseManifest(text) !== null;
}

/** The manifest in `text` if this command wrote it, else null. */
export function parseManifest(text: string): Manifest | null {
  try {
    const manifest = JSON.parse(text) as Partial<Manifest> | null;
    return manifest?.generator === MANIFEST_GENERATOR ? (manifest as Manifest) : null;
  } catch {
    return null;
  }
}
