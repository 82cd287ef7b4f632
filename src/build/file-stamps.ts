/**
 * What identifies a file's contents without reading them: its inode, size and modification
 * time. A file written again gets a new time (and, written by replacing, a new inode), so an
 * unchanged stamp means the bytes are the ones stamped. Build-time only (Node).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';

export type Stamp = readonly [ino: number, size: number, mtimeMs: number];

export const stampOf = (s: Stats): Stamp => [s.ino, s.size, s.mtimeMs];

export const sameStamp = (a: Stamp | undefined, b: Stamp | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** Whether the file at `path` holds exactly these bytes (a string as UTF-8); false if there is no file. */
export function fileHolds(path: string, bytes: string | Uint8Array): boolean {
  const content = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  try {
    return statSync(path).size === content.byteLength && readFileSync(path).equals(content);
  } catch {
    return false;
  }
}
