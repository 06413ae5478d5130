#!/usr/bin/env node
// Build step (npm run build, after tsc): writes dist/src/rules/literal-facts.json, for every
// built-in rule's pattern the facts the literal gates read off its syntax tree (required literals,
// anchored starts; see src/rules/literals.ts), so that a run does not load a regex parser for
// them. The facts are keyed by each pattern's flags and source: a pattern missing from the file
// (a user's, or one edited since the build) is parsed at run time, never given stale facts.
// Nothing to remember when a rule changes: the build writes the file anew.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../dist/src/index.js';
import { computeFacts, patternKey } from '../dist/src/rules/literals.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const facts = {};
for (const pattern of builtinRules.flatMap((rule) => rule.patterns ?? [])) facts[patternKey(pattern)] = computeFacts(pattern);
const file = path.join(root, 'dist', 'src', 'rules', 'literal-facts.json');
fs.writeFileSync(file, JSON.stringify(facts));
