#!/usr/bin/env node
// Time on hostile input, as ratios measured in one run: strip() time at 4n over time at n (about 4
// when linear, 16 when quadratic) and time on the input over time on a normal article of the same
// size. These were bars in __tests__/system/hostile.test.ts; wall-time ratios break on a loaded machine, so the
// suite now checks outputs and counts work (regular-expression executions, segmenter pieces), and
// the times are measured here, by `npm run bench` (its "hostile" section: `npm run bench -- --only
// hostile`) or alone:
//   node scripts/hostile-timing.mjs [--runs N]   (exit 1 when a ratio is over its bar)
// Reads dist/ (run `npm run build` first). Each figure is the fastest of N runs (default 3): the
// least disturbed by other work on the machine. Run it on an idle machine.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules, normaliseExample, strip } from '../dist/src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const article = fs.readFileSync(path.join(root, 'fixtures', 'documents', 'seed-independent', 'input.txt'), 'utf8');

/** Linear growth is 4; 8 leaves room for noise and GC, and still fails anything quadratic (16). */
export const MAX_GROWTH = 8;

const normalText = (length) => article.repeat(Math.ceil(length / article.length)).slice(0, length);

/** Fastest of `times` runs, in milliseconds. */
function fastest(run, times) {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const nearMatches = builtinRules.flatMap((rule) =>
  rule.examples.match.flatMap((example) => {
    const { document, block } = normaliseExample(example);
    const text = document.split('\n')[block] ?? '';
    return text.length > 1 ? [text.slice(0, -1)] : [];
  }),
);
const sentence = '东京都的学校明天停课 school closed。';

/**
 * The hostile inputs: `make(n)`, the n at which growth to 4n is measured, and the size compared
 * with normal text (`ratioAt`, with its bar: per byte, one block per few characters costs more
 * than prose, since each block runs every rule).
 */
const CASES = [
  { name: 'a file with no newline', make: (n) => normalText(n).replace(/\r?\n/g, ' '), n: 250_000, ratioAt: 1_000_000, ratioBar: 4 },
  { name: 'one-character lines', make: (n) => 'x\n'.repeat(n), n: 10_000, ratioAt: 50_000, ratioBar: 150 },
  { name: 'a 100 KB word', make: (n) => `A headline\n${'a'.repeat(n)}\n${article}`, n: 100_000, ratioAt: 100_000, ratioBar: 4 },
  {
    name: 'a line of "Subscribe now! "',
    make: (n) => `A headline\n${'Subscribe now! '.repeat(n)}\n`,
    n: 12_500,
    ratioAt: 50_000,
    ratioBar: 4,
  },
  {
    name: "a comment stamp's time, then a word of month-like letters",
    make: (n) => `A headline\n${article}\n0:00am${'janm'.repeat(n)}\nThanks.\n`,
    n: 25_000,
    ratioAt: 25_000,
    ratioBar: 4,
  },
  {
    name: "a comment stamp's time, then a run of spaces",
    make: (n) => `A headline\n${article}\n0:00 ${'\t'.repeat(4 * n)}.\nThanks.\n`,
    n: 25_000,
    ratioAt: 25_000,
    ratioBar: 4,
  },
  {
    name: 'a wrapped paragraph with a run of spaces and tabs',
    make: (n) => `A headline\n\nThe council met on Tuesday a${' \t'.repeat(n)}b\nand voted to start work.\n`,
    n: 50_000,
    options: { view: 'wrapped' },
  },
  {
    name: 'a line of CJK text (reference: the same text in lines of 20 sentences)',
    make: (n) => `A headline\n${sentence.repeat(n)}\n`,
    n: 2_000,
    ratioAt: 8_000,
    ratioBar: 4,
    reference: (n) => `A headline\n${`${sentence.repeat(20)}\n`.repeat(n / 20)}`,
  },
  {
    name: 'a word of glued sentence boundaries ("ab.Cd")',
    make: (n) => `A headline\n${'ab.Cd'.repeat(n)}\n`,
    n: 2_500,
    ratioAt: 10_000,
    ratioBar: 150,
  },
  { name: 'near-matches of every rule, on one line', make: (n) => `A headline\n${nearMatches.join(' ').repeat(n)}\n`, n: 20 },
  { name: 'near-matches of every rule, one a line', make: (n) => `A headline\n${`${nearMatches.join('\n')}\n`.repeat(n)}`, n: 20 },
];

/** Measures every case; returns one row per case with its growth and ratio to normal text. */
export function hostileTiming({ runs = 3, log = () => {} } = {}) {
  const rows = [];
  for (const { name, make, n, options = {}, ratioAt, ratioBar, reference } of CASES) {
    strip(make(n), options); // warm the JIT and the lazy tables up
    const small = fastest(() => strip(make(n), options), runs);
    const large = fastest(() => strip(make(4 * n), options), runs);
    const row = { name, n, smallMs: small, largeMs: large, growth: large / Math.max(small, 1), growthBar: MAX_GROWTH };
    if (ratioAt) {
      const input = make(ratioAt);
      const normal = reference ? reference(ratioAt) : normalText(input.length);
      const hostileMs = fastest(() => strip(input, options), runs);
      const normalMs = fastest(() => strip(normal, options), runs);
      Object.assign(row, { ratioAt, hostileMs, normalMs, ratio: hostileMs / Math.max(normalMs, 1), ratioBar });
    }
    row.met = row.growth < MAX_GROWTH && (row.ratio === undefined || row.ratio < ratioBar);
    log(row);
    rows.push(row);
  }
  // Each pattern alone on a repeated near-match (normalised, as the phrase rules see it), 4,000 and 16,000 characters.
  const patterns = builtinRules.flatMap((rule) => rule.patterns ?? []);
  const subjects = (length) =>
    nearMatches.map((near) => {
      const unit = `${near.toLowerCase()} `;
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });
  const execAll = (texts) => () => {
    for (const pattern of patterns)
      for (const text of texts) {
        pattern.lastIndex = 0;
        pattern.exec(text);
      }
  };
  const small = fastest(execAll(subjects(4_000)), runs);
  const large = fastest(execAll(subjects(16_000)), runs);
  const row = {
    name: 'every rule pattern on each repeated near-match',
    n: 4_000,
    smallMs: small,
    largeMs: large,
    growth: large / Math.max(small, 1),
    growthBar: MAX_GROWTH,
  };
  row.met = row.growth < MAX_GROWTH;
  log(row);
  rows.push(row);
  return rows;
}

/** The rows as a Markdown table. */
export function hostileTable(rows) {
  const fixed = (value, digits = 1) => value.toFixed(digits);
  const lines = [
    '| hostile input | n -> 4n | growth (bar) | vs normal text (bar) | met |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.name.replace(/\|/g, '\\|')} | ${fixed(row.smallMs, 0)} -> ${fixed(row.largeMs, 0)} ms | ${fixed(row.growth, 2)} x (< ${row.growthBar}) | ${
          row.ratio === undefined ? '' : `${fixed(row.ratio, 2)} x (< ${row.ratioBar})`
        } | ${row.met ? 'yes' : '**no**'} |`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
  const rows = hostileTiming({
    runs,
    log: (row) =>
      process.stderr.write(
        `${row.name}: growth ${row.growth.toFixed(2)}${row.ratio === undefined ? '' : `, ${row.ratio.toFixed(2)} x normal`}\n`,
      ),
  });
  console.log(hostileTable(rows));
  if (!rows.every((row) => row.met)) process.exitCode = 1;
}
