#!/usr/bin/env node
// npm run eval: cleans every document of the dev corpus in this one process through `strip`,
// writes the predictions, and lets the referee (../shared/eval/score.mjs) score them, so the
// figures printed are the referee's by construction.
//
//   npm run eval -- [--view blocks|wrapped] [--preset precision|balanced|recall] [--split train|test|all]
//                   [--disable rule-ids] [--rule-options JSON]
//                   [--corpus DIR | --wet] [--out DIR] [--json] [--datasets a,b]
//
// --wet scores the labelled crawl pages instead (dev/wet-labels.json, rebuilt from ../shared/wet into
// node_modules/.cache/pith-wet-dev by scripts/wet-dev.mjs).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { strip } from '../dist/src/index.js';
import { inSplit } from './split.mjs';
import { buildWetDev, DEFAULT_OUT as WET_DEV_DIR } from './wet-dev.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}
const view = option('--view', 'blocks');
const wet = args.includes('--wet');
if (wet) args.splice(args.indexOf('--wet'), 1);
const sharedCorpus = path.join(root, '..', 'shared', 'corpus');
const corpus = path.resolve(option('--corpus', wet ? WET_DEV_DIR : sharedCorpus));
if (wet && buildWetDev({ outDir: corpus, quiet: true })) process.exit(2);
// Predictions go to --out DIR (kept), or to a temporary folder removed after scoring.
const givenOut = option('--out', undefined);
const out = path.resolve(givenOut ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pith-eval-')));
// The referee sits next to the shared corpus; a corpus elsewhere (the crawl dev set) uses the same one.
const besideCorpus = path.join(corpus, '..', 'eval', 'score.mjs');
const referee = path.resolve(
  option('--referee', fs.existsSync(besideCorpus) ? besideCorpus : path.join(sharedCorpus, '..', 'eval', 'score.mjs')),
);
const split = option('--split', 'all');
const preset = option('--preset', 'balanced');
const disable = option('--disable', '').split(',').filter(Boolean);
// Rule settings to try without editing a rule, e.g. --rule-options '{"learned-classifier":{"good":0.55}}'.
const ruleOptions = JSON.parse(option('--rule-options', '{}'));

if (!fs.existsSync(path.join(corpus, 'index.jsonl'))) {
  console.error(`eval: no corpus at ${corpus} (expected index.jsonl); pass --corpus DIR`);
  process.exit(2);
}

const documents = fs
  .readFileSync(path.join(corpus, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((doc) => inSplit(split, doc));

let bytes = 0;
const started = process.hrtime.bigint();
let cleaning = 0n;
for (const { dataset, id } of documents) {
  const input = fs.readFileSync(path.join(corpus, dataset, id, `${view}.txt`), 'utf8');
  bytes += Buffer.byteLength(input);
  const t0 = process.hrtime.bigint();
  const { text } = strip(input, { preset, disable, ruleOptions });
  cleaning += process.hrtime.bigint() - t0;
  fs.mkdirSync(path.join(out, dataset), { recursive: true });
  fs.writeFileSync(path.join(out, dataset, `${id}.txt`), text);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const engine = Number(cleaning) / 1e9;
console.error(
  `eval: ${documents.length} documents (${view} view, ${(bytes / 1e6).toFixed(1)} MB) cleaned in ${seconds.toFixed(1)} s ` +
    `(strip alone ${engine.toFixed(2)} s, ${(bytes / 1e6 / engine).toFixed(1)} MB/s); ${givenOut ? `predictions in ${out}` : 'pass --out DIR to keep the predictions'}`,
);

// The referee scores every document its index lists; for a split, give it an index of that split only.
let scoredCorpus = corpus;
if (split !== 'all') {
  scoredCorpus = fs.mkdtempSync(path.join(os.tmpdir(), 'pith-split-'));
  fs.writeFileSync(path.join(scoredCorpus, 'index.jsonl'), documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  for (const dataset of new Set(documents.map((doc) => doc.dataset)))
    fs.symlinkSync(path.join(corpus, dataset), path.join(scoredCorpus, dataset));
}
const scored = spawnSync(process.execPath, [referee, '--corpus', scoredCorpus, '--view', view, '--pred', out, ...args], {
  stdio: 'inherit',
});
// The first promise, counted: pages that kept less than half (or a tenth) of their main text,
// from the referee's own per-document rows.
if (scored.status === 0 && !args.includes('--json')) {
  const rows = spawnSync(process.execPath, [referee, '--corpus', scoredCorpus, '--view', view, '--pred', out, '--json', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const result = JSON.parse(rows.stdout);
  const perDocument = result.systems.pred.rows.filter((row) => row.token.tp + row.token.fn > 0);
  const below = (share) => perDocument.filter((row) => row.token.r < share).length;
  console.log(`pages keeping < 50% of their main text: ${below(0.5)} of ${perDocument.length}; < 10%: ${below(0.1)}`);
}
if (scoredCorpus !== corpus) fs.rmSync(scoredCorpus, { recursive: true, force: true });
if (!givenOut) fs.rmSync(out, { recursive: true, force: true });
process.exit(scored.status ?? 2);
