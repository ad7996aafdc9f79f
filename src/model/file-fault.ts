/**
 * What went wrong with a file, a folder or a setting the user gave, as data (tests compare it);
 * worded from the catalogue's `errors.faults`. `reason` is the system's error code (EACCES,
 * ENOSPC …), or its message when it has none.
 */
export type FileFault =
  | { kind: 'not-regular'; path: string; found: 'folder' | 'fifo' | 'device' | 'socket' | 'other' }
  | { kind: 'dangling-link'; path: string }
  | { kind: 'cannot-read'; path: string; reason: string }
  | { kind: 'cannot-write'; path: string; reason: string }
  | { kind: 'data-not-folder'; path: string }
  | { kind: 'no-working-folder'; reason: string }
  | { kind: 'file-too-big'; path: string; bytes: number; limit: number }
  | { kind: 'stdout-failed'; reason: string }
  | { kind: 'foreign-files'; path: string; files: string[] }
  | { kind: 'other-files'; path: string; files: string[] };
