#!/usr/bin/env node
// Where strip() spends its time or its memory on the dev corpus, per function, from V8's own
// samplers (no instrumentation, so the figures are those of a normal run):
//   node scripts/profile.mjs [--cpu | --alloc] [--view blocks|wrapped] [--top N] [--corpus DIR] [--lines NAME]
// --cpu (default): self and inclusive share of CPU time per function, over one warm pass.
// --lines NAME: also the self time of the functions called NAME, by source line (dist/ lines).
// --alloc: bytes allocated per function over one pass, garbage included (what drives the GC).
// Reads dist/ (run `npm run build` first).

import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { strip } from '../dist/src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const view = option('--view', 'blocks');
const top = Number(option('--top', 30));
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')));
const texts = fg
  .sync(`*/*/${view}.txt`, { cwd: corpus })
  .sort()
  .map((file) => fs.readFileSync(path.join(corpus, file), 'utf8'));

const pass = () => {
  for (const text of texts) strip(text);
};
pass(); // warm: the JIT's first pass is not the steady state
const session = new Session();
session.connect();

/** A profile node's function, as "name file:line". */
const where = ({ callFrame }) =>
  `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`;
const print = (title, totals, sum, unit) => {
  console.log(title);
  for (const [name, amount] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${unit(amount, sum).padStart(9)}  ${name}`);
};

if (args.includes('--alloc')) {
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 8192,
    includeObjectsCollectedByMinorGC: true,
    includeObjectsCollectedByMajorGC: true,
  });
  pass();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const bytes = new Map();
  let sum = 0;
  const visit = (node) => {
    sum += node.selfSize;
    bytes.set(where(node), (bytes.get(where(node)) ?? 0) + node.selfSize);
    node.children.forEach(visit);
  };
  visit(profile.head);
  console.log(`${(sum / 1e6).toFixed(0)} MB allocated in one pass over ${texts.length} ${view} documents (sampled)`);
  print('by function:', bytes, sum, (amount) => `${(amount / 1e6).toFixed(1)} MB`);
} else {
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  pass();
  const { profile } = await session.post('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const inclusive = new Map();
  let sum = 0;
  profile.samples.forEach((id, i) => {
    // Samples inside the inspector's own `dispatch` are the profiler stopping, not strip.
    if (byId.get(id).callFrame.functionName === 'dispatch' && !byId.get(id).callFrame.url) return;
    const time = profile.timeDeltas[i];
    sum += time;
    self.set(where(byId.get(id)), (self.get(where(byId.get(id))) ?? 0) + time);
    // A function counts once per sample however deep it recurses.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = where(byId.get(at));
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + time);
      seen.add(name);
    }
  });
  const share = (amount, total) => `${((100 * amount) / total).toFixed(1)} %`;
  console.log(`${(sum / 1e6).toFixed(2)} s for one pass over ${texts.length} ${view} documents`);
  print('self:', self, sum, share);
  print('inclusive:', inclusive, sum, share);
  // --lines NAME: where inside the functions called NAME the self time goes, by source line.
  const focus = option('--lines', undefined);
  if (focus) {
    const ticks = new Map();
    for (const node of profile.nodes) {
      if (node.callFrame.functionName !== focus) continue;
      for (const { line, ticks: count } of node.positionTicks ?? []) {
        const key = `${node.callFrame.url.split('/').slice(-2).join('/')}:${line}`;
        ticks.set(key, (ticks.get(key) ?? 0) + count);
      }
    }
    const all = [...ticks.values()].reduce((a, b) => a + b, 0);
    print(`self time of ${focus} by line:`, ticks, all, share);
  }
}
session.disconnect();
