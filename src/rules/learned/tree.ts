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

function decodeForest(encoded: EncodedForest): FlatForest {
  return {
    roots: new Int32Array(decodeBase64(encoded.roots)),
    feature: new Int8Array(decodeBase64(encoded.feature)),
    threshold: new Float32Array(decodeBase64(encoded.threshold)),
    right: new Int32Array(decodeBase64(encoded.right)),
  };
}

export class Forest {
  private flat: FlatForest | undefined;
  /** The shown tests for each leaf reached so far (a leaf's path never changes). */
  private readonly becauseAt = new Map<number, string>();

  constructor(private readonly encoded: EncodedForest) {}

  private get forest(): FlatForest {
    this.flat ??= decodeForest(this.encoded);
    return this.flat;
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
