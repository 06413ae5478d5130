// The pith command line's work: `clean` expands the inputs, finds each file's config, runs the
// library over the files and writes output; it returns the exit code instead of exiting (ESLint's
// lib/cli.js style): 0 ran fine, 2 usage or input/output error (1 is reserved for check mode),
// 130/143 interrupted. Arguments are parsed by ./program.ts; ./main.ts is the process around both.

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { realpathSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import { builtinRules, DEFAULT_DEPTH, DEFAULT_WIDTH_BITS, ENGINE_PATHS, LineCounts, resolveSettings } from '../src/index.js';
import { decode, describe, InputError } from './read-input.js';
import type { TextOutput } from './process-io.js';
import { inputFormatOf, type CleanOptions } from './options.js';
import { colourLevel, makeChalk } from './colour.js';
import { formatExplain } from './formatters/explain.js';
import { checkJson, formatCheckTotal, formatFindings } from './formatters/check.js';
import { DEFAULT_EXTENSIONS, expandInputs } from './inputs.js';
import { POOL_MIN_FILES, runTasks, startWorkers, type WorkerPool } from './batch.js';
import { inCI, noProgress, progressBar } from './progress.js';
import { outputPath, type FileOutcome, type FileTask, type JobSettings, type Mode } from './process-file.js';
import { StopSignal } from './stop.js';
import { ConfigError, ConfigResolver, type ConfigChoice } from './config/resolver.js';
import { stripOptionsFor } from './config/resolved.js';
import { translateFlags } from './config/translate.js';
import { isGzip, readFileHead, sniffFormat, startsLikeJson } from './stream/input.js';
import { resolveRecordSettings } from '../src/settings.js';

export const EXIT_OK = 0;
export const EXIT_CHROME = 1;
export const EXIT_USAGE = 2;
/** 128 + the signal's number, as shells report a process a signal ended. */
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

/** JSON output shape version (see README, "JSON output"). */
export const JSON_SCHEMA_VERSION = 1;

export interface CliStreams {
  /** Standard input, read whole (the bytes as given; after readStdinHead, the rest). */
  readStdin(): Promise<Buffer>;
  /** Standard input's first bytes, enough to tell its format; undefined where it cannot be read synchronously. */
  readStdinHead(): { head: Buffer; ended: boolean } | undefined;
  /** Standard input as a stream (stream mode: records as they come). */
  stdinStream(): Readable;
  stdinIsTTY: boolean;
  stdout: TextOutput;
  stderr: TextOutput;
  /** A real stream on stderr, for the progress bar. */
  stderrStream(): Writable;
  env: NodeJS.ProcessEnv;
  /** Calls `handler` on SIGINT or SIGTERM instead of dying; returns a function that stops listening. */
  trapSignals(handler: (signal: 'SIGINT' | 'SIGTERM') => void): () => void;
}

export function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

export function checkRuleIds(ids: readonly string[]): string | undefined {
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
  return options.format === 'text' ? 'print' : 'json';
}

/** Flags that cannot both hold: the first pair given, named as the user would type them. */
function conflictingFlags(options: CleanOptions): string | undefined {
  const input = inputFormatOf(options);
  if (input === 'jsonl' || input === 'wet') {
    const record = `--input-format ${input} writes one JSON line per record`;
    if (options.format !== 'text') return `${record}; it cannot be used with --format ${options.format}`;
    const mode = options.explain
      ? '--explain'
      : options.outDir !== undefined
        ? '--out-dir'
        : options.check
          ? '--check'
          : options.write
            ? '--write'
            : options.listDifferent
              ? '--list-different'
              : undefined;
    if (mode) return `${record}; it cannot be used with ${mode}`;
  }
  if (options.format === 'text') return undefined;
  const format = `--format ${options.format}`;
  if (options.explain) return `--explain prints a text explanation; ${format} already holds every decision and its reason: use one`;
  if (options.outDir !== undefined) return `--out-dir writes cleaned text files; it cannot be used with ${format}`;
  if (options.write) return `--write rewrites files in place; it cannot be used with ${format} (--check ${format} reports the chrome)`;
  if (options.listDifferent)
    return `--list-different prints file names; it cannot be used with ${format} (--check ${format} reports the chrome)`;
  return undefined;
}

const STDIN_NAME = '<stdin>';

function configChoice(options: CleanOptions): ConfigChoice {
  if (options.config === false) return { kind: 'none' };
  if (typeof options.config === 'string') return { kind: 'file', file: options.config };
  return { kind: 'search' };
}

/** --print-config FILE: the settings that apply to FILE, every rule listed, exactly as a run resolves them. */
async function printConfig(file: string, options: CleanOptions, io: CliStreams): Promise<number> {
  const resolver = new ConfigResolver(configChoice(options), translateFlags(options, io.env));
  const config = resolver.configs[await resolver.forFile(file)]!;
  // The library's own resolution (preset, disable, enable, rule options): what a run of FILE uses.
  const settings = resolveSettings(stripOptionsFor(config));
  const active = new Map(settings.rules.map((rule) => [rule.id, rule]));
  const rules = Object.fromEntries(
    builtinRules.map((rule) => {
      const used = active.get(rule.id);
      return [rule.id, !used ? 'off' : used.options ? { ...used.options } : 'on'];
    }),
  );
  const { file: configFile, customRules } = config;
  const shown = {
    config: configFile,
    preset: settings.preset,
    language: settings.language ?? 'auto',
    view: settings.view,
    comments: settings.comments,
    dedupeLines: config.dedupeLines ?? false,
    rules,
    customRules,
    allow: settings.allow,
  };
  io.stdout.write(JSON.stringify(shown, null, 2) + '\n');
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
  /** --check: the chrome blocks listed (the file as it is now). */
  findings: number;
}

/** "1 file", "2,345 blocks": counts in words, thousands separated everywhere. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

function summaryLine(mode: Mode, totals: Totals, seconds: number): string {
  const removed = mode === 'check' ? 'to remove' : 'removed';
  const number = (n: number): string => n.toLocaleString('en-US');
  const changed =
    mode === 'write'
      ? `, ${number(totals.changedFiles)} rewritten`
      : mode === 'check'
        ? `, ${number(totals.changedFiles)} with chrome`
        : '';
  const errors = totals.errors ? `, ${count(totals.errors, 'file')} not done (see above)` : '';
  return `pith: ${count(totals.files, 'file')}${changed}: ${count(totals.kept, 'block')} kept, ${number(totals.removed)} ${removed} (${count(totals.removedChars, 'character')}) in ${seconds.toFixed(1)} s${errors}\n`;
}

/** Worker threads for a run: at most one per core (more only compete for them). */
function chooseJobs(options: CleanOptions, io: CliStreams): number {
  const cores = availableParallelism();
  if (options.jobs === undefined) return defaultJobs(cores);
  if (options.jobs > cores) {
    if (!options.quiet) io.stderr.write(`pith: -j ${options.jobs}: this machine has ${count(cores, 'core')}; using ${cores}\n`);
    return cores;
  }
  return options.jobs;
}

/**
 * The default -j: one core is left to the main thread (reading, ordering and writing output) and
 * to V8's compiler and garbage collector threads, which every worker keeps busy too.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}

export async function clean(args: string[], options: CleanOptions, io: CliStreams): Promise<number> {
  const started = Date.now(); // not performance.now(): the global loads perf_hooks (start-up)
  const badRules = checkRuleIds(options.disable ?? []);
  if (badRules) {
    io.stderr.write(`pith: --disable: ${badRules}\n`);
    return EXIT_USAGE;
  }
  const engine = io.env.PITH_ENGINE;
  if (engine && !(ENGINE_PATHS as readonly string[]).includes(engine)) {
    io.stderr.write(`pith: PITH_ENGINE=${engine}: expected ${ENGINE_PATHS.join(', ')}\n`);
    return EXIT_USAGE;
  }
  const conflict = conflictingFlags(options);
  if (conflict) {
    io.stderr.write(`pith: ${conflict}\n`);
    return EXIT_USAGE;
  }
  if (options.printConfig !== undefined) return runGuarded(() => printConfig(options.printConfig!, options, io), io);
  const mode = modeOf(options);
  if (args.length === 0 && (mode === 'write' || mode === 'out-dir')) {
    const what = mode === 'write' ? '--write rewrites files in place' : '--out-dir writes a cleaned copy of each input file';
    io.stderr.write(`pith: ${what} and needs file names; to clean piped text, run pith without it\n`);
    return EXIT_USAGE;
  }
  if (args.length === 0 && io.stdinIsTTY) {
    io.stderr.write('pith: no input: give files, folders or globs, or pipe text on stdin (pith --help)\n');
    return EXIT_USAGE;
  }
  const outDir = options.outDir !== undefined ? resolve(options.outDir) : undefined;
  const expandOptions = {
    cwd: process.cwd(),
    ignorePaths: options.ignorePath ?? [],
    useIgnoreFiles: options.ignore !== false,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    extensions: options.ext ?? DEFAULT_EXTENSIONS,
    ...(outDir !== undefined ? { exclude: outDir } : {}),
  };
  const { files, errors } = args.length ? await expandInputs(args, expandOptions) : { files: ['-'], errors: [] };
  let stdinHead: StdinHead | undefined;
  for (const error of errors) io.stderr.write(`pith: ${error}\n`);
  if (files.includes('-') && (mode === 'write' || mode === 'out-dir')) {
    io.stderr.write(`pith: --${mode}: stdin has no file to write to; give file names\n`);
    return EXIT_USAGE;
  }
  if (outDir !== undefined) {
    const refused = outDirProblem(outDir, options.outDir!, files);
    if (refused) {
      io.stderr.write(`pith: ${refused}\n`);
      return EXIT_USAGE;
    }
  }
  const resolver = new ConfigResolver(configChoice(options), translateFlags(options, io.env));
  if (mode === 'print') {
    let stream: Awaited<ReturnType<typeof streamChoice>> = { records: false };
    const refused = await runGuarded(async () => ((stream = await streamChoice(files, options, io, resolver)), EXIT_OK), io);
    if (refused !== EXIT_OK) return refused;
    if (stream.records) {
      // One process per core is how engines run a filter (Spark, Hadoop, parallel): threads only when asked.
      const jobs = options.jobs === undefined ? 1 : chooseJobs(options, io);
      return runGuarded(() => cleanStream(files, options, io, resolver, jobs, stream.stdinHead), io);
    }
    if (stream.stdinHead) stdinHead = stream.stdinHead;
  }
  const jobs = chooseJobs(options, io);
  // Worker threads start (and load the engine) while configs are found. Not before the arguments are
  // expanded: a glob that matches three files must not pay for starting them (~90 ms).
  const pool = jobs > 1 && files.length >= POOL_MIN_FILES ? startWorkers(Math.min(jobs, files.length)) : undefined;
  try {
    return await runGuarded(
      () => cleanFiles(files, options, io, { mode, started, failed: errors.length > 0, pool, resolver, stdinHead }),
      io,
    );
  } finally {
    await (await pool)?.destroy();
  }
}

/** Why --out-dir cannot take these files: one would be written over an input. */
function outDirProblem(outDir: string, given: string, files: readonly string[]): string | undefined {
  const cwd = process.cwd();
  let folder: Stats | undefined;
  try {
    folder = statSync(outDir, { throwIfNoEntry: false });
  } catch (error) {
    return `--out-dir ${given}: ${describe(error)}`;
  }
  if (folder && !folder.isDirectory()) return `--out-dir ${given}: is a file, not a folder`;
  for (const file of files) {
    let target: string;
    try {
      target = outputPath(file, cwd, outDir);
    } catch {
      continue; // outside the current folder: reported for that file when it is cleaned
    }
    if (sameFile(target, resolve(cwd, file))) {
      return `--out-dir ${given} would write over the input ${file} with its cleaned text; use --write to clean files in place`;
    }
  }
  return undefined;
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false; // one of them does not exist yet
  }
}

