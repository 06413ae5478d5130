#!/usr/bin/env node
// The crawl dev set: pages of ../shared/wet (Common Crawl text, third-party content) labelled line
// by line in dev/wet-labels.json. Only the labels are committed, keyed by the JSONL record id with
// a line count and a hash of the lines as a check; this script rebuilds a corpus-shaped folder from
// the crawl file and the labels, so that scripts/eval.mjs, scripts/fit.mjs and the referee read it
// like ../shared/corpus.
//
//   node scripts/wet-dev.mjs [build] [--out DIR] [--wet FILE] [--labels FILE]
//       writes DIR/wet/<id>/{blocks.txt,wrapped.txt,gold.txt,labels.json,meta.json} and DIR/index.jsonl
//       (default DIR: node_modules/.cache/pith-wet-dev); prints DIR. `npm run eval -- --wet` and
//       `node scripts/fit.mjs --with-wet` build it themselves.
//   node scripts/wet-dev.mjs show <id|id-prefix|record-number> [--width 220]
//       prints a page's blocks with line numbers and, when labelled, their labels (for labelling).
//   node scripts/wet-dev.mjs label <id|record-number> <type> <lang> <runs> [note]
//       records a page's labels in the labels file (type: article, discussion, product, listing, other;
//       runs: "0x3,1x10,nx2", n = unsure).
//   node scripts/wet-dev.mjs list
//       one row per record: number, id, blocks, characters, URL.
//
// blocks.txt is the record's non-blank lines (the crawl text puts one block on a line, with blank
// lines between paragraphs); gold.txt is the lines labelled 1, one per line.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const isMain = process.argv[1] === fileURLToPath(import.meta.url);
// Options are read only when this file is run, not when scripts/eval.mjs or fit.mjs import it.
const args = isMain ? process.argv.slice(2) : [];
function option(name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}
/** The crawl JSONL the labelled pages come from. */
export const DEFAULT_WET = path.join(root, '..', 'shared', 'wet', 'dolma-test_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz');
const wetFile = path.resolve(option('--wet', DEFAULT_WET));
const labelsFile = path.resolve(option('--labels', path.join(root, 'dev', 'wet-labels.json')));
export const DEFAULT_OUT = path.join(root, 'node_modules', '.cache', 'pith-wet-dev');
const out = path.resolve(option('--out', DEFAULT_OUT));
const width = Number(option('--width', 220));
const DATASET = 'wet';
const PAGE_TYPES = ['article', 'discussion', 'product', 'listing', 'other'];

/** The crawl records: id, URL, date and text, in file order. */
function readRecords() {
  return zlib
    .gunzipSync(fs.readFileSync(wetFile))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((record) => ({
      id: record.id,
      // The crawled URL with its scheme (the WET record's WARC-Target-URI): scripts/split.mjs reads the host from it.
      url: record.metadata?.warc_url ?? record.metadata?.url ?? '',
      date: record.metadata?.warc_date ?? '',
      text: record.text,
    }));
}

