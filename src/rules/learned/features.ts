// The feature vector the learned classifier reads for one block: the block's own text statistics,
// its neighbours', its position in the page, and what the phrase rules said around it. Shared by
// the rule (at run time) and scripts/fit.mjs (when fitting), so both see exactly the same numbers.

import type { AnalysedBlock, TextView } from '../../types.js';
import type { Decision } from '../rule.js';
import { contextFreeGrade, JUSTEXT_DEFAULTS } from '../justext.js';

/** Names of the features, in vector order; the fitted tree refers to them by index. */
export const FEATURE_NAMES = [
  'words',
  'stopword density',
  'ends with punctuation',
  'capitalised share',
  'letter share',
  'link marks',
  'sentences',
  'position in page',
  'share of page words above',
  'previous block words',
  'next block words',
  'previous stopword density',
  'next stopword density',
  'previous ends with punctuation',
  'next ends with punctuation',
  'words within two blocks',
  'phrase-rule chrome within three blocks',
  'blocks since phrase-rule chrome above',
  'blocks until phrase-rule chrome below',
  'comments block above',
  'same text elsewhere in page',
  'blocks after the title',
  'words two blocks before',
  'words two blocks after',
  'digit share',
  'jusText class (0 bad .. 3 good)',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const WINDOW = 3;

const FAR = 50;

function isPhraseChrome(decision: Decision | undefined): boolean {
  return decision !== undefined && decision.certainty === 'certain' && !decision.verdict.kept;
}

/** Features of every block in one row-major array, `width` numbers a row (room for the second stage). */
export interface FeatureMatrix {
  readonly rows: number;
  readonly width: number;
  readonly values: Float64Array;
}

export const FIRST_STAGE_WIDTH = FEATURE_NAMES.length;

/**
 * What a block's first-stage features read beyond its own and its neighbours' statistics: the
 * page-wide running totals and distances, a few numbers per block computed once per page. With
 * them any range of rows can be filled on its own, so a very long page is classified a tile at a
 * time (learned-classifier) instead of through one matrix of 272 bytes a block, which left the
 * processor's caches and made time per block grow with the page.
 */
export class PageFeatures {
  readonly rows: number;
  private readonly blocks: readonly AnalysedBlock[];
  private readonly chromeAt: Uint8Array;
  /** Running totals of words and phrase-rule chrome, so that a window's sum is one subtraction. */
  private readonly wordsBefore: Float64Array;
  private readonly chromeBefore: Int32Array;
  /** Distance to the nearest phrase-rule chrome above and below, in blocks, at most FAR. */
  private readonly since: Int32Array;
  private readonly until: Int32Array;
  /** 1 where a comments phrase block is above. */
  private readonly commentsAbove: Uint8Array;
  /** 1 where the block's text occurs elsewhere in the page. */
  private readonly repeated: Uint8Array;
  private readonly title: number;

  constructor(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[], view: TextView) {
    const n = (this.rows = blocks.length);
    this.blocks = blocks;
    const chromeAt = (this.chromeAt = new Uint8Array(n));
    const wordsBefore = (this.wordsBefore = new Float64Array(n + 1));
    const chromeBefore = (this.chromeBefore = new Int32Array(n + 1));
    const since = (this.since = new Int32Array(n));
    const commentsAbove = (this.commentsAbove = new Uint8Array(n));
    let lastChrome = -FAR;
    let comments = 0;
    for (let i = 0; i < n; i++) {
      const chrome = isPhraseChrome(decisions[i]);
      chromeAt[i] = chrome ? 1 : 0;
      wordsBefore[i + 1] = wordsBefore[i]! + blocks[i]!.features.words;
      chromeBefore[i + 1] = chromeBefore[i]! + chromeAt[i]!;
      since[i] = Math.min(FAR, i - lastChrome);
      commentsAbove[i] = comments;
      if (chrome) {
        lastChrome = i;
        if (decisions[i]!.verdict.category === 'comments') comments = 1;
      }
    }
    const until = (this.until = new Int32Array(n));
    for (let i = n - 1, next = n + FAR; i >= 0; i--) {
      until[i] = Math.min(FAR, next - i);
      if (chromeAt[i]) next = i;
    }
    // Where the page's text starts: its kept title, or, in the wrapped view, where page-title looked
    // for one (the first block the phrase rules left): a terminal dump has no <title> line, and
    // page-title keeps its first block only when the article starts right under it.
    const title = decisions.findIndex((decision) => decision?.verdict.role === 'title' && decision.verdict.kept);
    this.title = title >= 0 || view !== 'wrapped' ? title : decisions.findIndex((decision) => decision === undefined);
    const counts = new Map<string, number>();
    for (const block of blocks) counts.set(block.features.normalized, (counts.get(block.features.normalized) ?? 0) + 1);
    const repeated = (this.repeated = new Uint8Array(n));
    for (let i = 0; i < n; i++) repeated[i] = counts.get(blocks[i]!.features.normalized)! > 1 ? 1 : 0;
  }

  /** The words of block `i`. */
  wordsOf(i: number): number {
    return this.blocks[i]!.features.words;
  }

  /** The first-stage features of blocks `from` to `to` (exclusive) into `values`, `width` numbers a row, block `from` in row 0. */
  fill(from: number, to: number, values: Float64Array, width: number): void {
    const { blocks, rows: n, wordsBefore, chromeBefore, chromeAt, since, until, commentsAbove, repeated, title } = this;
    const totalWords = wordsBefore[n]! || 1;
    for (let i = from, row = 0; i < to; i++, row += width) {
      const f = blocks[i]!.features;
      const previous = i > 0 ? blocks[i - 1]!.features : undefined;
      const next = i + 1 < n ? blocks[i + 1]!.features : undefined;
      const nearbyWords = wordsBefore[Math.min(n, i + 3)]! - wordsBefore[Math.max(0, i - 2)]!;
      const nearbyChrome = chromeBefore[Math.min(n, i + WINDOW + 1)]! - chromeBefore[Math.max(0, i - WINDOW)]! - chromeAt[i]!;
      values[row] = f.words;
      values[row + 1] = f.stopwordDensity;
      values[row + 2] = f.endsWithPunctuation ? 1 : 0;
      values[row + 3] = f.capitalisedRatio;
      values[row + 4] = f.letterRatio;
      values[row + 5] = f.linkMarkers;
      values[row + 6] = f.sentences;
      values[row + 7] = n > 1 ? i / (n - 1) : 0;
      values[row + 8] = wordsBefore[i]! / totalWords;
      values[row + 9] = previous?.words ?? 0;
      values[row + 10] = next?.words ?? 0;
      values[row + 11] = previous?.stopwordDensity ?? 0;
      values[row + 12] = next?.stopwordDensity ?? 0;
      values[row + 13] = previous?.endsWithPunctuation ? 1 : 0;
      values[row + 14] = next?.endsWithPunctuation ? 1 : 0;
      values[row + 15] = nearbyWords;
      values[row + 16] = nearbyChrome;
      values[row + 17] = since[i]!;
      values[row + 18] = until[i]!;
      values[row + 19] = commentsAbove[i]!;
      values[row + 20] = repeated[i]!;
      values[row + 21] = title < 0 ? FAR : Math.max(-FAR, Math.min(FAR, i - title));
      values[row + 22] = i >= 2 ? blocks[i - 2]!.features.words : 0;
      values[row + 23] = i + 2 < n ? blocks[i + 2]!.features.words : 0;
      values[row + 24] = f.digitRatio;
      values[row + 25] = contextFreeGrade(f.chars, f.stopwordDensity, f.endsWithPunctuation, JUSTEXT_DEFAULTS);
    }
  }
}

/** The first-stage features of every block, computed in linear time into a matrix `width` wide. */
export function featureMatrix(
  blocks: readonly AnalysedBlock[],
  decisions: readonly (Decision | undefined)[],
  view: TextView,
  width: number = FIRST_STAGE_WIDTH,
): FeatureMatrix {
  const values = new Float64Array(blocks.length * width);
  new PageFeatures(blocks, decisions, view).fill(0, blocks.length, values, width);
  return { rows: blocks.length, width, values };
}

function rowsOf(matrix: FeatureMatrix, width: number): number[][] {
  return Array.from({ length: matrix.rows }, (_, i) => Array.from(matrix.values.subarray(i * matrix.width, i * matrix.width + width)));
}

/** One vector per block (scripts/fit.mjs fits on these). */
export function featureVectors(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[], view: TextView): number[][] {
  return rowsOf(featureMatrix(blocks, decisions, view), FIRST_STAGE_WIDTH);
}

/** Names of the second stage's extra features: the first stage's answers around the block. */
export const STAGE2_FEATURE_NAMES = [
  'first-stage probability',
  'previous block probability',
  'next block probability',
  'probability two blocks before',
  'probability two blocks after',
  'highest probability within three blocks',
  'mean probability within three blocks',
  'mean probability in the page',
] as const;

export const SECOND_STAGE_WIDTH = FIRST_STAGE_WIDTH + STAGE2_FEATURE_NAMES.length;

/**
 * The mean of a page's first-stage probabilities, which every block's second-stage row reads, over
 * the blocks with words (`words[i] > 0`). Blocks without a word (a converter's table borders, its
 * bullets printed apart from their items, image placeholders) are dropped before the classifier
 * runs: counted, they would make a page drawn with many of them read as a page mostly of chrome.
 */
export function meanProbability(probabilities: Float64Array, words: (i: number) => number): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < probabilities.length; i++) {
    if (words(i) <= 0) continue;
    total += probabilities[i]!;
    count++;
  }
  return count ? total / count : 0;
}

