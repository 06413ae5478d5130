#!/usr/bin/env node
// Thin shim: all behaviour lives in dist/cli/cli.js, which returns the exit code.
import { run } from '../dist/cli/cli.js';

process.exitCode = await run(process.argv.slice(2));
