#!/usr/bin/env node
// Every decision strip() makes on the dev corpus, one JSON line per document (language, view,
// output length, and per block: kept, role, rule, reason, offsets), for checking that a speed-up
// changes nothing: dump before and after, then `cmp` the two files.
//   node scripts/dump-decisions.mjs [--view blocks|wrapped] [--corpus DIR] > decisions.jsonl
// Reads dist/ (run `npm run build` first).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { strip } from '../dist/src/index.js';
import { readPhraseTablesWith } from '../dist/src/engine/prebuilt.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const view = option('--view', 'blocks');
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')));
// The engine as the CLI runs it: with the build's phrase tables (cli/phrase-tables.ts).
readPhraseTablesWith(() => fs.readFileSync(path.join(root, 'dist', 'src', 'engine', 'phrase-tables.bin')));

for (const file of fg.sync(`*/*/${view}.txt`, { cwd: corpus }).sort()) {
  const result = strip(fs.readFileSync(path.join(corpus, file), 'utf8'));
  const blocks = result.blocks.map((block) => [block.kept ? 1 : 0, block.role, block.rule, block.reason, block.start, block.end]);
  process.stdout.write(JSON.stringify([file, result.language, result.view, result.text.length, blocks]) + '\n');
}
