#!/usr/bin/env node
// npm run eval: cleans every document of the dev corpus in this one process through `strip`,
// writes the predictions, and lets the referee (../shared/eval/score.mjs) score them, so the
// figures printed are the referee's by construction.
//
//   npm run eval -- [--view blocks|wrapped] [--preset precision|balanced|recall] [--split train|test|all]
//                   [--disable rule-ids] [--rule-options JSON]
//                   [--corpus DIR | --wet] [--out DIR] [--json] [--datasets a,b]
//   npm run eval -- --wet --dedupe-lines[=K]
//   npm run eval -- --view html2text|pandoc|lynx|markdown|w3m|pandoc3 [--views-dir DIR] [--keep-all] [--sample N]
//
// --wet scores the labelled crawl pages instead (dev/wet-labels.json, rebuilt from ../shared/wet into
// node_modules/.cache/pith-wet-dev by scripts/wet-dev.mjs). With --dedupe-lines[=K] their lines are
// also judged by how many of the crawl file's records repeat them (every record counted, as
// `pith --jsonl --dedupe-lines` on that file does).
//
// A converter view (what `html2text`, `pandoc -t plain`, `lynx -dump`, Python's html2text or
// `w3m -dump` print for the page's HTML) is read from the cache scripts/convert-views.mjs writes;
// pith detects its view itself, as it would in a pipe. --keep-all scores keeping every line of it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_REPEATED_DOCUMENTS, LineCounts, strip } from '../dist/src/index.js';
import { inSplit } from './split.mjs';
import { DEFAULT_VIEWS_DIR, sampled, viewFile } from './convert-views.mjs';
import { buildWetDev, DEFAULT_OUT as WET_DEV_DIR, DEFAULT_WET } from './wet-dev.mjs';

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
const viewsDir = path.resolve(option('--views-dir', DEFAULT_VIEWS_DIR));
// The first N documents of each dataset (of the split): the pages a --sample N conversion covers.
const sample = Number(option('--sample', 0));
const keepAll = args.includes('--keep-all');
if (keepAll) args.splice(args.indexOf('--keep-all'), 1);
const dedupeAt = args.findIndex((arg) => /^--dedupe-lines(=\d+)?$/.test(arg));
const dedupe = dedupeAt < 0 ? undefined : Number(args.splice(dedupeAt, 1)[0].split('=')[1] ?? DEFAULT_REPEATED_DOCUMENTS);
if (dedupe !== undefined && !wet) {
  console.error("eval: --dedupe-lines counts the crawl file's records: use it with --wet");
  process.exit(2);
}
/** The crawl file's line counts, for --dedupe-lines. */
function crawlCounts() {
  const counts = LineCounts.empty();
  for (const line of gunzipSync(fs.readFileSync(DEFAULT_WET)).toString('utf8').split('\n'))
    if (line) counts.addDocument(JSON.parse(line).text);
  return counts.repeatedFrom(dedupe);
}
const repeatedLines = dedupe === undefined ? undefined : crawlCounts();
const corpusView = view === 'blocks' || view === 'wrapped';
/** The text pith is given for a document: the corpus's own view file, or a converter's output. */
const inputOf = ({ dataset, id }) => (corpusView ? path.join(corpus, dataset, id, `${view}.txt`) : viewFile(viewsDir, view, dataset, id));

if (!fs.existsSync(path.join(corpus, 'index.jsonl'))) {
  console.error(`eval: no corpus at ${corpus} (expected index.jsonl); pass --corpus DIR`);
  process.exit(2);
}

const documents = sampled(
  fs
    .readFileSync(path.join(corpus, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((doc) => inSplit(split, doc)),
  sample,
);

let bytes = 0;
const started = process.hrtime.bigint();
let cleaning = 0n;
for (const { dataset, id } of documents) {
  const file = inputOf({ dataset, id });
  if (!fs.existsSync(file)) {
    console.error(`eval: ${file} is missing; run node scripts/convert-views.mjs --views ${view}`);
    process.exit(2);
  }
  const input = fs.readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(input);
  const t0 = process.hrtime.bigint();
  const { text } = keepAll ? { text: input } : strip(input, { preset, disable, ruleOptions, ...(repeatedLines ? { repeatedLines } : {}) });
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

// The referee scores every document its index lists; for a split or a sample, give it an index of those only.
let scoredCorpus = corpus;
if (split !== 'all' || sample) {
  scoredCorpus = fs.mkdtempSync(path.join(os.tmpdir(), 'pith-split-'));
  fs.writeFileSync(path.join(scoredCorpus, 'index.jsonl'), documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  for (const dataset of new Set(documents.map((doc) => doc.dataset)))
    fs.symlinkSync(path.join(corpus, dataset), path.join(scoredCorpus, dataset));
}
// The referee knows the corpus's two views; a converter view's predictions are scored against the
// same gold (its --view only names the file of its own keep-everything baseline).
const refereeView = corpusView ? view : 'wrapped';
const scored = spawnSync(process.execPath, [referee, '--corpus', scoredCorpus, '--view', refereeView, '--pred', out, ...args], {
  stdio: 'inherit',
});
// The first promise, counted: pages that kept less than half (or a tenth) of their main text,
// from the referee's own per-document rows.
if (scored.status === 0 && !args.includes('--json')) {
  const rows = spawnSync(process.execPath, [referee, '--corpus', scoredCorpus, '--view', refereeView, '--pred', out, '--json', ...args], {
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
