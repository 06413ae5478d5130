// The fitted forest and its evaluation. All trees' nodes sit in preorder in flat typed arrays
// (scripts/forest-format.mjs writes them, base64 in the model JSON): loading is a few native
// base64 decodes, and walking a tree is a few typed-array reads per level (this runs for every
// block). A split's left child is the next node; its right child is `right[node]`.

import { FEATURE_NAMES, STAGE2_FEATURE_NAMES } from './features.js';

const ALL_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, ...STAGE2_FEATURE_NAMES];

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
/** Tests of a path shown in a reason: the splits nearest the root weigh most in the tree's answer. */
const SHOWN_TESTS = 3;

interface NodeBuffer {
  from(text: string, encoding: 'base64'): Uint8Array;
}

/** The bytes of a base64 string: natively where Node's Buffer is there (fast at start-up), else with atob. */
function decodeBase64(base64: string): ArrayBuffer {
  const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (nodeBuffer) {
    // A copy: a small Buffer is a view into a shared pool (its .buffer is the whole pool), and the
    // typed arrays over it must start at offset 0, aligned.
    return new Uint8Array(nodeBuffer.from(base64, 'base64')).buffer;
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

function shown(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

interface FlatForest {
  roots: Int32Array;
  feature: Int8Array;
  threshold: Float32Array;
  right: Int32Array;
}

/**
 * The walk's form of the forest: every node steps to `next` (right) or the node after it (left),
 * and a leaf steps to itself (its `cut` is NaN, and no value is <= NaN), so that each tree is
 * walked up to `depth` steps with no test for leaves at each step.
 */
interface WalkArrays {
  /** The feature a split reads; 0 at a leaf (read, never decisive). */
  column: Int32Array;
  /** A split's threshold as the float64 it is compared as; NaN at a leaf. */
  cut: Float64Array;
  /** A split's right child; a leaf itself. */
  next: Int32Array;
  /** Per tree, its longest root-to-leaf path in splits. */
  depth: Int32Array;
}

function decodeForest(encoded: EncodedForest): FlatForest {
  return {
    roots: new Int32Array(decodeBase64(encoded.roots)),
    feature: new Int8Array(decodeBase64(encoded.feature)),
    threshold: new Float32Array(decodeBase64(encoded.threshold)),
    right: new Int32Array(decodeBase64(encoded.right)),
  };
}

function walkArrays({ roots, feature, threshold, right }: FlatForest): WalkArrays {
  const nodes = feature.length;
  const column = new Int32Array(nodes);
  const cut = new Float64Array(nodes);
  const next = new Int32Array(nodes);
  const depth = new Int32Array(roots.length);
  // Depth of each node below its root; in preorder a node's depth is known before its children's.
  const level = new Int32Array(nodes);
  for (let t = 0, node = 0; t < roots.length; t++) {
    const end = t + 1 < roots.length ? roots[t + 1]! : nodes;
    for (; node < end; node++) {
      if (feature[node] === LEAF) {
        cut[node] = NaN;
        next[node] = node;
        depth[t] = Math.max(depth[t]!, level[node]!);
      } else {
        column[node] = feature[node]!;
        cut[node] = threshold[node]!;
        next[node] = right[node]!;
        level[node + 1] = level[right[node]!] = level[node]! + 1;
      }
    }
  }
  return { column, cut, next, depth };
}

/** Rows walked by descent before the walk arrays are built (building them costs a one-line run ~3 ms). */
const WALK_ARRAYS_AFTER_ROWS = 4096;

export class Forest {
  private flat: FlatForest | undefined;
  private walkForm: WalkArrays | undefined;
  private rowsWalked = 0;
  /** The shown tests for each leaf reached so far (a leaf's path never changes). */
  private readonly becauseAt = new Map<number, string>();

  constructor(private readonly encoded: EncodedForest) {}

  private get forest(): FlatForest {
    this.flat ??= decodeForest(this.encoded);
    return this.flat;
  }

  /**
   * The leaf each of `rows` (row indices of a `width`-wide matrix) reaches in every tree, tree by
   * tree (one tree's nodes stay in cache for all rows): `leaves[r * trees + t]`, and the mean
   * probability of row `rows[r]` in `probabilities[r]`.
   *
   * A step is branch-free (`+(a <= b)` compiles to a set-on-compare, a mask picks the child)
   * and four rows walk side by side: the walk's cost was mispredicted branches and the latency of
   * one chain of loads, and this is 1.6x faster than a loop per row that stops at the leaf. Two
   * checks on the way down stop a group whose four rows are all at leaves (measured 5-10 % faster).
   */
  private walk(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array, leaves: Int32Array | undefined): void {
    const { roots, threshold } = this.forest;
    const trees = roots.length;
    const count = rows.length;
    probabilities.fill(0, 0, count);
    if (!this.walkForm && (this.rowsWalked += count) < WALK_ARRAYS_AFTER_ROWS) {
      this.walkByDescent(values, width, rows, probabilities, leaves);
      return;
    }
    const { column, cut, next, depth } = (this.walkForm ??= walkArrays(this.forest));
    for (let t = 0; t < trees; t++) {
      const root = roots[t]!;
      const steps = depth[t]!;
      let r = 0;
      for (; r + 4 <= count; r += 4) {
        const base0 = rows[r]! * width;
        const base1 = rows[r + 1]! * width;
        const base2 = rows[r + 2]! * width;
        const base3 = rows[r + 3]! * width;
        let node0 = root;
        let node1 = root;
        let node2 = root;
        let node3 = root;
        for (let step = 0; step < steps; step++) {
          // right: the mask is -1 (all bits) when the value is not <= the cut, else 0.
          node0 += 1 + ((next[node0]! - node0 - 1) & (+(values[base0 + column[node0]!]! <= cut[node0]!) - 1));
          node1 += 1 + ((next[node1]! - node1 - 1) & (+(values[base1 + column[node1]!]! <= cut[node1]!) - 1));
          node2 += 1 + ((next[node2]! - node2 - 1) & (+(values[base2 + column[node2]!]! <= cut[node2]!) - 1));
          node3 += 1 + ((next[node3]! - node3 - 1) & (+(values[base3 + column[node3]!]! <= cut[node3]!) - 1));
          // Most groups of four are all at their leaves before the deepest level: stop there.
          if ((step === 10 || step === 12) && next[node0] === node0 && next[node1] === node1 && next[node2] === node2 && next[node3] === node3) break;
        }
        probabilities[r]! += threshold[node0]!;
        probabilities[r + 1]! += threshold[node1]!;
        probabilities[r + 2]! += threshold[node2]!;
        probabilities[r + 3]! += threshold[node3]!;
        if (leaves) {
          leaves[r * trees + t] = node0;
          leaves[(r + 1) * trees + t] = node1;
          leaves[(r + 2) * trees + t] = node2;
          leaves[(r + 3) * trees + t] = node3;
        }
      }
      for (; r < count; r++) {
        const base = rows[r]! * width;
        let node = root;
        for (let step = 0; step < steps; step++) node += 1 + ((next[node]! - node - 1) & (+(values[base + column[node]!]! <= cut[node]!) - 1));
        probabilities[r]! += threshold[node]!;
        if (leaves) leaves[r * trees + t] = node;
      }
    }
    for (let r = 0; r < count; r++) probabilities[r]! /= trees;
  }

  /** `walk` for the first few thousand rows: down each tree until a leaf, with the model's own arrays. */
  private walkByDescent(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array, leaves: Int32Array | undefined): void {
    const { roots, feature, threshold, right } = this.forest;
    const trees = roots.length;
    for (let t = 0; t < trees; t++) {
      for (let r = 0; r < rows.length; r++) {
        const base = rows[r]! * width;
        let node = roots[t]!;
        let at: number;
        while ((at = feature[node]!) !== LEAF) node = values[base + at]! <= threshold[node]! ? node + 1 : right[node]!;
        probabilities[r]! += threshold[node]!;
        if (leaves) leaves[r * trees + t] = node;
      }
    }
    for (let r = 0; r < rows.length; r++) probabilities[r]! /= trees;
  }


  /** The mean probability over the trees of each of `rows`, into `probabilities[r]`. */
  probabilities(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array): void {
    this.walk(values, width, rows, probabilities, undefined);
  }

  /** As `probabilities`, and in `leaves[r]` the leaf of the tree whose answer is closest to the mean. */
  evaluate(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array, leaves: Int32Array): void {
    const trees = this.forest.roots.length;
    const { threshold } = this.forest;
    const reached = new Int32Array(rows.length * trees);
    this.walk(values, width, rows, probabilities, reached);
    for (let r = 0; r < rows.length; r++) {
      const probability = probabilities[r]!;
      let closest = reached[r * trees]!;
      for (let t = 1; t < trees; t++) {
        const leaf = reached[r * trees + t]!;
        if (Math.abs(threshold[leaf]! - probability) < Math.abs(threshold[closest]! - probability)) closest = leaf;
      }
      leaves[r] = closest;
    }
  }

  /** The first SHOWN_TESTS tests on the way from the root to `leaf`, in words; made once per leaf. */
  because(leaf: number): string {
    let text = this.becauseAt.get(leaf);
    if (text !== undefined) return text;
    const { roots, feature, threshold, right } = this.forest;
    // The leaf's tree is the last one rooted at or before it; in preorder the left subtree of a
    // split holds the nodes before its right child, so the path goes left while the leaf comes first.
    let node = roots[0]!;
    for (let t = 0; t < roots.length && roots[t]! <= leaf; t++) node = roots[t]!;
    const tests: string[] = [];
    while (node !== leaf && tests.length <= SHOWN_TESTS) {
      const left = leaf < right[node]!;
      const name = ALL_FEATURE_NAMES[feature[node]!] ?? `feature ${feature[node]}`;
      tests.push(`${name} ${left ? '<=' : '>'} ${shown(threshold[node]!)}`);
      node = left ? node + 1 : right[node]!;
    }
    text = tests.slice(0, SHOWN_TESTS).join(', ') + (tests.length > SHOWN_TESTS ? ', …' : '');
    this.becauseAt.set(leaf, text);
    return text;
  }

}
