// The pith command line. `run` parses arguments, reads inputs, calls the library and writes
// output; it returns the exit code instead of exiting (ESLint's lib/cli.js style):
//   0 ran fine, 2 usage or input/output error (1 is reserved for check mode).

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
// Bundled into dist/bundle (scripts/bundle-cli.mjs): no module resolution for it at start-up.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { activeRules, builtinRules } from '../src/index.js';
import { InputError, readStream } from './read-input.js';
import { colourLevel, makeChalk } from './colour.js';
import { formatExplain } from './formatters/explain.js';
import { formatRulesTable, listing } from './formatters/rules.js';
import { checkJson, formatCheckTotal, formatFindings } from './formatters/check.js';
import { expandInputs } from './inputs.js';
import { POOL_MIN_FILES, runTasks, startWorkers, type WorkerPool } from './batch.js';
import { inCI, noProgress, progressBar } from './progress.js';
import type { FileOutcome, FileTask, JobSettings, Mode } from './process-file.js';
import { ConfigError, ConfigResolver, type ConfigChoice } from './config/resolver.js';
import type { CliOverrides } from './config/resolved.js';
import type { Preset, TextView } from '../src/types.js';

export const EXIT_OK = 0;
export const EXIT_CHROME = 1;
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
  outDir?: string;
  jobs: number;
  check?: boolean;
  listDifferent?: boolean;
  write?: boolean;
  ignorePath?: string[];
  errorOnUnmatchedPattern: boolean;
  /** A file for --config, false for --no-config. */
  config?: string | false;
  printConfig?: string;
  quiet?: boolean;
  preset?: Preset;
  lang?: string;
  view?: TextView | 'auto';
}

function cliOverrides(options: CleanOptions): CliOverrides {
  return {
    disable: options.disable ?? [],
    ...(options.preset ? { preset: options.preset } : {}),
    ...(options.lang ? { language: options.lang } : {}),
    ...(options.view && options.view !== 'auto' ? { view: options.view } : {}),
  };
}

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

function splitList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((item) => item.trim()).filter(Boolean)];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function checkRuleIds(ids: readonly string[]): string | undefined {
  const known = new Set(builtinRules.map((rule) => rule.id));
  const unknown = ids.filter((id) => !known.has(id));
  return unknown.length ? `unknown rule id ${unknown.map((id) => `"${id}"`).join(', ')} (see pith rules)` : undefined;
}

function modeOf(options: CleanOptions): Mode {
  if (options.write) return 'write';
  if (options.check) return 'check';
  if (options.listDifferent) return 'list';
  if (options.outDir !== undefined) return 'out-dir';
  if (options.explain) return 'explain';
  return options.format === 'json' ? 'json' : 'print';
}

function shownName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

function configChoice(options: CleanOptions): ConfigChoice {
  if (options.config === false) return { kind: 'none' };
  if (typeof options.config === 'string') return { kind: 'file', file: options.config };
  return { kind: 'search' };
}

/** --print-config FILE: the settings that apply to FILE, every rule listed. */
async function printConfig(file: string, options: CleanOptions, io: CliStreams): Promise<number> {
  const resolver = new ConfigResolver(configChoice(options), cliOverrides(options));
  const config = resolver.configs[await resolver.forFile(file)]!;
  const enabled = new Set(activeRules({ disable: config.disable, enable: config.enable }).map((rule) => rule.id));
  const rules = Object.fromEntries(
    builtinRules.map((rule) => [rule.id, !enabled.has(rule.id) ? 'off' : rule.options ? { ...rule.options, ...config.ruleOptions[rule.id] } : 'on']),
  );
  const { file: configFile, preset, language, customRules, allow } = config;
  io.stdout.write(JSON.stringify({ config: configFile, preset: preset ?? 'balanced', language: language ?? 'en', rules, customRules, allow }, null, 2) + '\n');
  return EXIT_OK;
}

/** Totals for the one-line summary. */
interface Totals {
  files: number;
  kept: number;
  removed: number;
  removedChars: number;
  changedFiles: number;
  errors: number;
}

function summaryLine(mode: Mode, totals: Totals, seconds: number): string {
  const removed = mode === 'check' ? 'to remove' : 'removed';
  const changed = mode === 'write' ? `, ${totals.changedFiles} rewritten` : mode === 'check' ? `, ${totals.changedFiles} with chrome` : '';
  const errors = totals.errors ? `, ${totals.errors} not done (see above)` : '';
  const count = (n: number, what: string): string => `${n.toLocaleString('en-US')} ${what}`;
  return `pith: ${count(totals.files, totals.files === 1 ? 'file' : 'files')}${changed}: ${count(totals.kept, 'blocks kept')}, ${count(totals.removed, removed)} (${count(totals.removedChars, 'chars')}) in ${seconds.toFixed(1)} s${errors}\n`;
}

