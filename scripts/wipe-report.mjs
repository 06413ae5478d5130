#!/usr/bin/env node
// The first promise, by cause: the pages that keep less than half of their main text (token recall
// < 0.5, the referee's token metric), grouped by the rule that dropped most of the main text they
// lost, in either view of the dev corpus or the crawl dev set.
//
//   npm run build && node scripts/wipe-report.mjs [--view blocks|wrapped] [--wet | --corpus DIR]
//                                                 [--under 0.5] [--pages] [--json]
//   node scripts/wipe-report.mjs --view html2text|pandoc|lynx|markdown|w3m --sample 320 [--views-dir DIR]
//
// A dropped block is main text when most of its word 4-grams are in the gold (the corpus's own
// labelling rule: lines of 1-3 words when they equal a gold paragraph), so one reading serves both
// views. --pages lists every such page with its recall, rule and the largest lost block.

import fs from 'node:fs';
import path from 'node:path';
import { strip } from '../dist/src/index.js';
import { tokenize, tokenScore } from './fixture-lib.mjs';
import { buildWetDev, DEFAULT_OUT as WET_DEV_DIR } from './wet-dev.mjs';
import { DEFAULT_VIEWS_DIR, sampled, viewFile } from './convert-views.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const view = option('--view', 'blocks');
const wet = args.includes('--wet');
const under = Number(option('--under', 0.5));
const corpus = path.resolve(option('--corpus', wet ? WET_DEV_DIR : path.join(import.meta.dirname, '..', '..', 'shared', 'corpus')));
if (wet && buildWetDev({ outDir: corpus, quiet: true })) process.exit(2);

// A converter's output (scripts/convert-views.mjs) for the first --sample N pages of each dataset.
const viewsDir = path.resolve(option('--views-dir', DEFAULT_VIEWS_DIR));
const corpusView = view === 'blocks' || view === 'wrapped';
const inputOf = (folder, { dataset, id }) => (corpusView ? path.join(folder, `${view}.txt`) : viewFile(viewsDir, view, dataset, id));

const documents = sampled(
  fs
    .readFileSync(path.join(corpus, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line)),
  Number(option('--sample', 0)),
);

const shingles = (tokens) => {
  const grams = [];
  for (let at = 0; at + 4 <= tokens.length; at++) grams.push(tokens.slice(at, at + 4).join(' '));
  return grams;
};
const clip = (text, length = 80) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

const byRule = new Map();
const wiped = [];
for (const doc of documents) {
  const folder = path.join(corpus, doc.dataset, doc.id);
  const gold = fs.readFileSync(path.join(folder, 'gold.txt'), 'utf8');
  const result = strip(fs.readFileSync(inputOf(folder, doc), 'utf8'));
  const score = tokenScore(gold, result.text);
  if (score.tp + score.fn === 0 || score.r >= under) continue;
  const goldGrams = new Set(gold.split('\n').flatMap((line) => shingles(tokenize(line))));
  const goldLines = new Set(gold.split('\n').map((line) => tokenize(line).join(' ')));
  const lost = new Map();
  for (const block of result.blocks) {
    if (block.kept) continue;
    const tokens = tokenize(block.text);
    const grams = shingles(tokens);
    const main = grams.length ? grams.filter((gram) => goldGrams.has(gram)).length / grams.length >= 0.5 : goldLines.has(tokens.join(' '));
    if (!main || !tokens.length) continue;
    const entry = lost.get(block.rule ?? '(none)') ?? { words: 0, example: block };
    entry.words += tokens.length;
    if (tokens.length > tokenize(entry.example.text).length) entry.example = block;
    lost.set(block.rule ?? '(none)', entry);
  }
  const [rule, entry] = [...lost].sort((a, b) => b[1].words - a[1].words)[0] ?? ['(no dropped main-text block)', { words: 0 }];
  const words = [...lost.values()].reduce((sum, item) => sum + item.words, 0);
  const total = byRule.get(rule) ?? { pages: 0, words: 0 };
  byRule.set(rule, { pages: total.pages + 1, words: total.words + words });
  wiped.push({
    dataset: doc.dataset,
    id: doc.id,
    r: score.r,
    rule,
    words,
    reason: entry.example?.reason,
    line: entry.example?.line,
    text: entry.example?.text,
  });
}

const table = [...byRule].sort((a, b) => b[1].pages - a[1].pages || b[1].words - a[1].words);
if (args.includes('--json')) {
  process.stdout.write(JSON.stringify({ view, under, pages: wiped.length, byRule: Object.fromEntries(table), wiped }, null, 1) + '\n');
} else {
  const out = [`${path.basename(corpus)}, ${view} view: ${wiped.length} of ${documents.length} pages keep < ${under} of their main text`];
  out.push('rule (most main-text words lost)   pages   main-text words dropped on those pages (all rules)');
  for (const [rule, { pages, words }] of table) out.push(`  ${rule.padEnd(32)} ${String(pages).padStart(5)}   ${words}`);
  if (args.includes('--pages'))
    for (const page of wiped.sort((a, b) => a.rule.localeCompare(b.rule) || a.r - b.r))
      out.push(
        `${page.rule}\t${page.dataset}/${page.id}\tR ${page.r.toFixed(2)}\t${page.words}w\t${page.reason ?? ''}\tline ${page.line}: ${clip(page.text ?? '')}`,
      );
  process.stdout.write(out.join('\n') + '\n');
}
