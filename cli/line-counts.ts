// Counting lines across documents for `--dedupe-lines` and `pith line-hashes` (the core's
// LineCounts, src/records/line-counts.ts, is pure: the documents and the files come from here).
// A run that dedupes reads its input twice: once to count, once to clean. Files are simply read
// again; standard input is first copied to a temporary file (`spoolStdin`), so memory stays flat
// whatever its size. Loaded only on those paths.

import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import {
  DEFAULT_DEPTH,
  DEFAULT_WIDTH_BITS,
  fromBytes,
  LineCounts,
  resolveRecordSettings,
  toBytes,
  type RecordOptions,
} from '../src/index.js';
import { ConfigError } from './config/resolver.js';
import { decode, describe, InputError, readInputFile } from './read-input.js';
import type { InputFormat } from './options.js';
import type { TextOutput } from './process-io.js';
import { decompressed, fileBytes, formatKnown, isGzip, linesOf, PeekableBytes, sniffFormat } from './stream/input.js';

/** A counts file read whole into shared cells (workers read them without a copy); a bad file is a one-line ConfigError (exit 2). */
export function readCountsFile(file: string): LineCounts {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
    if (isGzip(bytes)) bytes = gunzipSync(bytes);
  } catch (error) {
    throw new ConfigError(`${file}: ${describe(error)}`);
  }
  const data = fromBytes(bytes, true);
  if (typeof data === 'string') throw new ConfigError(`${file}: ${data}`);
  return new LineCounts(data);
}

/**
 * The text of a JSONL record, or undefined (not an object, no string text, longer than
 * maxDocChars: the cleaning pass leaves those as they are).
 */
function recordText(line: string, textKey: string, maxDocChars: number): string | undefined {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof record !== 'object' || record === null) return undefined;
  const text = (record as Record<string, unknown>)[textKey];
  return typeof text === 'string' && text.length <= maxDocChars ? text : undefined;
}

/**
 * The documents of one input as stream mode reads them: each record of a JSONL or WET input, or
 * the whole input when it is text. Records it cannot read are skipped (the cleaning pass reports them).
 */
export async function* documentsOf(source: PeekableBytes, format: InputFormat, records: RecordOptions | undefined): AsyncGenerator<string> {
  const settings = resolveRecordSettings(records);
  const bytes = await decompressed(source);
  const plain = new PeekableBytes(bytes);
  const head = await plain.peek(formatKnown);
  const found = format === 'auto' ? sniffFormat(head, settings.textKey) : format;
  if (found === 'jsonl') {
    for await (const group of linesOf(plain, settings.maxDocChars * 8)) {
      for (const line of group) {
        const text = line.tooLong ? undefined : recordText(line.text, settings.textKey, settings.maxDocChars);
        if (text !== undefined) yield text;
      }
    }
  } else if (found === 'wet') {
    const { wetDocuments } = await import('./stream/wet.js');
    for await (const item of wetDocuments(plain)) {
      const text = item.line === undefined ? undefined : recordText(item.line, settings.textKey, settings.maxDocChars);
      if (text !== undefined) yield text;
    }
  } else {
    const chunks: Buffer[] = [];
    for await (const chunk of plain) chunks.push(chunk);
    yield decode('-', Buffer.concat(chunks)).text;
  }
}

export interface CountedInput {
  /** A file name, or "-" for standard input (read as it comes: a counting run reads it once). */
  file: string;
  records?: RecordOptions;
}

/** Counts the documents of the inputs, in order, into `counts`. */
export async function countInputs(
  counts: LineCounts,
  inputs: readonly CountedInput[],
  format: InputFormat,
  stdin: () => Readable,
): Promise<void> {
  for (const input of inputs) {
    const source = new PeekableBytes(input.file === '-' ? stdin() : fileBytes(input.file));
    for await (const text of documentsOf(source, format, input.records)) counts.addDocument(text);
  }
}

/** Counts text files (batch mode: each file one document); a file that cannot be read is left to the cleaning pass to report. */
export function countFiles(counts: LineCounts, files: readonly { file: string; text?: string }[]): void {
  for (const { file, text } of files) {
    try {
      counts.addDocument(text ?? readInputFile(file).text);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
  }
}

/** Standard input copied to a temporary file (its start already read), for a run that reads it twice; `remove` deletes it. */
export async function spoolStdin(head: Buffer, rest: Readable | undefined): Promise<{ file: string; remove: () => void }> {
  const folder = mkdtempSync(join(tmpdir(), 'pith-stdin-'));
  const file = join(folder, 'stdin');
  const remove = (): void => rmSync(folder, { recursive: true, force: true });
  try {
    writeFileSync(file, head);
    if (rest) {
      const out = createWriteStream(file, { flags: 'a' });
      for await (const chunk of rest) if (!out.write(chunk)) await once(out, 'drain');
      out.end();
      await once(out, 'finish');
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { file, remove };
}

export interface LineHashesOptions {
  output?: string;
  merge?: boolean;
  inputFormat?: InputFormat;
  jsonl?: boolean;
  textKey?: string;
  widthBits?: number;
}

/** `pith line-hashes`: the counts table of the inputs (map), or the sum of tables (--merge, reduce); resolves to the exit code. */
export async function lineHashes(
  inputs: readonly string[],
  options: LineHashesOptions,
  io: { stdout: TextOutput; stderr: TextOutput; stdinStream: () => Readable },
): Promise<number> {
  if (options.output === undefined && io.stdout.isTTY) {
    io.stderr.write('pith: line-hashes writes a binary table: give -o FILE or redirect standard output\n');
    return 2;
  }
  let counts: LineCounts;
  try {
    counts = options.merge ? mergedTables(inputs) : LineCounts.empty(DEFAULT_DEPTH, options.widthBits ?? DEFAULT_WIDTH_BITS);
    if (!options.merge) {
      const format: InputFormat = options.jsonl ? 'jsonl' : (options.inputFormat ?? 'auto');
      const records = options.textKey !== undefined ? { textKey: options.textKey } : undefined;
      const files = inputs.length ? inputs : ['-'];
      await countInputs(
        counts,
        files.map((file) => ({ file, ...(records ? { records } : {}) })),
        format,
        io.stdinStream,
      );
    }
  } catch (error) {
    io.stderr.write(`pith: line-hashes: ${error instanceof ConfigError ? error.message : describe(error)}\n`);
    return 2;
  }
  const bytes = toBytes(counts.data);
  try {
    if (options.output !== undefined && options.output !== '-') writeFileSync(options.output, bytes);
    else io.stdout.write(bytes);
  } catch (error) {
    io.stderr.write(`pith: line-hashes: ${options.output}: ${describe(error)}\n`);
    return 2;
  }
  return io.stdout.failure ? 2 : 0;
}

/** The sum of the tables in `files` (the reduce step). */
function mergedTables(files: readonly string[]): LineCounts {
  if (files.length === 0) throw new ConfigError('--merge needs the tables to add (pith line-hashes --merge a.bin b.bin -o sum.bin)');
  let sum: LineCounts | undefined;
  for (const file of files) {
    const table = readCountsFile(file);
    if (!sum) sum = table;
    else
      try {
        sum.merge(table.data);
      } catch (error) {
        throw new ConfigError(`${file}: ${(error as Error).message}`);
      }
  }
  return sum!;
}
