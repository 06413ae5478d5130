// Writing a file so that it is never seen truncated or half-written: the bytes go to a temporary
// file in the same folder (same file system, so rename is atomic), which then replaces the target.
// A failure (disk full, read-only folder) removes the temporary file and leaves the target as it was.
// Synchronous: it runs in worker threads or for a few files, and batch runs write thousands.

import { chmodSync, chownSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';

let threadId: number | undefined;
/** This thread's id, for unique temp names; worker_threads loads only when a file is written (start-up). */
function currentThreadId(): number {
  threadId ??= (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).threadId;
  return threadId;
}

let counter = 0;

export interface AtomicWriteOptions {
  /** fsync before the rename: the user's own files get it, generated output (--out-dir) does not need it. */
  durable: boolean;
}

function existing(file: string): Stats | undefined {
  // throwIfNoEntry: a batch into an empty --out-dir would otherwise build an Error per file.
  return statSync(file, { throwIfNoEntry: false });
}

/** Replaces `file` with `data`, keeping an existing file's mode (and owner, where we may set it). */
export function writeAtomic(file: string, data: Uint8Array, { durable }: AtomicWriteOptions): void {
  const before = existing(file);
  // A symbolic link stays a link: its target is replaced.
  const target = before ? realpathSync(file) : file;
  // Unique across processes (pid), worker threads and calls: several hook processes may run at once.
  const temp = join(dirname(target), `.${basename(target)}.pith-${process.pid}-${currentThreadId()}-${counter++}.tmp`);
  try {
    const fd = openSync(temp, 'wx', before ? before.mode & 0o7777 : 0o666);
    try {
      for (let written = 0; written < data.length; ) written += writeSync(fd, data, written);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (before) {
      chmodSync(temp, before.mode & 0o7777); // openSync applied the umask
      if (process.getuid?.() === 0 && (before.uid !== 0 || before.gid !== 0)) chownSync(temp, before.uid, before.gid);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
