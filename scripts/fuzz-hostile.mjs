#!/usr/bin/env node
// Looks for super-linear input: a random unit of characters and phrases, repeated on one line
// after a normal article, is cleaned at n and 4n repetitions in each view; a time that grows much
// more than 4x is printed as a suspect to look at (then a test in __tests__/system/hostile.test.ts). It found
// the segmenter's cliff past 65,536 characters in two minutes. Not a test: it is random and timed.
//   node scripts/fuzz-hostile.mjs [--seconds 120] [--seed N] [--view blocks|wrapped]
// Reads dist/ (run `npm run build` first).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strip } from '../dist/src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const seconds = Number(option('--seconds', 120));
const views = option('--view', undefined) ? [option('--view')] : ['blocks', 'wrapped'];
let seed = Number(option('--seed', Date.now() % 1e9));
console.log(`fuzz-hostile: seed ${seed}, ${seconds} s, views ${views.join(', ')}`);

/** A small deterministic generator (mulberry32), so that a seed repeats a search. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const article = fs.readFileSync(path.join(root, 'fixtures', 'documents', 'seed-independent', 'input.txt'), 'utf8');
// Characters and phrases the stages and rules treat specially: spaces, line ends, punctuation,
// link and code marks, dates and times, scripts (CJK, Arabic digits), casing traps, chrome words.
const ATOMS = [
  'a',
  'B',
  '1',
  '0:00',
  ' ',
  '  ',
  '\t',
  '\r',
  '\r\n',
  '.',
  '!',
  '?',
  '»',
  '|',
  '-',
  '–',
  '―',
  '(',
  ')',
  ':',
  ';',
  '#',
  '#1',
  '@',
  'www.',
  'http://',
  'https://a.b/c',
  'x@y.z',
  'jan',
  'Jan 1, 2020',
  '12:00 pm',
  'by ',
  'Posted by',
  'says',
  'Reply',
  '©',
  '©2024',
  'All rights reserved',
  '…',
  '"',
  '”',
  '’',
  '«',
  '/',
  '•',
  '→',
  '<',
  '>',
  '{',
  '=',
  ',',
  '$',
  'Subscribe',
  'share',
  'comments',
  'A.',
  'é',
  '\u0301',
  'Σ',
  'İ',
  'ß',
  '\u00a0',
  '日',
  'カ',
  'の',
  '한',
  '١',
  '\ud83d\ude00',
];

/** Fastest of two runs, in milliseconds. */
function time(text, view) {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    strip(text, { view });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const deadline = Date.now() + seconds * 1000;
let tried = 0;
let suspects = 0;
while (Date.now() < deadline) {
  const unit = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(ATOMS)).join('');
  const prefix = random() < 0.5 ? '' : pick(ATOMS);
  const n = Math.max(500, Math.floor(20_000 / unit.length));
  for (const view of views) {
    const make = (count) => `${article}\n${prefix}${unit.repeat(count)}\nmore text here.\n`;
    const small = time(make(n), view);
    const large = time(make(4 * n), view);
    tried++;
    // Linear is 4x; GC and a cold JIT add noise on small times, so a clear outlier is measured
    // again one size up (warm by then), unless it is already slow, and printed when it still grows
    // much more than 4x. Printed before that check too: a real hang may not finish it.
    if (large / Math.max(small, 2) > 12 && large > 150) {
      const what = `view ${view}, prefix ${JSON.stringify(prefix)}, unit ${JSON.stringify(unit)}: x ${n} ${small.toFixed(1)} ms, x ${4 * n} ${large.toFixed(1)} ms`;
      if (large < 1000) {
        console.log(`checking ${what}`);
        const larger = time(make(16 * n), view);
        if (larger / time(make(4 * n), view) < 8) continue;
        console.log(`  x ${16 * n}: ${larger.toFixed(1)} ms`);
      }
      suspects++;
      console.log(`suspect: ${what}`);
    }
  }
}
console.log(`fuzz-hostile: ${tried} inputs, ${suspects} suspects`);
