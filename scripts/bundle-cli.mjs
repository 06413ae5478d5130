#!/usr/bin/env node
// Build step (after tsc): bundles the command line and the core into a few files under
// dist/bundle/, which bin/pith.js loads. Node 20 has no module compile cache, so resolving,
// reading and linking ~70 separate ESM files was most of `echo x | pith`'s start-up.
//
// - ESM with code splitting: what cli/ loads with import() (config loaders, progress bar, colour,
//   inputs, the per-file code) stays in chunks of its own, loaded only on the path that needs it.
// - commander (needed on every run) is bundled; every other dependency stays external and lazy:
//   piscina finds its own worker script next to itself, and the rest load on rare paths.
// - Chunks sit in one folder beside cli.js and worker.js, so `new URL('./worker.js', import.meta.url)`
//   (the piscina worker) and the learned model's `./model-<view>.json` (copied here) resolve as
//   they do in dist/cli and dist/src/rules/learned. `../../package.json` is the same depth too.
// The library entry (dist/src/index.js, package.json "exports") stays tsc's unbundled output.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'dist', 'bundle');
const BUNDLED_DEPENDENCIES = new Set(['commander']);
const { dependencies } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// Node's built-in modules through require(), not import: an ESM import of node:fs enumerates its
// exports, and its `promises` getter loads fs/promises and the whole stream machinery (~2 ms of a
// one-line run). Each `node:x` import becomes a module that re-exports require('node:x').
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(plugin) {
    plugin.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' ? { path: args.path, namespace: 'builtin' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'builtin' }, async (args) => {
      // Data properties only: reading an accessor (fs.promises, fs.ReadStream) is what loads the streams.
      const required = createRequire(import.meta.url)(args.path);
      const names = Object.keys(required).filter(
        (name) => /^[A-Za-z_$][\w$]*$/.test(name) && !Object.getOwnPropertyDescriptor(required, name)?.get,
      );
      return {
        contents: `const m = require(${JSON.stringify(args.path)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        loader: 'js',
      };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  plugins: [builtinsByRequire],
  // The stopword lists (dist/stopwords, scripts/split-stopwords.mjs) relative to the chunks (src/features/stopwords.ts),
  // and the phrase tables (cli/phrase-tables.ts), copied beside the chunks below.
  define: { PITH_STOPWORDS_DIR: JSON.stringify('../stopwords/'), PITH_PHRASE_TABLES: JSON.stringify('./phrase-tables.bin') },
  absWorkingDir: root,
  entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  outdir,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => !BUNDLED_DEPENDENCIES.has(name)),
  // Bundled CommonJS (commander) calls require() for Node's built-in modules; ESM has none.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});

// The learned model's data files, the patterns' literal facts and the phrase rules' tables (written
// into dist/ by scripts/literal-facts.mjs, a build step before this one), next to the chunks that
// load them (src/rules/learned/model.ts, src/rules/literals.ts, src/engine/prebuilt.ts).
const models = path.join(root, 'src', 'rules', 'learned');
for (const name of fs.readdirSync(models)) if (name.endsWith('.json')) fs.copyFileSync(path.join(models, name), path.join(outdir, name));
fs.copyFileSync(path.join(root, 'dist', 'src', 'rules', 'literal-facts.json'), path.join(outdir, 'literal-facts.json'));
fs.copyFileSync(path.join(root, 'dist', 'src', 'engine', 'phrase-tables.bin'), path.join(outdir, 'phrase-tables.bin'));
