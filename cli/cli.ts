// The pith command line. `run` parses arguments, reads inputs, calls the library and writes
// output; it returns the exit code instead of exiting (ESLint's lib/cli.js style):
//   0 ran fine, 2 usage or input/output error (1 is reserved for check mode).

import { createRequire } from 'node:module';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { activeRules, builtinRules, strip } from '../src/index.js';
import type { StripOptions, StripResult } from '../src/types.js';
import { InputError, readInputFile, readStream, type Input } from './read-input.js';
import { colourLevel, makeChalk } from './colour.js';
import { formatExplain } from './formatters/explain.js';
import { formatRulesTable, listing } from './formatters/rules.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** JSON output shape version (see README, "JSON output"). */
export const JSON_SCHEMA_VERSION = 1;

export interface CliStreams {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

interface CleanOptions {
  format: 'text' | 'json';
  explain?: boolean;
  disable?: string[];
  color?: boolean;
}

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

function splitList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((item) => item.trim()).filter(Boolean)];
}

function checkRuleIds(ids: readonly string[]): string | undefined {
  const known = new Set(builtinRules.map((rule) => rule.id));
  const unknown = ids.filter((id) => !known.has(id));
  return unknown.length ? `unknown rule id ${unknown.map((id) => `"${id}"`).join(', ')} (see pith rules)` : undefined;
}

async function readAll(names: readonly string[], io: CliStreams): Promise<{ inputs: Input[]; failed: boolean }> {
  const inputs: Input[] = [];
  let failed = false;
  for (const name of names) {
    try {
      const input = name === '-' ? await readStream('-', io.stdin) : await readInputFile(name);
      for (const warning of input.warnings) io.stderr.write(`pith: ${name}: warning: ${warning}\n`);
      inputs.push(input);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`pith: ${error.message}\n`);
      failed = true;
    }
  }
  return { inputs, failed };
}

async function clean(files: string[], options: CleanOptions, io: CliStreams): Promise<number> {
  const badRules = checkRuleIds(options.disable ?? []);
  if (badRules) {
    io.stderr.write(`pith: --disable: ${badRules}\n`);
    return EXIT_USAGE;
  }
  if (files.length === 0 && io.stdin.isTTY) {
    io.stderr.write('pith: no input: give files, or pipe text on stdin (pith --help)\n');
    return EXIT_USAGE;
  }
  const { inputs, failed } = await readAll(files.length ? files : ['-'], io);
  const stripOptions: StripOptions = { disable: options.disable ?? [] };
  const results: Array<{ name: string; result: StripResult }> = inputs.map((input) => ({ name: input.name, result: strip(input.text, stripOptions) }));

  if (options.explain) {
    const chalk = await makeChalk(colourLevel({ flag: options.color, env: io.env, isTTY: Boolean(io.stdout.isTTY) }));
    for (const { name, result } of results) io.stdout.write(formatExplain(name === '-' ? '<stdin>' : name, result, chalk) + '\n');
  } else if (options.format === 'json') {
    const files = results.map(({ name, result }) => ({ file: name, ...result }));
    io.stdout.write(JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, pith: version(), files }, null, 2) + '\n');
  } else {
    for (const { result } of results) io.stdout.write(result.text);
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}

function buildProgram(io: CliStreams, setExit: (code: number) => void): Command {
  const program = new Command('pith');
  program
    .enablePositionalOptions()
    .description('Strip chrome (donation appeals, subscribe boxes, share bars, menus, cookie notices...) from article text.')
    .version(version(), '-v, --version')
    .argument('[files...]', 'text files to clean; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--explain', 'show every block, kept (+) or dropped (-), with the rule that decided')
    .option('--disable <rule-ids>', 'switch rules off (comma-separated, repeatable)', splitList)
    .option('--color', 'force colour in --explain output')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .showHelpAfterError('(pith --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .addHelpText(
      'after',
      `
Examples:
  pith article.txt                 cleaned text on stdout
  curl -s URL | html2text | pith   from stdin
  pith --explain article.txt       why each block was kept or dropped
  pith --format json a.txt b.txt   every block with role, category, rule and offsets
  pith rules                       the rule set

Exit codes: 0 ok, 2 usage or input/output error.`,
    )
    .action(async (files: string[], options: CleanOptions) => setExit(await clean(files, options, io)));

  program
    .command('rules')
    .description('list the built-in rules (id, phase, category, description)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--disable <rule-ids>', 'show these rules as disabled', splitList)
    .action((options: { format: string; disable?: string[] }) => {
      const enabled = new Set(activeRules({ disable: options.disable ?? [] }).map((rule) => rule.id));
      const rows = listing(builtinRules, enabled);
      io.stdout.write(options.format === 'json' ? JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, rules: rows }, null, 2) + '\n' : formatRulesTable(rows));
      setExit(EXIT_OK);
    });
  return program;
}

/** Runs pith with `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[], io: CliStreams = processStreams()): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  return exitCode;
}

function processStreams(): CliStreams {
  // `pith big.txt | head -1`: the reader went away; stop quietly instead of printing EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
