// How many documents each line occurs in, across a run or a whole crawl (`--dedupe-lines`, `pith
// line-hashes`), in fixed memory: a count-min sketch over a 64-bit hash of the line's key
// (`lineKey` in text.ts). Why a count-min sketch and not an exact table of hashes:
// - its memory is fixed whatever the shard (a table of every line's hash grows with the input, and
//   a crawl shard holds millions of distinct lines);
// - it is mergeable by adding tables cell by cell, so many machines count their shards (the map
//   step), the tables are summed (the reduce step) and the sum is exactly the table one run over
//   all the shards would have made: the outcome does not depend on how the input was split;
// - it only over-counts (a line's estimate is the smallest of its cells, and every cell holds at
//   least the line's own count), so it never misses a line seen in K documents; a collision can
//   only push a rare line up, which is why the table is wide (DEFAULT_WIDTH_BITS).
// Conservative update would over-count less but is neither linear nor independent of order, so
// merged shards would differ from one run: plain addition was chosen.
// Pure: the CLI reads and writes the bytes (`toBytes`, `fromBytes`) and feeds the documents.

import { lineKey } from '../text.js';

/** What a counts table is: plain data, so that it crosses to worker threads (a SharedArrayBuffer is shared, not copied). */
export interface LineCountsData {
  /** Rows (independent hash functions). */
  depth: number;
  /** log2 of the cells per row. */
  widthBits: number;
  /** Documents counted. */
  documents: number;
  /** depth x 2^widthBits saturating counters, row after row. */
  counters: Uint16Array;
}

/** What strip reads (StripOptions.repeatedLines): how many documents a line key occurs in, and from how many it is repeated. */
export interface RepeatedLines {
  /** Documents the line key occurs in (an upper bound where the counts come from a sketch). */
  documents(key: string): number;
  /** A line in at least this many documents is repeated chrome. */
  readonly threshold: number;
}

/**
 * Repeated lines from a list of lines (each counted as in `threshold` documents, any other in
 * one): for rule examples and for callers that know their site's template lines.
 */
export function repeatedLineList(lines: readonly string[], threshold = DEFAULT_REPEATED_DOCUMENTS): RepeatedLines {
  const keys = new Set(lines.map(lineKey));
  return { documents: (key) => (keys.has(key) ? threshold : 1), threshold };
}

/** `--dedupe-lines` without a number. */
export const DEFAULT_REPEATED_DOCUMENTS = 3;
/** The largest count a cell holds (16-bit cells); a larger threshold could never be reached. */
export const MAX_COUNT = 0xffff;

/**
 * Four rows of 2^22 16-bit cells: 32 MiB. A line seen once is pushed to K = 3 only when each of
 * its four cells also holds two other documents' lines, which stays rare while the distinct lines
 * counted are well under the width (about a million: the README gives the figures); a bigger
 * crawl merged into one table wants `pith line-hashes --width-bits 24` or more.
 */
export const DEFAULT_DEPTH = 4;
export const DEFAULT_WIDTH_BITS = 22;

/** Magic, version, depth, width bits, cell bytes, documents (two 32-bit halves): 32 bytes, little-endian. */
const MAGIC = 'PITHLINE';
export const COUNTS_VERSION = 1;
export const HEADER_BYTES = 32;

const charCodeAt = String.prototype.charCodeAt;

/**
 * Two 32-bit hashes of a key, together 64 bits: FNV-1a and a murmur-style multiply over the UTF-16
 * code units, each finished with murmur3's avalanche step.
 */
