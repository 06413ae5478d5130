// The fitted forest and its evaluation. All trees' nodes sit in preorder in flat typed arrays
// (scripts/forest-format.mjs writes them, base64 in the model JSON): loading is a few native
// base64 decodes. A split's left child is the next node; its right child is `right[node]`. Every
// open block walks every tree: past the first few thousand rows of a run that walk runs in
// WebAssembly (forest-walk.wat), 1.8x faster than the best JavaScript walk measured.

import { FOREST_WALK_WASM, WALK_LANES } from './forest-walk.js';
import { align8, decodeBase64, instantiate, LazyKernel, reserve, type WasmMemory } from '../../wasm.js';
import { WASM_AFTER_ROWS } from '../../engine/tuning.js';

/** The model file's form of a forest: base64 of little-endian typed arrays (see scripts/forest-format.mjs). */
export interface EncodedForest {
  trees: number;
  /** Int32: each tree's root node. */
  roots: string;
  /** Int8: the feature a split reads; -1 at a leaf. */
  feature: string;
  /** Float32: a split's threshold (left when value <= threshold); a leaf's probability of article text. */
  threshold: string;
  /** Int32: a split's right child. */
  right: string;
}

const LEAF = -1;

/** One split on the way from a tree's root to a leaf, as the row that reached the leaf passed it. */
export interface PathTest {
  /** The feature the split reads (its column in the row). */
  feature: number;
  /** The row's value was <= `threshold` (went left), or > it. */
  atMost: boolean;
  threshold: number;
  /**
   * How far the step moved the answer towards article text: the answer of the child taken less the
   * split's (negative: towards chrome; see `means`).
   */
  shift: number;
}

interface FlatForest {
  roots: Int32Array;
  feature: Int8Array;
  threshold: Float32Array;
  right: Int32Array;
}

function decodeForest(encoded: EncodedForest): FlatForest {
  return {
    roots: new Int32Array(decodeBase64(encoded.roots)),
    feature: new Int8Array(decodeBase64(encoded.feature)),
    threshold: new Float32Array(decodeBase64(encoded.threshold)),
    right: new Int32Array(decodeBase64(encoded.right)),
  };
}

interface WalkExports {
  memory: WasmMemory;
  /** See forest-walk.wat: every argument is a count or a byte offset into `memory`. */
  walk(
    trees: number,
    roots: number,
    depths: number,
    column: number,
    cut: number,
    next: number,
    probability: number,
    values: number,
    width8: number,
    rows: number,
    count: number,
    out: number,
    leaves: number,
    closest: number,
  ): void;
}

/** Rows a tree walks before the next tree (a multiple of WALK_LANES): ~400 KB of features. */
const TILE_ROWS = WALK_LANES * 256;

/**
 * The forest in WebAssembly memory and its walk (forest-walk.wat, made by scripts/wasm.mjs):
 * each tree walked up to its depth with no branch per step, `WALK_LANES` rows side by side. Every
 * node steps to `next` (right) or the node after it (left), and a leaf steps to itself (its cut is
 * NaN, and no value is <= NaN). Node arrays sit at the start of the memory; each call copies the
 * feature matrix and the rows after them, growing the memory when a page needs more.
 */
class WasmWalk {
  readonly memory: WasmMemory;
  private readonly exports: WalkExports;
  private readonly trees: number;
  /** Byte offsets of the node and tree arrays. */
  private readonly at: { column: number; cut: number; next: number; probability: number; roots: number; depths: number };
  /** Where the per-call data starts. */
  private readonly scratch: number;

