// Runs the per-file work over all inputs: in this thread for a few files (a pre-commit run on three
// staged files must not pay for starting workers), else over a piscina worker pool in batches.
// Outcomes are handed back in input order whatever the number of workers.

// Static, not import(): the module is small, and on the one-file path (stdin, a pre-commit hook) an
// import() would be one more round trip to the file system before the first result.
import { optionsCache, processFile, type FileOutcome, type FileTask, type JobSettings } from './process-file.js';
import type { Batch } from './worker.js';
import type { Piscina } from 'piscina';

/** Below this many files, starting worker threads costs more than it saves. */
export const POOL_MIN_FILES = 16;
/** Batches shrink as the work runs out, so that no worker finishes long before the others. */
const BATCHES_PER_WORKER_LEFT = 4;
/** Per-task overhead (a message each way) is small next to this many files. */
const MAX_BATCH = 32;

export interface RunHooks {
  /** Called as files finish, in any order, with the number finished so far. */
  progress(done: number): void;
  /** Called once per file, in input order. */
  outcome(outcome: FileOutcome): void;
}

export type WorkerPool = Piscina<Batch, FileOutcome[]>;

/** A pool of `jobs` threads, each loading the engine as it starts. */
export async function startWorkers(jobs: number): Promise<WorkerPool> {
  const { Piscina } = await import('piscina');
  return new Piscina<Batch, FileOutcome[]>({
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

/** Guided self-scheduling: each batch a share of what is left, so the last ones are small. */
function batches(tasks: readonly FileTask[], workers: number): FileTask[][] {
  const out: FileTask[][] = [];
  for (let start = 0; start < tasks.length; ) {
    const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil((tasks.length - start) / (workers * BATCHES_PER_WORKER_LEFT))));
    out.push(tasks.slice(start, start + size));
    start += size;
  }
  return out;
}

/**
 * Cleans every task and reports outcomes in input order. `pool` (from startWorkers) is used when
 * there are enough tasks; the caller destroys it.
 */
export async function runTasks(tasks: readonly FileTask[], settings: JobSettings, pool: WorkerPool | undefined, hooks: RunHooks): Promise<void> {
  if (!pool || tasks.length < POOL_MIN_FILES) {
    const optionsFor = optionsCache(settings);
    for (const [i, task] of tasks.entries()) {
      hooks.outcome(processFile(task, settings, optionsFor));
      hooks.progress(i + 1);
    }
    return;
  }
  const groups = batches(tasks, pool.options.maxThreads);
  const finished: (FileOutcome[] | undefined)[] = new Array(groups.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    groups.map(async (group, i) => {
      finished[i] = await pool.run({ settings, tasks: group });
      done += group.length;
      hooks.progress(done);
      for (; next < groups.length && finished[next]; next++) {
        for (const outcome of finished[next]!) hooks.outcome(outcome);
        finished[next] = undefined;
      }
    }),
  );
}
