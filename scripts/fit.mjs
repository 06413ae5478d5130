#!/usr/bin/env node
// npm run fit: fits the learned-classifier's forest for one view (--view blocks|wrapped) on the
// training part of the dev corpus (scripts/split.mjs) and writes src/rules/learned/model-<view>.json. Reproducible: same corpus, same
// code, same tree. Run `npm run eval -- --split test` afterwards for the held-out figure.
//
// A small random forest of weighted CART trees (Gini, histogram splits, bagging, feature sampling):
// each block is weighted by its word count, because the referee scores words, not blocks. Written
// here rather than taken from ml-cart / ml-random-forest because those take no sample weights.
//
// --with-wet adds the training part of the labelled crawl pages (dev/wet-labels.json, rebuilt by
// scripts/wet-dev.mjs), split by site like the corpus.
//
//   node scripts/fit.mjs [--corpus DIR] [--with-wet] [--depth 16] [--min-leaf 0.0001] [--trees 16] [--feature-share 0.6]
//                        [--balance 2] [--seed 1] [--view blocks|wrapped] [--out FILE]
//                        [--extra-views html2text,lynx,markdown,pandoc,w3m] [--views-dir DIR]
//
// --extra-views adds the training documents as converters print them (scripts/convert-views.mjs)
// as more training pages, each for the model of the view pith reads it in (a Markdown page is read
// in the block view, a dump in the wrapped view), labelled from gold.txt like the wrapped view's
// paragraphs. The same documents, so the same site-disjoint split: `npm run eval -- --split test`
// stays a held-out figure. --out writes the model elsewhere (to compare before installing it).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepare, builtinRules } from '../dist/src/index.js';
import { runRules } from '../dist/src/decisions/engine.js';
import { encodeForest } from './forest-format.mjs';
import { featureVectors, stage2Vectors, FEATURE_NAMES, STAGE2_FEATURE_NAMES } from '../dist/src/rules/learned/features.js';
import { inSplit, siteOf } from './split.mjs';
import { DEFAULT_VIEWS_DIR, viewFile } from './convert-views.mjs';
import { buildWetDev, DEFAULT_OUT as WET_DEV_DIR } from './wet-dev.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')));
const maxDepth = Number(option('--depth', 16));
const minLeafShare = Number(option('--min-leaf', 0.0001));
const treeCount = Number(option('--trees', 16));
const featureShare = Number(option('--feature-share', 0.6));
const seed = Number(option('--seed', 1));
const balance = Number(option('--balance', 2));
const view = option('--view', 'blocks');
const stages = Number(option('--stages', 2));
const extraViews = option('--extra-views', '').split(',').filter(Boolean);
const viewsDir = path.resolve(option('--views-dir', DEFAULT_VIEWS_DIR));
const BINS = 64;

const withWet = args.includes('--with-wet');
if (withWet && buildWetDev({ quiet: true })) process.exit(2);

