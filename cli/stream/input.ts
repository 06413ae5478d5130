// A stream's input: its bytes read as they come (a file or standard input), gunzipped when they
// start with gzip's magic bytes, its format told from its first bytes when not given, and its
// lines handed out one at a time, so that memory does not grow with the input's length.

import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

export type StreamFormat = 'text' | 'jsonl' | 'wet';

const GZIP_MAGIC = [0x1f, 0x8b];
const WARC_MAGIC = 'WARC/';
/** How much of a stream's start is read to tell its format, at most: a first JSONL record longer than this is read as text. */
const SNIFF_LIMIT = 64 * 1024 * 1024;
const CHUNK = 256 * 1024;

export function isGzip(head: Uint8Array): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

function firstSignificant(head: Uint8Array): number {
  let at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (at < head.length && (head[at] === 0x20 || head[at] === 0x09 || head[at] === 0x0a || head[at] === 0x0d)) at++;
  return at;
}

/** Whether `head` (all the stream has, when `ended`) is enough to tell the format. */
export function formatKnown(head: Uint8Array, ended: boolean): boolean {
  if (ended || head.length >= SNIFF_LIMIT) return true;
  if (head.length < 2) return false;
  if (isGzip(head)) return true;
  const at = firstSignificant(head);
  if (at >= head.length) return false;
  if (head[at] === 0x57 /* W */) return head.length - at >= WARC_MAGIC.length;
  return head[at] !== 0x7b /* { */ || head.indexOf(0x0a, at) >= 0;
}

/** Whether the first character that is not white space is "{" (a JSONL record may follow). */
export function startsLikeJson(head: Uint8Array): boolean {
  return head[firstSignificant(head)] === 0x7b;
}

/**
 * The format of (decompressed) bytes from their start: `WARC/` is a WET file; a first line that
 * is a JSON object holding `textKey` is JSONL; anything else is text (an article that starts
 * with "{" included). Without a text key, only WET is told from text.
 */
export function sniffFormat(head: Uint8Array, textKey: string | undefined): StreamFormat {
  const at = firstSignificant(head);
  if (Buffer.from(head.subarray(at, at + WARC_MAGIC.length)).toString('latin1') === WARC_MAGIC) return 'wet';
  if (head[at] !== 0x7b || textKey === undefined) return 'text';
  const newline = head.indexOf(0x0a, at);
  const firstLine = Buffer.from(head.subarray(at, newline < 0 ? head.length : newline)).toString('utf8');
  try {
    const value: unknown = JSON.parse(firstLine);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && textKey in value ? 'jsonl' : 'text';
  } catch {
    return 'text';
  }
}

/**
 * A byte stream whose start can be looked at before it is consumed: `peek` reads chunks until
 * `enough` says so (or the stream ends), and iterating yields every byte once, the peeked ones first.
 */
export class PeekableBytes implements AsyncIterable<Buffer> {
  private buffered: Buffer[] = [];
  private ended = false;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(
    source: AsyncIterable<Buffer>,
    /** Bytes already read from the source (standard input's start, read synchronously). */
    head?: Buffer,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
    if (head?.length) this.buffered.push(head);
  }

  async peek(enough: (head: Buffer, ended: boolean) => boolean): Promise<Buffer> {
    let head = Buffer.concat(this.buffered);
    while (!this.ended && !enough(head, false)) {
      const next = await this.iterator.next();
      if (next.done) this.ended = true;
      else this.buffered.push(next.value);
      head = Buffer.concat(this.buffered);
    }
    this.buffered = head.length ? [head] : [];
    return head;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    try {
      yield* this.buffered.splice(0);
      if (this.ended) return;
      for (let next = await this.iterator.next(); !next.done; next = await this.iterator.next()) yield next.value;
    } finally {
      // A reader that stops early (standard output went away) closes the source too.
      await this.iterator.return?.();
    }
  }
}

/**
 * Standard input's start, read synchronously until the format is known (the path of `... | pith`
 * must stay cheap); undefined where fd 0 cannot be read so (a non-blocking pipe: EAGAIN).
 */
