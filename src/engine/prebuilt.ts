// The built-in phrase rules as the build compiled them (scripts/literal-facts.mjs writes
// phrase-tables.json and phrase-tables.bin into dist/): each group's literals and its patterns'
// facts, and the literal index over all the phrase rules' literals. Every document is indexed, a
// one-line pipe too, and building these cold (every pattern's facts read from JSON, a gate per
// group to list its literals, then the automaton's table) was most of what a short run spent on
// its rules. The index's table is a megabyte of 32-bit numbers: read as bytes into the typed array
// it is, where JSON (or base64 in JSON) would make a run parse and decode it.
//
// The tables are keyed by the phrase rules' patterns, in slot order: a rule set whose patterns
// differ in any way (a user's rule, a rule switched off, a pattern edited since the build, or the
// test runner, which runs src/ and has no files beside it) builds its own, with the same answers.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LiteralIndex } from '../rules/literal-index.js';
import type { CompiledPhraseRule, PrebuiltGroup } from './phrase-matcher.js';

/**
 * phrase-tables.json. Each pattern's facts hold `starts` only for a pattern without literals (the
 * only ones whose starts a gate reads). The index's `table` and `masks` are in phrase-tables.bin,
 * one after the other, as little-endian 32-bit numbers.
 */
export interface PhraseTables {
  /** `tablesKey` of the slots the tables were built for. */
  readonly key: string;
  /** Per slot, per group. */
  readonly groups: readonly (readonly PrebuiltGroup[])[];
  readonly index: { readonly words: number; readonly symbols: string; readonly tableLength: number; readonly masksLength: number };
}

/** What the tables are keyed by: per slot, each group's reading and its patterns (two blank lines between slots). */
export function tablesKey(slots: readonly CompiledPhraseRule[]): string {
  return slots.map((slot) => slot.signature()).join('\n\n\n');
}

/** The file's numbers are little-endian: a big-endian machine builds its own (and its build writes none). */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

let loaded: PhraseTables | null | undefined;

function phraseTables(): PhraseTables | null {
  if (loaded === undefined) {
    try {
      loaded = LITTLE_ENDIAN ? (createRequire(import.meta.url)('./phrase-tables.json') as PhraseTables | null) : null;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

/**
 * The literal index of `slots` from the build's tables, with each slot given its groups' literals
 * and facts; undefined when the tables were built for other patterns (or there are none).
 */
export function prebuiltIndex(slots: readonly CompiledPhraseRule[]): LiteralIndex | undefined {
  const tables = phraseTables();
  if (!tables || tables.groups.length !== slots.length || tables.key !== tablesKey(slots)) return undefined;
  const { words, symbols, tableLength, masksLength } = tables.index;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(new URL('./phrase-tables.bin', import.meta.url));
  } catch {
    return undefined;
  }
  if (bytes.byteLength !== (tableLength + masksLength) * 4) return undefined;
  // A file read of this size has an ArrayBuffer of its own, at offset 0 (aligned); copy if not.
  const numbers =
    bytes.byteOffset % 4 === 0
      ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
      : new Int32Array(bytes.slice().buffer);
  slots.forEach((slot, i) => slot.adopt(tables.groups[i]!));
  return new LiteralIndex({ words, symbols, table: numbers.subarray(0, tableLength), masks: numbers.subarray(tableLength) });
}