interface CleanRun {
  mode: Mode;
  started: number;
  /** Some argument already failed (an unmatched pattern). */
  failed: boolean;
  pool: Promise<WorkerPool> | undefined;
  resolver: ConfigResolver;
  /** Standard input's start, read to tell its format. */
  stdinHead: StdinHead | undefined;
}

type StdinHead = { head: Buffer; ended: boolean };

/**
 * Whether the inputs are records (JSONL, WET: stream mode), as asked or, with no --input-format, as
 * the first input's first bytes say (gzip, "WARC/", a first line that is a JSON object holding the
 * text key). Reading standard input's start to tell is kept for the text path to go on from.
 */
async function streamChoice(
  files: readonly string[],
  options: CleanOptions,
  io: CliStreams,
  resolver: ConfigResolver,
): Promise<{ records: boolean; stdinHead?: StdinHead }> {
  const format = inputFormatOf(options);
  if (format === 'text') return { records: false };
  const first = files[0]!;
  let stdinHead: StdinHead | undefined;
  if (files.includes('-')) {
    stdinHead = io.readStdinHead();
    // A non-blocking standard input: read whole, then told apart as a file would be.
    stdinHead ??= { head: await io.readStdin(), ended: true };
  }
  if (format !== 'auto') return { records: true, ...(stdinHead ? { stdinHead } : {}) };
  const head = first === '-' ? stdinHead!.head : readFileHead(first);
  const withHead = stdinHead ? { stdinHead } : {};
  if (head === undefined) return { records: false, ...withHead };
  if (isGzip(head) || sniffFormat(head, undefined) === 'wet') return { records: true, ...withHead };
  if (!startsLikeJson(head)) return { records: false, ...withHead };
  // Only now the config: it may name the text key (records.textKey).
  const config = resolver.configs[await resolver.forFile(first === '-' ? (options.stdinFilepath ?? first) : first)]!;
  return { records: sniffFormat(head, resolveRecordSettings(config.records).textKey) === 'jsonl', ...withHead };
}

