// The worker-thread side of batch cleaning (piscina): cleans one batch of files with the library's
// `strip`, or one batch of a stream's JSONL records (./stream/records.ts). Batches, not single
// files or records, keep the per-task overhead small.

import { optionsCache, processFile, skipped, type FileOutcome, type FileTask, type JobSettings } from './process-file.js';
import { stopRequested } from './stop.js';
import { cleanLines, type RecordBatch } from './stream/records.js';
import type { RecordOutcome } from '../src/index.js';

export interface Batch {
  settings: JobSettings;
  tasks: FileTask[];
  /** Raised (StopSignal in ./batch.ts) when the run stops: files not started are skipped. */
  stop: Int32Array;
}

// Every batch of a run carries the same settings; build each config's StripOptions once per thread.
let cache: { key: string; optionsFor: (index: number) => ReturnType<ReturnType<typeof optionsCache>> } | undefined;

export default function cleanBatch(batch: Batch | RecordBatch): FileOutcome[] | RecordOutcome[] {
  if ('kind' in batch) return cleanLines(batch.config, batch.lines, batch.counts);
  const { settings, tasks, stop } = batch;
  const key = JSON.stringify(settings.configs);
  if (cache?.key !== key) cache = { key, optionsFor: optionsCache(settings) };
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) outcomes.push(stopRequested(stop) ? skipped(task.file) : processFile(task, settings, cache.optionsFor));
  return outcomes;
}
