// The real process's standard streams, made cheap for the commonest run (`... | pith`, one file in
// a hook): reading fd 0 and writing fds 1 and 2 synchronously, without creating process.stdin or
// process.stdout, whose stream machinery costs a one-line run ~4.5 ms of its ~100. The streams are
// still there for what needs them (the progress bar, a non-blocking pipe that is full).

import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Readable, Writable } from 'node:stream';

/** Where the CLI writes text: a stream, or a file descriptor writer. */
export interface TextOutput {
  /** Text, or bytes as they are (--gzip output). */
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
  /**
   * Set once a write failed (EPIPE: the reader went away; ENOSPC: disk full...); later writes are
   * dropped. The CLI stops the run cleanly instead of crashing in the middle of writing files.
   */
  readonly failure?: NodeJS.ErrnoException | undefined;
}

/**
 * Synchronous writes to a file descriptor (what Node itself does for files, and for pipes on
 * Linux). If the descriptor is non-blocking and full (EAGAIN), the rest goes through the stream,
 * in order. A failed write sets `failure` and calls `onFailure`.
 */
export class DescriptorOutput implements TextOutput {
  private fallback: Writable | undefined;
  private terminal: boolean | undefined;
  failure: NodeJS.ErrnoException | undefined;

  constructor(
    private readonly fd: number,
    private readonly stream: () => Writable,
    private readonly onFailure: (error: NodeJS.ErrnoException) => void = () => {},
  ) {}

  get isTTY(): boolean {
    this.terminal ??= isTerminal(this.fd);
    return this.terminal;
  }

  write(text: string | Uint8Array): boolean {
    if (this.failure) return false;
    if (this.fallback) return this.fallback.write(text);
    const bytes = Buffer.from(text);
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
        this.fail(error as NodeJS.ErrnoException);
        return false;
      }
      this.fallback = this.stream();
      this.fallback.on('error', (streamError: NodeJS.ErrnoException) => this.fail(streamError));
      return this.fallback.write(bytes.subarray(offset));
    }
  }

  private fail(error: NodeJS.ErrnoException): void {
    if (this.failure) return;
    this.failure = error;
    this.onFailure(error);
  }
}

/** Standard input, read whole: synchronously from fd 0, or from the stream where fd 0 cannot be read so (a non-blocking pipe). */
export async function readStandardInput(stream: () => Readable): Promise<Buffer> {
  try {
    return readFileSync(0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EAGAIN' && code !== 'EOF') throw error;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream()) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * tty.isatty(fd), without loading the tty module (and with it net and streams: ~1.6 ms) for a pipe
 * or a file, which cannot be a terminal.
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (stat.isFIFO() || stat.isFile()) return false;
  } catch {
    return false; // a closed descriptor is no terminal
  }
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}
