// The command line's options as the argument parser (./program.ts) gives them: one object, the
// flags under their own names. ./config/translate.ts turns the ones that reach the engine into
// settings in a config file's terms; the rest steer the run (mode, output, files).

import type { CommentPolicy, Preset, TextView } from '../src/types.js';

export type OutputFormat = 'text' | 'json' | 'ndjson';

/** What the input is: text (one document), JSONL records, a WET file's records; auto: detected from its first bytes. */
export type InputFormat = 'auto' | 'text' | 'jsonl' | 'wet';

/** --stats: one JSON line on stderr, or Hadoop Streaming counter lines. */
export type StatsFormat = 'json' | 'hadoop';

export interface CleanOptions {
  format: OutputFormat;
  explain?: boolean;
  disable?: string[];
  color?: boolean;
  outDir?: string;
  jobs?: number;
  check?: boolean;
  listDifferent?: boolean;
  write?: boolean;
  ignorePath?: string[];
  /** false for --no-ignore: .gitignore and --ignore-path files are not read. */
  ignore?: boolean;
  /** Extensions a folder argument expands to (--ext). */
  ext?: string[];
  errorOnUnmatchedPattern: boolean;
  /** A file for --config, false for --no-config. */
  config?: string | false;
  printConfig?: string;
  quiet?: boolean;
  preset?: Preset;
  lang?: string;
  view?: TextView | 'auto';
  comments?: CommentPolicy;
  /** Piped text is judged as if it were this file (config lookup, Markdown protection). */
  stdinFilepath?: string;
  inputFormat?: InputFormat;
  /** --jsonl: short for --input-format jsonl. */
  jsonl?: boolean;
  textKey?: string;
  idKey?: string;
  outputKey?: string;
  annotate?: boolean;
  dropEmpty?: boolean;
  maxDocChars?: number;
  /** Records out gzip-compressed. */
  gzip?: boolean;
  /** Counts on stderr at the end, in `statsFormat` (--stats=hadoop), JSON by default. */
  stats?: boolean;
  statsFormat?: StatsFormat;
  /** --dedupe-lines: lines repeated across the run's documents are chrome; `dedupeDocuments` is its =K. */
  dedupeLines?: boolean;
  dedupeDocuments?: number;
  /** --repeated-lines FILE: a `pith line-hashes` table to judge lines by, instead of counting this run's. */
  repeatedLines?: string;
}

/** The input format the flags ask for: --jsonl is --input-format jsonl. */
export function inputFormatOf(options: CleanOptions): InputFormat {
  return options.jsonl ? 'jsonl' : (options.inputFormat ?? 'auto');
}

/** The options of `pith` with no arguments; the argument parser (./program.ts) shows the same defaults. */
export function defaultCleanOptions(): CleanOptions {
  return { format: 'text', errorOnUnmatchedPattern: true, view: 'auto' };
}
