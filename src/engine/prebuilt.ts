// The built-in phrase rules as the build compiled them (scripts/literal-facts.mjs writes
// phrase-tables.bin into dist/): each group's literals and its patterns' facts, and the literal
// index over all the phrase rules' literals. Every document is indexed, a one-line pipe too, and
// building these cold (every pattern's facts read from JSON, a gate per group to list its literals,
// then the automaton's table) was most of what a short run spent on its rules. The index's table is
// a megabyte of 32-bit numbers: read as bytes into the typed array it is, where JSON (or base64 in
// JSON) would make a run parse and decode it.
//
// The core reads no files: its caller says where the tables are (`readPhraseTablesWith`; the CLI
// does, cli/phrase-tables.ts). Without them the engine builds its own.
//
// The tables are keyed by the phrase rules' patterns, in slot order: a rule set whose patterns
// differ in any way (a user's rule, a rule switched off, a pattern edited since the build, or the
// test runner, which runs src/ and has no file beside it) builds its own, with the same answers.

import { LiteralIndex } from '../rules/literal-index.js';
import type { CompiledPhraseRule, PrebuiltGroup } from './phrase-matcher.js';

/**
 * The file's JSON part. Each pattern's facts hold `starts` only for a pattern without literals
 * (the only ones whose starts a gate reads).
 */
export interface PhraseTables {
  /** `tablesKey` of the slots the tables were built for. */
  readonly key: string;
  /** Per slot, per group. */
  readonly groups: readonly (readonly PrebuiltGroup[])[];
  readonly index: { readonly words: number; readonly symbols: string; readonly tableLength: number; readonly masksLength: number };
}

/**
 * phrase-tables.bin, little-endian: the byte length of the JSON (a 32-bit number), the JSON
 * (UTF-8, padded with spaces to a multiple of 4 bytes), then the index's `table` and `masks` as
 * 32-bit numbers.
 */
export function phraseTablesFile(tables: PhraseTables, table: Int32Array, masks: Int32Array): Uint8Array {
  let json = JSON.stringify(tables);
  while (new TextEncoder().encode(json).byteLength % 4 !== 0) json += ' ';
  const text = new TextEncoder().encode(json);
  const file = new Uint8Array(4 + text.byteLength + (table.length + masks.length) * 4);
  const numbers = new Int32Array(file.buffer, 4 + text.byteLength);
  new DataView(file.buffer).setUint32(0, text.byteLength, true);
  file.set(text, 4);
  numbers.set(table);
  numbers.set(masks, table.length);
  return file;
}

/** What the tables are keyed by: per slot, each group's reading and its patterns (two blank lines between slots). */
export function tablesKey(slots: readonly CompiledPhraseRule[]): string {
  return slots.map((slot) => slot.signature()).join('\n\n\n');
}

/** The file's numbers are little-endian: a big-endian machine builds its own (and its build writes an empty file). */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Reads phrase-tables.bin (throws when there is none). */
let read: (() => Uint8Array) | undefined;

/** The tables and their numbers (the file's bytes after the JSON), read on first use; null when there are none. */
let loaded: { tables: PhraseTables; numbers: Int32Array } | null | undefined;

/** How to read the build's phrase-tables.bin, read on the first document indexed after this. */
export function readPhraseTablesWith(reader: () => Uint8Array): void {
  read = reader;
  loaded = undefined;
}

function phraseTables(): { tables: PhraseTables; numbers: Int32Array } | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (!LITTLE_ENDIAN || !read) return loaded;
  let bytes: Uint8Array;
  try {
    bytes = read();
  } catch {
    return loaded;
  }
  if (bytes.byteLength < 4) return loaded;
  const jsonLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  // A file read of this size has an ArrayBuffer of its own, at offset 0 (aligned for the numbers); copied if not.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  loaded = {
    tables: JSON.parse(new TextDecoder().decode(aligned.subarray(4, 4 + jsonLength))) as PhraseTables,
    numbers: new Int32Array(aligned.buffer, aligned.byteOffset + 4 + jsonLength, (aligned.byteLength - 4 - jsonLength) / 4),
  };
  return loaded;
}

/**
 * The literal index of `slots` from the build's tables, with each slot given its groups' literals
 * and facts; undefined when the tables were built for other patterns (or there are none).
 */
export function prebuiltIndex(slots: readonly CompiledPhraseRule[]): LiteralIndex | undefined {
  const { tables, numbers } = phraseTables() ?? {};
  if (!tables || !numbers || tables.groups.length !== slots.length || tables.key !== tablesKey(slots)) return undefined;
  const { words, symbols, tableLength, masksLength } = tables.index;
  if (numbers.length !== tableLength + masksLength) return undefined;
  slots.forEach((slot, i) => slot.adopt(tables.groups[i]!));
  return new LiteralIndex({ words, symbols, table: numbers.subarray(0, tableLength), masks: numbers.subarray(tableLength) });
}
