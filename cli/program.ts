// The argument parser (commander): options, help, the `rules` subcommand. Loaded only when pith is
// given arguments (cli.ts): `... | pith` starts without it.

import { existsSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  builtinRules,
  COMMENT_POLICIES,
  DEFAULT_MAX_DOC_CHARS,
  DEFAULT_REPEATED_DOCUMENTS,
  DEFAULT_WIDTH_BITS,
  MAX_COUNT,
  resolveSettings,
} from '../src/index.js';
import { checkRuleIds, clean, EXIT_OK, EXIT_USAGE, JSON_SCHEMA_VERSION, version, type CliStreams } from './cli.js';
import { defaultCleanOptions, type CleanOptions } from './options.js';
import { languageProblem } from './config/language.js';
import { formatRulesTable, listing } from './formatters/rules.js';
import type { LineHashesOptions } from './line-counts.js';

function splitList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

function splitExtensions(value: string, previous: string[] = []): string[] {
  return splitList(value, previous).map((ext) => ext.replace(/^\*?\./, ''));
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function repeatThreshold(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2 || n > MAX_COUNT) throw new InvalidArgumentError(`expected a whole number from 2 to ${MAX_COUNT}`);
  return n;
}

function widthBits(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10 || n > 30) throw new InvalidArgumentError('expected a whole number from 10 to 30');
  return n;
}

function language(value: string): string {
  const problem = languageProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value;
}

