import { STORM_MORE_PARAGRAPHS, STORM_PARAGRAPHS, stormArticle, storyPastDonationBox } from '../example-article.js';
import { BlockVerdicts, chrome, type Decision, type DocumentRule, type RuleExamples } from '../rule.js';
import type { AnalysedBlock, ChromeCategory } from '../../types.js';
import { isEntriesPage, isLongProse, LONG_PROSE } from '../context.js';

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

/** A block kept so far that reads as prose: FLANK_WORDS and a sentence, unless told otherwise. */
function isKeptParagraph(
  block: AnalysedBlock | undefined,
  decision: Decision | undefined,
  language: string,
  words: number = FLANK_WORDS,
  sentences = 1,
): boolean {
  return block !== undefined && (decision?.verdict.kept ?? true) && isLongProse(block, language, words, sentences);
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

/** A guide's introduction: two paragraphs of prose. */
const GUIDE_INTRODUCTION = [
  'Every winter the county asks residents to check the drains in front of their houses before the first storm arrives. ' +
    'Blocked drains were the main cause of the flooded streets last year, and most of them took only a few minutes to clear.',
  'This guide explains what to look for, which tools are worth having in the shed and when it is better to call the council. ' +
    'It was written with the road crews who spent the last three winters clearing the valley after every heavy rain.',
];

const MORE_COOKIES =
  'Some of these cookies are set by our partners. If you do not allow them, some parts of the site may not work and the advertising you see may be less relevant to you.';
const CLOSING =
  'The council will publish the list of roads that stay closed on its website every morning at seven, and the bus company will post its changed timetables at every stop in the valley. ' +
  'Farmers on the high ground were asked to move their animals to the lower fields before Thursday night, when the worst of the wind is expected to reach the coast and the two bridges may close again.';

/**
 * The article is the run of blocks where kept words most outweigh dropped ones (Finn's body-text
 * extraction, on blocks), plus any further run that weighs almost as much (an article split by a
 * table or code). Small islands of prose outside them (teasers, author boxes, sidebars) are dropped;
 * paragraphs together above the first run are the text's introduction, and stay.
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
        // Two paragraphs above the cookie notice are a run of text, not an island: the guide's own
        // introduction, which the main run outweighs but does not make chrome.
        {
          document: [
            'Valley Daily Herald',
            'Home',
            'Weather',
            GUIDE_INTRODUCTION[0],
            GUIDE_INTRODUCTION[1],
            COOKIES,
            MORE_COOKIES,
            'Advertisement',
            ...longStory,
            CLOSING,
          ].join('\n'),
          block: 4,
          kept: true,
          role: 'body',
        },
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
    const firstStart = Math.min(...regions.map(([from]) => from));
    for (let i = 0; i < blocks.length; i++) {
      const decision = decisions[i];
      if (inArticle[i] || !decision?.verdict.kept || decision.certainty === 'certain' || decision.verdict.role !== 'body') continue;
      if (i < firstStart && isIntroduction(blocks, decisions, i, language)) continue;
      decided.set(i, verdict);
    }
    return decided;
  },
};

/** Blocks either side of a paragraph within which another makes it part of a run of text. */
const INTRODUCTION_REACH = 8;

/**
 * A kept paragraph of prose (isLongProse) with another within INTRODUCTION_REACH blocks, above the
 * article's first run: the text's own introduction (a tutorial's, its paragraphs between
 * listings), which the runs outweigh but do not make chrome (issue 18: long prose is not dropped
 * on where it sits alone). A lone paragraph up there is a blurb (a sidebar's "about me", a list's
 * pitch) and goes.
 */
function isIntroduction(
  blocks: readonly AnalysedBlock[],
  decisions: readonly (Decision | undefined)[],
  index: number,
  language: string,
): boolean {
  if (!isLongProse(blocks[index]!, language)) return false;
  const from = Math.max(0, index - INTRODUCTION_REACH);
  const to = Math.min(blocks.length - 1, index + INTRODUCTION_REACH);
  for (let i = from; i <= to; i++)
    if (i !== index && isKeptParagraph(blocks[i], decisions[i], language, LONG_PROSE.words, LONG_PROSE.sentences)) return true;
  return false;
}

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
