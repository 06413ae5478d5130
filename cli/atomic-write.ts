// Writing a file so that it is never seen truncated or half-written: the bytes go to a temporary
// file in the same folder (same file system, so rename is atomic), which then replaces the target.
// A failure (disk full, read-only folder) removes the temporary file and leaves the target as it was.
// Permissions are the user's: a read-only file, or one we may not write, is not replaced (renaming
// over it would succeed, as only the folder's permission counts), and a file whose owner or group
// cannot be kept is not replaced either. A hard-linked file gets a new inode: its other names keep
// the old text (a warning says so).
// Synchronous: it runs in worker threads or for a few files, and batch runs write thousands.

import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, InputError } from './read-input.js';

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

/** Why an existing file may not be replaced, or undefined. */
function refusal(file: string, before: Stats): string | undefined {
  // No write bit at all: read-only on purpose (root could write it, and so could a rename).
  if ((before.mode & 0o222) === 0) return `read-only file; not rewritten (chmod u+w ${file} allows it)`;
  try {
    accessSync(file, constants.W_OK);
  } catch (error) {
    return `cannot be written (${describe(error)}); not rewritten`;
  }
  return undefined;
}

/**
 * Replaces `file` with `data`, keeping an existing file's mode, owner and group; returns warnings.
 * Throws an InputError naming the reason when the file may not or cannot be replaced.
 */
export function writeAtomic(file: string, data: Uint8Array, { durable }: AtomicWriteOptions): string[] {
  const warnings: string[] = [];
  const before = existing(file);
  if (before) {
    const refused = refusal(file, before);
    if (refused) throw new InputError(file, refused);
    if (before.nlink > 1) warnings.push(`has ${before.nlink} hard links; replaced by a new file, the other links keep the old text`);
  }
  // A symbolic link stays a link: its target is replaced.
  const target = before ? realpathSync(file) : file;
  const folder = dirname(target);
  // Unique across processes (pid), worker threads and calls: several hook processes may run at once.
  const temp = join(folder, `.${basename(target)}.pith-${process.pid}-${currentThreadId()}-${counter++}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', before ? before.mode & 0o7777 : 0o666);
  } catch (error) {
    throw new InputError(file, `cannot create a temporary file in ${folder} (${describe(error)}); nothing written`);
  }
  try {
    try {
      if (before) {
        const made = fstatSync(fd);
        if (made.uid !== before.uid || made.gid !== before.gid) {
          try {
            fchownSync(fd, before.uid, before.gid);
          } catch {
            throw new InputError(file, `its owner and group (${before.uid}:${before.gid}) cannot be kept by this user; not rewritten`);
          }
        }
      }
      for (let written = 0; written < data.length;) written += writeSync(fd, data, written);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (before) chmodSync(temp, before.mode & 0o7777); // openSync applied the umask; chown may clear set-id bits
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return warnings;
}
