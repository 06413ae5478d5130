// jusText's classification of a block (Pomikálek's boilerplate remover), defined once: its four
// classes in order, its thresholds, and the context-free class from a block's length, stopword
// density and end punctuation. text-density decides with it, the learned model reads it as a
// feature, learned-classifier maps its probabilities onto the classes, and the context rules read
// decisions back as classes (`classOf` in context.ts).

/** The classes from worst to best: a class's grade (BAD .. GOOD) is its index. */
export const TEXT_CLASSES = ['bad', 'short', 'near-good', 'good'] as const;
export type TextClass = (typeof TEXT_CLASSES)[number];
export type Grade = 0 | 1 | 2 | 3;
export const BAD = 0;
export const SHORT = 1;
export const NEAR_GOOD = 2;
export const GOOD = 3;

export interface JusTextThresholds {
  /** Shorter blocks (characters) are short, whatever their words. */
  readonly lengthLow: number;
  /** Longer blocks dense in stopwords are good. */
  readonly lengthHigh: number;
  /**
   * Blocks of at least this length that end a sentence, dense in stopwords, are good too: text has
   * no markup to tell a paragraph from a teaser.
   */
  readonly lengthSentence: number;
  /** Stopword density (share of the words) below which a block is bad. */
  readonly stopwordsLow: number;
  /** Stopword density from which a block reads as prose. */
  readonly stopwordsHigh: number;
}

/** jusText's own thresholds (stopwords 0.30 / 0.32): the learned model's feature, fixed by the fit. */
export const JUSTEXT_DEFAULTS: JusTextThresholds = {
  lengthLow: 70,
  lengthHigh: 200,
  lengthSentence: 100,
  stopwordsLow: 0.3,
  stopwordsHigh: 0.32,
};

/** text-density's thresholds, calibrated for stopwords-iso's English list (other lists are scaled: `stopwordThresholds`). */
export const TEXT_DENSITY = {
  lengthLow: 70,
  lengthHigh: 200,
  lengthSentence: 100,
  stopwordsLow: 0.3,
  stopwordsHigh: 0.36,
} as const;

/** jusText's context-free class of a block, as a grade. */
export function contextFreeGrade(chars: number, density: number, endsWithPunctuation: boolean, thresholds: JusTextThresholds): Grade {
  if (chars < thresholds.lengthLow) return SHORT;
  if (density >= thresholds.stopwordsHigh) {
    return chars > thresholds.lengthHigh || (chars >= thresholds.lengthSentence && endsWithPunctuation) ? GOOD : NEAR_GOOD;
  }
  return density >= thresholds.stopwordsLow ? NEAR_GOOD : BAD;
}
