// JSONL lines through the library's `cleanRecord`, the same in the main thread and in a worker
// (the stream's -j pool): one batch at a time, each config's options built once per thread.

import {
  cleanRecord,
  LineCounts,
  strip,
  resolveRecordSettings,
  type LineCountsData,
  type RecordOutcome,
  type RecordSettings,
  type StripOptions,
} from '../../src/index.js';
import { stripOptionsFor, type ResolvedConfig } from '../config/resolved.js';
import { cleaned } from './heap.js';

/** A worker's task for a stream: lines of one input, cleaned with that input's config. */
export interface RecordBatch {
  kind: 'records';
  config: ResolvedConfig;
  lines: string[];
  /** The run's line counts (--dedupe-lines, --repeated-lines): cells in a SharedArrayBuffer, not copied. */
  counts?: LineCountsData;
}

let cached: { key: string; counts: Uint16Array | undefined; options: StripOptions; settings: RecordSettings } | undefined;

/** The outcome of each line, in order. */
export function cleanLines(config: ResolvedConfig, lines: readonly string[], counts?: LineCountsData): RecordOutcome[] {
  const key = JSON.stringify(config);
  // A run has one table; a worker gets a new view of the same cells with each batch, so the cells' buffer is compared.
  if (cached?.key !== key || cached.counts?.buffer !== counts?.counters.buffer)
    cached = {
      key,
      counts: counts?.counters,
      options: stripOptionsFor(config, counts ? new LineCounts(counts) : undefined),
      settings: resolveRecordSettings(config.records),
    };
  const { options, settings } = cached;
  const clean = (text: string) => strip(text, options);
  const outcomes = lines.map((line) => cleanRecord(line, settings, clean));
  // Here, not in the stream's main loop: with -j N each worker thread has a heap of its own.
  cleaned(lines.reduce((sum, line) => sum + line.length, 0));
  return outcomes;
}
