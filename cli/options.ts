// The command line's options as the argument parser (./program.ts) gives them: one object, the
// flags under their own names. ./config/translate.ts turns the ones that reach the engine into
// settings in a config file's terms; the rest steer the run (mode, output, files).

import type { CommentPolicy, Preset, TextView } from '../src/types.js';

export type OutputFormat = 'text' | 'json' | 'ndjson';

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
}

/** The options of `pith` with no arguments; the argument parser (./program.ts) shows the same defaults. */
export function defaultCleanOptions(): CleanOptions {
  return { format: 'text', errorOnUnmatchedPattern: true, view: 'auto' };
}
