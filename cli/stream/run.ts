// Stream mode (`--jsonl`, `--input-format wet`, or detected): records in, exactly one line out per
// record, in input order, written as each batch is done. A bad record is an error line in its place
// and one stderr line; only an input that cannot be read makes the exit code 2. With -j N the
// records are cleaned by the batch mode's worker pool, a window of batches ahead, and written back
// in order: the output is the same bytes whatever N is.

import { createGzip } from 'node:zlib';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { LineCounts, resolveRecordSettings, type LineCountsData, type RecordOutcome, type StripResult } from '../../src/index.js';
import { strip } from '../../src/index.js';
import { stripOptionsFor, type ResolvedConfig } from '../config/resolved.js';
import type { TextOutput } from '../process-io.js';
import type { CleanOptions, InputFormat, StatsFormat } from '../options.js';
import { startWorkers, type RecordPool } from '../batch.js';
import { decode, describe } from '../read-input.js';
import { cleanLines, type RecordBatch } from './records.js';
import { cleaned } from './heap.js';
import { decompressed, fileBytes, formatKnown, linesOf, PeekableBytes, sniffFormat, type StreamFormat } from './input.js';

/** A batch is sent when it holds this many records or characters (and at the end of each chunk read). */
const BATCH_RECORDS = 64;
const BATCH_CHARS = 1_000_000;
/** Batches sent ahead per worker: results wait for the batches before them, so this bounds the memory they hold. */
const BATCHES_IN_FLIGHT_PER_WORKER = 4;
/**
 * A JSONL line longer than this many times --max-doc-chars is not held in memory at all (an
 * escaped text can be several times its length: "\n" is two characters, a control character six).
 */
const LINE_CHARS_PER_DOC_CHAR = 8;

export interface StreamInput {
  /** A file name, or "-" for standard input. */
  file: string;
  /** The name in messages. */
  name: string;
  config: ResolvedConfig;
}

/** The standard streams a stream run writes to. */
export interface StreamIo {
  stdout: TextOutput;
  stderr: TextOutput;
}

/** Counts for --stats. */
export interface StreamStats {
  records: number;
  cleaned: number;
  errors: number;
  dropped: number;
  blocks: number;
  removedBlocks: number;
  chars: number;
  removedChars: number;
}

export function statsLines(stats: StreamStats, format: StatsFormat, seconds: number): string {
  if (format === 'hadoop')
    return Object.entries(stats)
      .map(([name, value]) => `reporter:counter:pith,${name},${value}\n`)
      .join('');
  return JSON.stringify({ ...stats, seconds: Math.round(seconds * 1000) / 1000 }) + '\n';
}

/** Where record lines go: standard output, through gzip for --gzip. */
interface RecordOutput {
  write(text: string): Promise<void> | void;
  end(): Promise<void>;
}

function recordOutput(io: StreamIo, gzip: boolean): RecordOutput {
  if (!gzip) return { write: (text) => void io.stdout.write(text), end: async () => {} };
  // One deflate stream, never flushed on the way: the compressed bytes depend only on the records'
  // bytes, not on how they were batched (-j).
  const compressor = createGzip();
  compressor.on('data', (chunk: Buffer) => io.stdout.write(chunk));
  return {
    async write(text) {
      if (!compressor.write(text)) await once(compressor, 'drain');
    },
    async end() {
      compressor.end();
      await once(compressor, 'end');
    },
  };
}

/** Records cleaned in batches (here, or over the pool) and delivered in input order. */
class OrderedRecords {
  private lines: string[] = [];
  private numbers: number[] = [];
  private chars = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly sent: Array<Promise<void>> = [];

  constructor(
    private readonly config: ResolvedConfig,
    private readonly counts: LineCountsData | undefined,
    private readonly pool: RecordPool | undefined,
    private readonly deliver: (outcomes: readonly RecordOutcome[], numbers: readonly number[]) => Promise<void> | void,
  ) {}

  async add(line: string, number: number): Promise<void> {
    this.lines.push(line);
    this.numbers.push(number);
    this.chars += line.length;
    if (this.lines.length >= BATCH_RECORDS || this.chars >= BATCH_CHARS) await this.send();
  }

  /** A record whose outcome is known without cleaning (a line too long to hold, a cut WARC record), in its place. */
  async addOutcome(outcome: RecordOutcome, number: number): Promise<void> {
    await this.send();
    this.chain = this.chain.then(() => this.deliver([outcome], [number]));
    // Only batches sent to the pool are waited for by the window; here, nothing is held per record.
    if (this.pool) this.sent.push(this.chain);
  }

  /** Sends what is waiting (a reader calls it before it waits for more input, so that a lone record is answered at once). */
  async send(): Promise<void> {
    if (this.lines.length === 0) return;
    const lines = this.lines;
    const numbers = this.numbers;
    const chars = this.chars;
    this.lines = [];
    this.numbers = [];
    this.chars = 0;
    if (!this.pool) {
      await this.chain;
      await this.deliver(cleanLines(this.config, lines, this.counts), numbers);
      return;
    }
    const window = this.pool.options.maxThreads * BATCHES_IN_FLIGHT_PER_WORKER;
    while (this.sent.length >= window) await this.sent.shift();
    const batch: RecordBatch = { kind: 'records', config: this.config, lines, ...(this.counts ? { counts: this.counts } : {}) };
    const result = this.pool.run(batch);
    // This thread only reads, copies and writes the records, but over a long stream its heap grows as a cleaning thread's does.
    cleaned(chars);
    result.catch(() => {}); // awaited in the chain
    this.chain = this.chain.then(async () => this.deliver(await result, numbers));
    this.sent.push(this.chain);
  }

