import { stormArticle } from '../example-article.js';
import { chrome, keep, type DocumentRule, type RuleVerdict } from '../rule.js';
import { featureMatrix, fillStage2, SECOND_STAGE_WIDTH } from '../learned/features.js';
import { loadModel } from '../learned/model.js';
import type { Forest } from '../learned/tree.js';

/** Probability cut-offs that map the tree's answer onto jusText's classes (good / near-good / short / bad). */
export const LEARNED_THRESHOLDS = { good: 0.6, nearGood: 0.4, short: 0.2 } as const;
// jusText's classes, from the probability and the cut-offs.
const BAD = 0;
const SHORT = 1;
const NEAR_GOOD = 2;
const GOOD = 3;
/**
 * Verdicts made so far, by (leaf, score, class): verdicts are immutable, so blocks share them. A
 * direct-mapped table (a key's slot holds the last verdict made for a key there): a lookup is two
 * array reads, where a Map of tens of thousands of verdicts was ~3 % of strip; it is bounded too.
 */
class VerdictCache {
  private static readonly SLOTS = 1 << 16;
  private readonly keys = new Int32Array(VerdictCache.SLOTS).fill(-1);
  private readonly verdicts = new Array<RuleVerdict | undefined>(VerdictCache.SLOTS);

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 16;
  }

  get(key: number): RuleVerdict | undefined {
    const slot = this.slot(key);
    return this.keys[slot] === key ? this.verdicts[slot] : undefined;
  }

  set(key: number, verdict: RuleVerdict): void {
    const slot = this.slot(key);
    this.keys[slot] = key;
    this.verdicts[slot] = verdict;
  }
}

const verdictCaches = new WeakMap<Forest, VerdictCache>();

function verdictCache(forest: Forest): VerdictCache {
  let cache = verdictCaches.get(forest);
  if (!cache) verdictCaches.set(forest, (cache = new VerdictCache()));
  return cache;
}

/** The indices of the blocks no rule has decided yet. */
function undecided(decisions: readonly unknown[]): Int32Array {
  let count = 0;
  for (let i = 0; i < decisions.length; i++) if (decisions[i] === undefined) count++;
  const open = new Int32Array(count);
  for (let i = 0, r = 0; i < decisions.length; i++) if (decisions[i] === undefined) open[r++] = i;
  return open;
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
    // The blocks no earlier rule decided, which the trees judge. None (a one-line pipe, its line
    // the title): the model is not even loaded (parsing it is ~5 ms of such a run).
    const open = undecided(decisions);
    if (open.length === 0) return decided;
    const { first, second } = loadModel(view);
    const matrix = featureMatrix(blocks, decisions, second ? SECOND_STAGE_WIDTH : undefined);
    const { values, width } = matrix;
    const probabilities = new Float64Array(open.length);
    if (second) {
      first.probabilities(values, width, open, probabilities);
      // Blocks decided before the classifier count as 1 (kept) or 0 (dropped) for their neighbours.
      const all = new Float64Array(blocks.length);
      for (let i = 0; i < blocks.length; i++) all[i] = decisions[i]?.verdict.kept ? 1 : 0;
      for (let r = 0; r < open.length; r++) all[open[r]!] = probabilities[r]!;
      fillStage2(matrix, all);
    }
    const forest = second ?? first;
    const leaves = new Int32Array(open.length);
    forest.evaluate(values, width, open, probabilities, leaves);
    const verdicts = verdictCache(forest);
    for (let r = 0; r < open.length; r++) {
      const probability = probabilities[r]!;
      const leaf = leaves[r]!;
      const percent = Math.round(probability * 100);
      const grade = probability >= good ? GOOD : probability >= nearGood ? NEAR_GOOD : probability >= short ? SHORT : BAD;
      // Blocks that end in the same leaf with the same score get the same verdict: made once.
      const key = (leaf * 101 + percent) * 4 + grade;
      let verdict = verdicts.get(key);
      if (!verdict) {
        const reason = `learned trees: ${percent}% article text, e.g. where ${forest.because(leaf)}`;
        if (grade === GOOD) verdict = keep('body', reason, 'likely');
        else if (grade === NEAR_GOOD) verdict = keep('body', `${reason}; left to its neighbours`, 'unsure');
        else if (grade === SHORT) verdict = chrome('other', `${reason}; left to its neighbours`, 'unsure');
        else verdict = chrome('other', reason, 'likely');
        verdicts.set(key, verdict);
      }
      decided.set(open[r]!, verdict);
    }
    return decided;
  },
};

export default rule;