export function readStdinHead(): { head: Buffer; ended: boolean } | undefined {
  const chunks: Buffer[] = [];
  let length = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let read: number;
    try {
      read = readSync(0, chunk, 0, CHUNK, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') read = 0;
      else if (code === 'EAGAIN' && length === 0) return undefined;
      else if (code === 'EAGAIN') return { head: Buffer.concat(chunks), ended: false };
      else throw error;
    }
    if (read > 0) chunks.push(chunk.subarray(0, read));
    length += read;
    const head = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    if (read === 0 || formatKnown(head, false)) return { head, ended: read === 0 };
  }
}

/** The first bytes of a file, enough to tell its format (for choosing stream mode before cleaning). */
export function readFileHead(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined; // reported where the file is cleaned
  }
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let length = 0;
    for (;;) {
      const read = readSync(fd, chunk, length, chunk.length - length, null);
      length += read;
      if (read === 0 || length === chunk.length || formatKnown(chunk.subarray(0, length), false)) return chunk.subarray(0, length);
    }
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A file as a byte stream. */
export function fileBytes(file: string): Readable {
  return createReadStream(file, { highWaterMark: CHUNK });
}

/** A truncated gzip stream ends where its data ends: the records read so far count, the cut one is reported. */
export interface Decompressed extends AsyncIterable<Buffer> {
  /** Set once the stream ended early (an incomplete gzip member), after iteration. */
  readonly cutShort: string | undefined;
}

/** The bytes, gunzipped (every member of a multi-member file such as WET) when they are gzip. */
export async function decompressed(bytes: PeekableBytes): Promise<Decompressed> {
  const head = await bytes.peek((head, ended) => ended || head.length >= 2);
  if (!isGzip(head)) return Object.assign(bytes, { cutShort: undefined });
  const gunzip = createGunzip();
  const state: { cutShort: string | undefined } = { cutShort: undefined };
  const feed = async (): Promise<void> => {
    try {
      for await (const chunk of bytes) if (!gunzip.write(chunk)) await new Promise((resolve) => gunzip.once('drain', resolve));
      gunzip.end();
    } catch (error) {
      gunzip.destroy(error as Error);
    }
  };
  void feed();
  async function* out(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } catch (error) {
      // zlib's "unexpected end of file": the input was cut inside a member. What came before is good.
      if ((error as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') throw error;
      state.cutShort = 'the gzip data ends in the middle of a member (truncated file)';
    }
  }
  const iterable = out();
  return {
    [Symbol.asyncIterator]: () => iterable,
    get cutShort() {
      return state.cutShort;
    },
  };
}

/** A line of a stream: its text without the line ending, and its 1-based number. */
export interface NumberedLine {
  text: string;
  number: number;
  /** The line was longer than the limit: its text is not kept (an error record is written in its place). */
  tooLong?: boolean;
}

/**
 * The lines of UTF-8 bytes, as they come, in groups (one per chunk read, so that a caller can
 * finish what it has before waiting for more input). A line longer than `maxLineChars` is not
 * held: it is skipped to its end and handed out marked `tooLong`.
 */
export async function* linesOf(bytes: AsyncIterable<Buffer>, maxLineChars: number): AsyncGenerator<NumberedLine[]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let skipping = false;
  let number = 0;
  const finish = (text: string, out: NumberedLine[]): void => {
    number++;
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (skipping || line.length > maxLineChars) out.push({ text: '', number, tooLong: true });
    else out.push({ text: line, number });
    skipping = false;
  };
  for await (const chunk of bytes) {
    const text = decoder.write(chunk);
    const out: NumberedLine[] = [];
    let from = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
      finish(skipping ? '' : pending + text.slice(from, newline), out);
      pending = '';
      from = newline + 1;
    }
    if (!skipping) {
      pending += text.slice(from);
      if (pending.length > maxLineChars) {
        skipping = true;
        pending = '';
      }
    }
    if (out.length) yield out;
  }
  const rest = decoder.end();
  if (!skipping) pending += rest;
  if (pending !== '' || skipping) {
    const out: NumberedLine[] = [];
    finish(pending, out);
    yield out;
  }
}
