// Runs the built CLI as a user would (in a host process kept per test file, or as its own process), and scratch folders.

import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratchDirs: string[] = [];

/** A fresh folder under the system's temp folder, removed when the test file's tests are done. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratchDirs.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // a folder a test made read-only or mounted over: leave it to the system's temp cleaning
    }
  }
});

export const BIN = join(import.meta.dirname, '..', 'bin', 'pith.js');

export interface PithRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command line as bin/pith.js does (`run(argv, io)` of dist/bundle/cli.js) in a
 * node process kept for the test file (cli-host.mjs), with the arguments, working folder,
 * environment and standard input given. What only a process shows (signals, exit by a closed pipe,
 * the --version shim, descriptors) needs runPithProcess.
 */
export function runPith(
  args: string[],
  options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<PithRun> {
  const id = nextRequest++;
  const request = {
    id,
    args,
    cwd: options.cwd ?? process.cwd(),
    env: runEnv(options.env),
    stdin: Buffer.from(options.stdin ?? '').toString('base64'),
  };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    cliHost().send(request);
  });
}

/** Runs bin/pith.js as its own process, as a user's shell does. */
export function runPithProcess(
  args: string[],
  options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<PithRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: runEnv(options.env), cwd: options.cwd ?? process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** The runner's own colour settings must not leak in (FORCE_COLOR="" means colour, as chalk reads it). */
function runEnv(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  return { ...inherited, ...extra };
}

interface HostReply {
  id: number;
  code?: number;
  stdout?: string;
  stderr?: string;
  error?: string;
}

const pending = new Map<number, { resolve: (run: PithRun) => void; reject: (error: Error) => void }>();
let nextRequest = 0;
let host: ChildProcess | undefined;

function cliHost(): ChildProcess {
  if (host) return host;
  const child = fork(join(import.meta.dirname, 'cli-host.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.on('message', (reply: HostReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) waiting?.reject(new Error(`pith (in the CLI host): ${reply.error}`));
    else waiting?.resolve({ code: reply.code ?? null, stdout: reply.stdout ?? '', stderr: reply.stderr ?? '' });
  });
  child.on('exit', (code, signal) => {
    host = undefined;
    for (const waiting of pending.values()) waiting.reject(new Error(`the CLI host exited (${signal ?? code})`));
    pending.clear();
  });
  host = child;
  return child;
}

afterAll(() => {
  host?.disconnect();
});