/** Stream mode over every input in order; exit 2 when one could not be read. */
async function cleanStream(
  files: readonly string[],
  options: CleanOptions,
  io: CliStreams,
  resolver: ConfigResolver,
  jobs: number,
  stdinHead: StdinHead | undefined,
): Promise<number> {
  const inputs = [];
  for (const file of files) {
    const judgedAs = file === '-' ? options.stdinFilepath : undefined;
    const found = resolver.configs[await resolver.forFile(judgedAs ?? file)]!;
    // Crawl text is one block per line (WET, extractors' output): records are read so unless --view says otherwise.
    const config = found.view ? found : { ...found, view: 'blocks' as const };
    inputs.push({ file, name: file === '-' ? (options.stdinFilepath ?? STDIN_NAME) : file, config });
  }
  const format = inputFormatOf(options);
  const dedupe = inputs.some((input) => input.config.dedupeLines !== undefined);
  let counts: LineCounts | undefined;
  let spooled: { file: string; remove: () => void } | undefined;
  try {
    if (dedupe) {
      const lines = await import('./line-counts.js');
      if (options.repeatedLines !== undefined) counts = lines.readCountsFile(options.repeatedLines);
      else {
        // Counting reads the input before the cleaning does: standard input is kept in a temporary file for the second reading.
        if (files.includes('-')) {
          spooled = await lines.spoolStdin(stdinHead?.head ?? Buffer.alloc(0), stdinHead?.ended ? undefined : io.stdinStream());
          for (const input of inputs) if (input.file === '-') input.file = spooled.file;
        }
        counts = LineCounts.empty(DEFAULT_DEPTH, DEFAULT_WIDTH_BITS, jobs > 1);
        const counted = inputs.map((input) => ({ file: input.file, ...(input.config.records ? { records: input.config.records } : {}) }));
        await lines.countInputs(counts, counted, format, () => io.stdinStream());
      }
    }
    const { runStream } = await import('./stream/run.js');
    const readable = await runStream(inputs, io, {
      options,
      format,
      jobs,
      ...(stdinHead && !spooled ? { stdinHead } : {}),
      stdinStream: () => io.stdinStream(),
      ...(counts ? { counts: counts.data } : {}),
    });
    if (io.stdout.failure) return EXIT_USAGE;
    return readable ? EXIT_OK : EXIT_USAGE;
  } finally {
    spooled?.remove();
  }
}

