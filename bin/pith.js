#!/usr/bin/env node
// Thin shim: all behaviour lives in the CLI (dist/bundle/cli.js, cli/cli.ts bundled with the core
// by scripts/bundle-cli.mjs), which returns the exit code.
// `pith --version` answers before loading the CLI and the rule set: version checks in hooks and
// scripts stay instant.

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { run } = await import('../dist/bundle/cli.js');
  process.exitCode = await run(argv);
}
