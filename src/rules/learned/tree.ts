// The fitted forest as compact data and its evaluation. Each tree ships as a Float32Array in
// preorder, three numbers a node: a split is [feature, threshold, index of its right child] (the
// left child follows it); a leaf is [-1, probability of article text, training weight]. The forest
// ships as base64 and is decoded on first use into one set of flat arrays for all its trees, so
// that walking a tree is a few typed-array reads per level (this runs for every block).

import { FEATURE_NAMES, STAGE2_FEATURE_NAMES } from './features.js';

const ALL_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, ...STAGE2_FEATURE_NAMES];

export interface EncodedForest {
  /** Base64 of each tree's Float32Array (little-endian). */
  trees: readonly string[];
}

const LEAF = -1;
/** Tests of a path shown in a reason: the splits nearest the root weigh most in the tree's answer. */
const SHOWN_TESTS = 3;

function decodeTree(base64: string): Float32Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

function shown(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** All trees' nodes in flat arrays, node by node; a tree's root is at `roots[t]`. */
interface FlatForest {
  roots: Int32Array;
  /** Feature read at a split, or LEAF. */
  feature: Int32Array;
  /** Threshold at a split (left when value <= threshold); the probability at a leaf. */
  threshold: Float64Array;
  /** Index of a split's right child (the left child is the next node). */
  right: Int32Array;
  /** Parent of every node, -1 at a root: a leaf's path is read backwards from it. */
  parent: Int32Array;
}

function flatten(encoded: EncodedForest): FlatForest {
  const trees = encoded.trees.map(decodeTree);
  const total = trees.reduce((sum, tree) => sum + tree.length / 3, 0);
  const forest: FlatForest = {
    roots: new Int32Array(trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    right: new Int32Array(total),
    parent: new Int32Array(total).fill(-1),
  };
  let offset = 0;
  trees.forEach((tree, t) => {
    forest.roots[t] = offset;
    for (let node = 0; node < tree.length / 3; node++) {
      const at = offset + node;
      const feature = tree[node * 3]!;
      forest.feature[at] = feature;
      forest.threshold[at] = tree[node * 3 + 1]!;
      if (feature === LEAF) continue;
      const right = offset + tree[node * 3 + 2]! / 3;
      forest.right[at] = right;
      forest.parent[at + 1] = at;
      forest.parent[right] = at;
    }
    offset += tree.length / 3;
  });
  return forest;
}

export class Forest {
  private flat: FlatForest | undefined;
  /** The shown tests for each leaf reached so far (a leaf's path never changes). */
  private readonly becauseAt = new Map<number, string>();

  constructor(private readonly encoded: EncodedForest) {}

  private get forest(): FlatForest {
    this.flat ??= flatten(this.encoded);
    return this.flat;
  }

  get size(): number {
    return this.encoded.trees.length;
  }

  /** The leaf that the row of `values` starting at `base` reaches from `root`. */
  private leaf(root: number, values: Float64Array, base: number): number {
    const { feature, threshold, right } = this.forest;
    let node = root;
    let at: number;
    while ((at = feature[node]!) !== LEAF) node = values[base + at]! <= threshold[node]! ? node + 1 : right[node]!;
    return node;
  }

  /**
   * The leaf each of `rows` (row indices of a `width`-wide matrix) reaches in every tree, tree by
   * tree (one tree's nodes stay in cache for all rows): `leaves[r * trees + t]`, and the mean
   * probability of row `rows[r]` in `probabilities[r]`.
   */
  private walk(values: Float64Array, width: number, rows: Int32Array, probabilities: Float64Array, leaves: Int32Array | undefined): void {
    const { roots, threshold } = this.forest;
    const trees = roots.length;
    probabilities.fill(0, 0, rows.length);
    for (let t = 0; t < trees; t++) {
      const root = roots[t]!;
      for (let r = 0; r < rows.length; r++) {
        const leaf = this.leaf(root, values, rows[r]! * width);
        if (leaves) leaves[r * trees + t] = leaf;
        probabilities[r]! += threshold[leaf]!;
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
    const { feature, threshold, parent } = this.forest;
    const tests: string[] = [];
    for (let node = leaf, up = parent[node]!; up >= 0; node = up, up = parent[up]!) {
      const name = ALL_FEATURE_NAMES[feature[up]!] ?? `feature ${feature[up]}`;
      tests.push(`${name} ${node === up + 1 ? '<=' : '>'} ${shown(threshold[up]!)}`);
    }
    tests.reverse();
    text = tests.slice(0, SHOWN_TESTS).join(', ') + (tests.length > SHOWN_TESTS ? ', …' : '');
    this.becauseAt.set(leaf, text);
    return text;
  }
}
