// A very long page is classified a tile of blocks at a time (learned-classifier's classify): every
// tile's rows come from the page-wide totals (PageFeatures), so the answers must be those of one
// matrix over the whole page, the form the model was fitted on (scripts/fit.mjs).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, activeRules } from '../../../../src/index.js';
import { runRules } from '../../../../src/decisions/engine.js';
import { classify } from '../../../../src/rules/builtin/learned-classifier.js';
import { featureMatrix, fillStage2, PageFeatures, SECOND_STAGE_WIDTH } from '../../../../src/rules/learned/features.js';
import { loadModel } from '../../../../src/rules/learned/model.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', '..', 'fixtures', 'documents');
const article = (name: string) => readFileSync(join(fixtures, name, 'input.txt'), 'utf8');

/** The classifier's input: a page's blocks and the decisions of the rules before it. */
function beforeClassifier(text: string) {
  const { blocks, language, view } = prepare(text);
  const rules = activeRules();
  const classifier = rules.find((rule) => rule.id === 'learned-classifier')!;
  const { decisions } = runRules({ blocks, rules, language, view, stopBefore: classifier });
  const open = Int32Array.from(decisions.flatMap((decision, i) => (decision === undefined ? [i] : [])));
  return { blocks, decisions, open, view };
}

/** The same answers from one matrix over the whole page. */
function oneMatrix(text: string) {
  const { blocks, decisions, open, view } = beforeClassifier(text);
  const { first, second } = loadModel(view);
  const matrix = featureMatrix(blocks, decisions, view, SECOND_STAGE_WIDTH);
  const probabilities = new Float64Array(open.length);
  first.probabilities(matrix.values, matrix.width, open, probabilities);
  const all = Float64Array.from(decisions, (decision) => (decision?.verdict.kept ? 1 : 0));
  open.forEach((block, r) => (all[block] = probabilities[r]!));
  fillStage2(matrix, all);
  const leaves = new Int32Array(open.length);
  second!.evaluate(matrix.values, matrix.width, open, probabilities, leaves);
  return { probabilities: Array.from(probabilities), leaves: Array.from(leaves) };
}

describe('learned classifier in tiles', () => {
  // Three articles with their chrome (titles, phrase-rule chrome, comments), several times over:
  // running totals, distances to chrome and the title, and repeated texts all cross tile edges.
  const page = [article('harbour-solar'), article('seed-independent'), article('harbour-solar'), article('crlf-recipe').replace(/\r/g, '')]
    .join('\n')
    .repeat(3);

  it('gives every open block the probability and the leaf of one matrix over the page, whatever the tile size', () => {
    const expected = oneMatrix(page);
    const { blocks, decisions, open, view } = beforeClassifier(page);
    expect(open.length).toBeGreaterThan(100);
    const { first, second } = loadModel(view);
    for (const tile of [0, 1, 7, 64, blocks.length - 1, blocks.length, 1 << 20]) {
      const { probabilities, leaves } = classify(new PageFeatures(blocks, decisions, view), open, decisions, first, second, tile);
      expect({ tile, probabilities: Array.from(probabilities), leaves: Array.from(leaves) }).toEqual({ tile, ...expected });
    }
  });
});
