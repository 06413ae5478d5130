// Runs the per-file work over all inputs: in this thread for a few files (a pre-commit run on three
// staged files must not pay for starting workers), else over a piscina worker pool in batches.
// Outcomes are handed back in input order whatever the number of workers.

// Static, not import(): the module is small, and on the one-file path (stdin, a pre-commit hook) an
// import() would be one more round trip to the file system before the first result.
import { optionsCache, processFile, type FileOutcome, type FileTask, type JobSettings } from './process-file.js';
import type { Batch } from './worker.js';

/** Below this many files, starting worker threads costs more than it saves. */
export const POOL_MIN_FILES = 16;
/** Batches per worker: enough to even out uneven files, few enough to keep per-task overhead small. */
const BATCHES_PER_WORKER = 16;
const MAX_BATCH = 64;

export interface RunHooks {
  /** Called as files finish, in any order, with the number finished so far. */
  progress(done: number): void;
  /** Called once per file, in input order. */
  outcome(outcome: FileOutcome): void;
}

function batches(tasks: readonly FileTask[], workers: number): FileTask[][] {
  const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil(tasks.length / (workers * BATCHES_PER_WORKER))));
  const out: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) out.push(tasks.slice(i, i + size));
  return out;
}

export async function runTasks(tasks: readonly FileTask[], settings: JobSettings, jobs: number, hooks: RunHooks): Promise<void> {
  if (jobs <= 1 || tasks.length < POOL_MIN_FILES) {
    const optionsFor = optionsCache(settings);
    for (const [i, task] of tasks.entries()) {
      hooks.outcome(processFile(task, settings, optionsFor));
      hooks.progress(i + 1);
    }
    return;
  }
  const { Piscina } = await import('piscina');
  const groups = batches(tasks, jobs);
  const threads = Math.min(jobs, groups.length);
  const pool = new Piscina<Batch, FileOutcome[]>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  const finished: (FileOutcome[] | undefined)[] = new Array(groups.length);
  let next = 0;
  let done = 0;
  try {
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
  } finally {
    await pool.destroy();
  }
}
