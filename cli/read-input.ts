// Reading inputs for the CLI: files and stdin, decoded to text, with one-line reasons on failure.

import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export interface Input {
  /** The path as the user gave it, or "-" for stdin. */
  name: string;
  text: string;
  /** Problems that did not stop the read (e.g. invalid UTF-8 replaced by U+FFFD). */
  warnings: string[];
}

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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError(name, 'binary file (contains NUL bytes), not text');
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return { name, text: new TextDecoder('utf-8').decode(bytes), warnings: ['invalid UTF-8; bad bytes replaced by U+FFFD'] };
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (error as Error).message ?? String(error);
  }
}

export async function readInputFile(name: string): Promise<Input> {
  try {
    if ((await stat(name)).isDirectory()) throw new InputError(name, 'is a directory, not a file');
    return decode(name, await readFile(name));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, describe(error));
  }
}

export async function readStream(name: string, stream: Readable): Promise<Input> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decode(name, Buffer.concat(chunks));
}