async function clean(args: string[], options: CleanOptions, io: CliStreams): Promise<number> {
  const started = performance.now();
  const badRules = checkRuleIds(options.disable ?? []);
  if (badRules) {
    io.stderr.write(`pith: --disable: ${badRules}\n`);
    return EXIT_USAGE;
  }
  if (options.printConfig !== undefined) return runGuarded(() => printConfig(options.printConfig!, options, io), io);
  const mode = modeOf(options);
  if (args.length === 0 && (io.stdin.isTTY || mode === 'write' || mode === 'out-dir')) {
    io.stderr.write('pith: no input: give files or globs, or pipe text on stdin (pith --help)\n');
    return EXIT_USAGE;
  }
  const { files, errors } = args.length ? await expandInputs(args, { cwd: process.cwd(), ignorePaths: options.ignorePath ?? [], errorOnUnmatchedPattern: options.errorOnUnmatchedPattern }) : { files: ['-'], errors: [] };
  for (const error of errors) io.stderr.write(`pith: ${error}\n`);
  const failed = errors.length > 0;
  if (files.includes('-') && (mode === 'write' || mode === 'out-dir')) {
    io.stderr.write(`pith: --${mode}: stdin has no file to write to; give file names\n`);
    return EXIT_USAGE;
  }
  // Worker threads start (and load the engine) while configs are found. Not before the arguments are
  // expanded: a glob that matches three files must not pay for starting them (~90 ms).
  const pool = options.jobs > 1 && files.length >= POOL_MIN_FILES ? startWorkers(Math.min(options.jobs, files.length)) : undefined;
  try {
    return await runGuarded(() => cleanFiles(files, options, io, { mode, started, failed, pool }), io);
  } finally {
    await (await pool)?.destroy();
  }
}

interface CleanRun {
  mode: Mode;
  started: number;
  /** Some argument already failed (an unmatched pattern). */
  failed: boolean;
  pool: Promise<WorkerPool> | undefined;
}

async function cleanFiles(files: readonly string[], options: CleanOptions, io: CliStreams, run: CleanRun): Promise<number> {
  const { mode, started, pool } = run;
  let failed = run.failed;
  const resolver = new ConfigResolver(configChoice(options), cliOverrides(options));
  const tasks: FileTask[] = [];
  for (const file of files) {
    const task: FileTask = { file, config: await resolver.forFile(file) };
    if (file === '-') {
      try {
        task.input = await readStream('-', io.stdin);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.stderr.write(`pith: <stdin>: ${error.reason}\n`);
        failed = true;
        continue;
      }
    }
    tasks.push(task);
  }
  const settings: JobSettings = { mode, cwd: process.cwd(), configs: resolver.configs, ...(options.outDir !== undefined ? { outDir: resolve(options.outDir) } : {}) };
  const writesFiles = mode === 'out-dir' || mode === 'write';
  const quietSummary = options.quiet || options.format === 'json' || !(writesFiles || mode === 'check');
  const showBar = !options.quiet && Boolean(io.stderr.isTTY) && !inCI(io.env) && (writesFiles || !io.stdout.isTTY) && tasks.length > 1;
  const progress = showBar ? await progressBar(tasks.length, io.stderr) : noProgress;
  const colour = mode === 'explain' || (mode === 'check' && options.format !== 'json');
  const chalk = colour ? await makeChalk(colourLevel({ flag: options.color, env: io.env, isTTY: Boolean(io.stdout.isTTY) })) : undefined;

  const totals: Totals = { files: 0, kept: 0, removed: 0, removedChars: 0, changedFiles: 0, errors: 0 };
  const jsonFiles: object[] = [];
  // Problems wait for the progress bar to go, so that they do not tear through it.
  const problems: string[] = [];
  const problem = (line: string): void => void (showBar ? problems.push(line) : io.stderr.write(line));
  const report = (outcome: FileOutcome): void => {
    const name = shownName(outcome.file);
    for (const warning of outcome.warnings) problem(`pith: ${name}: warning: ${warning}\n`);
    if (outcome.error !== undefined) {
      problem(`pith: ${name}: ${outcome.error}\n`);
      failed = true;
      totals.errors++;
      if (mode === 'check' && options.format === 'json') jsonFiles.push(checkJson({ ...outcome, file: name }));
      return;
    }
    totals.files++;
    totals.kept += outcome.kept;
    totals.removed += outcome.removed;
    totals.removedChars += outcome.removedChars;
    if (outcome.changed) totals.changedFiles++;
    if (mode === 'print') io.stdout.write(outcome.text!);
    else if (mode === 'json') jsonFiles.push({ file: outcome.file, ...outcome.result });
    else if (mode === 'explain') io.stdout.write(formatExplain(name, outcome.result!, chalk!) + '\n');
    else if (mode === 'check' && options.format === 'json') jsonFiles.push(checkJson({ ...outcome, file: name }));
    else if (mode === 'check') io.stdout.write(formatFindings({ ...outcome, file: name }, chalk!));
    else if ((mode === 'list' || (mode === 'write' && options.listDifferent)) && outcome.changed) io.stdout.write(`${name}\n`);
  };
  try {
    await runTasks(tasks, settings, await pool, { progress: (done) => progress.update(done), outcome: report });
  } finally {
    progress.stop();
    for (const line of problems) io.stderr.write(line);
  }

  if (mode === 'json' || (mode === 'check' && options.format === 'json')) {
    io.stdout.write(JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, pith: version(), files: jsonFiles }, null, 2) + '\n');
  } else if (mode === 'check') {
    io.stdout.write(formatCheckTotal(totals.removed, totals.changedFiles, chalk!));
  }
  if (!quietSummary) io.stderr.write(summaryLine(mode, totals, (performance.now() - started) / 1000));
  if (failed) return EXIT_USAGE;
  return (mode === 'check' || mode === 'list') && totals.changedFiles > 0 ? EXIT_CHROME : EXIT_OK;
}

