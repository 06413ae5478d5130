#!/usr/bin/env node
// npm run bench: pith's speed, each figure measured in the same run as its reference (median of
// several runs, the two interleaved so that other load on the machine hits both alike):
//   - engine throughput (read + decode + strip, one core) on the dev corpus, block and wrapped
//     views, against the floor: read + decode + split lines + lower-case + tokenise with a Unicode
//     regex. Bar: engine >= 0.5 x floor.
//   - start-up: `pith --version` and `echo "one line" | pith` against `node -e 0`. Bar: <= 1.6 x.
//   - scaling: strip() on 1x, 4x, 16x and 64x the same input; time per byte must stay flat.
//   - the whole CLI on the corpus with -j 1 and -j 2 (batch mode, --out-dir), when pith has --jobs,
//     with the shipped engine and a light one (language given, no learned classifier). Bar: -j 2
//     >= 1.6 x as fast as -j 1.
//   - hostile input (scripts/hostile-timing.mjs): strip() time at 4n over time at n, and against a
//     normal article of the same size. Bars: growth < 8 x (linear is 4, quadratic 16); per input.
//   - streams (../shared/wet): the crawl sample as JSONL (.jsonl.gz) and as WET through `pith`, -j 1
//     and -j 2, MB/s of uncompressed input, docs/s and peak resident memory (VmHWM, Linux); and two
//     processes each given half the JSONL, the reference for -j 2. Bar: -j 2 within 10 % of them.
//     With --big-stream GB: a generated JSONL stream of that many GB piped through one pith, its
//     peak resident memory (bar: < 200 MB) and throughput (slow: the engine's speed, one core).
// Prints a table, writes bench/results.json and bench/chart.svg; --readme also puts the table in
// README.md between the bench markers.
//
//   npm run bench -- [--runs N] [--sample K (every K-th document)] [--corpus DIR] [--readme]
//                    [--only engine,startup,scaling,cli,hostile,stream (just those, printed, nothing written)]
//                    [--big-stream GB (with stream; --only big-stream: that run alone)]

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { strip } from '../dist/src/index.js';
import { hostileTable, hostileTiming } from '../scripts/hostile-timing.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'pith.js');
const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args[at + 1];
}
const runs = Number(option('--runs', '3'));
const sample = Number(option('--sample', '1'));
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')));
const updateReadme = args.includes('--readme');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;

