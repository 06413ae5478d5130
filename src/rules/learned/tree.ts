// The fitted forest as compact data and its evaluation. Each tree is a Float32Array in preorder,
// three numbers a node: a split is [feature, threshold, index of its right child] (the left child
// follows it); a leaf is [-1, probability of article text, training weight]. The forest ships as
// base64 in model.ts and is decoded on first use, so loading pith costs almost nothing.

import { FEATURE_NAMES, STAGE2_FEATURE_NAMES } from './features.js';

const ALL_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, ...STAGE2_FEATURE_NAMES];

export interface EncodedForest {
  /** Base64 of each tree's Float32Array (little-endian). */
  trees: readonly string[];
}

export interface TreeOutcome {
  probability: number;
  /** The tests on the way to the leaf, e.g. "words > 14", "stopword density <= 0.31". */
  path: string[];
}

const LEAF = -1;

function decodeTree(base64: string): Float32Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

function shown(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export class Forest {
  private decoded: Float32Array[] | undefined;

  constructor(private readonly encoded: EncodedForest) {}

  private get trees(): Float32Array[] {
    this.decoded ??= this.encoded.trees.map(decodeTree);
    return this.decoded;
  }

  /** The leaf index the vector reaches in one tree. */
  private leaf(tree: Float32Array, vector: readonly number[]): number {
    let node = 0;
    while (tree[node] !== LEAF) node = vector[tree[node]!]! <= tree[node + 1]! ? node + 3 : tree[node + 2]!;
    return node;
  }

  /** Each split's two tests in words ("words <= 14" at node, "words > 14" at node + 1), made once per tree. */
  private readonly wording = new Map<Float32Array, string[]>();

  private testWording(tree: Float32Array, node: number, left: boolean): string {
    let words = this.wording.get(tree);
    if (!words) this.wording.set(tree, (words = []));
    let text = words[node + (left ? 0 : 1)];
    if (text === undefined) {
      const feature = tree[node]!;
      const name = ALL_FEATURE_NAMES[feature] ?? `feature ${feature}`;
      const threshold = shown(tree[node + 1]!);
      words[node] = `${name} <= ${threshold}`;
      words[node + 1] = `${name} > ${threshold}`;
      text = words[node + (left ? 0 : 1)]!;
    }
    return text;
  }

  /** The tests one tree made on the way to its leaf, in words. */
  private path(tree: Float32Array, vector: readonly number[]): string[] {
    const tests: string[] = [];
    let node = 0;
    while (tree[node] !== LEAF) {
      const left = vector[tree[node]!]! <= tree[node + 1]!;
      tests.push(this.testWording(tree, node, left));
      node = left ? node + 3 : tree[node + 2]!;
    }
    return tests;
  }

  /** The mean probability over the trees, without the wording. */
  probability(vector: readonly number[]): number {
    const trees = this.trees;
    let sum = 0;
    for (const tree of trees) sum += tree[this.leaf(tree, vector) + 1]!;
    return sum / trees.length;
  }

  /** The mean probability over the trees; the path shown is that of the tree closest to the mean. */
  evaluate(vector: readonly number[]): TreeOutcome {
    const trees = this.trees;
    const answers = new Float64Array(trees.length);
    let sum = 0;
    for (let i = 0; i < trees.length; i++) sum += answers[i] = trees[i]![this.leaf(trees[i]!, vector) + 1]!;
    const probability = sum / trees.length;
    let closest = 0;
    for (let i = 1; i < answers.length; i++) if (Math.abs(answers[i]! - probability) < Math.abs(answers[closest]! - probability)) closest = i;
    return { probability, path: this.path(trees[closest]!, vector) };
  }
}
