// pith on a real distributed engine: a Dask scheduler and two worker processes on loopback (Debian's
// python3-dask and python3-distributed, for /usr/bin/python3), a JSONL file cut into partitions,
// each piped through `pith --jsonl` on a worker (scripts/dask-pith.py); the gathered result must be
// the bytes of one local run. Then the two-stage repeated-lines job: the same bytes as one local
// `pith --jsonl --dedupe-lines` run.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, scratchDir } from '../helpers.js';

const PYTHON = '/usr/bin/python3';
const root = join(import.meta.dirname, '..', '..');
const daskFound = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import dask.distributed'], { stdio: 'ignore' }).status === 0;
const fixtures = join(root, 'fixtures', 'documents');

const started: ChildProcess[] = [];

afterAll(async () => {
  // The workers first (their nannies stop their worker processes), then the scheduler; each waited for.
  for (const child of started.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const closed = new Promise((resolve) => child.once('close', resolve));
    child.kill('SIGTERM');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}, 60_000);

/** Starts a Dask process (`distributed.cli.<module>`) with its output kept for a failure message. */
function dask(module: string, args: string[]): { child: ChildProcess; log: () => string } {
  const child = spawn(PYTHON, ['-m', `distributed.cli.${module}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return { child, log: () => log };
}

async function until(condition: () => boolean, what: string, logs: () => string): Promise<void> {
  for (let waited = 0; waited < 90_000; waited += 200) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`dask: ${what} did not happen in 90 s\n${logs()}`);
}

function runToEnd(command: string, args: string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
  });
}

(daskFound ? it : it.skip)(
  `a Dask cluster (a scheduler, two workers) piping partitions through pith --jsonl gives the bytes of one local run${
    daskFound ? '' : ' (skipped: Debian python3-dask and python3-distributed are not installed for /usr/bin/python3; .ci/run installs them)'
  }`,
  async () => {
    const dir = scratchDir('pith-dask-');
    const input = join(dir, 'in.jsonl');
    const records = readdirSync(fixtures)
      .filter((name) => !name.startsWith('.'))
      .flatMap((name, i) => [JSON.stringify({ id: name, text: readFileSync(join(fixtures, name, 'input.txt'), 'utf8'), n: i })]);
    writeFileSync(input, [...records.slice(0, 7), 'not json', ...records.slice(7)].join('\n') + '\n');

    const schedulerFile = join(dir, 'scheduler.json');
    const scheduler = dask('dask_scheduler', [
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--dashboard-address',
      ':0',
      '--scheduler-file',
      schedulerFile,
    ]);
    const workers = [0, 1].map(() =>
      dask('dask_worker', [
        '--scheduler-file',
        schedulerFile,
        '--nworkers',
        '1',
        '--nthreads',
        '1',
        '--host',
        '127.0.0.1',
        '--dashboard-address',
        ':0',
      ]),
    );
    const logs = (): string => [scheduler, ...workers].map((one) => one.log()).join('\n');
    await until(() => existsSync(schedulerFile), 'the scheduler file', logs);
    await until(() => (scheduler.log().match(/Register worker/g) ?? []).length >= 2, 'two workers registering', logs);

    const local = await runToEnd(process.execPath, [BIN, '--jsonl', input]);
    expect(local.code).toBe(0);
    /** scripts/dask-pith.py on the cluster, running this checkout's pith. */
    const onCluster = (file: string, partitions: number, ...extra: string[]) =>
      runToEnd(PYTHON, [
        ...[join(root, 'scripts', 'dask-pith.py'), '--scheduler-file', schedulerFile, '--partitions', String(partitions)],
        ...[...extra, '--pith', `${process.execPath} ${BIN}`, file],
      ]);
    const cluster = await onCluster(input, 6);
    expect(cluster.stderr).toMatch(/dask-pith: 6 partitions on 2 workers/);
    expect(cluster.code).toBe(0);
    expect(local.stdout.toString('utf8').split('\n').filter(Boolean)).toHaveLength(records.length + 1);
    expect(Buffer.compare(cluster.stdout, local.stdout)).toBe(0);

    // The two-stage repeated-lines job (README "Repeated lines"): tables per partition, summed on a
    // worker, the partitions cleaned with the sum; the bytes of one local --dedupe-lines run.
    const footed = join(dir, 'footed.jsonl');
    const withFooter = records.slice(0, 12).map((line, i) => {
      const record = JSON.parse(line) as { text: string };
      return i % 3 === 0 ? JSON.stringify({ ...record, text: `${record.text}\nHarbour Gazette newsroom, desk ${i}\n` }) : line;
    });
    writeFileSync(footed, withFooter.join('\n') + '\n');
    const dedupedLocally = await runToEnd(process.execPath, [BIN, '--jsonl', '--dedupe-lines', footed]);
    expect(dedupedLocally.code).toBe(0);
    expect(dedupedLocally.stdout.toString('utf8')).toContain('"repeated","repeated-line"]');
    const twoStages = await onCluster(footed, 2, '--dedupe-lines', '--width-bits', '16');
    expect(twoStages.code).toBe(0);
    expect(Buffer.compare(twoStages.stdout, dedupedLocally.stdout)).toBe(0);
  },
  300_000,
);