const documents = fs
  .readFileSync(path.join(corpus, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((_, i) => i % sample === 0);
const filesOf = (view) => documents.map(({ dataset, id }) => path.join(corpus, dataset, id, `${view}.txt`));

// ---- engine against the floor ------------------------------------------------------------------

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const decoder = new TextDecoder('utf-8');

/** Reads and decodes every file and hands its text to `work`; returns the bytes read. */
function pass(files, work) {
  let bytes = 0;
  for (const file of files) {
    const raw = fs.readFileSync(file);
    bytes += raw.length;
    work(decoder.decode(raw));
  }
  return bytes;
}

// The floor: split lines, lower-case and tokenise each with a Unicode regex.
// A sink: the floor's token counts must be observable, or the engine could skip the work.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
let floorTokens = 0;
const floorPass = (files) =>
  pass(files, (text) => {
    for (const line of text.split('\n')) floorTokens += line.toLowerCase().match(WORD)?.length ?? 0;
  });
const enginePass = (files, options) => pass(files, (text) => strip(text, options));

function throughput(view, options = {}) {
  const files = filesOf(view);
  enginePass(files.slice(0, 50), options); // warm up the JIT on a few documents
  const floor = [];
  const engine = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    let started = process.hrtime.bigint();
    bytes = floorPass(files);
    floor.push(seconds(started));
    started = process.hrtime.bigint();
    enginePass(files, options);
    engine.push(seconds(started));
  }
  const floorSeconds = median(floor);
  const engineSeconds = median(engine);
  return {
    view,
    options,
    documents: files.length,
    megabytes: bytes / 1e6,
    floorMBps: bytes / 1e6 / floorSeconds,
    engineMBps: bytes / 1e6 / engineSeconds,
    engineDocsPerSecond: files.length / engineSeconds,
    floorDocsPerSecond: files.length / floorSeconds,
    ratio: floorSeconds / engineSeconds,
  };
}

// ---- start-up ----------------------------------------------------------------------------------

function wall(command, input) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command, { input, stdio: ['pipe', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`bench: ${command.join(' ')} exited ${result.status}: ${result.stderr}`);
  return seconds(started) * 1000;
}

/** A long article, as a pre-commit hook meets one: the corpus document at the 90th percentile of size. */
function longArticle() {
  const bySize = filesOf('blocks')
    .map((file) => ({ file, bytes: fs.statSync(file).size }))
    .sort((a, b) => a.bytes - b.bytes || (a.file < b.file ? -1 : 1));
  const { file, bytes } = bySize[Math.floor(bySize.length * 0.9)];
  return { file, bytes, lines: fs.readFileSync(file, 'utf8').split('\n').length };
}

function startup() {
  const article = longArticle();
  const cases = {
    node: () => wall(['-e', '0']),
    version: () => wall([bin, '--version']),
    stdin: () => wall([bin], 'one line\n'),
    article: () => wall([bin, article.file]),
  };
  const times = { node: [], version: [], stdin: [], article: [] };
  for (const name of Object.keys(cases)) cases[name](); // the first spawn pays for cold caches
  for (let run = 0; run < Math.max(10, runs * 3); run++) for (const [name, measure] of Object.entries(cases)) times[name].push(measure());
  const node = median(times.node);
  return {
    nodeMs: node,
    versionMs: median(times.version),
    stdinMs: median(times.stdin),
    versionRatio: median(times.version) / node,
    stdinRatio: median(times.stdin) / node,
    article: { lines: article.lines, kilobytes: article.bytes / 1000, ms: median(times.article), ratio: median(times.article) / node },
  };
}

// ---- scaling -----------------------------------------------------------------------------------

function scaling() {
  // About 256 KB of real pages, as one input, then 4x, 16x and 64x that input.
  let unit = '';
  for (const file of filesOf('blocks')) {
    if (unit.length > 256_000) break;
    unit += fs.readFileSync(file, 'utf8');
  }
  // Warm the JIT first: a cold 1x point (the reference of the others) made later points look
  // faster per byte than the first.
  for (let warm = 0; warm < 3; warm++) strip(unit.repeat(4));
  const points = [];
  for (const factor of [1, 4, 16, 64]) {
    // Flat, as a file's decoded text is: repeat() makes a rope, which the first scan flattens (~100 ms at 64x).
    const input = new TextDecoder().decode(new TextEncoder().encode(unit.repeat(factor)));
    strip(input);
    const times = [];
    // Small inputs more often: one run of 1x moves by 2x with where the garbage collector falls.
    for (let run = 0; run < runs * Math.max(1, 16 / factor); run++) {
      const started = process.hrtime.bigint();
      strip(input);
      times.push(seconds(started));
    }
    points.push({ factor, chars: input.length, seconds: median(times), microsecondsPerKB: (median(times) * 1e6) / (input.length / 1000) });
  }
  const base = points[0].microsecondsPerKB;
  for (const point of points) point.perByteRatio = point.microsecondsPerKB / base;
  return points;
}

// ---- the whole CLI, batch mode -----------------------------------------------------------------

// Two engines: the shipped one, and a much cheaper one (language given, no learned classifier)
// that shows how the fixed and serial parts (start-up, globbing, configs, workers, file system)
// weigh when the engine gets faster.
const ENGINES = [
  { label: '', args: [] },
  { label: 'light engine (--lang en --disable learned-classifier)', args: ['--lang', 'en', '--disable', 'learned-classifier'] },
];

function batch() {
  const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout;
  if (!help.includes('--jobs')) return { available: false };
  const relative = documents.map(({ dataset, id }) => path.join(dataset, id, 'blocks.txt'));
  const bytes = relative.reduce((sum, file) => sum + fs.statSync(path.join(corpus, file)).size, 0);
  const rows = [];
  // Output folders are removed only after the last run: deleting thousands of files just before a
  // run made creating its files (serial in the file system) up to 3x slower (~0.2 -> 0.6 s).
  const outputs = [];
  try {
    for (const engine of ENGINES) {
      const times = { 1: [], 2: [] };
      // -j 1 and -j 2 interleaved, so that other load on the machine hits both alike.
      for (let run = 0; run < runs; run++) {
        for (const jobs of [1, 2]) {
          const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pith-bench-'));
          outputs.push(out);
          const started = process.hrtime.bigint();
          const result = spawnSync(
            process.execPath,
            [bin, '--no-config', '-q', '-j', String(jobs), ...engine.args, '--out-dir', out, ...relative],
            { cwd: corpus, encoding: 'utf8' },
          );
          times[jobs].push(seconds(started));
          if (result.status !== 0) throw new Error(`bench: pith -j ${jobs} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
        }
      }
      for (const jobs of [1, 2]) {
        const time = median(times[jobs]);
        rows.push({
          engine: engine.label,
          jobs,
          seconds: time,
          MBps: bytes / 1e6 / time,
          docsPerSecond: relative.length / time,
          speedup: median(times[1]) / time,
        });
      }
    }
  } finally {
    for (const out of outputs) fs.rmSync(out, { recursive: true, force: true });
  }
  return { available: true, documents: relative.length, megabytes: bytes / 1e6, rows };
}

// ---- streams: JSONL and WET -------------------------------------------------------------------

const wetFolder = path.join(root, '..', 'shared', 'wet');
const CRAWL_JSONL = path.join(wetFolder, 'dolma-test_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz');
const CRAWL_WET = path.join(wetFolder, 'dolma-CC-MAIN-20190717121559-20190717143559-00140.repacked.warc.wet.gz');

/** The peak resident memory of a running process, in bytes (Linux: VmHWM in /proc), or undefined. */
function peakResident(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system, every thread) a running process has used so far (Linux: /proc), or undefined. */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ, 100 on Linux)
  } catch {
    return undefined;
  }
}

/**
 * Runs pith with `args`, `feed` writing its stdin (or nothing); resolves to wall seconds, peak
 * resident memory (polled; the peak is kept by the kernel, so the last reading is the peak so far)
 * and the bytes it wrote.
 */
function measureRun(args, feed) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, ...args], { stdio: [feed ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    let written = 0;
    let stderr = '';
    // Wall time on a shared machine says how busy it was; CPU time says what the run cost.
    const poll = setInterval(() => {
      peak = Math.max(peak, peakResident(child.pid) ?? 0);
      cpu = cpuSeconds(child.pid) ?? cpu;
    }, 25);
    child.stdout.on('data', (chunk) => {
      written += chunk.length;
      peak = Math.max(peak, peakResident(child.pid) ?? 0);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`bench: pith ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ seconds: seconds(started), cpuSeconds: cpu || undefined, peakBytes: peak || undefined, written, stderr });
    });
    if (feed) feed(child.stdin);
  });
}

