#!/usr/bin/env node
// Build step (npm run build, after tsc): writes, from the built-in rules,
// - dist/src/rules/literal-facts.json: for every pattern the facts the literal gates read off its
//   syntax tree (required literals, anchored starts; see src/rules/literals.ts), so that a run does
//   not load a regex parser for them. Keyed by each pattern's flags and source: a pattern missing
//   from the file (a user's, or one edited since the build) is parsed at run time, never given
//   stale facts.
// - dist/src/engine/phrase-tables.bin: the phrase rules compiled as the engine compiles them (each
//   group's literals and facts, the literal index's tables; see src/engine/prebuilt.ts), keyed by
//   all their patterns, so that a one-line run does not build them.
// Nothing to remember when a rule changes: the build writes both files anew.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules, resolveSettings } from '../dist/src/index.js';
import { computeFacts, patternKey } from '../dist/src/rules/literals.js';
import { compilePhraseRule } from '../dist/src/engine/phrase-matcher.js';
import { phraseTablesFile, tablesKey } from '../dist/src/engine/prebuilt.js';
import { LiteralIndex } from '../dist/src/rules/literal-index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const facts = {};
for (const pattern of builtinRules.flatMap((rule) => rule.patterns ?? [])) facts[patternKey(pattern)] = computeFacts(pattern);
fs.writeFileSync(path.join(root, 'dist', 'src', 'rules', 'literal-facts.json'), JSON.stringify(facts));

// The phrase rules of a run with the default settings, in the engine's slot order.
const slots = resolveSettings()
  .rules.filter((rule) => rule.kind === 'phrase')
  .map(compilePhraseRule);
// Starts only where a gate reads them: for patterns without literals.
const groups = slots.map((slot) =>
  slot.compiled().map(({ literals, facts }) => ({
    literals,
    facts: facts.map((fact) => ({ literals: fact.literals, starts: fact.literals ? null : fact.starts })),
  })),
);
const { words, symbols, table, masks } = new LiteralIndex(groups.map((slot) => slot.flatMap((group) => group.literals))).tables();
// The numbers are read little-endian: a big-endian build writes an empty file (its runs build their own tables).
const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const index = { words, symbols, tableLength: table.length, masksLength: masks.length };
const file = littleEndian ? phraseTablesFile({ key: tablesKey(slots), groups, index }, table, masks) : new Uint8Array(0);
fs.writeFileSync(path.join(root, 'dist', 'src', 'engine', 'phrase-tables.bin'), file);
