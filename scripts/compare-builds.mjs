#!/usr/bin/env node
// Which of two builds cleans the dev corpus faster, measured in one process:
//   node scripts/compare-builds.mjs DIR_A DIR_B [--pairs N] [--view blocks|wrapped] [--corpus DIR]
// DIR_A and DIR_B are checkouts (or copies) with a built dist/. Passes of strip() over every
// document alternate A, B, B, A, ... and each pair's CPU times are compared. The machines this
// runs on drift in speed by a third between runs, so two builds timed in separate processes, or
// one after the other, differ by the drift; alternating passes share it. Prints each build's
// fastest pass and the median and range of B/A over the pairs.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const [dirA, dirB] = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dirA || !dirB) {
  console.error('usage: node scripts/compare-builds.mjs DIR_A DIR_B [--pairs N] [--view blocks|wrapped] [--corpus DIR]');
  process.exit(2);
}
const pairs = Number(option('--pairs', 5));
const view = option('--view', 'blocks');
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')));
const texts = fg
  .sync(`*/*/${view}.txt`, { cwd: corpus })
  .sort()
  .map((file) => fs.readFileSync(path.join(corpus, file), 'utf8'));

const load = async (dir) => (await import(pathToFileURL(path.resolve(dir, 'dist/src/index.js')).href)).strip;
const builds = [await load(dirA), await load(dirB)];

/** CPU seconds of one pass of `strip` over every document. */
const pass = (strip) => {
  const started = process.cpuUsage();
  for (const text of texts) strip(text);
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1e6;
};

for (const strip of builds) pass(strip); // warm: the JIT's first pass is not the steady state
const seconds = [[], []];
const ratios = [];
for (let pair = 0; pair < pairs; pair++) {
  // A first in even pairs, B first in odd ones: neither always runs on the warmer caches.
  const order = pair % 2 === 0 ? [0, 1] : [1, 0];
  const timed = [0, 0];
  for (const build of order) timed[build] = pass(builds[build]);
  seconds[0].push(timed[0]);
  seconds[1].push(timed[1]);
  ratios.push(timed[1] / timed[0]);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${texts.length} ${view} documents, ${pairs} pairs of passes`);
console.log(`A ${dirA}: fastest ${Math.min(...seconds[0]).toFixed(3)} s`);
console.log(`B ${dirB}: fastest ${Math.min(...seconds[1]).toFixed(3)} s`);
console.log(`B/A median ${median(ratios).toFixed(3)}, range ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)}`);
