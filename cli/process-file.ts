// What pith does to one file in each mode, the same in the main thread and in a worker: read it,
// clean it with the library's `strip`, and write, check or return the result. Errors are data
// (file and reason), so one bad file never stops the others.

import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounts, strip, type LineCountsData } from '../src/index.js';
import './phrase-tables.js';
import type { ChromeCategory, StripResult } from '../src/types.js';
import type { StripOptions } from '../src/options.js';
import { writeAtomic } from './atomic-write.js';
import { stripOptionsFor, type ResolvedConfig } from './config/resolved.js';
import { fixText, isMarkdown } from './edit.js';
import { describe, encode, InputError, readInputFile, type Input } from './read-input.js';

/** print: cleaned text to stdout; json/explain: the whole result; out-dir: cleaned copies; check/list: report; write: in place. */
export type Mode = 'print' | 'json' | 'explain' | 'out-dir' | 'check' | 'list' | 'write';

export interface JobSettings {
  mode: Mode;
  /** Absolute --out-dir. */
  outDir?: string;
  cwd: string;
  configs: readonly ResolvedConfig[];
  /** The run's line counts (--dedupe-lines, --repeated-lines): cells in a SharedArrayBuffer, shared with the workers. */
  counts?: LineCountsData;
}

export interface FileTask {
  file: string;
  /** Index into JobSettings.configs. */
  config: number;
  /** Already read (stdin). */
  input?: Input;
  /** stdin judged as if it were this file (--stdin-filepath): its config and Markdown protection. */
  judgedAs?: string;
}

export interface ChromeFinding {
  line: number;
  column: number;
  category: ChromeCategory;
  rule: string;
  reason: string;
  text: string;
}

export interface FileOutcome {
  file: string;
  /** Why the file could not be read or written. */
  error?: string;
  warnings: string[];
  kept: number;
  removed: number;
  removedChars: number;
  /** print */
  text?: string;
  /** json, explain */
  result?: StripResult;
  /** check, list, write: the chrome in the file as it was. */
  findings?: ChromeFinding[];
  /** check, list: the file would change; write: it was rewritten. */
  changed?: boolean;
  /** Not started: the run was stopped first (Ctrl-C). */
  skipped?: boolean;
}

/** The outcome of a file the run stopped before. */
export function skipped(file: string): FileOutcome {
  return { file, skipped: true, warnings: [], kept: 0, removed: 0, removedChars: 0 };
}

function findingsOf(result: StripResult): ChromeFinding[] {
  return result.blocks
    .filter((block) => !block.kept)
    .map((block) => ({
      line: block.line,
      column: block.column,
      category: block.category ?? 'other',
      rule: block.rule,
      reason: block.reason,
      text: block.text,
    }));
}

/** Folders made for --out-dir in this thread, so each is made once. */
const createdFolders = new Set<string>();

function droppedChars(result: StripResult): number {
  return result.blocks.reduce((sum, block) => (block.kept ? sum : sum + block.end - block.start), 0);
}

/** Where --out-dir puts a file: the same path relative to the current folder, under the out dir. */
export function outputPath(file: string, cwd: string, outDir: string): string {
  const path = relative(cwd, resolve(cwd, file));
  if (path.startsWith('..') || isAbsolute(path))
    throw new InputError(file, 'is outside the current folder; --out-dir mirrors paths relative to it (run pith from a folder above it)');
  return join(outDir, path);
}

/** `judgedAs`: the file name that decides Markdown protection (stdin's --stdin-filepath). */
function act(input: Input, configOptions: StripOptions, settings: JobSettings, judgedAs: string): FileOutcome {
  const base = { file: input.name, warnings: input.warnings };
  const { mode } = settings;
  // Every mode strips with the same options, so all judge the file's blocks the same way (protected
  // regions included: `strip` passes them through as kept blocks).
  const options = isMarkdown(judgedAs) ? { ...configOptions, markdown: true } : configOptions;
  if (mode === 'check' || mode === 'list' || mode === 'write') {
    const run = (text: string): StripResult => strip(text, options);
    // --check reports the chrome as the file has it now, and counts what --write would then remove
    // (removing a block can change its neighbours' context, so --write removes until none is left).
    const fixed = fixText(input.text, run);
    const changed = fixed.text !== input.text;
    const counts = {
      kept: fixed.first.stats.kept,
      removed: fixed.removedBlocks,
      removedChars: fixed.removedChars,
      findings: findingsOf(fixed.first),
    };
    if (mode !== 'write') return { ...base, ...counts, changed };
    if (changed) {
      if (input.encoding === 'lossy-utf-8') throw new InputError(input.name, 'invalid UTF-8; not rewritten (its bad bytes would be lost)');
      base.warnings = [...base.warnings, ...writeAtomic(input.name, encode(fixed.text, input.encoding), { durable: true })];
    }
    return { ...base, ...counts, changed };
  }
  const result = strip(input.text, options);
  const counts = { kept: result.stats.kept, removed: result.stats.dropped, removedChars: droppedChars(result) };
  if (mode === 'print') return { ...base, ...counts, text: result.text };
  if (mode === 'json' || mode === 'explain') return { ...base, ...counts, result };
  const target = outputPath(input.name, settings.cwd, settings.outDir!);
  const folder = dirname(target);
  if (!createdFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    createdFolders.add(folder);
  }
  base.warnings = [...base.warnings, ...writeAtomic(target, Buffer.from(result.text), { durable: false })];
  return { ...base, ...counts };
}

/** Builds StripOptions once per config (custom rules compile their patterns). */
export function optionsCache(settings: JobSettings): (index: number) => StripOptions {
  const cache = new Map<number, StripOptions>();
  const counts = settings.counts ? new LineCounts(settings.counts) : undefined;
  return (index) => {
    let options = cache.get(index);
    if (!options) cache.set(index, (options = stripOptionsFor(settings.configs[index]!, counts)));
    return options;
  };
}

/** Synchronous: file I/O here is small and many; thread-pool round trips would cost more than they save. */
export function processFile(task: FileTask, settings: JobSettings, optionsFor: (index: number) => StripOptions): FileOutcome {
  try {
    const input = task.input ?? readInputFile(task.file);
    return act(input, optionsFor(task.config), settings, task.judgedAs ?? input.name);
  } catch (error) {
    const reason = error instanceof InputError ? error.reason : describe(error);
    return { file: task.file, error: reason, warnings: [], kept: 0, removed: 0, removedChars: 0 };
  }
}
