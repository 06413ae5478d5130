// JSONL lines through the library's `cleanRecord`, the same in the main thread and in a worker
// (the stream's -j pool): one batch at a time, each config's options built once per thread.

import { cleanRecord, strip, resolveRecordSettings, type RecordOutcome, type RecordSettings, type StripOptions } from '../../src/index.js';
import { stripOptionsFor, type ResolvedConfig } from '../config/resolved.js';

/** A worker's task for a stream: lines of one input, cleaned with that input's config. */
export interface RecordBatch {
  kind: 'records';
  config: ResolvedConfig;
  lines: string[];
}

let cached: { key: string; options: StripOptions; settings: RecordSettings } | undefined;

/** The outcome of each line, in order. */
export function cleanLines(config: ResolvedConfig, lines: readonly string[]): RecordOutcome[] {
  const key = JSON.stringify(config);
  if (cached?.key !== key) cached = { key, options: stripOptionsFor(config), settings: resolveRecordSettings(config.records) };
  const { options, settings } = cached;
  const clean = (text: string) => strip(text, options);
  return lines.map((line) => cleanRecord(line, settings, clean));
}