/** Config errors are one line and exit 2; anything else is a bug and propagates. */
async function runGuarded(action: () => Promise<number>, io: CliStreams): Promise<number> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`pith: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

function buildProgram(io: CliStreams, setExit: (code: number) => void): Command {
  const program = new Command('pith');
  program
    .enablePositionalOptions()
    .description('Strip chrome (donation appeals, subscribe boxes, share bars, menus, cookie notices...) from article text.')
    .version(version(), '-v, --version')
    .argument('[files...]', 'files or globs to clean (quote globs); "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (with --check: the report)').choices(['text', 'json']).default('text'))
    .addOption(new Option('--explain', 'show every block, kept (+) or dropped (-), with the rule that decided').conflicts(['outDir', 'check', 'write', 'listDifferent']))
    .addOption(new Option('-o, --out-dir <dir>', 'write each cleaned file to DIR/<its path relative to the current folder>').conflicts(['check', 'write', 'listDifferent']))
    .addOption(new Option('-c, --check', 'report the chrome in each file (file:line:col category rule "excerpt"); exit 1 if any').conflicts(['write', 'listDifferent']))
    .option('-l, --list-different', 'print only the names of files that would change; exit 1 if any')
    .option('-w, --write', 'remove the chrome in place (atomically; only files that change)')
    .addOption(new Option('-j, --jobs <n>', 'worker threads for many files').argParser(positiveInteger).default(availableParallelism(), 'all cores'))
    .option('--ignore-path <file>', 'also skip paths matched by this ignore file (repeatable; .gitignore and node_modules always)', collect)
    .option('--no-error-on-unmatched-pattern', 'a glob that matches no file is not an error')
    .option('--config <file>', 'use this config file for every input')
    .option('--no-config', 'use no config file')
    .option('--print-config <file>', 'print the settings that apply to FILE and exit')
    .option('--disable <rule-ids>', 'switch rules off (comma-separated, repeatable)', splitList)
    .addOption(new Option('--preset <preset>', 'precision (keep only sure text), balanced (default) or recall (keep anything likely)').choices(['precision', 'balanced', 'recall']))
    .option('--lang <code>', 'language of the text (ISO 639-1, e.g. de); default: detected')
    .addOption(new Option('--view <view>', 'layout of the text: blocks (one block per line), wrapped (terminal dump), auto').choices(['auto', 'blocks', 'wrapped']).default('auto'))
    .option('-q, --quiet', 'no progress bar and no summary line')
    .option('--color', 'force colour in --explain and --check output')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .showHelpAfterError('(pith --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .addHelpText(
      'after',
      `
Examples:
  pith article.txt                     cleaned text on stdout
  curl -s URL | html2text | pith       from stdin
  pith --explain article.txt           why each block was kept or dropped
  pith --format json a.txt b.txt       every block with role, category, rule and offsets
  pith --out-dir clean 'news/**/*.txt' cleaned copies under clean/, same paths
  pith --check 'docs/**/*.md'          report chrome (pre-commit: pith-check)
  pith --write 'docs/**/*.md'          remove it in place (pre-commit: pith-fix)
  pith rules                           the rule set

Config: the nearest .pithrc.json, .pithrc.yaml, pith.config.mjs or package.json#pith.

Exit codes: 0 ok, 2 usage or input/output error.
            1 with --check or -l: chrome found.`,
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
