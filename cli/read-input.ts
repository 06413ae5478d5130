// Reading inputs for the CLI: files and stdin, decoded to text, with one-line reasons on failure.

import { readFileSync } from 'node:fs';

export interface Input {
  /** The path as the user gave it, or "-" for stdin. */
  name: string;
  text: string;
  /** Problems that did not stop the read (e.g. invalid UTF-8 replaced by U+FFFD). */
  warnings: string[];
  /** How the bytes were decoded, so that --write can encode the cleaned text the same way. */
  encoding: Encoding;
}

/** A byte-order mark, if any, is part of the encoding: it is written back as it was read. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'lossy-utf-8';

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const SNIFF_BYTES = 8000;

/** UTF-8 by default; UTF-16 when a byte-order mark says so; binary (NUL bytes) is refused like git does. */
export function decode(name: string, bytes: Uint8Array): Input {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { name, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [], encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { name, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [], encoding: 'utf-16be' };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError(name, 'binary file (contains NUL bytes), not text');
  const encoding = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [], encoding };
  } catch {
    return {
      name,
      text: new TextDecoder('utf-8').decode(bytes),
      warnings: ['invalid UTF-8; bad bytes replaced by U+FFFD'],
      encoding: 'lossy-utf-8',
    };
  }
}

/** The bytes `decode` would read back as `text` in `encoding` (lossy UTF-8 has no such bytes). */
export function encode(text: string, encoding: Exclude<Encoding, 'lossy-utf-8'>): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

/** " (PATH)" for an error that names a path, else "". */
function pathOf(error: unknown): string {
  const path = (error as NodeJS.ErrnoException).path;
  return typeof path === 'string' ? ` (${path})` : '';
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EEXIST':
    case 'ENOTDIR':
      // mkdir of an output folder where a file of that name is in the way
      return `a file is in the way of a folder${pathOf(error)}`;
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return (error as Error).message ?? String(error);
  }
}

/** Synchronous on purpose: batch runs read thousands of small files, and thread-pool round trips would dominate. */
export function readInputFile(name: string): Input {
  try {
    // No stat first: reading a directory fails with EISDIR, one system call fewer per file.
    return decode(name, readFileSync(name));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, describe(error));
  }
}
