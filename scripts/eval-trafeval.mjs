#!/usr/bin/env node
// npm run eval:trafeval: cleans ../shared/trafeval (trafilatura's own evaluation pages, mostly
// German) in one process through `strip` and scores it with its snippet rule (eval/snippet_score.py).
//
//   npm run eval:trafeval -- [--view blocks|wrapped] [--preset precision|balanced|recall] [--disable ids]
//                            [--rule-options JSON] [--set DIR] [--out DIR]

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { strip } from '../dist/src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const view = option('--view', 'blocks');
const preset = option('--preset', 'balanced');
const disable = option('--disable', '').split(',').filter(Boolean);
// Rule settings to try without editing a rule, e.g. --rule-options '{"learned-classifier":{"good":0.55}}'.
const ruleOptions = JSON.parse(option('--rule-options', '{}'));
const set = path.resolve(option('--set', path.join(root, '..', 'shared', 'trafeval')));
const scorer = path.join(set, '..', 'eval', 'snippet_score.py');
// Predictions go to --out DIR (kept), or to a temporary folder removed after scoring.
const givenOut = option('--out', undefined);
const out = givenOut ? path.resolve(givenOut) : fs.mkdtempSync(path.join(os.tmpdir(), 'pith-trafeval-'));
if (givenOut) fs.mkdirSync(out, { recursive: true });

const ids = fs
  .readFileSync(path.join(set, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line).id);
for (const id of ids) {
  const input = fs.readFileSync(path.join(set, id, `${view}.txt`), 'utf8');
  fs.writeFileSync(path.join(out, `${id}.txt`), strip(input, { preset, disable, ruleOptions }).text);
}
console.error(
  `eval:trafeval: ${ids.length} pages (${view} view, preset ${preset}); ${givenOut ? `predictions in ${out}` : 'pass --out DIR to keep the predictions'}`,
);
const scored = spawnSync('python3', [scorer, '--set', set, '--view', view, '--pred', out], { stdio: 'inherit' });
if (!givenOut) fs.rmSync(out, { recursive: true, force: true });
process.exit(scored.status ?? 2);
