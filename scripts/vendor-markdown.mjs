#!/usr/bin/env node
// Build step: mdast-util-from-markdown (micromark's CommonMark parser) as one CommonJS file,
// dist/vendor/mdast-from-markdown.cjs, reached through package.json "imports" (#vendor/*).
// The package is ES modules only, and pith's core is synchronous: it loads the parser with
// require() on the first Markdown input, which Node 20 before 20.19 (and jest's module loader)
// cannot do for an ES module. Bundled once here, it loads the same way everywhere.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
buildSync({
  stdin: { contents: "export { fromMarkdown } from 'mdast-util-from-markdown';", resolveDir: root },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'inline',
  outfile: path.join(root, 'dist', 'vendor', 'mdast-from-markdown.cjs'),
  logLevel: 'warning',
});
