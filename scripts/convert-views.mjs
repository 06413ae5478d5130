#!/usr/bin/env node
// Converter views of the dev corpus: runs the HTML-to-text converters people put in front of pith
// (`curl URL | html2text | pith`) over each document's source.html.gz, with their defaults plus the
// flags a user would sanely pass, and writes <out>/<view>/<dataset>/<id>.txt. `npm run eval -- --view
// <view>` and `scripts/fit.mjs --extra-views` read them from there. The outputs are large and
// derived from the corpus, so they live outside the repository.
//
//   node scripts/convert-views.mjs [--views html2text,pandoc,lynx,markdown,w3m,pandoc3] [--out DIR]
//                                  [--corpus DIR] [--jobs 2] [--force] [--datasets a,b] [--sample N]
//
// --sample N converts the first N documents of each dataset only (pandoc takes seconds a page);
// `npm run eval -- --view pandoc --sample N` scores the same documents.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_VIEWS_DIR = path.join(root, 'node_modules', '.cache', 'pith-views');

// Each converter reads the page from a file (UTF-8, as the corpus stores it) and prints to stdout.
// - Debian's html2text honours only the old `http-equiv` charset and otherwise reads ISO 8859-1:
//   -nometa -utf8 tells it the truth;
// - pandoc fetches <iframe>s and images from the network unless --sandbox;
// - lynx and w3m are told the input is HTML and UTF-8 (a pipe has no file name to guess from);
// - Python's html2text (Markdown out) is given the encoding, since otherwise its decode warning
//   lands on stdout, in the text.
export const CONVERTERS = {
  html2text: (file) => ['html2text', ['-nometa', '-utf8', file]],
  pandoc: (file) => ['pandoc', ['-f', 'html', '-t', 'plain', '--sandbox', file]],
  lynx: (file) => ['lynx', ['-dump', '-nolist', '-force_html', '-assume_charset=utf-8', '-display_charset=utf-8', file]],
  markdown: (file) => ['/usr/bin/python3', ['-m', 'html2text', file, 'utf-8']],
  w3m: (file) => ['w3m', ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', file]],
};

// pandoc 3 (Debian trixie's and later) draws a nested layout table as a grid table where
// bookworm's pandoc 2.17 prints "[TABLE]" and loses the text in it. The `pandoc3` view runs pandoc's
// own WebAssembly build in this process, with the same options as the `pandoc` view. It is not a
// dependency of pith (56 MB): `npm install --no-save pandoc-wasm` first, and ask for it by name
// (`--views pandoc3`).
const WASM_VIEWS = { pandoc3: { from: 'html', to: 'plain', sandbox: true } };

/** Converts `tasks` (all of one WebAssembly view) one page after another in this process; returns how many. */
async function convertWasmBatch(view, tasks, corpus, out) {
  let convert;
  try {
    ({ convert } = await import('pandoc-wasm'));
  } catch {
    throw new Error(`the ${view} view needs pandoc's WebAssembly build: npm install --no-save pandoc-wasm`);
  }
  for (const { doc } of tasks) {
    const html = zlib.gunzipSync(fs.readFileSync(path.join(corpus, doc.dataset, doc.id, 'source.html.gz'))).toString('utf8');
    let text = '';
    try {
      text = (await convert(WASM_VIEWS[view], html, {})).stdout;
    } catch {
      // A page pandoc cannot read gives an empty view, as a failed converter run does.
    }
    const target = viewFile(out, view, doc.dataset, doc.id);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  return tasks.length;
}

// Python's html2text started once per page spends most of its time starting: the same command
// line (`python3 -m html2text FILE utf-8`) is run in one interpreter, page after page, its
// standard output captured as the shell would.
const PYTHON_BATCH = `
import io, sys
import html2text.cli as cli
for line in sys.stdin:
    source, target = line.rstrip("\\n").split("\\t")
    sys.argv = ["html2text", source, "utf-8"]
    captured, real = io.StringIO(), sys.stdout
    sys.stdout = captured
    try:
        cli.main()
    except BaseException:
        pass
    finally:
        sys.stdout = real
    with open(target, "w", encoding="utf-8") as out:
        out.write(captured.getvalue())
    print(target, flush=True)
`;

/** Converts `tasks` (all of the markdown view) in one Python process. */
async function convertMarkdownBatch(tasks, corpus, out, scratch) {
  const child = spawn('/usr/bin/python3', ['-c', PYTHON_BATCH], {
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const done = new Promise((resolve) => child.on('close', resolve));
  // Read what it prints as it goes: a full pipe would stop it, and this loop with it.
  child.stdout.resume();
  for (const [i, { doc }] of tasks.entries()) {
    const html = path.join(scratch, `markdown-${i}.html`);
    fs.writeFileSync(html, zlib.gunzipSync(fs.readFileSync(path.join(corpus, doc.dataset, doc.id, 'source.html.gz'))));
    const target = viewFile(out, 'markdown', doc.dataset, doc.id);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!child.stdin.write(`${html}\t${target}\n`)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  await done;
}

/** The first `sample` documents of each dataset (all when `sample` is 0), in index order. */
export function sampled(documents, sample) {
  if (!sample) return documents;
  const seen = new Map();
  return documents.filter((doc) => {
    const count = (seen.get(doc.dataset) ?? 0) + 1;
    seen.set(doc.dataset, count);
    return count <= sample;
  });
}

/** Where a converter view of one document is cached. */
export function viewFile(viewsDir, view, dataset, id) {
  return path.join(viewsDir, view, dataset, `${id}.txt`);
}

function run(command, args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb' } });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(chunks) });
    });
    child.on('error', () => {
      clearTimeout(timer);
      resolve({ code: -1, stdout: Buffer.alloc(0) });
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')));
  const out = path.resolve(option('--out', DEFAULT_VIEWS_DIR));
  const views = option('--views', Object.keys(CONVERTERS).join(',')).split(',');
  const jobs = Number(option('--jobs', 2));
  const force = args.includes('--force');
  const datasets = option('--datasets', '').split(',').filter(Boolean);
  const sample = Number(option('--sample', 0));
  const known = [...Object.keys(CONVERTERS), ...Object.keys(WASM_VIEWS)];
  for (const view of views) if (!known.includes(view)) throw new Error(`unknown view ${view}; known: ${known.join(', ')}`);

  const documents = sampled(
    fs
      .readFileSync(path.join(corpus, 'index.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((doc) => datasets.length === 0 || datasets.includes(doc.dataset)),
    sample,
  );
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pith-convert-'));
  const tasks = [];
  // View by view, so that the quick converters' views are ready first.
  for (const view of views) for (const doc of documents) tasks.push({ doc, view });
  const pending = ({ doc, view }) => force || !fs.existsSync(viewFile(out, view, doc.dataset, doc.id));
  if (views.includes('markdown'))
    await convertMarkdownBatch(
      tasks.filter((task) => task.view === 'markdown' && pending(task)),
      corpus,
      out,
      scratch,
    );
  let next = 0;
  let done = 0;
  for (const view of Object.keys(WASM_VIEWS))
    if (views.includes(view))
      done += await convertWasmBatch(
        view,
        tasks.filter((task) => task.view === view && pending(task)),
        corpus,
        out,
      );
  let failed = 0;
  const started = Date.now();
  async function worker(slot) {
    const html = path.join(scratch, `page-${slot}.html`);
    let loaded = null;
    while (next < tasks.length) {
      const { doc, view } = tasks[next++];
      const target = viewFile(out, view, doc.dataset, doc.id);
      if (view === 'markdown' || WASM_VIEWS[view] || (!force && fs.existsSync(target))) continue;
      const key = `${doc.dataset}/${doc.id}`;
      if (loaded !== key) {
        fs.writeFileSync(html, zlib.gunzipSync(fs.readFileSync(path.join(corpus, doc.dataset, doc.id, 'source.html.gz'))));
        loaded = key;
      }
      const [command, commandArgs] = CONVERTERS[view](html);
      const { code, stdout } = await run(command, commandArgs, 120_000);
      if (code !== 0) failed++;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, stdout);
      if (++done % 250 === 0) console.error(`convert-views: ${done} views written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  await Promise.all(Array.from({ length: jobs }, (_, slot) => worker(slot)));
  fs.rmSync(scratch, { recursive: true, force: true });
  console.error(`convert-views: ${done} views written to ${out}, ${failed} converter runs failed (their output kept as is)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
