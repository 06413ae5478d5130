import { STORM_PARAGRAPHS, STORM_TITLE } from '../example-article.js';
import { FIRST_CAPITAL, hasHeadlineWords, isBody, isHeadline } from '../context.js';
import { keep, type Decision, type DocumentRule, type RuleExamples, type RuleVerdict } from '../rule.js';
import { isCreditLine } from './article-metadata.js';
import type { AnalysedBlock } from '../../types.js';

/** A paragraph that can open the article: this many words, ending like a sentence, kept as body. */
const FIRST_PARAGRAPH_WORDS = 20;
/** The blocks from a paragraph down that count as its part of the page. */
const RUN_BLOCKS = 15;
/** The article starts at the first paragraph whose run holds this share of the page's richest run's body words. */
const START_SHARE = 0.8;
/** How many worded blocks above the first paragraph the headline and its credit may take (a standfirst, a caption, member lines). */
const MAX_BLOCKS_ABOVE = 6;
/** A block this long above the first paragraph and its ledes is other text (a teaser, another story): the search stops there. */
const OTHER_TEXT_WORDS = 25;

/** A headline is words, not figures: "Posts: 1,204" over a forum post is a member's count. */
const MAX_HEADLINE_DIGITS = 0.2;
/** A headline may ask or exclaim ("Is the bypass worth it?"); it does not end with a full stop. */
const ASKS_OR_EXCLAIMS = /[?!]["”’)]?\s*$/u;

function readsAsHeadline(block: AnalysedBlock): boolean {
  const { features, text } = block;
  if (features.linkMarkers > 0 || features.digitRatio > MAX_HEADLINE_DIGITS) return false;
  return hasHeadlineWords(block) && (!features.endsWithPunctuation || ASKS_OR_EXCLAIMS.test(text));
}

/** At most this many sentences (a standfirst) between the headline and the credit under it. */
const MAX_STANDFIRSTS = 1;
/** A poster's lines over a forum post: a user name, a member's counts ("Posts: 1,204"). */
const MAX_POSTER_LINE_WORDS = 3;

function isPosterLine({ features }: AnalysedBlock): boolean {
  if (features.words > MAX_POSTER_LINE_WORDS || features.endsWithPunctuation) return false;
  return features.words === 1 || features.digitRatio > MAX_HEADLINE_DIGITS;
}

function isOpeningParagraph(block: AnalysedBlock, decision: Decision | undefined): boolean {
  return isBody(decision) && block.features.words >= FIRST_PARAGRAPH_WORDS && block.features.endsWithPunctuation;
}

/** A kept paragraph above the opening one (a short lede): a sentence of this many words. */
const LEDE_WORDS = 10;

function isLede(block: AnalysedBlock, decision: Decision | undefined): boolean {
  const { words, endsWithPunctuation } = block.features;
  return decision?.verdict.kept === true && words >= LEDE_WORDS && endsWithPunctuation && !isCreditLine(block);
}

/** The article's first paragraph: where the page's body text starts running (-1: none), with the short ledes above it. */
function articleStart(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[]): number {
  const bodyWords = new Array<number>(blocks.length + 1).fill(0);
  for (let i = 0; i < blocks.length; i++) bodyWords[i + 1] = bodyWords[i]! + (isBody(decisions[i]) ? blocks[i]!.features.words : 0);
  const runWords = (i: number): number => bodyWords[Math.min(blocks.length, i + RUN_BLOCKS)]! - bodyWords[i]!;
  let richest = 0;
  for (let i = 0; i < blocks.length; i++) if (isOpeningParagraph(blocks[i]!, decisions[i])) richest = Math.max(richest, runWords(i));
  if (richest === 0) return -1;
  let start = 0;
  while (!isOpeningParagraph(blocks[start]!, decisions[start]) || runWords(start) < START_SHARE * richest) start++;
  while (start > 0 && isLede(blocks[start - 1]!, decisions[start - 1])) start--;
  return start;
}

/**
 * A page without a title line (a terminal dump, a converter's output: no `<title>` on top) still
 * has its headline: the headline-shaped line over the article's credit or date, right above where
 * its paragraphs start. page-title finds the headline by the title line it repeats; this rule finds
 * it when page-title kept none, so that the article keeps its headline and the rules that measure
 * "the article under its headline" start from it.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'article-headline',
  phase: 'context',
  targets: 'title',
  description:
    "A headline over the article's credit or date, right above its first paragraph, is the title of a page without a title line.",
  patterns: [FIRST_CAPITAL, ASKS_OR_EXCLAIMS],
  get examples(): RuleExamples {
    const page = (...top: string[]): string => [...top, ...STORM_PARAGRAPHS.slice(0, 4)].join('\n\n');
    return {
      match: [
        {
          document: page('[Logo] Valley Daily Herald', 'News Sport Weather Business', STORM_TITLE, 'By Jane Smith | March 3, 2024'),
          block: 2,
          views: ['wrapped'],
          kept: true,
          role: 'title',
        },
        // A standfirst between the headline and the credit.
        {
          document: page(
            '[Logo] Valley Daily Herald',
            'News Sport Weather Business',
            STORM_TITLE,
            'Buses will not run until the roads are cleared.',
            'By Jane Smith | March 3, 2024',
          ),
          block: 2,
          views: ['wrapped'],
          kept: true,
          role: 'title',
        },
      ],
      noMatch: [
        // Without a credit under it, a line over the paragraphs may be a caption or a teaser: left to the other rules.
        {
          document: page('[Logo] Valley Daily Herald', 'News Sport Weather Business', STORM_TITLE),
          block: 2,
          views: ['wrapped'],
          kept: true,
        },
        // A page with a title line has its headline from page-title, by the title it repeats.
        {
          document: [
            `${STORM_TITLE} - Valley Daily Herald`,
            'News',
            STORM_TITLE,
            'By Jane Smith | March 3, 2024',
            ...STORM_PARAGRAPHS.slice(0, 4),
          ].join('\n'),
          block: 2,
          kept: true,
          role: 'title',
        },
      ],
    };
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    if (decisions.some(isHeadline)) return decided;
    const start = articleStart(blocks, decisions);
    let credited = false;
    let standfirsts = 0;
    for (let i = start - 1, seen = 0; i >= 0 && seen < MAX_BLOCKS_ABOVE; i--) {
      const block = blocks[i]!;
      const decision = decisions[i];
      // Wordless blocks and what a phrase rule is sure is chrome (a share bar, an ad label) sit anywhere.
      if (block.features.words === 0 || (decision?.certainty === 'certain' && !decision.verdict.kept)) continue;
      seen++;
      if (isCreditLine(block) || (credited && isPosterLine(block))) credited = true;
      else if (readsAsHeadline(block)) {
        if (credited)
          decided.set(i, keep('title', `headline over the article's credit, above its first paragraph on line ${blocks[start]!.line}`));
        break;
      } else if (block.features.words >= OTHER_TEXT_WORDS) break;
      // Between the credit and the headline stands a standfirst at most, not a menu or another story's line.
      else if (credited && (!block.features.endsWithPunctuation || ++standfirsts > MAX_STANDFIRSTS)) break;
    }
    return decided;
  },
};

export default rule;
