// countWords for every block of a document in one WebAssembly call (count-words.wat): the text is
// copied into the module's memory once, natively, and each block is a range of it. The pass is the
// same as countWords's in tokenize.ts (the same class bits, stopword keys and token tests, which
// the module imports from there), and finishCounts completes both the same way.

import { COUNT_WORDS_WASM } from './count-words.js';
import { codePointClasses, codeUnitClasses, otherToken, stopwordKeys } from './tokenize.js';
import { align8, instantiate, LazyKernel, reserve, writeUtf16, type WasmMemory } from '../wasm.js';
import { WASM_AFTER_CHARS } from '../engine/tuning.js';

interface CountExports {
  memory: WasmMemory;
  count(text: number, ranges: number, blocks: number, out: number, keys: number, lengths: number, shift: number): void;
}

/** Results per block in the module's output: words, stopwords, capitalised, letters, digits, sentences, seen, previous. */
export const RESULT_WIDTH = 8;
/** The class bits of every UTF-16 code unit sit at the start of the memory. */
const CLASS_TABLE_BYTES = 0x10000 * 2;

/** The document and stopword set being counted, for the module's imports. */
let text = '';
let stopwords: ReadonlySet<string> = new Set();

class Counter {
  readonly memory: WasmMemory;
  private readonly exports: CountExports;
  /** Where each stopword set's key table was copied: keys, lengths and shift. */
  private readonly tables = new Map<ReadonlySet<string>, { keys: number; lengths: number; shift: number }>();
  /** End of the class and key tables: per-document data goes after it. */
  private end = CLASS_TABLE_BYTES;

  constructor(exports: CountExports) {
    this.exports = exports;
    this.memory = exports.memory;
  }

  private table(set: ReadonlySet<string>): { keys: number; lengths: number; shift: number } {
    let placed = this.tables.get(set);
    if (!placed) {
      const { keys, lengths, shift } = stopwordKeys(set);
      const keysAt = this.end;
      const lengthsAt = align8(keysAt + keys.length * 4);
      this.end = align8(lengthsAt + lengths.length * 2);
      reserve(this.exports.memory, this.end);
      new Int32Array(this.exports.memory.buffer, keysAt, keys.length).set(keys);
      new Uint16Array(this.exports.memory.buffer, lengthsAt, lengths.length).set(lengths);
      this.tables.set(set, (placed = { keys: keysAt, lengths: lengthsAt, shift }));
    }
    return placed;
  }

  count(document: string, ranges: Int32Array, set: ReadonlySet<string>): Int32Array {
    const { keys, lengths, shift } = this.table(set);
    const blocks = ranges.length / 2;
    const textAt = this.end;
    const rangesAt = align8(textAt + document.length * 2);
    const outAt = rangesAt + ranges.length * 4;
    reserve(this.exports.memory, outAt + blocks * RESULT_WIDTH * 4);
    writeUtf16(this.exports.memory, textAt, document);
    new Int32Array(this.exports.memory.buffer, rangesAt, ranges.length).set(ranges);
    text = document;
    stopwords = set;
    this.exports.count(textAt, rangesAt, blocks, outAt, keys, lengths, shift);
    text = '';
    return new Int32Array(this.exports.memory.buffer, outAt, blocks * RESULT_WIDTH);
  }
}

const imports = {
  pith: {
    classify: codeUnitClasses,
    astral: codePointClasses,
    otherToken: (start: number, end: number) => otherToken(text, start, end, stopwords),
    longStopword: (start: number, end: number) => +stopwords.has(text.slice(start, end).toLowerCase()),
  },
};

const counter = new LazyKernel(() => {
  const exports = instantiate<CountExports>(COUNT_WORDS_WASM, imports);
  return exports && new Counter(exports);
}, WASM_AFTER_CHARS);

/**
 * Whether countBlocks is there for a document of `chars` characters: not while a run has counted
 * little text (making the module would cost a short run more than it saves), nor without
 * WebAssembly. The caller then counts its blocks one by one with countWords.
 */
export function canCountBlocks(chars: number): boolean {
  return counter.use(chars) !== undefined;
}

/**
 * countWords's pass over each block of `document`, whose [start, end) ranges are the pairs of
 * `ranges`, as RESULT_WIDTH numbers per block (a view valid until the next call; finish each
 * with finishCounts). Only after canCountBlocks said yes.
 */
export function countBlocks(document: string, ranges: Int32Array, set: ReadonlySet<string>): Int32Array {
  const counted = counter.use(0)!.count(document, ranges, set);
  // A dropped kernel's memory goes with it: keep a copy of the counts.
  return counter.release() ? counted.slice() : counted;
}