async function streams() {
  if (!fs.existsSync(CRAWL_JSONL) || !fs.existsSync(CRAWL_WET)) return { available: false };
  const jsonlBytes = zlib.gunzipSync(fs.readFileSync(CRAWL_JSONL));
  const wetBytes = zlib.gunzipSync(fs.readFileSync(CRAWL_WET));
  const documents = jsonlBytes.toString('utf8').split('\n').filter(Boolean).length;
  // Two halves of the JSONL, cut at a line: the reference for -j 2 is two processes, one per half, at once.
  const lines = jsonlBytes.toString('utf8').split('\n').filter(Boolean);
  const halves = [lines.slice(0, lines.length >> 1), lines.slice(lines.length >> 1)].map((part) => {
    const file = path.join(os.tmpdir(), `pith-bench-half-${process.pid}-${part.length}-${Math.random().toString(36).slice(2)}.jsonl`);
    fs.writeFileSync(file, part.join('\n') + '\n');
    return file;
  });
  const cases = [
    { input: 'JSONL (.jsonl.gz)', jobs: 1, bytes: jsonlBytes.length, run: () => measureRun(['-j', '1', CRAWL_JSONL]) },
    { input: 'JSONL (.jsonl.gz)', jobs: 2, bytes: jsonlBytes.length, run: () => measureRun(['-j', '2', CRAWL_JSONL]) },
    {
      input: 'JSONL, 2 processes each given half',
      jobs: 2,
      bytes: jsonlBytes.length,
      run: async () => {
        const both = await Promise.all(halves.map((file) => measureRun(['--jsonl', file])));
        return {
          seconds: Math.max(...both.map((one) => one.seconds)),
          cpuSeconds: both.reduce((sum, one) => sum + (one.cpuSeconds ?? 0), 0) || undefined,
          peakBytes: Math.max(...both.map((one) => one.peakBytes ?? 0)),
        };
      },
    },
    { input: 'WET (.warc.wet.gz)', jobs: 1, bytes: wetBytes.length, run: () => measureRun(['-j', '1', CRAWL_WET]) },
    { input: 'WET (.warc.wet.gz)', jobs: 2, bytes: wetBytes.length, run: () => measureRun(['-j', '2', CRAWL_WET]) },
  ];
  const measured = cases.map(() => []);
  const bigOnly = only?.includes('big-stream') && !only.includes('stream');
  try {
    if (bigOnly) cases.length = 0;
    else await cases[0].run(); // cold caches
    for (let run = 0; run < runs; run++) for (const [i, one] of cases.entries()) measured[i].push(await one.run());
  } finally {
    for (const file of halves) fs.rmSync(file, { force: true });
  }
  const rows = cases.map((one, i) => {
    const time = median(measured[i].map((m) => m.seconds));
    const cpu = median(measured[i].map((m) => m.cpuSeconds ?? 0));
    return {
      cpuSeconds: cpu || undefined,
      MBperCpuSecond: cpu ? one.bytes / 1e6 / cpu : undefined,
      input: one.input,
      jobs: one.jobs,
      seconds: time,
      MBps: one.bytes / 1e6 / time,
      docsPerSecond: documents / time,
      peakMB: Math.max(...measured[i].map((m) => m.peakBytes ?? 0)) / 1e6 || undefined,
    };
  });
  const big = option('--big-stream', undefined);
  return { available: true, documents, rows, big: big ? await bigStream(Number(big), lines) : undefined };
}

