#!/usr/bin/env node
// The document fixtures (fixtures/documents/<name>/: input.txt, gold.txt, meta.json, and the
// pinned expected.txt and decisions.tsv). Reads dist/ (`npm run fixtures` builds first).
//
//   node scripts/fixtures.mjs            per-document token P/R/F1 of strip(input) against gold.txt, and the mean
//   node scripts/fixtures.mjs --update   rewrite expected.txt and decisions.tsv of every document from today's pith
//   node scripts/fixtures.mjs --json     the scores as JSON
//
// expected.txt pins today's behaviour (__tests__/system/documents.test.ts); gold.txt is the truth
// (__tests__/system/regression.test.ts holds the floors).

import fs from 'node:fs';
import path from 'node:path';
import { strip } from '../dist/src/index.js';
import { decisionsTsv, loadFixtures, tokenScore } from './fixture-lib.mjs';

const args = process.argv.slice(2);
for (const a of args) {
  if (!['--update', '--json'].includes(a)) {
    process.stderr.write(`fixtures.mjs: unknown argument ${a}\nusage: node scripts/fixtures.mjs [--update] [--json]\n`);
    process.exit(2);
  }
}
const fixtures = loadFixtures();

if (args.includes('--update')) {
  let changed = 0;
  for (const f of fixtures) {
    const result = strip(f.input, f.options);
    for (const [file, text] of [
      ['expected.txt', result.text],
      ['decisions.tsv', decisionsTsv(result.blocks)],
    ]) {
      const target = path.join(f.dir, file);
      const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
      if (before !== text) {
        fs.writeFileSync(target, text);
        changed++;
        process.stdout.write(`updated ${f.name}/${file}\n`);
      }
    }
  }
  process.stdout.write(`${fixtures.length} documents, ${changed} files changed\n`);
  process.exit(0);
}

const rows = [];
for (const f of fixtures) {
  if (f.gold === null) continue;
  const result = strip(f.input, f.options);
  rows.push({ name: f.name, view: result.view, language: result.language, ...tokenScore(f.gold, result.text) });
}
const mean = (key) => rows.reduce((s, r) => s + r[key], 0) / (rows.length || 1);
if (args.includes('--json')) {
  const round = (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v);
  process.stdout.write(JSON.stringify({ docs: rows.length, p: mean('p'), r: mean('r'), f1: mean('f1'), rows }, round) + '\n');
} else {
  const f = (x) => x.toFixed(3).padStart(6);
  const width = Math.max(8, ...rows.map((r) => r.name.length));
  process.stdout.write(`${'document'.padEnd(width)}  view     lang   tok_P  tok_R tok_F1\n`);
  for (const r of rows)
    process.stdout.write(`${r.name.padEnd(width)}  ${r.view.padEnd(7)}  ${r.language.padEnd(4)} ${f(r.p)} ${f(r.r)} ${f(r.f1)}\n`);
  process.stdout.write(
    `${'mean'.padEnd(width)}  ${String(rows.length).padEnd(7)}  docs ${f(mean('p'))} ${f(mean('r'))} ${f(mean('f1'))}\n`,
  );
}
