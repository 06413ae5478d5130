// The feature vector the learned classifier reads for one block: the block's own text statistics,
// its neighbours', its position in the page, and what the phrase rules said around it. Shared by
// the rule (at run time) and scripts/fit.mjs (when fitting), so both see exactly the same numbers.

import type { AnalysedBlock } from '../../types.js';
import type { Decision } from '../rule.js';

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

/** ASCII digits in `text`, counted without building a match array (this runs once per block). */
function digitCount(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** jusText's context-free class with its default thresholds: 0 bad, 1 short, 2 near-good, 3 good. */
function jusTextClass(chars: number, density: number, endsWithPunctuation: boolean): number {
  if (chars < 70) return 1;
  if (density >= 0.32) return chars > 200 || (chars >= 100 && endsWithPunctuation) ? 3 : 2;
  return density >= 0.3 ? 2 : 0;
}
const FAR = 50;

function isPhraseChrome(decision: Decision | undefined): boolean {
  return decision !== undefined && decision.certainty === 'certain' && !decision.verdict.kept;
}

/** One vector per block, computed in linear time. */
export function featureVectors(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[]): number[][] {
  const n = blocks.length;
  const totalWords = blocks.reduce((sum, block) => sum + block.features.words, 0) || 1;
  const chromeAt = blocks.map((_, i) => isPhraseChrome(decisions[i]));
  // Distance to the nearest phrase-rule chrome above and below, in blocks.
  const since = new Array<number>(n).fill(FAR);
  const until = new Array<number>(n).fill(FAR);
  for (let i = 0, last = -FAR; i < n; i++) {
    since[i] = Math.min(FAR, i - last);
    if (chromeAt[i]) last = i;
  }
  for (let i = n - 1, next = n + FAR; i >= 0; i--) {
    until[i] = Math.min(FAR, next - i);
    if (chromeAt[i]) next = i;
  }
  const title = decisions.findIndex((decision) => decision?.verdict.role === 'title' && decision.verdict.kept);
  const counts = new Map<string, number>();
  for (const block of blocks) counts.set(block.features.normalized, (counts.get(block.features.normalized) ?? 0) + 1);

  const vectors: number[][] = [];
  let wordsAbove = 0;
  let commentsAbove = 0;
  for (let i = 0; i < n; i++) {
    const f = blocks[i]!.features;
    const previous = blocks[i - 1]?.features;
    const next = blocks[i + 1]?.features;
    let nearbyWords = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) nearbyWords += blocks[j]!.features.words;
    let nearbyChrome = 0;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) if (j !== i && chromeAt[j]) nearbyChrome++;
    vectors.push([
      f.words,
      f.stopwordDensity,
      f.endsWithPunctuation ? 1 : 0,
      f.capitalisedRatio,
      f.letterRatio,
      f.linkMarkers,
      f.sentences,
      n > 1 ? i / (n - 1) : 0,
      wordsAbove / totalWords,
      previous?.words ?? 0,
      next?.words ?? 0,
      previous?.stopwordDensity ?? 0,
      next?.stopwordDensity ?? 0,
      previous?.endsWithPunctuation ? 1 : 0,
      next?.endsWithPunctuation ? 1 : 0,
      nearbyWords,
      nearbyChrome,
      since[i]!,
      until[i]!,
      commentsAbove,
      (counts.get(f.normalized) ?? 1) > 1 ? 1 : 0,
      title < 0 ? FAR : Math.max(-FAR, Math.min(FAR, i - title)),
      blocks[i - 2]?.features.words ?? 0,
      blocks[i + 2]?.features.words ?? 0,
      f.chars ? digitCount(blocks[i]!.text) / f.chars : 0,
      jusTextClass(f.chars, f.stopwordDensity, f.endsWithPunctuation),
    ]);
    wordsAbove += f.words;
    if (decisions[i]?.verdict.category === 'comments' && chromeAt[i]) commentsAbove = 1;
  }
  return vectors;
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

/**
 * The second stage reads the first stage's probabilities of the block and its neighbours, so that a
 * block is judged with what was concluded about the blocks around it (stacking). Blocks decided
 * before the classifier count as 1 (kept) or 0 (dropped).
 */
export function stage2Vectors(vectors: readonly number[][], probabilities: readonly number[]): number[][] {
  const n = probabilities.length;
  const mean = n ? probabilities.reduce((sum, p) => sum + p, 0) / n : 0;
  return vectors.map((vector, i) => {
    let highest = 0;
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
      if (j === i) continue;
      highest = Math.max(highest, probabilities[j]!);
      sum += probabilities[j]!;
      count++;
    }
    return [
      ...vector,
      probabilities[i]!,
      probabilities[i - 1] ?? 0,
      probabilities[i + 1] ?? 0,
      probabilities[i - 2] ?? 0,
      probabilities[i + 2] ?? 0,
      highest,
      count ? sum / count : 0,
      mean,
    ];
  });
}
