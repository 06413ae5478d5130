// The pith command line. `run` parses arguments (./program.ts, commander), reads inputs, calls the
// library and writes output; it returns the exit code instead of exiting (ESLint's lib/cli.js style):
//   0 ran fine, 2 usage or input/output error (1 is reserved for check mode).

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { activeRules, builtinRules } from '../src/index.js';
import { decode, InputError } from './read-input.js';
import { DescriptorOutput, isTerminal, readStandardInput, type TextOutput } from './process-io.js';
import { colourLevel, makeChalk } from './colour.js';
import { formatExplain } from './formatters/explain.js';
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
  /** Standard input, read whole (the bytes as given). */
  readStdin(): Promise<Buffer>;
  stdinIsTTY: boolean;
  stdout: TextOutput;
  stderr: TextOutput;
  /** A real stream on stderr, for the progress bar. */
  stderrStream(): Writable;
  env: NodeJS.ProcessEnv;
}

export interface CleanOptions {
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

export function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
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

export async function clean(args: string[], options: CleanOptions, io: CliStreams): Promise<number> {
  const started = Date.now(); // not performance.now(): the global loads perf_hooks (start-up)
  const badRules = checkRuleIds(options.disable ?? []);
  if (badRules) {
    io.stderr.write(`pith: --disable: ${badRules}\n`);
    return EXIT_USAGE;
  }
  if (options.printConfig !== undefined) return runGuarded(() => printConfig(options.printConfig!, options, io), io);
  const mode = modeOf(options);
  if (args.length === 0 && (io.stdinIsTTY || mode === 'write' || mode === 'out-dir')) {
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
        task.input = decode('-', await io.readStdin());
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
  const showBar = tasks.length > 1 && !options.quiet && Boolean(io.stderr.isTTY) && !inCI(io.env) && (writesFiles || !io.stdout.isTTY);
  const progress = showBar ? await progressBar(tasks.length, io.stderrStream()) : noProgress;
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
  if (!quietSummary) io.stderr.write(summaryLine(mode, totals, (Date.now() - started) / 1000));
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

/** The options of `pith` with no arguments; the argument parser (./program.ts) shows the same defaults. */
export function defaultCleanOptions(): CleanOptions {
  return { format: 'text', jobs: availableParallelism(), errorOnUnmatchedPattern: true, view: 'auto' };
}

/** Runs pith with `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[], io: CliStreams = processStreams()): Promise<number> {
  // `... | pith`, the commonest call, has nothing to parse: the parser (commander) loads only for arguments.
  if (argv.length === 0) return clean([], defaultCleanOptions(), io);
  const { runProgram } = await import('./program.js');
  return runProgram(argv, io);
}

function processStreams(): CliStreams {
  // `pith big.txt | head -1`: the reader went away; stop quietly instead of printing EPIPE.
  const brokenPipe = () => process.exit(EXIT_OK);
  const stdoutStream = () => {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') brokenPipe();
      throw error;
    });
    return process.stdout;
  };
  return {
    readStdin: () => readStandardInput(() => process.stdin),
    stdinIsTTY: isTerminal(0),
    stdout: new DescriptorOutput(1, stdoutStream, brokenPipe),
    stderr: new DescriptorOutput(2, () => process.stderr, brokenPipe),
    stderrStream: () => process.stderr,
    env: process.env,
  };
}