/** A JSONL stream of `gigabytes` GB (the crawl sample's records over and over, each with its own id) through one pith. */
async function bigStream(gigabytes, lines) {
  const target = gigabytes * 1e9;
  let sent = 0;
  let records = 0;
  const feed = (stdin) => {
    let copy = 0;
    const write = () => {
      while (sent < target) {
        const chunk = lines.map((line) => line.replace(/^\{"id":"/, `{"id":"${copy}-`)).join('\n') + '\n';
        copy++;
        sent += Buffer.byteLength(chunk);
        records += lines.length;
        if (!stdin.write(chunk)) return void stdin.once('drain', write);
      }
      stdin.end();
    };
    stdin.on('error', () => {});
    write();
  };
  const result = await measureRun(['--jsonl', '--stats'], feed);
  const stats = JSON.parse(result.stderr.trim().split('\n').pop());
  if (stats.records !== records) throw new Error(`bench: big stream: ${records} records sent, ${stats.records} cleaned`);
  return {
    gigabytes: sent / 1e9,
    records,
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    MBps: sent / 1e6 / result.seconds,
    peakMB: (result.peakBytes ?? 0) / 1e6,
  };
}

// ---- report ------------------------------------------------------------------------------------

const FLOOR_BAR = 0.5;
const STARTUP_BAR = 1.6;
const LINEAR_BAR = 1.5; // time per byte at 16x and 64x at most this times that at 1x
const JOBS_BAR = 1.6; // -j 2 at least this times as fast as -j 1
const STREAM_JOBS_BAR = 0.9; // -j 2 on one stream at least this share of the speed of 2 processes each given half
const BIG_STREAM_RSS_BAR = 200; // MB

const machine = `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
const date = new Date().toISOString().slice(0, 10);
// The third row fixes the language: how much of the time is language detection.
// --only startup,cli (any of engine, startup, scaling, cli, hostile): just those, printed; no files written.
const only = option('--only', undefined)?.split(',');
const measures = (part) => !only || only.includes(part);
const engine = measures('engine') ? [throughput('blocks'), throughput('wrapped'), throughput('blocks', { language: 'en' })] : [];
const start = measures('startup') ? startup() : undefined;
const scale = measures('scaling') ? scaling() : [];
const cli = measures('cli') ? batch() : { available: false, skipped: true };
const hostile = measures('hostile') ? hostileTiming({ runs }) : [];
const stream = measures('stream') || measures('big-stream') ? await streams() : { available: false, skipped: true };

const fixed = (value, digits = 1) => value.toFixed(digits);
const verdict = (ok) => (ok ? 'yes' : '**no**');
const rows = [
  ['measure', 'pith', 'reference (same run)', 'ratio', 'bar', 'met'],
  ...engine.map((e) => [
    `engine, ${e.view} view${e.options.language ? `, language given (${e.options.language})` : ''} (${e.documents} docs, ${fixed(e.megabytes)} MB)`,
    `${fixed(e.engineMBps)} MB/s, ${fixed(e.engineDocsPerSecond, 0)} docs/s`,
    `floor ${fixed(e.floorMBps)} MB/s, ${fixed(e.floorDocsPerSecond, 0)} docs/s`,
    `${fixed(e.ratio, 2)} x floor`,
    `>= ${FLOOR_BAR} x`,
    verdict(e.ratio >= FLOOR_BAR),
  ]),
  ...(start
    ? [
        [
          'start-up, `pith --version`',
          `${fixed(start.versionMs, 0)} ms`,
          `node -e 0: ${fixed(start.nodeMs, 0)} ms`,
          `${fixed(start.versionRatio, 2)} x`,
          `<= ${STARTUP_BAR} x`,
          verdict(start.versionRatio <= STARTUP_BAR),
        ],
        [
          'start-up, `echo "one line" | pith`',
          `${fixed(start.stdinMs, 0)} ms`,
          `node -e 0: ${fixed(start.nodeMs, 0)} ms`,
          `${fixed(start.stdinRatio, 2)} x`,
          `<= ${STARTUP_BAR} x`,
          verdict(start.stdinRatio <= STARTUP_BAR),
        ],
        [
          `one long article, \`pith file\` (${start.article.lines} lines, ${fixed(start.article.kilobytes, 0)} KB: the corpus's 90th percentile)`,
          `${fixed(start.article.ms, 0)} ms`,
          `node -e 0: ${fixed(start.nodeMs, 0)} ms`,
          `${fixed(start.article.ratio, 2)} x`,
          '',
          '',
        ],
      ]
    : []),
  ...scale.map((point) => [
    `scaling, ${point.factor}x input (${fixed(point.chars / 1e6, 2)} M chars)`,
    `${fixed(point.seconds * 1000, 0)} ms, ${fixed(point.microsecondsPerKB, 0)} µs/KB`,
    `1x: ${fixed(scale[0].microsecondsPerKB, 0)} µs/KB`,
    `${fixed(point.perByteRatio, 2)} x per byte`,
    `<= ${LINEAR_BAR} x`,
    verdict(point.perByteRatio <= LINEAR_BAR),
  ]),
  ...(cli.available
    ? cli.rows.map((row) => [
        `whole CLI, ${row.engine ? `${row.engine}, ` : ''}-j ${row.jobs}, --out-dir (${cli.documents} docs, ${fixed(cli.megabytes)} MB)`,
        `${fixed(row.seconds, 1)} s, ${fixed(row.MBps)} MB/s, ${fixed(row.docsPerSecond, 0)} docs/s`,
        `-j 1: ${fixed(row.seconds * row.speedup, 1)} s`,
        `${fixed(row.speedup, 2)} x speed-up`,
        row.jobs === 2 ? `>= ${JOBS_BAR} x` : '',
        row.jobs === 2 ? verdict(row.speedup >= JOBS_BAR) : '',
      ])
    : cli.skipped
      ? []
      : [['whole CLI, -j 1 / -j 2', 'not yet available (pith --help lists no --jobs)', '', '', '', '']]),
  ...(stream.available ? streamRows(stream) : []),
];

function streamRows({ documents, rows: measured, big }) {
  const memory = (row) =>
    `${row.cpuSeconds ? `, CPU ${fixed(row.cpuSeconds, 1)} s${row.MBperCpuSecond ? ` (${fixed(row.MBperCpuSecond, 2)} MB per CPU s)` : ''}` : ''}${row.peakMB ? `, peak RSS ${fixed(row.peakMB, 0)} MB` : ''}`;
  const split = measured.find((row) => row.input.includes('half'));
  const out = measured.map((row) => {
    const versusSplit = row.jobs === 2 && row !== split && row.input.startsWith('JSONL');
    return [
      `stream, ${row.input}, -j ${row.jobs} (${documents} docs)`,
      `${fixed(row.seconds, 1)} s, ${fixed(row.MBps, 2)} MB/s, ${fixed(row.docsPerSecond, 0)} docs/s${memory(row)}`,
      versusSplit ? `2 processes: ${fixed(split.seconds, 1)} s` : '',
      versusSplit ? `${fixed(split.seconds / row.seconds, 2)} x their speed` : '',
      versusSplit ? `>= ${STREAM_JOBS_BAR} x` : '',
      versusSplit ? verdict(split.seconds / row.seconds >= STREAM_JOBS_BAR) : '',
    ];
  });
  if (big)
    out.push([
      `stream, generated JSONL, ${fixed(big.gigabytes, 2)} GB (${big.records} records), -j 1`,
      `${fixed(big.seconds, 0)} s, ${fixed(big.MBps, 2)} MB/s${memory(big)}`,
      '',
      '',
      `< ${BIG_STREAM_RSS_BAR} MB`,
      verdict(big.peakMB < BIG_STREAM_RSS_BAR),
    ]);
  return out;
}
const table = rows
  .map(
    (row, i) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |${i === 0 ? `\n|${row.map(() => '---').join('|')}|` : ''}`,
  )
  .join('\n');
const header = `Machine: ${machine}. Date: ${date}. Median of ${runs} runs${sample > 1 ? `, every ${sample}th document` : ''}; \`npm run bench\`.`;
console.log(`${header}\n\n${table}`);
if (hostile.length) console.log(`\n${hostileTable(hostile)}`);

const results = {
  schemaVersion: 1,
  date,
  machine,
  runs,
  sample,
  bars: {
    floor: FLOOR_BAR,
    startup: STARTUP_BAR,
    linear: LINEAR_BAR,
    jobs: JOBS_BAR,
    streamJobs: STREAM_JOBS_BAR,
    bigStreamMB: BIG_STREAM_RSS_BAR,
  },
  engine,
  startup: start,
  scaling: scale,
  cli,
  hostile,
  stream,
};
if (hostile.some((row) => !row.met)) process.exitCode = 1;
if (!only) {
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(root, 'bench', 'chart.svg'), chart(results));
}

if (updateReadme && !only) {
  const readme = path.join(root, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  if (text.includes(begin) && text.includes(end)) {
    fs.writeFileSync(
      readme,
      `${text.slice(0, text.indexOf(begin) + begin.length)}\n${header}\n\n${table}\n${text.slice(text.indexOf(end))}`,
    );
  } else console.error('bench: README.md has no bench markers; table not written there');
}

/** Two bar charts side by side: throughput against the floor, and time per byte at 1x/4x/16x/64x. */
function chart({ engine: views, scaling: points, date: day }) {
  const width = 640;
  const height = 260;
  const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [];
  const bar = (x, y, w, h, colour, label) => {
    parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w}" height="${Math.max(h, 0.5).toFixed(1)}" fill="${colour}"/>`);
    parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" font-size="11">${esc(label)}</text>`);
  };
  const plotTop = 50;
  const plotHeight = 160;
  const base = plotTop + plotHeight;
  // Left: MB/s per view, engine and floor.
  const top = Math.max(...views.map((v) => v.floorMBps), ...views.map((v) => v.engineMBps));
  parts.push(`<text x="20" y="24" font-size="13" font-weight="bold">Throughput, MB/s (one core)</text>`);
  views
    .filter((v) => !v.options.language)
    .forEach((v, i) => {
      const x = 30 + i * 140;
      bar(x, base - (v.engineMBps / top) * plotHeight, 50, (v.engineMBps / top) * plotHeight, '#2b6cb0', fixed(v.engineMBps));
      bar(x + 55, base - (v.floorMBps / top) * plotHeight, 50, (v.floorMBps / top) * plotHeight, '#a0aec0', fixed(v.floorMBps));
      parts.push(`<text x="${x + 52}" y="${base + 16}" text-anchor="middle" font-size="11">${esc(v.view)}</text>`);
      const half = base - ((v.floorMBps * FLOOR_BAR) / top) * plotHeight;
      parts.push(
        `<line x1="${x - 4}" x2="${x + 109}" y1="${half.toFixed(1)}" y2="${half.toFixed(1)}" stroke="#c53030" stroke-dasharray="4 3"/>`,
      );
    });
  parts.push(
    `<rect x="30" y="${base + 26}" width="10" height="10" fill="#2b6cb0"/><text x="44" y="${base + 35}" font-size="11">pith</text>`,
  );
  parts.push(
    `<rect x="84" y="${base + 26}" width="10" height="10" fill="#a0aec0"/><text x="98" y="${base + 35}" font-size="11">floor</text>`,
  );
  parts.push(
    `<line x1="140" x2="160" y1="${base + 31}" y2="${base + 31}" stroke="#c53030" stroke-dasharray="4 3"/><text x="164" y="${base + 35}" font-size="11">bar: 0.5 x floor</text>`,
  );
  // Right: time per KB at each size (flat = linear).
  const perKB = Math.max(...points.map((p) => p.microsecondsPerKB));
  parts.push(`<text x="340" y="24" font-size="13" font-weight="bold">Scaling: time per KB (flat = linear)</text>`);
  points.forEach((p, i) => {
    const x = 340 + i * 72;
    bar(
      x,
      base - (p.microsecondsPerKB / perKB) * plotHeight,
      56,
      (p.microsecondsPerKB / perKB) * plotHeight,
      '#2f855a',
      `${fixed(p.microsecondsPerKB, 0)} µs`,
    );
    parts.push(
      `<text x="${x + 28}" y="${base + 16}" text-anchor="middle" font-size="11">${p.factor}x (${fixed(p.chars / 1e6, 1)} M)</text>`,
    );
  });
  parts.push(`<line x1="20" x2="${width - 20}" y1="${base}" y2="${base}" stroke="#4a5568"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">
<title>pith npm run bench, ${esc(day)}</title>
<rect width="100%" height="100%" fill="white"/>
${parts.join('\n')}
</svg>
`;
}
