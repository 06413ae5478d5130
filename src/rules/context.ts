// Helpers for context rules: how the decisions so far classify a block, in jusText's terms.

import type { Decision } from './rule.js';
import type { AnalysedBlock } from '../types.js';
import { stopwordThresholds } from '../features/language.js';
import { TEXT_DENSITY, type TextClass } from './justext.js';

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

/** A paragraph of prose on its own evidence: long, at least two sentences, ordinary stopword density. */
export const LONG_PROSE = { words: 40, sentences: 2 } as const;

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
  if (features.words < words || features.sentences < sentences || !features.endsWithPunctuation) return false;
  return hasProseStopwords(block, language);
}

/** The stopword density of running text in its language (text-density's low threshold). */
export function hasProseStopwords({ features }: AnalysedBlock, language: string): boolean {
  return features.stopwordDensity >= stopwordThresholds(language, TEXT_DENSITY).stopwordsLow;
}
