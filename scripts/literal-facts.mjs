#!/usr/bin/env node
// Writes src/rules/literal-facts.json: for every built-in rule's pattern, the facts the literal
// gates read off its syntax tree (required literals, anchored starts; see src/rules/literals.ts),
// so that a run does not load a regex parser for them. Run after changing a built-in pattern:
//   npm run literal-facts
// (test/literal-gate.test.ts fails while the file is out of date). Reads dist/ (builds first).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../dist/src/index.js';
import { computeFacts, patternKey } from '../dist/src/rules/literals.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const facts = {};
for (const pattern of builtinRules.flatMap((rule) => rule.patterns ?? [])) facts[patternKey(pattern)] = computeFacts(pattern);
const sorted = Object.fromEntries(Object.entries(facts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const file = path.join(root, 'src', 'rules', 'literal-facts.json');
// One pattern per line: small, and a changed pattern is a one-line diff.
const lines = Object.entries(sorted).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
fs.writeFileSync(file, `{\n${lines.join(',\n')}\n}\n`);
console.log(`literal-facts: ${Object.keys(sorted).length} patterns -> ${path.relative(root, file)}`);
