// Runs the per-file work over all inputs: in this thread for a few files (a pre-commit run on three
// staged files must not pay for starting workers), else over a piscina worker pool in batches.
// Outcomes are handed back in input order whatever the number of workers, as soon as a file and
// every file before it are done, so output streams and memory stays flat in the number of files.

// Static, not import(): the module is small, and on the one-file path (stdin, a pre-commit hook) an
// import() would be one more round trip to the file system before the first result.
import { optionsCache, processFile, type FileOutcome, type FileTask, type JobSettings } from './process-file.js';
import type { Batch } from './worker.js';
import type { RecordBatch } from './stream/records.js';
import type { RecordOutcome } from '../src/index.js';
import type { Piscina } from 'piscina';
import type { StopSignal } from './stop.js';

/** Below this many files, starting worker threads costs more than it saves. */
export const POOL_MIN_FILES = 16;
/** Batches shrink as the work runs out, so that no worker finishes long before the others. */
const BATCHES_PER_WORKER_LEFT = 4;
/** Per-task overhead (a message each way) is small next to this many files. */
const MAX_BATCH = 32;
/**
 * Batches sent ahead per worker. Outcomes wait for the files before them, so this also bounds how
 * many finished results are held: a --format json run over a million files must not hold them all.
 */
const BATCHES_IN_FLIGHT_PER_WORKER = 4;

export interface RunHooks {
  /** Called as files finish, in any order, with the number finished so far. */
  progress(done: number): void;
  /** Called once per file that ran, in input order. */
  outcome(outcome: FileOutcome): void;
  stop: StopSignal;
}

export type WorkerPool = Piscina<Batch, FileOutcome[]>;
/** The same pool, as a stream's -j uses it (./stream/run.ts): batches of JSONL lines in, their outcomes out. */
export type RecordPool = Piscina<RecordBatch, RecordOutcome[]>;

/** A pool of `jobs` threads, each loading the engine as it starts. */
export async function startWorkers<Task = Batch, Result = FileOutcome[]>(jobs: number): Promise<Piscina<Task, Result>> {
  const { Piscina } = await import('piscina');
  return new Piscina<Task, Result>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // First in, first out: by default a task that finds every worker busy goes to the back of the
    // queue, which would run the last (smallest) batches early and leave a big one for the end.
    stricterFIFO: true,
    // A second batch waits in each worker, so that it never idles for a round trip to this thread.
    concurrentTasksPerWorker: 2,
  });
}

/**
 * Guided self-scheduling (each batch a share of what is left, so the last ones are small), with a
 * slow start: the first batches hold one file each, then two, four..., so that the first output
 * comes after one file, not after a worker's first 32.
 */
export function batches<T>(tasks: readonly T[], workers: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < tasks.length;) {
    const guided = Math.ceil((tasks.length - start) / (workers * BATCHES_PER_WORKER_LEFT));
    const slowStart = 2 ** Math.floor(out.length / workers);
    const size = Math.max(1, Math.min(MAX_BATCH, guided, slowStart));
    out.push(tasks.slice(start, start + size));
    start += size;
  }
  return out;
}

/**
 * Cleans every task and reports outcomes in input order, until the stop signal is raised (files
 * not started by then are not reported; files done are). `pool` (from startWorkers) is used when there are enough
 * tasks; the caller destroys it.
 */
export async function runTasks(
  tasks: readonly FileTask[],
  settings: JobSettings,
  pool: WorkerPool | undefined,
  hooks: RunHooks,
): Promise<void> {
  if (!pool || tasks.length < POOL_MIN_FILES) {
    const optionsFor = optionsCache(settings);
    // A signal handler runs only between turns of the event loop: where one is listening, each
    // file is a turn of its own (a few microseconds).
    const interruptible = settings.mode === 'write' || settings.mode === 'out-dir';
    for (const [i, task] of tasks.entries()) {
      if (interruptible) await new Promise((resolve) => setImmediate(resolve));
      if (hooks.stop.requested) return;
      hooks.outcome(processFile(task, settings, optionsFor));
      hooks.progress(i + 1);
    }
    return;
  }
  const workers = pool.options.maxThreads;
  const groups = batches(tasks, workers);
  const inFlight: Array<Promise<FileOutcome[]>> = [];
  let sent = 0;
  let done = 0;
  const send = (): void => {
    const group = groups[sent++]!;
    const running = pool.run({ settings, tasks: group, stop: hooks.stop.cell });
    inFlight.push(running);
    void running.then(
      (outcomes) => {
        done += outcomes.filter((outcome) => !outcome.skipped).length;
        hooks.progress(done);
      },
      () => {}, // reported where it is awaited
    );
  };
  const window = workers * BATCHES_IN_FLIGHT_PER_WORKER;
  try {
    while (sent < groups.length || inFlight.length > 0) {
      while (sent < groups.length && inFlight.length < window && !hooks.stop.requested) send();
      if (inFlight.length === 0) return;
      const outcomes = await inFlight[0]!;
      inFlight.shift();
      // After a stop, files already done are still reported: a rewritten file is counted.
      for (const outcome of outcomes) if (!outcome.skipped) hooks.outcome(outcome);
    }
  } finally {
    // On an exception, batches already sent finish (their workers skip the files not started)
    // before the caller destroys the pool: destroying it mid-write would leave temp files.
    if (inFlight.length > 0) {
      hooks.stop.request();
      await Promise.allSettled(inFlight);
    }
  }
}