export function blockLines(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function linesHash(lines) {
  return crypto.createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/** "0x3,1x10,nx2" -> [0,0,0,1,...,null,null]; a run without "xN" is one line. */
export function decodeRuns(runs) {
  const labels = [];
  for (const run of runs.split(',').filter(Boolean)) {
    const [value, count = '1'] = run.trim().split('x');
    const label = value === '1' ? 1 : value === '0' ? 0 : value === 'n' ? null : undefined;
    if (label === undefined || !/^\d+$/.test(count)) throw new Error(`bad run "${run}"`);
    for (let i = 0; i < Number(count); i++) labels.push(label);
  }
  return labels;
}

function readLabels() {
  return JSON.parse(fs.readFileSync(labelsFile, 'utf8'));
}

/** Writes the corpus-shaped folder; returns the number of pages that could not be rebuilt. */
export function buildWetDev({ outDir = out, quiet = false } = {}) {
  const { pages } = readLabels();
  const records = new Map(readRecords().map((record) => [record.id, record]));
  fs.rmSync(outDir, { recursive: true, force: true });
  const index = [];
  const problems = [];
  for (const [id, page] of Object.entries(pages)) {
    const record = records.get(id);
    if (!record) {
      problems.push(`${id}: not in ${path.basename(wetFile)}`);
      continue;
    }
    const lines = blockLines(record.text);
    const labels = decodeRuns(page.labels);
    if (lines.length !== page.lines || linesHash(lines) !== page.hash) {
      problems.push(`${id}: the crawl text differs from the labelled one (${lines.length} lines, hash ${linesHash(lines)})`);
      continue;
    }
    if (labels.length !== lines.length) {
      problems.push(`${id}: ${labels.length} labels for ${lines.length} lines`);
      continue;
    }
    const folder = path.join(outDir, DATASET, id);
    fs.mkdirSync(folder, { recursive: true });
    const gold = lines.filter((_, i) => labels[i] === 1);
    const meta = {
      dataset: DATASET,
      id,
      url: record.url,
      lang: page.lang,
      type: page.type,
      warc_date: record.date,
      source: path.basename(wetFile),
      notes: page.note ?? '',
    };
    fs.writeFileSync(path.join(folder, 'blocks.txt'), lines.join('\n') + '\n');
    // The record's text as the crawl has it (blank lines between paragraphs, not hard-wrapped): what a
    // user piping the crawl text gets; scored with --view wrapped.
    fs.writeFileSync(path.join(folder, 'wrapped.txt'), record.text.endsWith('\n') ? record.text : record.text + '\n');
    fs.writeFileSync(path.join(folder, 'gold.txt'), gold.join('\n') + (gold.length ? '\n' : ''));
    fs.writeFileSync(path.join(folder, 'labels.json'), JSON.stringify({ blocks: labels }) + '\n');
    fs.writeFileSync(path.join(folder, 'meta.json'), JSON.stringify(meta, null, 1) + '\n');
    index.push({
      ...meta,
      synthetic: false,
      blocks_lines: lines.length,
      labels_content: labels.filter((label) => label === 1).length,
      labels_boilerplate: labels.filter((label) => label === 0).length,
      labels_null: labels.filter((label) => label === null).length,
    });
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'index.jsonl'), index.map((row) => JSON.stringify(row)).join('\n') + '\n');
  for (const problem of problems) console.error(`wet-dev: ${problem}`);
  if (!quiet) console.error(`wet-dev: ${index.length} labelled pages in ${outDir}`);
  return problems.length;
}

function show(key) {
  const records = readRecords();
  const record = /^\d+$/.test(key) ? records[Number(key)] : records.find((r) => r.id.startsWith(key));
  if (!record) throw new Error(`no record ${key}`);
  const lines = blockLines(record.text);
  const page = fs.existsSync(labelsFile) ? readLabels().pages[record.id] : undefined;
  const labels = page ? decodeRuns(page.labels) : [];
  console.log(`# ${record.id} ${record.url} (${lines.length} lines, hash ${linesHash(lines)})`);
  lines.forEach((line, i) => {
    const label = i < labels.length ? String(labels[i] ?? 'n') : ' ';
    const text = line.length > width ? `${line.slice(0, width)}…[${line.length}]` : line;
    console.log(`${String(i + 1).padStart(4)} ${label} ${text}`);
  });
}

/** Records a page's labels (type, language, runs) with its line count and hash; checks the run length. */
function label(key, type, lang, runs, note) {
  const records = readRecords();
  const record = /^\d+$/.test(key) ? records[Number(key)] : records.find((r) => r.id.startsWith(key));
  if (!record) throw new Error(`no record ${key}`);
  if (!PAGE_TYPES.includes(type)) throw new Error(`type must be one of ${PAGE_TYPES.join(', ')}`);
  const lines = blockLines(record.text);
  const labels = decodeRuns(runs);
  if (labels.length !== lines.length) throw new Error(`${record.id}: ${labels.length} labels for ${lines.length} lines`);
  const file = fs.existsSync(labelsFile) ? readLabels() : { pages: {} };
  file.pages[record.id] = {
    url: record.url,
    type,
    lang,
    lines: lines.length,
    hash: linesHash(lines),
    labels: runs,
    ...(note ? { note } : {}),
  };
  fs.mkdirSync(path.dirname(labelsFile), { recursive: true });
  fs.writeFileSync(labelsFile, JSON.stringify(file, null, 2) + '\n');
  console.error(`wet-dev: ${record.id} ${type} ${labels.filter((l) => l === 1).length}/${lines.length} body lines`);
}

function list() {
  readRecords().forEach((record, i) => {
    const lines = blockLines(record.text);
    console.log([i, record.id, lines.length, record.text.length, record.url].join('\t'));
  });
}

if (isMain) {
  const command = args[0] ?? 'build';
  if (command === 'build') {
    process.exitCode = buildWetDev() ? 1 : 0;
    console.log(out);
  } else if (command === 'show') show(args[1]);
  else if (command === 'list') list();
  else if (command === 'label') label(args[1], args[2], args[3], args[4], args[5]);
  else {
    console.error(`wet-dev: unknown command ${command}`);
    process.exitCode = 2;
  }
}