const learned = builtinRules.find((rule) => rule.id === 'learned-classifier');
const documents = (withWet ? [corpus, WET_DEV_DIR] : [corpus])
  .flatMap((dir) =>
    fs
      .readFileSync(path.join(dir, 'index.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .map((doc) => ({ ...doc, folder: path.join(dir, doc.dataset, doc.id) })),
  )
  .filter((doc) => inSplit('train', doc));

// Smaller datasets weigh a little more (square root of the size ratio), so that the trees do not
// learn the largest dataset's pages alone.
const perDataset = {};
for (const doc of documents) perDataset[doc.dataset] = (perDataset[doc.dataset] ?? 0) + 1;
const largest = Math.max(...Object.values(perDataset));
const datasetWeight = Object.fromEntries(Object.entries(perDataset).map(([name, count]) => [name, Math.sqrt(largest / count) ** balance]));

// ---------------------------------------------------------------- samples
// Labels. The block view has the corpus's per-line labels (labels.json). A wrapped paragraph spans
// lines, so it is labelled the way the corpus labels lines: by the share of its 4-gram shingles
// found in the gold text (>= 0.7 article text, <= 0.3 chrome, else unsure); a block of 1-3 tokens is
// article text when it is a whole gold paragraph, unsure when it occurs inside the gold, else chrome.
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
const tokens = (text) => (text.match(TOKEN) ?? []).map((token) => token.toLowerCase());
function goldLabeller(gold) {
  const paragraphs = new Set(
    gold
      .split('\n')
      .map((line) => tokens(line).join(' '))
      .filter(Boolean),
  );
  const all = tokens(gold);
  const joined = ` ${all.join(' ')} `;
  const shingles = new Set();
  for (let i = 0; i + 4 <= all.length; i++) shingles.add(all.slice(i, i + 4).join(' '));
  return (text) => {
    const own = tokens(text);
    if (own.length === 0) return null;
    if (own.length < 4) return paragraphs.has(own.join(' ')) ? 1 : joined.includes(` ${own.join(' ')} `) ? null : 0;
    let found = 0;
    for (let i = 0; i + 4 <= own.length; i++) if (shingles.has(own.slice(i, i + 4).join(' '))) found++;
    const share = found / (own.length - 3);
    return share >= 0.7 ? 1 : share <= 0.3 ? 0 : null;
  };
}

/** Two folds of the training pages, by web site like the train/test split (FNV-1a, salted). */
function foldOf(doc) {
  let hash = 0x811c9dc5;
  for (const char of `fold:${siteOf(doc)}`) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 1;
}

// Per document: every block's first-stage vector, its earlier decision (kept 1 / dropped 0) or
// undefined, its label and weight; the fold it belongs to for the out-of-fold first stage.
const pages = [];
// The corpus's own view of every training document, then each extra converter view of it that pith reads in this view.
const sources = documents.map((doc) => ({ doc, file: path.join(doc.folder, `${view}.txt`), converter: false }));
for (const extra of extraViews) {
  const before = sources.length;
  for (const doc of documents) {
    const file = viewFile(viewsDir, extra, doc.dataset, doc.id);
    if (fs.existsSync(file)) sources.push({ doc, file, converter: true });
  }
  if (sources.length === before) {
    console.error(`fit: no ${extra} pages in ${viewsDir}: run node scripts/convert-views.mjs --sample 320 first`);
    process.exit(2);
  }
}
let extraPages = 0;
for (const { doc, file, converter } of sources) {
  const { dataset, folder } = doc;
  const text = fs.readFileSync(file, 'utf8');
  const prepared = converter ? prepare(text) : prepare(text, { view });
  if (prepared.view !== view) continue;
  if (converter) extraPages++;
  let labelOf;
  if (view === 'blocks' && !converter) {
    const lineLabels = JSON.parse(fs.readFileSync(path.join(folder, 'labels.json'), 'utf8')).blocks;
    labelOf = (block) => lineLabels[block.line - 1];
  } else {
    const byGold = goldLabeller(fs.readFileSync(path.join(folder, 'gold.txt'), 'utf8'));
    labelOf = (block) => byGold(block.text);
  }
  const { blocks, language } = prepared;
  const { decisions } = runRules({ blocks, rules: builtinRules, language, view, stopBefore: learned });
  // The referee averages F1 over documents, so every document weighs the same in total; within a
  // document, a block weighs its words.
  const documentWords = blocks.reduce((sum, block, i) => sum + (decisions[i] ? 0 : Math.max(1, block.features.words)), 0);
  pages.push({
    fold: foldOf(doc),
    vectors: featureVectors(blocks, decisions, view),
    decided: decisions.map((d) => (d ? (d.verdict.kept ? 1 : 0) : undefined)),
    labels: blocks.map((block, i) => (decisions[i] ? null : (labelOf(block) ?? null))),
    weights: blocks.map((block) => (1000 * datasetWeight[dataset] * Math.max(1, block.features.words)) / documentWords),
  });
}
if (extraViews.length)
  console.error(`fit: ${extraPages} converter pages (${extraViews.join(', ')}) read in the ${view} view added to the training pages`);

/** The training rows of some pages, with `vectorsOf(page)` giving each page's vectors. */
function samplesOf(selected, vectorsOf) {
  const rows = [];
  const labels = [];
  const weights = [];
  for (const page of selected) {
    const vectors = vectorsOf(page);
    page.labels.forEach((label, i) => {
      if (label === null) return; // decided before the classifier, or unsure
      rows.push(vectors[i]);
      labels.push(label);
      weights.push(page.weights[i]);
    });
  }
  return { rows, labels, weights };
}

function fitForest({ rows, labels, weights: baseWeights }, featureCount, forestSeed) {
  const sampleCount = rows.length;
  // ---------------------------------------------------------------- histogram bins per feature
  const edges = [];
  const binned = new Uint8Array(sampleCount * featureCount);
  for (let f = 0; f < featureCount; f++) {
    const values = rows.map((row) => row[f]).sort((a, b) => a - b);
    const cuts = [];
    for (let b = 1; b < BINS; b++) {
      const value = values[Math.floor((b * values.length) / BINS)];
      if (cuts.length === 0 || value > cuts[cuts.length - 1]) cuts.push(value);
    }
    edges.push(cuts);
    for (let s = 0; s < sampleCount; s++) {
      const value = rows[s][f];
      let bin = 0;
      while (bin < cuts.length && value > cuts[bin]) bin++;
      binned[s * featureCount + f] = bin;
    }
  }

  // ---------------------------------------------------------------- CART
  const totalWeight = baseWeights.reduce((a, b) => a + b, 0);
  const minLeaf = totalWeight * minLeafShare;
  const gini = (w0, w1) => {
    const w = w0 + w1;
    return w === 0 ? 0 : w - (w0 * w0 + w1 * w1) / w; // weighted impurity
  };

  // Deterministic pseudo-random numbers (mulberry32), so that `npm run fit` always gives the same forest.
  function random(state) {
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  let weights = baseWeights;
  let next = random(forestSeed);

  function grow(samples, depth) {
    let w0 = 0;
    let w1 = 0;
    for (const s of samples) {
      if (labels[s] === 1) w1 += weights[s];
      else w0 += weights[s];
    }
    const leaf = { p: Number((w1 / (w0 + w1)).toFixed(4)), n: Math.round(w0 + w1) };
    if (depth >= maxDepth || w0 + w1 < 2 * minLeaf || w0 === 0 || w1 === 0) return leaf;
    const parent = gini(w0, w1);
    let best = { gain: 1e-9 * totalWeight };
    for (let f = 0; f < featureCount; f++) {
      if (next() > featureShare) continue; // random-forest feature sampling: decorrelates the trees
      const bins = edges[f].length + 1;
      const h0 = new Float64Array(bins);
      const h1 = new Float64Array(bins);
      for (const s of samples) {
        const b = binned[s * featureCount + f];
        if (labels[s] === 1) h1[b] += weights[s];
        else h0[b] += weights[s];
      }
      let l0 = 0;
      let l1 = 0;
      for (let b = 0; b < bins - 1; b++) {
        l0 += h0[b];
        l1 += h1[b];
        const r0 = w0 - l0;
        const r1 = w1 - l1;
        if (l0 + l1 < minLeaf || r0 + r1 < minLeaf) continue;
        const gain = parent - gini(l0, l1) - gini(r0, r1);
        if (gain > best.gain) best = { gain, f, b };
      }
    }
    if (best.f === undefined) return leaf;
    const left = [];
    const right = [];
    for (const s of samples) (binned[s * featureCount + best.f] <= best.b ? left : right).push(s);
    const l = grow(left, depth + 1);
    const r = grow(right, depth + 1);
    // Both sides say the same: the split explains nothing, keep the leaf.
    if ('p' in l && 'p' in r && !('f' in l) && !('f' in r) && l.p >= 0.5 === r.p >= 0.5 && Math.abs(l.p - r.p) < 0.15) return leaf;
    return { f: best.f, t: Number(edges[best.f][best.b].toFixed(4)), l, r };
  }

  // Bagging: each tree sees a bootstrap resample of the training blocks (as Poisson(1) weights).
  function poisson() {
    let k = 0;
    for (let p = next(); p > Math.exp(-1); p *= next()) k++;
    return k;
  }
  const trees = [];
  for (let t = 0; t < treeCount; t++) {
    weights = treeCount === 1 ? baseWeights : baseWeights.map((w) => w * poisson());
    const samples = [...Array(sampleCount).keys()].filter((s) => weights[s] > 0);
    trees.push(grow(samples, 0));
  }
  return trees;
}

function probabilityOf(trees, vector) {
  let sum = 0;
  for (const tree of trees) {
    let node = tree;
    while ('f' in node) node = vector[node.f] <= node.t ? node.l : node.r;
    sum += node.p;
  }
  return sum / trees.length;
}

const firstFeatures = FEATURE_NAMES.length;
const firstSamples = samplesOf(pages, (page) => page.vectors);
console.error(`fit: ${view} view, ${documents.length} training documents, ${firstSamples.rows.length} blocks`);
const trees = fitForest(firstSamples, firstFeatures, seed);
let stage2;
if (stages === 2) {
  // Out-of-fold first-stage probabilities: each half of the pages is judged by a forest fitted on
  // the other half, so the second stage learns how far to trust the first on unseen pages.
  const folds = [0, 1].map((fold) =>
    fitForest(
      samplesOf(
        pages.filter((page) => page.fold !== fold),
        (page) => page.vectors,
      ),
      firstFeatures,
      seed + 1 + fold,
    ),
  );
  const secondSamples = samplesOf(pages, (page) => {
    const probabilities = page.vectors.map((vector, i) => page.decided[i] ?? probabilityOf(folds[page.fold], vector));
    return stage2Vectors(page.vectors, probabilities);
  });
  stage2 = fitForest(secondSamples, firstFeatures + STAGE2_FEATURE_NAMES.length, seed + 3);
}
let leaves = 0;
const count = (node) => ('f' in node ? (count(node.l), count(node.r)) : leaves++);
[...trees, ...(stage2 ?? [])].forEach(count);

// Preorder node lists, one per tree, in the flat format src/rules/learned/tree.ts reads.
function nodesOf(tree) {
  const nodes = [];
  (function walk(node) {
    if (!('f' in node)) {
      nodes.push({ p: node.p });
      return;
    }
    const split = { f: node.f, t: node.t, r: 0 };
    nodes.push(split);
    walk(node.l);
    split.r = nodes.length;
    walk(node.r);
  })(tree);
  return nodes;
}

const out = path.resolve(option('--out', path.join(root, 'src', 'rules', 'learned', `model-${view}.json`)));
const fitted =
  `scripts/fit.mjs --view ${view}${withWet ? ' --with-wet' : ''} --stages ${stages} --depth ${maxDepth} --min-leaf ${minLeafShare} --trees ${treeCount} --feature-share ${featureShare} --balance ${balance} --seed ${seed}` +
  (extraViews.length ? ` --extra-views ${extraViews.join(',')}` : '');
fs.writeFileSync(
  out,
  JSON.stringify({
    fitted,
    trainDocuments: documents.length,
    forest: encodeForest(trees.map(nodesOf)),
    ...(stage2 ? { stage2: encodeForest(stage2.map(nodesOf)) } : {}),
  }) + '\n',
);
console.error(
  `fit: ${trees.length}${stage2 ? ` + ${stage2.length} second-stage` : ''} trees, ${leaves} leaves, written to ${path.relative(root, out)}`,
);
