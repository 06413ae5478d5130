#!/usr/bin/env node
// `npm run build`: the compiler, then the steps that derive files from the compiled code and from
// packages. `tsc -b` skips the compile when no source is newer than its build info; each step here
// is skipped when all its outputs are newer than all its inputs (its own script included), so a
// build with nothing changed costs one up-to-date check, and `npm test` pays for the build only
// after an edit. A fresh checkout has no outputs: everything runs. `--force` runs every step.

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const force = process.argv.includes('--force');
// A dependency's manifest: its version changes when npm installs another.
const packageFile = (name) => path.join('node_modules', name, 'package.json');

/** The newest modification time under each path (files, or folders walked), 0 when none exists. */
function newest(paths, excluded = []) {
  const skip = new Set(excluded.map((file) => path.resolve(root, file)));
  let time = 0;
  const visit = (target) => {
    if (skip.has(target)) return;
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) visit(path.join(target, entry));
    else time = Math.max(time, stat.mtimeMs);
  };
  for (const target of paths) visit(path.resolve(root, target));
  return time;
}

/** The oldest modification time of the outputs, 0 when one is missing. */
function oldest(paths) {
  let time = Infinity;
  for (const target of paths) {
    const stat = fs.statSync(path.resolve(root, target), { throwIfNoEntry: false });
    if (!stat) return 0;
    time = Math.min(time, stat.mtimeMs);
  }
  return time;
}

/** Runs a command as the build would in a shell, stopping the build with its exit code on failure. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The compiled code's folders, inputs of the steps that import or bundle it.
const COMPILED = ['dist/src', 'dist/cli'];

const steps = [
  { script: 'copy-models.mjs', inputs: ['src/rules/learned'], outputs: ['dist/src/rules/learned/model-blocks.json'] },
  { script: 'split-stopwords.mjs', inputs: [packageFile('stopwords-iso')], outputs: ['dist/stopwords/languages.json'] },
  {
    script: 'vendor-markdown.mjs',
    inputs: [packageFile('mdast-util-from-markdown'), 'package-lock.json'],
    outputs: ['dist/vendor/mdast-from-markdown.cjs'],
  },
  {
    script: 'literal-facts.mjs',
    inputs: COMPILED,
    // Its outputs sit inside its inputs' folders; the walk over the inputs leaves every step's outputs out.
    outputs: ['dist/src/rules/literal-facts.json', 'dist/src/engine/phrase-tables.bin'],
  },
  // The tests' stale-bundle check (__tests__/global-setup.mjs) wants the bundle newer than every source,
  // bin/ and package.json: tsc's build info is touched whenever a source is, also when its output is not.
  {
    script: 'bundle-cli.mjs',
    inputs: [...COMPILED, 'dist/build.tsbuildinfo', 'src/rules/learned', 'package.json', 'bin'],
    outputs: ['dist/bundle/cli.js'],
  },
  { script: 'build-config-schema.mjs', args: ['--quiet'], inputs: COMPILED, outputs: ['schema/pith-config.schema.json'] },
];

run(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json']);

for (const step of steps) {
  const script = path.join('scripts', step.script);
  const inputs = newest([...step.inputs, script], step.outputs);
  if (!force && oldest(step.outputs) > inputs) continue;
  run(process.execPath, [script, ...(step.args ?? [])]);
}
