import { stormArticle } from '../example-article.js';
import { BlockVerdicts, chrome, keep, type Decision, type DocumentRule, type RuleVerdict, type RuleExamples } from '../rule.js';
import { FIRST_STAGE_WIDTH, PageFeatures, fillStage2Rows, meanProbability, SECOND_STAGE_WIDTH } from '../learned/features.js';
import { explainer } from '../learned/explain.js';
import { loadModel } from '../learned/model.js';
import type { Forest } from '../learned/tree.js';
import { BAD, GOOD, NEAR_GOOD, SHORT } from '../justext.js';

/** Probability cut-offs that map the tree's answer onto jusText's classes (good / near-good / short / bad). */
export const LEARNED_THRESHOLDS = { good: 0.6, nearGood: 0.4, short: 0.2 } as const;
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
 * Blocks whose feature rows are filled and walked at a time: a usual page (the dev corpus's longest
 * has 2,823 blocks) is one tile. On a longer one a tile's rows (~2 MB) stay in the processor's
 * caches and in the walk's WebAssembly memory, where one matrix for a 250,000-block page (70 MB)
 * took three times as long per block.
 */
export const TILE_BLOCKS = 8192;

/**
 * The forest's probability for each of the `open` blocks, and the leaf its reason describes: the
 * first stage over every tile, then (stacking) the second stage, which reads the first stage's
 * answers around each block, over every tile again.
 */
export function classify(
  page: PageFeatures,
  open: Int32Array,
  decisions: readonly (Decision | undefined)[],
  first: Forest,
  second: Forest | undefined,
  tileBlocks: number,
): { probabilities: Float64Array; leaves: Int32Array } {
  const probabilities = new Float64Array(open.length);
  const leaves = new Int32Array(open.length);
  const n = page.rows;
  const tile = Math.max(1, Math.min(n, tileBlocks));
  const width = second ? SECOND_STAGE_WIDTH : FIRST_STAGE_WIDTH;
  const values = new Float64Array(tile * width);
  // The open blocks of one tile, as rows of its matrix.
  const tileRows = new Int32Array(Math.min(open.length, tile));
  // Blocks decided before the classifier count as 1 (kept) or 0 (dropped) for their neighbours.
  const all = new Float64Array(second ? n : 0);
  let mean = 0;
  /**
   * One stage over every tile's open blocks: its rows filled (the first stage's columns, which a
   * page of one tile keeps for the second), then walked; the last stage also gives the leaves.
   */
  const walkTiles = (forest: Forest, stage2: boolean): void => {
    const last = stage2 || !second;
    for (let from = 0, r = 0; from < n; from += tile) {
      const to = Math.min(n, from + tile);
      const start = r;
      while (r < open.length && open[r]! < to) r++;
      if (r === start) continue;
      for (let k = start; k < r; k++) tileRows[k - start] = open[k]! - from;
      if (!stage2 || tile < n) page.fill(from, to, values, width);
      if (stage2) fillStage2Rows(values, width, all, mean, from, to);
      const rows = tileRows.subarray(0, r - start);
      if (last) forest.evaluate(values, width, rows, probabilities.subarray(start, r), leaves.subarray(start, r));
      else forest.probabilities(values, width, rows, probabilities.subarray(start, r));
    }
  };
  walkTiles(first, false);
  if (!second) return { probabilities, leaves };
  for (let i = 0; i < n; i++) all[i] = decisions[i]?.verdict.kept ? 1 : 0;
  for (let r = 0; r < open.length; r++) all[open[r]!] = probabilities[r]!;
  mean = meanProbability(all, (i) => page.wordsOf(i));
  walkTiles(second, true);
  return { probabilities, leaves };
}

/**
 * Decision trees fitted on labelled pages (scripts/fit.mjs, `npm run fit`), boilerpipe-style: they
 * read a block's length, stopword density and punctuation, the same for its neighbours, its place
 * in the page and the phrase-rule chrome around it. The reason names, in words, the facts about the
 * block that moved a typical tree's answer most towards the verdict (learned/explain.ts).
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'learned-classifier',
  phase: 'statistical',
  targets: 'body',
  description:
    "Decision trees fitted on labelled pages (npm run fit) classify each block from its own and its neighbours' text statistics and position.",
  options: { ...LEARNED_THRESHOLDS },
  get examples(): RuleExamples {
    return {
      match: [
        {
          document: [...stormArticle(3)].join('\n'),
          block: 2,
          kept: true,
          role: 'body',
        },
        // A converter's page (pandoc) prints every bullet of its link lists apart from its item, as a
        // block with no words, dropped before the trees run. The page's mean reads only blocks with
        // words, so the short article above the list still reads as a page of article text, and the
        // teaser list under it as the chrome it is.
        {
          document: [
            ...['Home', 'News', 'Sport', 'Weather', 'Contact us'].map((item) => `-   ${item}`),
            '',
            'Lighthouse keeper retires after forty years',
            '',
            'By Anna Marsh',
            '',
            'The lighthouse keeper who has watched over the harbour mouth for forty years retired on Friday.',
            '',
            ...Array.from({ length: 20 }, (_, k) => {
              const item = [
                'Most read',
                'Ferry fares to rise in spring',
                'School roof repairs finished early',
                'Privacy policy',
                'Terms of use',
              ][k % 5]!;
              return `-   ${item}${k >= 5 ? ` ${k}` : ''}`;
            }),
          ].join('\n'),
          views: ['wrapped'],
          block: 38,
          kept: false,
          category: 'other',
        },
      ],
      noMatch: [],
    };
  },
  apply({ blocks, decisions, options, view }) {
    const decided = new BlockVerdicts(blocks.length);
    const { good, nearGood, short } = { ...LEARNED_THRESHOLDS, ...(options as Partial<typeof LEARNED_THRESHOLDS> | undefined) };
    // The blocks no earlier rule decided, which the trees judge. None (a one-line pipe, its line
    // the title): the model is not even loaded (parsing it is ~5 ms of such a run).
    const open = undecided(decisions);
    if (open.length === 0) return decided;
    const { first, second } = loadModel(view);
    const { probabilities, leaves } = classify(new PageFeatures(blocks, decisions, view), open, decisions, first, second, TILE_BLOCKS);
    const forest = second ?? first;
    const verdicts = verdictCache(forest);
    for (let r = 0; r < open.length; r++) {
      const probability = probabilities[r]!;
      const leaf = leaves[r]!;
      const percent = Math.round(probability * 100);
      const grade = probability >= good ? GOOD : probability >= nearGood ? NEAR_GOOD : probability >= short ? SHORT : BAD;
      // Blocks that end in the same leaf with the same score get the same verdict: made once, and
      // its reason is worded once per leaf and direction (explain.ts).
      const key = (leaf * 101 + percent) * 4 + grade;
      let verdict = verdicts.get(key);
      if (!verdict) {
        const kept = grade >= NEAR_GOOD;
        const model = kept ? `${percent}% article text` : `${100 - percent}% chrome`;
        const reason = `${explainer(forest).reason(leaf, kept)} (model: ${model})`;
        if (grade === GOOD) verdict = keep('body', reason, 'likely');
        else if (grade === NEAR_GOOD) verdict = keep('body', `${reason}; unsure, left to its neighbours`, 'unsure');
        else if (grade === SHORT) verdict = chrome('other', `${reason}; unsure, left to its neighbours`, 'unsure');
        else verdict = chrome('other', reason, 'likely');
        verdicts.set(key, verdict);
      }
      decided.set(open[r]!, verdict);
    }
    return decided;
  },
};

export default rule;