function buildProgram(io: CliStreams, setExit: (code: number) => void): Command {
  const defaults = defaultCleanOptions();
  const program = new Command('pith');
  program
    .enablePositionalOptions()
    .description('Strip chrome (donation appeals, subscribe boxes, share bars, menus, cookie notices...) from article text.')
    .version(version(), '-v, --version')
    .argument('[files...]', 'files, folders or globs to clean (quote globs); "-" or none reads stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format (with --check: the report); ndjson: one JSON object per file per line')
        .choices(['text', 'json', 'ndjson'])
        .default(defaults.format),
    )
    .addOption(
      new Option('--explain', 'show every block, kept (+) or dropped (-), with the rule that decided').conflicts([
        'outDir',
        'check',
        'write',
        'listDifferent',
      ]),
    )
    .addOption(
      new Option('-o, --out-dir <dir>', 'write each cleaned file to DIR/<its path relative to the current folder>').conflicts([
        'check',
        'write',
        'listDifferent',
      ]),
    )
    .addOption(
      new Option('-c, --check', 'report the chrome in each file (file:line:col category rule "excerpt"); exit 1 if any').conflicts([
        'write',
        'listDifferent',
      ]),
    )
    .option('-l, --list-different', 'print only the names of files that would change; exit 1 if any')
    .option('-w, --write', 'remove the chrome in place (atomically; only files that change)')
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads for many files (at most the number of cores)')
        .argParser(positiveInteger)
        .default(undefined, 'cores - 1, at least 1'),
    )
    .option(
      '--ext <extensions>',
      'extensions a folder argument expands to (comma-separated; default txt,md,markdown,text)',
      splitExtensions,
    )
    .option('--ignore-path <file>', 'also skip paths matched by this ignore file in folders and globs (repeatable)', collect)
    .option('--no-ignore', 'folders and globs do not skip what .gitignore and --ignore-path files ignore')
    .option('--no-error-on-unmatched-pattern', 'a glob that matches no file is not an error')
    .option('--config <file>', 'use this config file for every input')
    .option('--no-config', 'use no config file')
    .option('--print-config <file>', 'print the settings that apply to FILE and exit')
    .option('--stdin-filepath <path>', 'judge piped text as if it were this file (its config, Markdown protection, its name in reports)')
    .option('--disable <rule-ids>', 'switch rules off (comma-separated, repeatable)', splitList)
    .addOption(
      new Option('--preset <preset>', 'precision (keep only sure text), balanced (default) or recall (keep anything likely)').choices([
        'precision',
        'balanced',
        'recall',
      ]),
    )
    .option('--lang <code>', 'language of the text (ISO 639-1, e.g. de), or auto (the default): detect it', language)
    .addOption(
      new Option('--view <view>', 'layout of the text: blocks (one block per line), wrapped (terminal dump), auto')
        .choices(['auto', 'blocks', 'wrapped'])
        .default(defaults.view),
    )
    .addOption(
      new Option('--comments <policy>', "reader comments under an article: drop (default) or keep (as role 'comment')").choices([
        ...COMMENT_POLICIES,
      ]),
    )
    .addOption(
      new Option('--input-format <format>', 'text (one document), jsonl (one JSON record per line), wet (Common Crawl WET); auto: detected')
        .choices(['auto', 'text', 'jsonl', 'wet'])
        .default('auto'),
    )
    .option('--jsonl', 'short for --input-format jsonl')
    .option('--text-key <key>', 'JSONL: the member holding the text (default text)')
    .option('--id-key <key>', 'JSONL: the member holding the id, for messages and error lines (default id)')
    .option('--output-key <key>', 'JSONL: put the cleaned text in this member (default: in place of the text)')
    .option('--annotate', 'JSONL: keep the text unchanged, only add the removed spans (pith.spans)')
    .option('--drop-empty', 'JSONL: no line for a record whose cleaned text is empty (alignment with the input is lost)')
    .addOption(
      new Option('--max-doc-chars <n>', 'JSONL: a longer text is passed through untouched with an error note')
        .argParser(positiveInteger)
        .default(undefined, String(DEFAULT_MAX_DOC_CHARS)),
    )
    .option('--gzip', 'JSONL: write the records gzip-compressed')
    .option('--stats', 'JSONL: counts on stderr at the end, one JSON line; --stats=hadoop: Hadoop Streaming counter lines')
    .addOption(new Option('--stats-format <format>').choices(['json', 'hadoop']).hideHelp())
    .option(
      '--dedupe-lines',
      `lines found in at least K documents of the run (records or files; --dedupe-lines=K, default ${DEFAULT_REPEATED_DOCUMENTS}) are chrome, unless long prose`,
    )
    .addOption(new Option('--dedupe-documents <k>').argParser(repeatThreshold).hideHelp())
    .option(
      '--repeated-lines <counts>',
      'judge repeated lines by this pith line-hashes table instead of counting the run (implies --dedupe-lines)',
    )
    .option('-q, --quiet', 'no progress bar and no summary line')
    .option('--color', 'force colour in --explain and --check output')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .showHelpAfterError('(pith --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One error style for the whole CLI: "pith: ...", as for bad files and configs.
      outputError: (text, write) => write(`pith: ${text.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      `
Examples:
  pith article.txt                     cleaned text on stdout
  curl -s URL | html2text | pith       from stdin
  pith --explain article.txt           why each block was kept or dropped
  pith --format json a.txt b.txt       every block with role, category, rule and offsets
  pith --out-dir clean 'news/**/*.txt' cleaned copies under clean/, same paths
  pith -o clean docs/                  every .txt/.md file under docs/
  pith -f ndjson -q 'crawl/*.txt'      one JSON line per file, streamed
  pith --check 'docs/**/*.md'          report chrome (pre-commit: pith-check)
  pith --write 'docs/**/*.md'          remove it in place (pre-commit: pith-fix)
  pith --jsonl < in.jsonl > out.jsonl  JSONL records: one line out per line in, in order
  pith crawl.warc.wet.gz --stats       a Common Crawl WET file as JSONL records, counts on stderr
  pith --jsonl --dedupe-lines < in.jsonl   also drop lines repeated in 3+ records
  pith line-hashes a.jsonl -o a.bin    count a shard's lines (map); --merge a.bin b.bin -o all.bin (reduce)
  pith --jsonl --repeated-lines all.bin < a.jsonl   clean with the summed counts
  pith rules                           the rule set

Config: the nearest .pithrc.json, .pithrc.yaml, pith.config.mjs or package.json#pith.

Exit codes: 0 ok, 2 usage or input/output error, 130/143 interrupted.
            1 with --check or -l: chrome found.`,
    )
    .action(async (files: string[], options: CleanOptions) => setExit(await clean(files, options, io)));

  program
    .command('help')
    .description('show this help')
    .action(() => {
      io.stdout.write(program.helpInformation());
      setExit(EXIT_OK);
    });
  program
    .command('rules')
    .description('list the built-in rules (id, phase, category, description)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--disable <rule-ids>', 'show these rules as disabled', splitList)
    .action((options: { format: string; disable?: string[] }) => {
      const badRules = checkRuleIds(options.disable ?? []);
      if (badRules) {
        io.stderr.write(`pith: --disable: ${badRules}\n`);
        return setExit(EXIT_USAGE);
      }
      const enabled = new Set(resolveSettings({ disable: options.disable ?? [] }).rules.map((rule) => rule.id));
      const rows = listing(builtinRules, enabled);
      io.stdout.write(
        options.format === 'json'
          ? JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, rules: rows }, null, 2) + '\n'
          : formatRulesTable(rows),
      );
      setExit(EXIT_OK);
    });
  program
    .command('line-hashes')
    .description('count how many documents each line is in (a table for --repeated-lines); --merge: add tables')
    .argument('[inputs...]', 'JSONL, WET or text files ("-" or none: stdin); with --merge, tables')
    .option('-o, --output <file>', 'write the table to FILE (default: standard output)')
    .option('--merge', 'the inputs are tables: write their sum (the reduce step)')
    .addOption(
      new Option('--input-format <format>', 'text (one document per file), jsonl, wet; auto: detected')
        .choices(['auto', 'text', 'jsonl', 'wet'])
        .default('auto'),
    )
    .option('--jsonl', 'short for --input-format jsonl')
    .option('--text-key <key>', 'JSONL: the member holding the text (default text)')
    .addOption(
      new Option('--width-bits <n>', 'cells per row: 2^N (every table to be merged needs the same)')
        .argParser(widthBits)
        .default(DEFAULT_WIDTH_BITS),
    )
    .action(async (inputs: string[], options: LineHashesOptions) => {
      const { lineHashes } = await import('./line-counts.js');
      setExit(await lineHashes(inputs, options, { stdout: io.stdout, stderr: io.stderr, stdinStream: () => io.stdinStream() }));
    });
  return program;
}

/** Names close to a subcommand that are not files: `pith rule` means `pith rules`. */
const SUBCOMMAND_TYPOS: Readonly<Record<string, string>> = { rule: 'rules', rulse: 'rules', ruels: 'rules', hlep: 'help' };

/** Flags whose value is given only after "=", with the hidden option that carries it. */
const EQUALS_VALUES: Readonly<Record<string, string>> = { '--stats': '--stats-format', '--dedupe-lines': '--dedupe-documents' };

/**
 * `--stats=hadoop` as `--stats --stats-format hadoop`, `--dedupe-lines=4` as `--dedupe-lines
 * --dedupe-documents 4`: the flags take no separate value, so that `pith --stats in.jsonl` reads
 * in.jsonl (an optional option-argument would swallow the file name).
 */
function withEqualsValues(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.flatMap((arg, i) => {
    const given = (end < 0 || i < end) && /^(--[a-z-]+)=(.*)$/s.exec(arg);
    const carrier = given ? EQUALS_VALUES[given[1]!] : undefined;
    return given && carrier ? [given[1]!, carrier, given[2]!] : [arg];
  });
}

/** Parses `argv` and runs what it asks for; resolves to the exit code. */
export async function runProgram(argv: string[], io: CliStreams): Promise<number> {
  const typo = argv.length > 0 ? SUBCOMMAND_TYPOS[argv[0]!] : undefined;
  if (typo && !existsSync(argv[0]!)) {
    io.stderr.write(`pith: ${argv[0]}: no such file; did you mean "pith ${typo}"?\n`);
    return EXIT_USAGE;
  }
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(withEqualsValues(argv), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  return exitCode;
}