/**
 * The second stage reads the first stage's probabilities of the block and its neighbours, so that a
 * block is judged with what was concluded about the blocks around it (stacking). Blocks decided
 * before the classifier count as 1 (kept) or 0 (dropped). Fills the columns after the first stage's
 * of blocks `from` to `to` (exclusive; block `from` in row 0 of `values`).
 */
export function fillStage2Rows(
  values: Float64Array,
  width: number,
  probabilities: Float64Array,
  mean: number,
  from: number,
  to: number,
): void {
  const n = probabilities.length;
  for (let i = from, at = FIRST_STAGE_WIDTH; i < to; i++, at += width) {
    let highest = 0;
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
      if (j === i) continue;
      highest = Math.max(highest, probabilities[j]!);
      sum += probabilities[j]!;
      count++;
    }
    values[at] = probabilities[i]!;
    values[at + 1] = i > 0 ? probabilities[i - 1]! : 0;
    values[at + 2] = i + 1 < n ? probabilities[i + 1]! : 0;
    values[at + 3] = i >= 2 ? probabilities[i - 2]! : 0;
    values[at + 4] = i + 2 < n ? probabilities[i + 2]! : 0;
    values[at + 5] = highest;
    values[at + 6] = count ? sum / count : 0;
    values[at + 7] = mean;
  }
}

/** `fillStage2Rows` over a whole page's matrix. */
export function fillStage2(matrix: FeatureMatrix, probabilities: Float64Array): void {
  const words = (i: number): number => matrix.values[i * matrix.width]!;
  fillStage2Rows(matrix.values, matrix.width, probabilities, meanProbability(probabilities, words), 0, probabilities.length);
}

/** The second stage's vectors from first-stage vectors and probabilities (scripts/fit.mjs). */
export function stage2Vectors(vectors: readonly number[][], probabilities: readonly number[]): number[][] {
  const matrix: FeatureMatrix = {
    rows: vectors.length,
    width: SECOND_STAGE_WIDTH,
    values: new Float64Array(vectors.length * SECOND_STAGE_WIDTH),
  };
  vectors.forEach((vector, i) => matrix.values.set(vector, i * SECOND_STAGE_WIDTH));
  fillStage2(matrix, Float64Array.from(probabilities));
  return rowsOf(matrix, SECOND_STAGE_WIDTH);
}
