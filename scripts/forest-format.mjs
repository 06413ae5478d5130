// The learned forest's file format (read by src/rules/learned/tree.ts): all trees' nodes in preorder,
// one flat little-endian array per field, base64 in the model JSON, so that loading is a few
// native base64 decodes and typed-array views, with no loop over the nodes (start-up matters).
//   roots:     Int32, the index of each tree's root node
//   feature:   Int8,  the feature a split reads, or -1 at a leaf
//   threshold: Float32, a split's threshold (left when value <= threshold); a leaf's probability
//   right:     Int32, a split's right child (its left child is the next node); 0 at a leaf

/**
 * `trees`: one array of nodes per tree in preorder, each node { f, t, r } for a split (r: index of
 * its right child within the tree) or { p } for a leaf with probability p.
 */
export function encodeForest(trees) {
  const total = trees.reduce((sum, nodes) => sum + nodes.length, 0);
  const roots = new Int32Array(trees.length);
  const feature = new Int8Array(total);
  const threshold = new Float32Array(total);
  const right = new Int32Array(total);
  let offset = 0;
  trees.forEach((nodes, t) => {
    roots[t] = offset;
    nodes.forEach((node, i) => {
      const at = offset + i;
      if ('p' in node) {
        feature[at] = -1;
        threshold[at] = node.p;
      } else {
        feature[at] = node.f;
        threshold[at] = node.t;
        right[at] = offset + node.r;
      }
    });
    offset += nodes.length;
  });
  const base64 = (array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
  return { trees: trees.length, roots: base64(roots), feature: base64(feature), threshold: base64(threshold), right: base64(right) };
}

/** The nodes of the previous format's tree (a Float32Array of [feature, threshold, right*3] / [-1, p, weight]). */
export function nodesOfLegacyTree(base64) {
  const buffer = Buffer.from(base64, 'base64');
  const numbers = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.length / 4);
  const nodes = [];
  for (let i = 0; i < numbers.length; i += 3)
    nodes.push(numbers[i] === -1 ? { p: numbers[i + 1] } : { f: numbers[i], t: numbers[i + 1], r: numbers[i + 2] / 3 });
  return nodes;
}