  constructor(exports: WalkExports, { roots, feature, threshold, right }: FlatForest) {
    const nodes = feature.length;
    this.trees = roots.length;
    let end = 0;
    const place = (bytes: number) => {
      const start = end;
      end = align8(end + bytes);
      return start;
    };
    this.at = {
      cut: place(nodes * 8),
      probability: place(nodes * 8),
      column: place(nodes * 4),
      next: place(nodes * 4),
      roots: place(this.trees * 4),
      depths: place(this.trees * 4),
    };
    this.scratch = end;
    this.exports = exports;
    this.memory = exports.memory;
    reserve(exports.memory, end);
    const buffer = this.exports.memory.buffer;
    const column = new Int32Array(buffer, this.at.column, nodes);
    const cut = new Float64Array(buffer, this.at.cut, nodes);
    const next = new Int32Array(buffer, this.at.next, nodes);
    const probability = new Float64Array(buffer, this.at.probability, nodes);
    const depth = new Int32Array(buffer, this.at.depths, this.trees);
    new Int32Array(buffer, this.at.roots, this.trees).set(roots);
    // Depth of each node below its root; in preorder a node's depth is known before its children's.
    const level = new Int32Array(nodes);
    for (let t = 0, node = 0; t < this.trees; t++) {
      const last = t + 1 < this.trees ? roots[t + 1]! : nodes;
      for (; node < last; node++) {
        probability[node] = threshold[node]!;
        if (feature[node] === LEAF) {
          cut[node] = NaN;
          next[node] = node;
          depth[t] = Math.max(depth[t]!, level[node]!);
        } else {
          column[node] = feature[node]! * 8;
          cut[node] = threshold[node]!;
          next[node] = right[node]!;
          level[node + 1] = level[right[node]!] = level[node]! + 1;
        }
      }
    }
  }

  /**
   * Walks `rows` (see Forest.walk), TILE_ROWS at a time: each tree walks a tile's rows, whose
   * features stay in the processor's cache, where one walk over all the rows of a very long page
   * (100,000 blocks: a 27 MB matrix, read once per tree) took twice as long per row.
   */
  run(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array, closest: Int32Array | undefined): void {
    const count = rows.length;
    if (count === 0) return;
    const padded = Math.ceil(count / WALK_LANES) * WALK_LANES;
    const at = this.at;
    const valuesAt = this.scratch;
    const outAt = align8(valuesAt + values.length * 8);
    const rowsAt = outAt + padded * 8;
    const closestAt = rowsAt + padded * 4;
    const leavesAt = align8(closestAt + padded * 4);
    reserve(this.exports.memory, leavesAt + Math.min(padded, TILE_ROWS) * this.trees * 4);
    const buffer = this.exports.memory.buffer;
    new Float64Array(buffer, valuesAt, values.length).set(values);
    const walked = new Int32Array(buffer, rowsAt, padded);
    walked.set(rows);
    walked.fill(rows[0]!, count); // the last group's spare lanes walk a real row; their answers are dropped
    for (let first = 0; first < padded; first += TILE_ROWS) {
      const tile = Math.min(TILE_ROWS, padded - first);
      this.exports.walk(
        this.trees,
        at.roots,
        at.depths,
        at.column,
        at.cut,
        at.next,
        at.probability,
        valuesAt,
        width * 8,
        rowsAt + first * 4,
        tile,
        outAt + first * 8,
        leavesAt,
        closestAt + first * 4,
      );
    }
    probabilities.set(new Float64Array(buffer, outAt, count));
    if (closest) closest.set(new Int32Array(buffer, closestAt, count));
  }
}

export class Forest {
  private flat: FlatForest | undefined;
  /** The WebAssembly walk once made; null where there is no WebAssembly. */
  private readonly wasm = new LazyKernel(() => {
    const exports = instantiate<WalkExports>(FOREST_WALK_WASM);
    return exports && new WasmWalk(exports, this.forest);
  }, WASM_AFTER_ROWS);
  /** Per node, the mean probability of the leaves below it; made on the first `path`. */
  private meanBelow: Float32Array | undefined;

  constructor(private readonly encoded: EncodedForest) {}

  /** Nodes in all trees (node ids run from 0 to this). */
  get nodes(): number {
    return this.forest.feature.length;
  }

  private get forest(): FlatForest {
    this.flat ??= decodeForest(this.encoded);
    return this.flat;
  }

