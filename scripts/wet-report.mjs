#!/usr/bin/env node
// Where pith goes wrong on the labelled crawl pages (dev/wet-labels.json, see scripts/wet-dev.mjs):
// token P/R/F1 per page type (the referee's token metric, scripts/fixture-lib.mjs), the pages that
// keep less than half of their main text, the rules whose drops lost the main text's words, and the
// worst pages with the rule, reason and line behind their largest loss and their largest kept chrome.
//
//   npm run build && node scripts/wet-report.mjs [--view blocks|wrapped] [--worst 10] [--json]

import fs from 'node:fs';
import path from 'node:path';
import { strip } from '../dist/src/index.js';
import { tokenize, tokenScore } from './fixture-lib.mjs';
import { buildWetDev, DEFAULT_OUT } from './wet-dev.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const view = option('--view', 'blocks');
const worstCount = Number(option('--worst', 10));
if (buildWetDev({ quiet: true })) process.exit(2);

const index = fs
  .readFileSync(path.join(DEFAULT_OUT, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const add = (map, key, amount) => map.set(key, (map.get(key) ?? 0) + amount);
const clip = (text, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Per page: scores, and for every block its words split into main-text words lost or chrome words kept. */
const pages = index.map((doc) => {
  const folder = path.join(DEFAULT_OUT, doc.dataset, doc.id);
  const input = fs.readFileSync(path.join(folder, `${view}.txt`), 'utf8');
  const gold = fs.readFileSync(path.join(folder, 'gold.txt'), 'utf8');
  const lineLabels = JSON.parse(fs.readFileSync(path.join(folder, 'labels.json'), 'utf8')).blocks;
  const blocksText = fs.readFileSync(path.join(folder, 'blocks.txt'), 'utf8').split('\n');
  // As `npm run eval` does: the view is detected, not given.
  const result = strip(input);
  // A block's label: the label of the labelled line its text comes from (blocks.txt: its line; the
  // crawl text as is: the labelled line that holds its first words).
  const labelOf = (block) => {
    if (view === 'blocks') return lineLabels[block.line - 1];
    const head = block.text.trim().slice(0, 40);
    const at = blocksText.findIndex((line) => line.includes(head));
    return at < 0 ? null : lineLabels[at];
  };
  const events = result.blocks.map((block) => ({
    words: tokenize(block.text).length,
    label: labelOf(block),
    kept: block.kept,
    rule: block.rule ?? '(none)',
    reason: block.reason ?? '',
    line: block.line,
    text: block.text,
  }));
  return { doc, score: tokenScore(gold, result.text), keepAll: tokenScore(gold, input), events, goldWords: tokenize(gold).length };
});

const types = [...new Set(index.map((doc) => doc.type))].sort();
const rows = [...types, 'all'].map((type) => {
  const selected = pages.filter((page) => type === 'all' || page.doc.type === type);
  const lossy = selected.filter((page) => page.goldWords > 0 && page.score.r < 0.5);
  return {
    type,
    pages: selected.length,
    p: mean(selected.map((page) => page.score.p)),
    r: mean(selected.map((page) => page.score.r)),
    f1: mean(selected.map((page) => page.score.f1)),
    keepAllF1: mean(selected.map((page) => page.keepAll.f1)),
    underHalf: lossy.length,
    underHalfPages: lossy.map((page) => page.doc.id),
  };
});

// Main-text words dropped and chrome words kept, by the rule that decided the block.
const lostBy = new Map();
const keptBy = new Map();
const lostByType = new Map();
for (const page of pages)
  for (const event of page.events) {
    if (event.label === 1 && !event.kept) {
      add(lostBy, event.rule, event.words);
      add(lostByType, `${page.doc.type}\t${event.rule}`, event.words);
    }
    if (event.label === 0 && event.kept) add(keptBy, event.rule, event.words);
  }
const top = (map, count = 12) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);

/** The rule behind a page's largest loss (or kept chrome), with its reason and first example line. */
function largest(page, wanted) {
  const byRule = new Map();
  for (const event of page.events.filter(wanted)) {
    const entry = byRule.get(event.rule) ?? { rule: event.rule, words: 0, blocks: 0, example: event };
    entry.words += event.words;
    entry.blocks++;
    if (event.words > entry.example.words) entry.example = event;
    byRule.set(event.rule, entry);
  }
  return [...byRule.values()].sort((a, b) => b.words - a.words)[0];
}
const lostWords = (page) => page.events.reduce((sum, event) => sum + (event.label === 1 && !event.kept ? event.words : 0), 0);
const diagnose = (page) => ({
  id: page.doc.id,
  url: page.doc.url,
  type: page.doc.type,
  ...page.score,
  lost: largest(page, (event) => event.label === 1 && !event.kept),
  kept: largest(page, (event) => event.label === 0 && event.kept),
});
const worst = [...pages]
  .sort((a, b) => a.score.f1 - b.score.f1)
  .slice(0, worstCount)
  .map(diagnose);
// The pages that lost the most main-text words: where the rules cost most, whatever the page's size.
const heaviest = [...pages]
  .sort((a, b) => lostWords(b) - lostWords(a))
  .slice(0, worstCount)
  .map(diagnose);

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify({ view, rows, lostBy: top(lostBy, 50), keptBy: top(keptBy, 50), worst, heaviest }, null, 1) + '\n');
} else {
  const f = (value) => value.toFixed(3);
  const out = [`crawl dev set, ${view} view, ${pages.length} pages: token P/R/F1 by page type (keep everything: F1 of the input)`];
  out.push('type        pages   tok_P  tok_R tok_F1   keep-all   pages keeping < half of the main text');
  for (const row of rows)
    out.push(
      `${row.type.padEnd(11)} ${String(row.pages).padStart(5)}   ${f(row.p)}  ${f(row.r)}  ${f(row.f1)}   ${f(row.keepAllF1)}      ${row.underHalf} (${((100 * row.underHalf) / Math.max(1, row.pages)).toFixed(0)} %)`,
    );
  out.push('', 'main-text words dropped, by rule (all pages)');
  for (const [rule, words] of top(lostBy)) out.push(`  ${String(words).padStart(6)}  ${rule}`);
  out.push('', 'main-text words dropped, by page type and rule');
  for (const [key, words] of top(lostByType, 20)) out.push(`  ${String(words).padStart(6)}  ${key.replace('\t', '  ')}`);
  out.push('', 'chrome words kept, by rule (all pages)');
  for (const [rule, words] of top(keptBy)) out.push(`  ${String(words).padStart(6)}  ${rule}`);
  for (const [title, list] of [
    [`the ${worstCount} worst pages (token F1)`, worst],
    [`the ${worstCount} pages that lost the most main-text words`, heaviest],
  ]) {
    out.push('', title);
    for (const page of list) {
      out.push(`- ${page.type} ${page.url}  P ${f(page.p)} R ${f(page.r)} F1 ${f(page.f1)}`);
      if (page.lost)
        out.push(
          `    lost ${page.lost.words} words in ${page.lost.blocks} blocks by ${page.lost.rule} ("${page.lost.example.reason}"), e.g. line ${page.lost.example.line}: ${clip(page.lost.example.text)}`,
        );
      if (page.kept)
        out.push(
          `    kept ${page.kept.words} chrome words in ${page.kept.blocks} blocks by ${page.kept.rule} ("${page.kept.example.reason}"), e.g. line ${page.kept.example.line}: ${clip(page.kept.example.text)}`,
        );
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}