/** Where results go as each file is done, in input order: text, or one JSON document written as it grows. */
interface Sink {
  file(outcome: FileOutcome, name: string): void;
  end(): void;
}

function makeSink(mode: Mode, options: CleanOptions, out: TextOutput, chalk: ChalkInstance | undefined): Sink {
  const jsonOf = (outcome: FileOutcome, name: string): object | undefined => {
    if (mode === 'check') return checkJson({ ...outcome, file: name });
    if (mode === 'json' && outcome.error === undefined) return { file: name, ...outcome.result };
    return undefined;
  };
  if (options.format === 'ndjson') {
    return {
      file(outcome, name) {
        const json = jsonOf(outcome, name);
        if (json) out.write(JSON.stringify(json) + '\n');
      },
      end() {},
    };
  }
  if (options.format === 'json') {
    // The same bytes as JSON.stringify(document, null, 2), written a file at a time.
    let first = true;
    out.write(`{\n  "schemaVersion": ${JSON_SCHEMA_VERSION},\n  "pith": ${JSON.stringify(version())},\n  "files": [`);
    return {
      file(outcome, name) {
        const json = jsonOf(outcome, name);
        if (!json) return;
        out.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(json, null, 2).replaceAll('\n', '\n    ')}`);
        first = false;
      },
      end() {
        out.write(first ? ']\n}\n' : '\n  ]\n}\n');
      },
    };
  }
  return {
    file(outcome, name) {
      if (outcome.error !== undefined) return;
      if (mode === 'print') out.write(outcome.text!);
      else if (mode === 'explain') out.write(formatExplain(name, outcome.result!, chalk!) + '\n');
      else if (mode === 'check') out.write(formatFindings({ ...outcome, file: name }, chalk!));
      else if ((mode === 'list' || (mode === 'write' && options.listDifferent)) && outcome.changed) out.write(`${name}\n`);
    },
    end() {},
  };
}

async function cleanFiles(files: readonly string[], options: CleanOptions, io: CliStreams, run: CleanRun): Promise<number> {
  const { mode, started, pool, resolver, stdinHead } = run;
  let failed = run.failed;
  const shownName = (file: string): string => (file === '-' ? (options.stdinFilepath ?? STDIN_NAME) : file);
  const tasks: FileTask[] = [];
  for (const file of files) {
    const judgedAs = file === '-' ? options.stdinFilepath : undefined;
    const task: FileTask = { file, config: await resolver.forFile(judgedAs ?? file), ...(judgedAs !== undefined ? { judgedAs } : {}) };
    if (file === '-') {
      try {
        const bytes = stdinHead?.ended ? stdinHead.head : await io.readStdin();
        task.input = decode('-', stdinHead && !stdinHead.ended ? Buffer.concat([stdinHead.head, bytes]) : bytes);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.stderr.write(`pith: ${shownName('-')}: ${error.reason}\n`);
        failed = true;
        continue;
      }
    }
    tasks.push(task);
  }
  const counts = await runCounts(tasks, options, resolver);
  const settings: JobSettings = {
    mode,
    cwd: process.cwd(),
    configs: resolver.configs,
    ...(counts ? { counts: counts.data } : {}),
    ...(options.outDir !== undefined ? { outDir: resolve(options.outDir) } : {}),
  };
  const writesFiles = mode === 'out-dir' || mode === 'write';
  const quietSummary = options.quiet || options.format !== 'text' || !(writesFiles || mode === 'check');
  const showBar = tasks.length > 1 && !options.quiet && Boolean(io.stderr.isTTY) && !inCI(io.env) && (writesFiles || !io.stdout.isTTY);
  const colour = mode === 'explain' || (mode === 'check' && options.format === 'text');
  const chalk = colour ? await makeChalk(colourLevel({ flag: options.color, env: io.env, isTTY: Boolean(io.stdout.isTTY) })) : undefined;

  const stop = new StopSignal();
  let signal: 'SIGINT' | 'SIGTERM' | undefined;
  // Ctrl-C stops starting files, lets those being written finish and restores the terminal.
  const untrap = writesFiles || showBar ? io.trapSignals((received) => ((signal ??= received), stop.request())) : undefined;
  const progress = showBar ? await progressBar(tasks.length, io.stderrStream()) : noProgress;
  const totals: Totals = { files: 0, kept: 0, removed: 0, removedChars: 0, changedFiles: 0, errors: 0, findings: 0 };
  const sink = makeSink(mode, options, io.stdout, chalk);
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
    } else {
      totals.files++;
      totals.kept += outcome.kept;
      totals.removed += outcome.removed;
      totals.removedChars += outcome.removedChars;
      if (outcome.changed) totals.changedFiles++;
      totals.findings += outcome.findings?.length ?? 0;
    }
    sink.file(outcome, name);
    // Standard output failed (disk full): nothing more can reach the user.
    if (io.stdout.failure) stop.request();
  };
  try {
    await runTasks(tasks, settings, await pool, { progress: (done) => progress.update(done), outcome: report, stop });
    if (!stop.requested) sink.end();
  } finally {
    progress.stop();
    untrap?.();
    for (const line of problems) io.stderr.write(line);
  }
  if (io.stdout.failure) return EXIT_USAGE; // its one-line message is out already
  if (signal) {
    const done =
      mode === 'write'
        ? `${count(totals.changedFiles, 'file')} rewritten`
        : mode === 'out-dir'
          ? `${count(totals.files, 'file')} written`
          : `${count(totals.files, 'file')} done`;
    io.stderr.write(`pith: interrupted (${signal}): ${done}, ${count(tasks.length - totals.files - totals.errors, 'file')} not started\n`);
    return signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM;
  }
  if (mode === 'check' && options.format === 'text') io.stdout.write(formatCheckTotal(totals.findings, totals.changedFiles, chalk!));
  if (!quietSummary) io.stderr.write(summaryLine(mode, totals, (Date.now() - started) / 1000));
  if (failed) return EXIT_USAGE;
  return (mode === 'check' || mode === 'list') && totals.changedFiles > 0 ? EXIT_CHROME : EXIT_OK;
}

/**
 * The line counts of a batch run that dedupes (some file's config has `dedupeLines`): read from
 * --repeated-lines, or counted over the files (each one document) before any is cleaned. The cells
 * are shared memory, which the workers read without a copy.
 */
async function runCounts(tasks: readonly FileTask[], options: CleanOptions, resolver: ConfigResolver): Promise<LineCounts | undefined> {
  if (!tasks.some((task) => resolver.configs[task.config]!.dedupeLines !== undefined)) return undefined;
  const lines = await import('./line-counts.js');
  if (options.repeatedLines !== undefined) return lines.readCountsFile(options.repeatedLines);
  const counts = LineCounts.empty(DEFAULT_DEPTH, DEFAULT_WIDTH_BITS, true);
  lines.countFiles(
    counts,
    tasks.map((task) => ({ file: task.file, ...(task.input ? { text: task.input.text } : {}) })),
  );
  return counts;
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