  /**
   * The mean probability over the trees of row `rows[r]` (row indices of a `width`-wide matrix) in
   * `probabilities[r]`, and in `closest[r]` (when given) the leaf whose answer is nearest that mean.
   * Trees are walked one at a time over all rows (one tree's nodes stay in cache). The first few
   * thousand rows of a run, and every row where WebAssembly is missing (node --jitless), are walked
   * by plain descent.
   */
  private walk(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array, closest: Int32Array | undefined): void {
    const wasm = this.wasm.use(rows.length);
    if (!wasm) return this.walkByDescent(values, width, rows, probabilities, closest);
    wasm.run(values, width, rows, probabilities, closest);
    this.wasm.release();
  }

  /** `walk` for the first few thousand rows: down each tree until a leaf, with the model's own arrays. */
  private walkByDescent(
    values: Float64Array,
    width: number,
    rows: Int32Array,
    probabilities: Float64Array,
    closest: Int32Array | undefined,
  ): void {
    const { roots, feature, threshold, right } = this.forest;
    const trees = roots.length;
    // The leaves reached, kept only when the caller wants the closest one.
    const reached = closest ? new Int32Array(rows.length * trees) : undefined;
    probabilities.fill(0, 0, rows.length);
    for (let t = 0; t < trees; t++) {
      for (let r = 0; r < rows.length; r++) {
        const base = rows[r]! * width;
        let node = roots[t]!;
        let at: number;
        while ((at = feature[node]!) !== LEAF) node = values[base + at]! <= threshold[node]! ? node + 1 : right[node]!;
        probabilities[r]! += threshold[node]!;
        if (reached) reached[r * trees + t] = node;
      }
    }
    for (let r = 0; r < rows.length; r++) {
      const probability = (probabilities[r]! /= trees);
      if (!closest || !reached) continue;
      let nearest = reached[r * trees]!;
      for (let t = 1; t < trees; t++) {
        const leaf = reached[r * trees + t]!;
        if (Math.abs(threshold[leaf]! - probability) < Math.abs(threshold[nearest]! - probability)) nearest = leaf;
      }
      closest[r] = nearest;
    }
  }

  /** The mean probability over the trees of each of `rows`, into `probabilities[r]`. */
  probabilities(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array): void {
    this.walk(values, width, rows, probabilities, undefined);
  }

  /** As `probabilities`, and in `leaves[r]` the leaf of the tree whose answer is closest to the mean. */
  evaluate(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array, leaves: Int32Array): void {
    this.walk(values, width, rows, probabilities, leaves);
  }

  /**
   * Every node's answer: a leaf's probability, a split's the mean of its two children's (as if each
   * split halved the rows that reach it: the model stores no counts). Children follow their split in
   * preorder, so one backward pass; made on the first `path`.
   */
  private means(): Float32Array {
    if (this.meanBelow) return this.meanBelow;
    const { feature, threshold, right } = this.forest;
    const mean = new Float32Array(feature.length);
    for (let node = feature.length - 1; node >= 0; node--) {
      mean[node] = feature[node] === LEAF ? threshold[node]! : (mean[node + 1]! + mean[right[node]!]!) / 2;
    }
    return (this.meanBelow = mean);
  }

  /** The tests on the way from the root to `leaf` (a leaf `evaluate` gave), root first (callers keep what they need). */
  path(leaf: number): PathTest[] {
    const { roots, feature, threshold, right } = this.forest;
    const mean = this.means();
    // The leaf's tree is the last one rooted at or before it; in preorder the left subtree of a
    // split holds the nodes before its right child, so the path goes left while the leaf comes first.
    let node = roots[0]!;
    for (let t = 0; t < roots.length && roots[t]! <= leaf; t++) node = roots[t]!;
    const tests: PathTest[] = [];
    while (node !== leaf && feature[node] !== LEAF) {
      const atMost = leaf < right[node]!;
      const child = atMost ? node + 1 : right[node]!;
      tests.push({ feature: feature[node]!, atMost, threshold: threshold[node]!, shift: mean[child]! - mean[node]! });
      node = child;
    }
    return tests;
  }
}
