// The worker-thread side of batch cleaning (piscina): cleans one batch of files with the library's
// `strip`. Batches, not single files, keep the per-task overhead small.

import { optionsCache, processFile, skipped, type FileOutcome, type FileTask, type JobSettings } from './process-file.js';
import { stopRequested } from './stop.js';

export interface Batch {
  settings: JobSettings;
  tasks: FileTask[];
  /** Raised (StopSignal in ./batch.ts) when the run stops: files not started are skipped. */
  stop: Int32Array;
}

// Every batch of a run carries the same settings; build each config's StripOptions once per thread.
let cache: { key: string; optionsFor: (index: number) => ReturnType<ReturnType<typeof optionsCache>> } | undefined;

export default function cleanBatch({ settings, tasks, stop }: Batch): FileOutcome[] {
  const key = JSON.stringify(settings.configs);
  if (cache?.key !== key) cache = { key, optionsFor: optionsCache(settings) };
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) outcomes.push(stopRequested(stop) ? skipped(task.file) : processFile(task, settings, cache.optionsFor));
  return outcomes;
}