  async finish(): Promise<void> {
    await this.send();
    await this.chain;
  }
}

function errorOutcome(reason: string, line: string): RecordOutcome {
  return { line, error: reason, chars: 0, blocks: 0, removed: 0, removedChars: 0 };
}

export interface StreamRunOptions {
  options: CleanOptions;
  format: InputFormat;
  jobs: number;
  /** Standard input's start, already read to tell its format. */
  stdinHead?: { head: Buffer; ended: boolean };
  stdinStream: () => Readable;
  /** The run's line counts (--dedupe-lines, --repeated-lines). */
  counts?: LineCountsData;
}

/** Cleans every input as a stream of records; resolves to whether every input could be read. */
export async function runStream(inputs: readonly StreamInput[], io: StreamIo, run: StreamRunOptions): Promise<boolean> {
  const started = Date.now();
  const output = recordOutput(io, Boolean(run.options.gzip));
  const stats: StreamStats = { records: 0, cleaned: 0, errors: 0, dropped: 0, blocks: 0, removedBlocks: 0, chars: 0, removedChars: 0 };
  const pool = run.jobs > 1 ? await startWorkers<RecordBatch, RecordOutcome[]>(run.jobs) : undefined;
  let readable = true;
  try {
    for (const input of inputs) {
      if (io.stdout.failure) break;
      const source =
        input.file === '-'
          ? new PeekableBytes(run.stdinHead?.ended ? noBytes() : run.stdinStream(), run.stdinHead?.head)
          : new PeekableBytes(fileBytes(input.file));
      try {
        await streamInput(input, source, run, { io, output, stats, pool });
      } catch (error) {
        if (error instanceof RecordCleaningError) throw error.cause;
        io.stderr.write(`pith: ${input.name}: ${describe(error)}\n`);
        readable = false;
      }
    }
    await output.end();
  } finally {
    await pool?.destroy();
  }
  if (run.options.stats || run.options.statsFormat)
    io.stderr.write(statsLines(stats, run.options.statsFormat ?? 'json', (Date.now() - started) / 1000));
  return readable;
}

async function* noBytes(): AsyncGenerator<Buffer> {}

/** A failure inside the cleaning (a bug, a worker that died), told apart from one reading the input. */
class RecordCleaningError extends Error {}

interface StreamContext {
  io: StreamIo;
  output: RecordOutput;
  stats: StreamStats;
  pool: RecordPool | undefined;
}

async function streamInput(input: StreamInput, source: PeekableBytes, run: StreamRunOptions, context: StreamContext): Promise<void> {
  const { io, output, stats } = context;
  const settings = resolveRecordSettings(input.config.records);
  const bytes = await decompressed(source);
  const plain = new PeekableBytes(bytes);
  const head = await plain.peek(formatKnown);
  const format: StreamFormat = run.format === 'auto' ? sniffFormat(head, settings.textKey) : run.format;
  if (format === 'text') return cleanWholeText(input, plain, context, run);
  const where = (number: number): string => (format === 'wet' ? `${input.name}: record ${number}` : `${input.name}:${number}`);
  const deliver = async (outcomes: readonly RecordOutcome[], numbers: readonly number[]): Promise<void> => {
    let text = '';
    for (const [i, outcome] of outcomes.entries()) {
      stats.records++;
      if (outcome.error !== undefined) {
        stats.errors++;
        io.stderr.write(`pith: ${where(numbers[i]!)}: ${outcome.error}\n`);
      } else if (outcome.line === undefined) stats.dropped++;
      else stats.cleaned++;
      stats.blocks += outcome.blocks;
      stats.removedBlocks += outcome.removed;
      stats.chars += outcome.chars;
      stats.removedChars += outcome.removedChars;
      if (outcome.line !== undefined) text += outcome.line + '\n';
    }
    if (text) await output.write(text);
  };
  const records = new OrderedRecords(input.config, run.counts, context.pool, deliver);
  const guarded = async (work: Promise<void>): Promise<void> => {
    try {
      await work;
    } catch (error) {
      throw new RecordCleaningError('cleaning failed', { cause: error });
    }
  };
  if (format === 'jsonl') {
    const maxLineChars = settings.maxDocChars * LINE_CHARS_PER_DOC_CHAR;
    for await (const group of linesOf(plain, maxLineChars)) {
      for (const line of group) {
        if (!line.tooLong) await guarded(records.add(line.text, line.number));
        else {
          const reason = `line longer than ${maxLineChars} characters (8 x --max-doc-chars): not read`;
          await guarded(records.addOutcome(errorOutcome(reason, JSON.stringify({ pith: { error: reason } })), line.number));
        }
      }
      await guarded(records.send());
      if (io.stdout.failure) break;
    }
  } else {
    const { wetDocuments } = await import('./wet.js');
    for await (const item of wetDocuments(plain)) {
      if (item.line !== undefined) await guarded(records.add(item.line, item.number));
      else await guarded(records.addOutcome(errorOutcome(item.error!.reason, item.error!.line), item.number));
      if (io.stdout.failure) break;
    }
  }
  await guarded(records.finish());
  if (bytes.cutShort) io.stderr.write(`pith: ${input.name}: ${bytes.cutShort}\n`);
}

/** A (gunzipped) input that turned out to be text: one document, cleaned as `pith` cleans a file. */
async function cleanWholeText(
  input: StreamInput,
  bytes: AsyncIterable<Buffer>,
  context: StreamContext,
  run: StreamRunOptions,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of bytes) chunks.push(chunk);
  const options = stripOptionsFor(input.config, run.counts ? new LineCounts(run.counts) : undefined);
  const result: StripResult = strip(decode(input.name, Buffer.concat(chunks)).text, options);
  await context.output.write(result.text);
}
