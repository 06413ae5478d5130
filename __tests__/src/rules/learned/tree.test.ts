// The learned forest's fast walk (WebAssembly: fixed-depth, branch-free, six rows side by side)
// must reach the same leaves as descending each tree node by node until a leaf, on any feature
// values (__tests__/src/wasm.test.ts checks that the module is what scripts/wasm.mjs makes).

import fc from 'fast-check';
import { createRequire } from 'node:module';
import { Forest, type EncodedForest } from '../../../../src/rules/learned/tree.js';
import { FIRST_STAGE_WIDTH, SECOND_STAGE_WIDTH } from '../../../../src/rules/learned/features.js';
import { withEnginePath } from '../../../../src/engine/tuning.js';

const model = createRequire(import.meta.url)('../../../../src/rules/learned/model-blocks.json') as {
  forest: EncodedForest;
  stage2: EncodedForest;
};

/**
 * The plain reading of the model file: each tree descended from its root until a leaf. The mean of
 * the leaves' probabilities, and the leaf closest to it (the first tree's on a tie), which the
 * classifier's reason describes.
 */
function descend(encoded: EncodedForest, values: Float64Array, width: number, row: number): { probability: number; leaf: number } {
  const { roots, feature, threshold, right } = arraysOf(encoded);
  const reached = Array.from(roots, (root) => {
    let node = root;
    while (feature[node] !== -1) node = values[row * width + feature[node]!]! <= threshold[node]! ? node + 1 : right[node]!;
    return node;
  });
  const probability = reached.reduce((sum, leaf) => sum + threshold[leaf]!, 0) / roots.length;
  const leaf = reached.reduce((closest, leaf) =>
    Math.abs(threshold[leaf]! - probability) < Math.abs(threshold[closest]! - probability) ? leaf : closest,
  );
  return { probability, leaf };
}

const decoded = new Map<EncodedForest, { roots: Int32Array; feature: Int8Array; threshold: Float32Array; right: Int32Array }>();

/** The model file's arrays, decoded once per forest. */
function arraysOf(encoded: EncodedForest): { roots: Int32Array; feature: Int8Array; threshold: Float32Array; right: Int32Array } {
  const decode = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64')).buffer;
  let arrays = decoded.get(encoded);
  if (!arrays) {
    arrays = {
      roots: new Int32Array(decode(encoded.roots)),
      feature: new Int8Array(decode(encoded.feature)),
      threshold: new Float32Array(decode(encoded.threshold)),
      right: new Int32Array(decode(encoded.right)),
    };
    decoded.set(encoded, arrays);
  }
  return arrays;
}

/** The first few rows where `actual` differs from `expected` (row, actual, expected): none when they agree. */
function differences(actual: ArrayLike<number>, expected: (row: number) => number): [number, number, number][] {
  const found: [number, number, number][] = [];
  for (let row = 0; row < actual.length && found.length < 3; row++)
    if (actual[row] !== expected(row)) found.push([row, actual[row]!, expected(row)]);
  return found;
}

// Values around the thresholds the trees use: counts, shares, and the edge cases between.
const value = fc.oneof(fc.integer({ min: -60, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 1, 50));

describe('Forest', () => {
  for (const [stage, encoded, width] of [
    ['first stage', model.forest, FIRST_STAGE_WIDTH],
    ['second stage', model.stage2, SECOND_STAGE_WIDTH],
  ] as const) {
    it(`${stage}: the walk gives every row the probability and the leaf of a plain descent, in large and small pages`, () => {
      const forest = new Forest(encoded);
      fc.assert(
        fc.property(fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 9 }), (table) => {
          // Enough rows that the forest switches from descent to its walk arrays part way through the run.
          const repeats = 601; // odd: the rows left over after groups of four are walked too
          const values = Float64Array.from(
            { length: table.length * repeats * width },
            (_, i) => table[Math.floor(i / width) % table.length]![i % width]!,
          );
          const rows = Int32Array.from({ length: table.length * repeats }, (_, i) => i);
          const probabilities = new Float64Array(rows.length);
          const leaves = new Int32Array(rows.length);
          const expected = table.map((_, r) => descend(encoded, values, width, r));
          // As the run goes (descent, then the walk), and with each path pinned.
          for (const path of ['auto', 'js', 'wasm'] as const) {
            withEnginePath(path, () => forest.evaluate(values, width, rows, probabilities, leaves));
            expect(differences(probabilities, (row) => expected[row % table.length]!.probability)).toEqual([]);
            expect(differences(leaves, (row) => expected[row % table.length]!.leaf)).toEqual([]);
          }
        }),
        { numRuns: 25 },
      );
    });
  }
});
