import { stormArticle } from '../example-article.js';
import { chrome, keep, type DocumentRule, type RuleVerdict } from '../rule.js';
import { featureVectors, stage2Vectors } from '../learned/features.js';
import { loadModel } from '../learned/model.js';

/** Probability cut-offs that map the tree's answer onto jusText's classes (good / near-good / short / bad). */
export const LEARNED_THRESHOLDS = { good: 0.6, nearGood: 0.4, short: 0.2 } as const;
const SHOWN_TESTS = 3;

/** The first tests of the path: the splits nearest the root weigh most in the tree's answer. */
function because(path: readonly string[]): string {
  const tests = path.slice(0, SHOWN_TESTS).join(', ');
  return path.length > SHOWN_TESTS ? `${tests}, …` : tests;
}

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
    let vectors = featureVectors(blocks, decisions);
    if (second) {
      const probabilities = blocks.map((_, i) => {
        const decision = decisions[i];
        if (decision) return decision.verdict.kept ? 1 : 0;
        return first.probability(vectors[i]!);
      });
      vectors = stage2Vectors(vectors, probabilities);
    }
    const forest = second ?? first;
    for (let i = 0; i < blocks.length; i++) {
      if (decisions[i]) continue;
      const { probability, path } = forest.evaluate(vectors[i]!);
      const reason = `learned trees: ${Math.round(probability * 100)}% article text, e.g. where ${because(path)}`;
      if (probability >= good) decided.set(i, keep('body', reason, 'likely'));
      else if (probability >= nearGood) decided.set(i, keep('body', `${reason}; left to its neighbours`, 'unsure'));
      else if (probability >= short) decided.set(i, chrome('other', `${reason}; left to its neighbours`, 'unsure'));
      else decided.set(i, chrome('other', reason, 'likely'));
    }
    return decided;
  },
};

export default rule;
