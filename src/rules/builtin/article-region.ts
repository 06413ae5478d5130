import { STORM_MORE_PARAGRAPHS, STORM_PARAGRAPHS, stormArticle, storyPastDonationBox } from '../example-article.js';
import { BlockVerdicts, chrome, type Decision, type DocumentRule, type RuleExamples } from '../rule.js';
import type { AnalysedBlock, ChromeCategory } from '../../types.js';
import { isEntriesPage, isLongProse } from '../context.js';

/** Pitch boxes that sites insert into an article's text, which a phrase rule recognises with certainty. */
const INSERTED_BOXES: ReadonlySet<ChromeCategory> = new Set(['donation', 'newsletter', 'login']);

function isInsertedBox(decision: Decision | undefined): boolean {
  const category = decision?.verdict.category;
  return decision?.certainty === 'certain' && category !== undefined && INSERTED_BOXES.has(category);
}

/** A pitch box inside the text is short: a longer run under a pitch's phrase is a sponsored list. */
const MAX_BOX_WORDS = 80;
/** A kept paragraph of prose on either side of a pitch box: this many words, one sentence at least. */
const FLANK_WORDS = 20;

function isKeptParagraph(block: AnalysedBlock | undefined, decision: Decision | undefined, language: string): boolean {
  return block !== undefined && (decision?.verdict.kept ?? true) && isLongProse(block, language, FLANK_WORDS, 1);
}

/**
 * A run of pitch boxes with a kept paragraph right above and right below it (a donation appeal,
 * a newsletter box inside the story) weighs nothing: the article goes on under it. Subscription
 * boxes are left out: a sponsored list under a "subscribe" phrase would join the article.
 */
function neutraliseBoxesInText(
  blocks: readonly AnalysedBlock[],
  decisions: readonly (Decision | undefined)[],
  language: string,
  scores: number[],
): void {
  for (let i = 0; i < blocks.length;) {
    if (!isInsertedBox(decisions[i])) {
      i++;
      continue;
    }
    let j = i;
    let words = 0;
    while (j < blocks.length && (isInsertedBox(decisions[j]) || blocks[j]!.features.words === 0)) words += blocks[j++]!.features.words;
    const inText = isKeptParagraph(blocks[i - 1], decisions[i - 1], language) && isKeptParagraph(blocks[j], decisions[j], language);
    if (inText && words <= MAX_BOX_WORDS) for (let k = i; k < j; k++) scores[k] = 0;
    i = j;
  }
}

/** How much a dropped word weighs against a kept one when delimiting the article. */
const DROPPED_WEIGHT = 1;
/** A further run of text counts as article too when it weighs this share of the main run (pages, sections). */
const SECOND_REGION_SHARE = 0.3;
const MAX_REGIONS = 8;

const ISLAND =
  'The harbour trust has bought the old customs house on the quay and will open it as a museum of the fishing fleet next summer. ' +
  'Its chairman said that the building had stood empty for eleven years and that tickets would be free for everyone who lives in the town.';
const COOKIES =
  'We use cookies and similar technologies to remember your settings, to measure how our pages are used and to show you advertising ' +
  'that suits your interests. You can change your choices at any time in the privacy centre at the foot of every page, where you can ' +
  'also read how long we keep the data.';

/**
 * The article is the run of blocks where kept words most outweigh dropped ones (Finn's body-text
 * extraction, on blocks), plus any further run that weighs almost as much (an article split by a
 * table or code). Small islands of prose outside them (teasers, author boxes, sidebars) are dropped.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'article-region',
  phase: 'context',
  targets: 'related',
  description: 'Prose far outside the main run of article text (teasers, sidebars, author boxes) is dropped.',
  get examples(): RuleExamples {
    const longStory = [...stormArticle(5), ...STORM_MORE_PARAGRAPHS];
    return {
      match: [
        // A teaser in the page's header, cut off from the article by a cookie notice: an island of prose.
        {
          document: ['Valley Daily Herald', 'Home', 'Weather', ISLAND, COOKIES, 'Advertisement', ...longStory].join('\n'),
          block: 3,
          kept: false,
          category: 'other',
        },
        {
          document: ['[Logo] Valley Daily Herald', 'Home  Weather', ISLAND, COOKIES, 'Advertisement', ...longStory].join('\n\n'),
          block: 2,
          views: ['wrapped'],
          kept: false,
          category: 'other',
        },
      ],
      noMatch: [
        // A donation box inside the story is no gap in it: the paragraph under the box is the article's.
        { document: storyPastDonationBox().join('\n'), block: 9, kept: true, role: 'body' },
        // A story split by a donation box keeps its second part: it weighs enough to be a region
        // of the article too.
        {
          document: [
            ...stormArticle(3),
            'Our reporting on the storm is free to read because readers like you support it. Every contribution, however big or small, helps us keep reporters on the roads and in the towns that were hit. If you can, please support the Courier today with a monthly gift of any size. It only takes a minute.',
            'Donate now',
            ...STORM_PARAGRAPHS.slice(3, 5),
          ].join('\n'),
          block: 7,
          kept: true,
          role: 'body',
        },
      ],
    };
  },
  apply({ blocks, decisions, page, language }) {
    const decided = new BlockVerdicts(blocks.length);
    // One main run of text is an article's shape; a listing or a product page has several parts.
    if (isEntriesPage(page)) return decided;
    // A box a phrase rule is sure is inserted into the text (an ad, a share bar, a donation or
    // subscription pitch) weighs nothing either way: the article goes on under it.
    const scores = blocks.map((block, i) =>
      (decisions[i]?.verdict.kept ?? true) ? block.features.words : -DROPPED_WEIGHT * block.features.words,
    );
    neutraliseBoxesInText(blocks, decisions, language, scores);
    const inArticle = new Array<boolean>(blocks.length).fill(false);
    const regions: Array<[number, number]> = [];
    let mainScore = 0;
    for (let round = 0; round < MAX_REGIONS; round++) {
      const region = bestSegment(scores, inArticle);
      if (!region || region.score < mainScore * SECOND_REGION_SHARE) break;
      mainScore ||= region.score;
      regions.push([region.start, region.end]);
      for (let i = region.start; i <= region.end; i++) inArticle[i] = true;
    }
    if (regions.length === 0) return decided;
    const where = regions.map(([from, to]) => `${blocks[from]!.line}-${blocks[to]!.line}`).join(', ');
    const verdict = chrome('other', `outside the article text (lines ${where})`, 'likely');
    for (let i = 0; i < blocks.length; i++) {
      const decision = decisions[i];
      if (inArticle[i] || !decision?.verdict.kept || decision.certainty === 'certain' || decision.verdict.role !== 'body') continue;
      decided.set(i, verdict);
    }
    return decided;
  },
};

/** Kadane's maximum-sum run of scores, not crossing blocks already taken. */
function bestSegment(scores: readonly number[], taken: readonly boolean[]): { start: number; end: number; score: number } | undefined {
  let bestStart = -1;
  let bestEnd = -1;
  let bestScore = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (taken[i]) {
      sum = 0;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > 0 && (bestStart < 0 || sum > bestScore)) {
      bestStart = start;
      bestEnd = i;
      bestScore = sum;
    }
  }
  return bestStart < 0 ? undefined : { start: bestStart, end: bestEnd, score: bestScore };
}

export default rule;
