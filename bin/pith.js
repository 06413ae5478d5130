#!/usr/bin/env node
// Thin shim: all behaviour lives in dist/cli/cli.js, which returns the exit code.
// `pith --version` answers before loading the CLI and the rule set (about 40 ms of module loading
// on Node 20, which has no compile cache): version checks in hooks and scripts stay instant.

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { run } = await import('../dist/cli/cli.js');
  process.exitCode = await run(argv);
}