export function hash64(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const code = charCodeAt.call(key, i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [fmix32(a ^ key.length), fmix32(b)];
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class LineCounts {
  readonly data: LineCountsData;
  private readonly mask: number;
  private readonly width: number;

  constructor(data: LineCountsData) {
    this.data = data;
    this.width = 2 ** data.widthBits;
    this.mask = this.width - 1;
  }

  /** The lookup strip reads: these counts, repeated from `threshold` documents on. */
  repeatedFrom(threshold: number): RepeatedLines {
    return { documents: (key) => this.documents(key), threshold };
  }

  /** An empty table; `shared`: its cells in a SharedArrayBuffer, for worker threads to read without a copy. */
  static empty(depth = DEFAULT_DEPTH, widthBits = DEFAULT_WIDTH_BITS, shared = false): LineCounts {
    const cells = depth * 2 ** widthBits;
    const buffer = shared ? new SharedArrayBuffer(cells * 2) : new ArrayBuffer(cells * 2);
    return new LineCounts({ depth, widthBits, documents: 0, counters: new Uint16Array(buffer) });
  }

  /** Cell of row `row` for a key's hash: Kirsch and Mitzenmacher's h1 + row x h2, h2 odd. */
  private cell(row: number, h1: number, h2: number): number {
    return row * this.width + ((h1 + Math.imul(row, h2 | 1)) & this.mask);
  }

  /** Counts one document: each distinct key of its lines once (blank lines are not counted). */
  addDocument(text: string): void {
    const seen = new Set<string>();
    let from = 0;
    while (from <= text.length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const key = lineKey(text.slice(from, to));
      from = to + 1;
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      this.addKey(key);
    }
    this.data.documents++;
  }

  private addKey(key: string): void {
    const [h1, h2] = hash64(key);
    const { counters, depth } = this.data;
    for (let row = 0; row < depth; row++) {
      const cell = this.cell(row, h1, h2);
      if (counters[cell]! < MAX_COUNT) counters[cell]!++;
    }
  }

  /** Documents `key` occurs in: never fewer than the true count, more only where every row collides. */
  documents(key: string): number {
    const [h1, h2] = hash64(key);
    const { counters, depth } = this.data;
    let least = MAX_COUNT;
    for (let row = 0; row < depth; row++) least = Math.min(least, counters[this.cell(row, h1, h2)]!);
    return least;
  }

  /** Adds `other`'s cells to this table's (saturating): the reduce step. The tables must have the same dimensions. */
  merge(other: LineCountsData): void {
    const { counters } = this.data;
    if (other.depth !== this.data.depth || other.widthBits !== this.data.widthBits)
      throw new Error(
        `tables of different sizes (${describeSize(this.data)} and ${describeSize(other)}): count every shard with the same --width-bits`,
      );
    const theirs = other.counters;
    for (let i = 0; i < counters.length; i++) counters[i] = Math.min(MAX_COUNT, counters[i]! + theirs[i]!);
    this.data.documents += other.documents;
  }
}

function describeSize(data: LineCountsData): string {
  return `${data.depth} x 2^${data.widthBits}`;
}

/** The counts file: the header, then the cells, little-endian. */
export function toBytes(data: LineCountsData): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES + data.counters.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, COUNTS_VERSION, true);
  view.setUint32(12, data.depth, true);
  view.setUint32(16, data.widthBits, true);
  view.setUint32(20, 2, true);
  view.setUint32(24, data.documents % 2 ** 32, true);
  view.setUint32(28, Math.floor(data.documents / 2 ** 32), true);
  const { counters } = data;
  for (let i = 0; i < counters.length; i++) view.setUint16(HEADER_BYTES + i * 2, counters[i]!, true);
  return bytes;
}

/** A counts file's table, or the reason it is not one (a one-line message). `shared`: cells in a SharedArrayBuffer. */
export function fromBytes(bytes: Uint8Array, shared = false): LineCountsData | string {
  if (bytes.length < HEADER_BYTES || String.fromCharCode(...bytes.subarray(0, MAGIC.length)) !== MAGIC)
    return 'not a pith line-hashes file (no PITHLINE header)';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== COUNTS_VERSION) return `line-hashes file version ${version}; this pith reads version ${COUNTS_VERSION}`;
  const depth = view.getUint32(12, true);
  const widthBits = view.getUint32(16, true);
  const cellBytes = view.getUint32(20, true);
  if (depth < 1 || depth > 16 || widthBits < 1 || widthBits > 30 || cellBytes !== 2)
    return `bad dimensions in the header (depth ${depth}, width 2^${widthBits}, ${cellBytes}-byte cells)`;
  const cells = depth * 2 ** widthBits;
  if (bytes.length !== HEADER_BYTES + cells * 2)
    return `${bytes.length} bytes, expected ${HEADER_BYTES + cells * 2} for ${depth} x 2^${widthBits} cells (cut short?)`;
  const documents = view.getUint32(24, true) + view.getUint32(28, true) * 2 ** 32;
  const counters = new Uint16Array(shared ? new SharedArrayBuffer(cells * 2) : new ArrayBuffer(cells * 2));
  for (let i = 0; i < cells; i++) counters[i] = view.getUint16(HEADER_BYTES + i * 2, true);
  return { depth, widthBits, documents, counters };
}
