#!/usr/bin/env node
// Where strip() spends its instructions, counted, not sampled: the same figures on every run, so two
// builds compare on a machine whose speed drifts (see scripts/compare-builds.mjs).
//   node scripts/instructions.mjs [DIR] [--every N] [--top N] [--view blocks|wrapped] [--corpus DIR]
// Runs strip() over every Nth document (default 40) of the dev corpus under valgrind's callgrind,
// with V8 single-threaded and predictable, once for 3 passes and once for 6 (side by side); the
// difference over 3 is the steady state (the first passes compile, and keep compiling). JIT-compiled functions are named from the map
// that --perf-basic-prof writes. Prints the instructions per steady pass and the functions that
// execute most of them (self). Needs valgrind (Debian: apt install valgrind); DIR is a checkout
// with a built dist/ (default: this one). Takes a few minutes.

import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.resolve(args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? root);
const every = Number(option('--every', 40));
const top = Number(option('--top', 40));
const view = option('--view', 'blocks');
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')));

// The child: strip() over the sample, `passes` times.
if (process.env.PITH_INSTRUCTIONS_PASSES) {
  const { strip } = await import(pathToFileURL(path.join(dir, 'dist/src/index.js')).href);
  const { default: fg } = await import('fast-glob');
  const texts = fg
    .sync(`*/*/${view}.txt`, { cwd: corpus })
    .sort()
    .filter((_, i) => i % every === 0)
    .map((file) => fs.readFileSync(path.join(corpus, file), 'utf8'));
  for (let pass = 0; pass < Number(process.env.PITH_INSTRUCTIONS_PASSES); pass++) for (const text of texts) strip(text);
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pith-instructions-'));

/** Self instructions per function name for a run of `passes` passes. */
async function profile(passes) {
  const out = path.join(work, `callgrind-${passes}.out`);
  await promisify(execFile)(
    'valgrind',
    [
      '--tool=callgrind',
      `--callgrind-out-file=${out}`,
      process.execPath,
      '--single-threaded',
      '--predictable',
      '--perf-basic-prof',
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    { env: { ...process.env, PITH_INSTRUCTIONS_PASSES: String(passes) }, cwd: work, maxBuffer: 1 << 26 },
  );
  const pid = /^pid: (\d+)/m.exec(fs.readFileSync(out, 'utf8'))[1];
  const mapFile = `/tmp/perf-${pid}.map`;
  // The map's lines: start address, size (hex), name. Sorted, for a binary search by address.
  const ranges = fs.existsSync(mapFile)
    ? fs
        .readFileSync(mapFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const [start, size, ...name] = line.split(' ');
          return [parseInt(start, 16), parseInt(size, 16), name.join(' ')];
        })
        .sort((a, b) => a[0] - b[0])
    : [];
  fs.rmSync(mapFile, { force: true });
  const nameAt = (address) => {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (ranges[middle][0] <= address) low = middle + 1;
      else high = middle - 1;
    }
    const range = ranges[high];
    return range && address < range[0] + range[1] ? range[2] : 'unnamed JIT or WebAssembly code';
  };
  const report = execFileSync('callgrind_annotate', ['--threshold=100', out], { maxBuffer: 1 << 28 }).toString();
  const totals = new Map();
  for (const line of report.split('\n')) {
    const row = /^\s*([\d,]+) \([^)]*\)\s+(.*)$/.exec(line);
    if (!row || row[2].startsWith('PROGRAM')) continue;
    const address = /\?\?\?:0x([0-9a-f]+)/.exec(row[2]);
    const name = address
      ? nameAt(parseInt(address[1], 16)).replace(/^JS:[*~^]?/, '')
      : row[2].replace(/^\?\?\?:/, '').replace(/ \[.*\]$/, '');
    totals.set(name, (totals.get(name) ?? 0) + Number(row[1].replace(/,/g, '')));
  }
  return totals;
}

const [three, six] = await Promise.all([profile(3), profile(6)]);
fs.rmSync(work, { recursive: true, force: true });
const steady = [...six].map(([name, count]) => [name, (count - (three.get(name) ?? 0)) / 3]).sort((a, b) => b[1] - a[1]);
const total = steady.reduce((sum, [, count]) => sum + count, 0);
console.log(`${dir}: ${(total / 1e6).toFixed(0)} M instructions per steady pass over every ${every}th ${view} document`);
for (const [name, count] of steady.slice(0, top)) {
  console.log(
    `${(count / 1e6).toFixed(1).padStart(8)} M ${((count / total) * 100).toFixed(1).padStart(5)} %  ${name.replace(pathToFileURL(dir).href + '/dist/src/', '').slice(0, 120)}`,
  );
}
