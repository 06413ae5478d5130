import { stormArticle } from '../example-article.js';
import { chrome, keep, type DocumentRule, type RuleVerdict } from '../rule.js';
import { featureMatrix, fillStage2, SECOND_STAGE_WIDTH } from '../learned/features.js';
import { loadModel } from '../learned/model.js';

/** Probability cut-offs that map the tree's answer onto jusText's classes (good / near-good / short / bad). */
export const LEARNED_THRESHOLDS = { good: 0.6, nearGood: 0.4, short: 0.2 } as const;
/**
 * Decision trees fitted on labelled pages (scripts/fit.mjs, `npm run fit`), boilerpipe-style: they
 * read a block's length, stopword density and punctuation, the same for its neighbours, its place
 * in the page and the phrase-rule chrome around it. The reason names the tests of a typical tree.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'learned-classifier',
  phase: 'statistical',
  targets: 'body',
  description: 'Decision trees fitted on labelled pages (npm run fit) classify each block from its own and its neighbours\' text statistics and position.',
  options: { ...LEARNED_THRESHOLDS },
  examples: {
    match: [
      {
        document: [
          ...stormArticle(3),
        ].join('\n'),
        block: 2,
      },
    ],
    noMatch: [],
  },
  apply({ blocks, decisions, options, view }) {
    const decided = new Map<number, RuleVerdict>();
    const { good, nearGood, short } = { ...LEARNED_THRESHOLDS, ...(options as Partial<typeof LEARNED_THRESHOLDS> | undefined) };
    const { first, second } = loadModel(view);
    const matrix = featureMatrix(blocks, decisions, second ? SECOND_STAGE_WIDTH : undefined);
    const { values, width } = matrix;
    if (second) {
      const probabilities = new Float64Array(blocks.length);
      for (let i = 0; i < blocks.length; i++) {
        const decision = decisions[i];
        probabilities[i] = decision ? (decision.verdict.kept ? 1 : 0) : first.probability(values, i * width);
      }
      fillStage2(matrix, probabilities);
    }
    const forest = second ?? first;
    for (let i = 0; i < blocks.length; i++) {
      if (decisions[i]) continue;
      const { probability, because } = forest.evaluate(values, i * width);
      const reason = `learned trees: ${Math.round(probability * 100)}% article text, e.g. where ${because}`;
      if (probability >= good) decided.set(i, keep('body', reason, 'likely'));
      else if (probability >= nearGood) decided.set(i, keep('body', `${reason}; left to its neighbours`, 'unsure'));
      else if (probability >= short) decided.set(i, chrome('other', `${reason}; left to its neighbours`, 'unsure'));
      else decided.set(i, chrome('other', reason, 'likely'));
    }
    return decided;
  },
};

export default rule;
