// Helpers for context rules: how the decisions so far classify a block, in jusText's terms.

import type { Decision } from './rule.js';
import type { AnalysedBlock, PageKind } from '../types.js';
import { stopwordThresholds } from '../features/language.js';
import { TEXT_DENSITY, type TextClass } from './justext.js';
import { isWhitespaceCode } from '../text.js';

/** A page of entries (a shop's products, a listing's teasers): its short lines and sentences are what it is. */
export function isEntriesPage(page: PageKind | undefined): boolean {
  return page?.type === 'product' || page?.type === 'listing';
}

/** A decision read as jusText's class: kept or dropped, and how sure. */
export function classOf(decision: Decision | undefined): TextClass {
  if (!decision) return 'short';
  const { kept } = decision.verdict;
  if (decision.certainty === 'unsure') return kept ? 'near-good' : 'short';
  return kept ? 'good' : 'bad';
}

/** A block decided, for now, as kept article text (body or standfirst) read with some confidence. */
export function isBody(decision: Decision | undefined): boolean {
  return (
    decision !== undefined && classOf(decision) === 'good' && (decision.verdict.role === 'body' || decision.verdict.role === 'standfirst')
  );
}

/**
 * The kept headline (role title): where the article starts. Body text read above it (teasers in
 * the header, a sidebar) is not the article's, so the rules that wait for "enough of the article"
 * before a comments or related marker count from here.
 */
export function isHeadline(decision: Decision | undefined): boolean {
  return decision !== undefined && decision.verdict.kept && decision.verdict.role === 'title';
}

/** How many times the body below a comments marker or stamp outweighs the body read above it when it sits in the article's header. */
export const HEADER_RATIO = 2;

/** The words of the blocks from `from` up to `to` (excluded) decided, for now, as body text. */
export function bodyWordsBetween(
  blocks: readonly AnalysedBlock[],
  decisions: readonly (Decision | undefined)[],
  from: number,
  to: number,
): number {
  let words = 0;
  for (let i = from; i < to; i++) if (isBody(decisions[i])) words += blocks[i]!.features.words;
  return words;
}

/** A paragraph of prose on its own evidence: long, at least two sentences, ordinary stopword density. */
export const LONG_PROSE = { words: 40, sentences: 2 } as const;
/** Sentences and words that make a block prose even when its last line ends no sentence. */
const MANY_SENTENCES = 5;
const MANY_SENTENCES_WORDS = 150;

/**
 * A block that reads as a paragraph of prose by itself (issue 18): at least LONG_PROSE words and
 * sentences and the stopword density of running text in its language (text-density's low
 * threshold, calibrated per language). Context rules do not drop such a block on its neighbours'
 * evidence alone: where the evidence is weak, pith keeps.
 */
export function isLongProse(
  block: AnalysedBlock,
  language: string,
  words: number = LONG_PROSE.words,
  sentences: number = LONG_PROSE.sentences,
): boolean {
  const { features } = block;
  if (features.words < words || features.sentences < sentences) return false;
  // A paragraph ends like a sentence; a long block of many sentences is prose whatever its last line
  // (a press release with its contact lines, a letter with its signature).
  if (
    !features.endsWithPunctuation &&
    !endsWithLeadIn(block.text) &&
    (features.sentences < MANY_SENTENCES || features.words < MANY_SENTENCES_WORDS)
  )
    return false;
  return hasProseStopwords(block, language);
}

/** A paragraph that leads into what follows it (a list, a chart, a quotation) ends with a colon. */
const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;
function endsWithLeadIn(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && isWhitespaceCode(text.charCodeAt(end))) end--;
  return end >= 0 && (text.charCodeAt(end) === COLON || text.charCodeAt(end) === FULLWIDTH_COLON);
}

/**
 * The first block after `index` that no rule decided with certainty is a paragraph of prose
 * (isLongProse with these thresholds): the text carries straight on below a marker.
 */
export function proseFollows(
  blocks: readonly AnalysedBlock[],
  decisions: readonly (Decision | undefined)[],
  index: number,
  language: string,
  words: number = LONG_PROSE.words,
  sentences: number = LONG_PROSE.sentences,
): boolean {
  for (let i = index + 1; i < blocks.length; i++)
    if (decisions[i]?.certainty !== 'certain') return isLongProse(blocks[i]!, language, words, sentences);
  return false;
}

/** A headline's shape: 3 to 15 words, a capital first (after an opening quote), no end punctuation. */
const HEADLINE_WORDS = { min: 3, max: 15 } as const;
export const FIRST_CAPITAL = /^["“‘'(]?\p{Lu}/u;
export function isHeadlineShaped(block: AnalysedBlock): boolean {
  return !block.features.endsWithPunctuation && hasHeadlineWords(block);
}

/** A headline's words, whatever its end: 3 to 15 of them, a capital first (after an opening quote). */
export function hasHeadlineWords({ text, features }: AnalysedBlock): boolean {
  return features.words >= HEADLINE_WORDS.min && features.words <= HEADLINE_WORDS.max && FIRST_CAPITAL.test(text);
}

/** The stopword density of running text in its language (text-density's low threshold). */
export function hasProseStopwords({ features }: AnalysedBlock, language: string): boolean {
  return features.stopwordDensity >= stopwordThresholds(language, TEXT_DENSITY).stopwordsLow;
}

/** A line that ends in a clause mark (":", ";", ","): a lead-in or a label of a list, neither a headline nor a menu entry. */
export const CLAUSE_END = /[:;,]["”’)]?\s*$/;

/** A run of short lines that starts under a lead-in ("The roads that stay closed:") is the article's own list. */
export function followsLeadIn(blocks: readonly AnalysedBlock[], start: number): boolean {
  const leadIn = blocks[start - 1];
  return leadIn !== undefined && CLAUSE_END.test(leadIn.text);
}

/** A line that opens with a list bullet ("• Monday: ..."): an item of a list. */
export const LIST_BULLET = /^[•*▪◦·‣■□-]\s+\S/u;
export function isBulleted(text: string): boolean {
  return LIST_BULLET.test(text.trimStart());
}

/** A paragraph of the article: this many words, kept, ending like a sentence. */
export const ARTICLE_PARAGRAPH_WORDS = 30;

/**
 * The article's last paragraph (-1: none), which the rules that judge what lies under the article
 * start from; `skip` leaves out blocks that read like a paragraph but are not the article's own.
 */
export function lastParagraph(
  blocks: readonly AnalysedBlock[],
  decisions: readonly (Decision | undefined)[],
  skip?: (block: AnalysedBlock) => boolean,
): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const { words, endsWithPunctuation } = block.features;
    if (decisions[i]?.verdict.kept && words >= ARTICLE_PARAGRAPH_WORDS && endsWithPunctuation && !skip?.(block)) return i;
  }
  return -1;
}
