// The document's language, and the stopword thresholds calibrated for its stopword list.
//
// Detection uses tinyld's light model (24 languages, ~20 ms to load), loaded on first use only:
// callers that pass a language, and short inputs, never pay for it.

import { createRequire } from 'node:module';
import type { SourceLine } from '../input/source.js';
import { STOPWORD_CALIBRATION } from './stopword-calibration.js';
import { stopwordLanguages, stopwordsFor } from './stopwords.js';
import { countWords, words, type WordCounts } from './tokenize.js';
import { CJK_CHARACTER } from '../text.js';

/** The language assumed when a text is too short to tell, or the detector is unsure. */
export const DEFAULT_LANGUAGE = 'en';

// Fewer letters than this is a guess, not a detection (tinyld is unreliable on short text).
const MIN_DETECT_CHARS = 200;
// Enough prose to tell a language; more costs time and changes nothing.
const MAX_DETECT_CHARS = 4000;
// The detector reads this much of the sample: its guesses only nominate the lists that decide.
const DETECTOR_CHARS = 1500;
// The English check reads this much of each end of the sample first.
const QUICK_SAMPLE_CHARS = 1000;
// Lines shorter than this are mostly menus and labels, which are often English on any site.
const MIN_SAMPLE_LINE = 40;

interface Detector {
  detectAll(text: string): Array<{ lang: string; accuracy: number }>;
}

let detector: Detector | undefined;

function loadDetector(): Detector {
  detector ??= createRequire(import.meta.url)('tinyld/light') as Detector;
  return detector;
}

// A CJK character holds about as much text as three Latin letters (a word is one or two characters
// there, five or six here): the sample's thresholds count it so, or a Chinese sentence would be too
// short a line and a Chinese page too little text to detect.
const CJK_CHARACTER_WEIGHT = 3;

/** The text's length with each CJK character counted as `CJK_CHARACTER_WEIGHT` characters. */
function textWeight(text: string): number {
  if (!CJK_CHARACTER.test(text)) return text.length;
  let weight = 0;
  for (const character of text) weight += CJK_CHARACTER.test(character) ? CJK_CHARACTER_WEIGHT : character.length;
  return weight;
}

/** The prose of a document to detect its language on: its longer lines, up to a few thousand characters. */
export function languageSample(lines: readonly SourceLine[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const line of lines) {
    const text = line.text.trim();
    if (text.length < MIN_SAMPLE_LINE / CJK_CHARACTER_WEIGHT || textWeight(text) < MIN_SAMPLE_LINE) continue;
    parts.push(text);
    length += text.length + 1;
    if (length >= MAX_DETECT_CHARS) break;
  }
  return parts.join('\n').slice(0, MAX_DETECT_CHARS);
}

// The detector's best few guesses are checked against the stopword lists.
const CANDIDATES = 3;

/**
 * ISO 639-1 code of the document's language; `DEFAULT_LANGUAGE` when the text is too short. The
 * light model alone calls some English pages Hindi or Hungarian, so its best guesses (and English)
 * are weighed by how much of the sample their stopword lists cover; when no guess has a list, the
 * model's first guess stands.
 */
export function detectLanguage(lines: readonly SourceLine[]): string {
  const sample = languageSample(lines);
  if (textWeight(sample) < MIN_DETECT_CHARS) return DEFAULT_LANGUAGE;
  // Most pages are English, and English prose is dense in English stopwords (median 0.53 on the
  // dev corpus; other languages' pages stay below 0.3): settle those without the detector, and
  // without an array of tokens (countWords is one pass over the characters).
  // The sample's two ends first: on the dev corpus they settle three pages in four, and no page of
  // another language comes near (their English coverage stays below 0.26). Both ends, because an
  // English wrapper (an archive's banner) may open a German page.
  const english = stopwordsFor(DEFAULT_LANGUAGE);
  if (sample.length > 2 * QUICK_SAMPLE_CHARS) {
    const head = countWords(sample.slice(0, QUICK_SAMPLE_CHARS), english);
    const tail = countWords(sample.slice(-QUICK_SAMPLE_CHARS), english);
    if (Math.min(density(head), density(tail)) >= SURELY_ENGLISH) return DEFAULT_LANGUAGE;
  }
  // Text with CJK characters is cut into words by the segmenter (slow): once, for this count
  // (countWords would do the same) and for the lists' below.
  let tokens: string[] | undefined;
  if (CJK_CHARACTER.test(sample)) {
    tokens = words(sample).map((token) => token.toLowerCase());
    if (coverage(english, tokens) >= SURELY_ENGLISH) return DEFAULT_LANGUAGE;
  } else if (density(countWords(sample, english)) >= SURELY_ENGLISH) return DEFAULT_LANGUAGE;
  tokens ??= words(sample).map((token) => token.toLowerCase());
  // English covering more of the sample than any other list is what the detector's guesses would
  // conclude too (English is always a candidate and the best-covered candidate wins): no detector.
  const hits = stopwordHits(tokens);
  if (englishCoversMost(hits)) return DEFAULT_LANGUAGE;
  const guesses = loadDetector()
    .detectAll(sample.slice(0, DETECTOR_CHARS))
    .slice(0, CANDIDATES)
    .map((guess) => guess.lang);
  if (guesses.length === 0) return DEFAULT_LANGUAGE;
  const candidates = guesses.includes(DEFAULT_LANGUAGE) ? guesses : [...guesses, DEFAULT_LANGUAGE];
  let best = mostCovered(candidates, hits, tokens.length, guesses[0]!);
  // No guess reads like prose of its language: a language the light model does not know (Czech,
  // Slovak ...). Every stopword list votes.
  if (best.coverage < MIN_PROSE_COVERAGE) best = mostCovered(stopwordLanguages(), hits, tokens.length, best.language, best);
  return best.language;
}

/** A block's length and its word counts under the English list, as the features stage made them. */
export interface EnglishCounts {
  chars: number;
  words: number;
  stopwordDensity: number;
}

/**
 * Whether a page is surely English from its blocks' features counted with the English list (what
 * `prepare` computes first, as most pages are English), without a sample or a second count: the
 * longer blocks, up to the sample's size, are as dense in English stopwords as English prose.
 * False means "ask detectLanguage", which reads the lines themselves.
 */
export function surelyEnglish(blocks: readonly EnglishCounts[]): boolean {
  let chars = 0;
  let words = 0;
  let stopwords = 0;
  for (const block of blocks) {
    if (block.chars < MIN_SAMPLE_LINE) continue;
    chars += block.chars + 1;
    words += block.words;
    stopwords += Math.round(block.stopwordDensity * block.words);
    if (chars >= MAX_DETECT_CHARS) break;
  }
  return chars >= MIN_DETECT_CHARS && stopwords >= SURELY_ENGLISH * words && words > 0;
}

/** Share of the words that are English stopwords (0 without words). */
function density(counts: WordCounts): number {
  return counts.stopwords / (counts.words || 1);
}

/** Every stopword list's languages by word, to count all lists' hits in one pass over the tokens. */
let languagesByWord: { languages: string[]; byWord: Map<string, number[]> } | undefined;

function stopwordIndex(): { languages: string[]; byWord: Map<string, number[]> } {
  if (!languagesByWord) {
    const languages = stopwordLanguages();
    const byWord = new Map<string, number[]>();
    languages.forEach((language, index) => {
      for (const word of stopwordsFor(language)) {
        const list = byWord.get(word);
        if (list) list.push(index);
        else byWord.set(word, [index]);
      }
    });
    languagesByWord = { languages, byWord };
  }
  return languagesByWord;
}

/** How many of `tokens` each stopword list holds (`hits[i]` for `languages[i]`), in one pass over the tokens. */
interface StopwordHits {
  languages: readonly string[];
  hits: Int32Array;
}

function stopwordHits(tokens: readonly string[]): StopwordHits {
  const { languages, byWord } = stopwordIndex();
  const hits = new Int32Array(languages.length);
  for (const token of tokens) {
    const list = byWord.get(token);
    if (list) for (const index of list) hits[index]!++;
  }
  return { languages, hits };
}

/** True when the English list covers strictly more of the tokens than every other list. */
function englishCoversMost({ languages, hits }: StopwordHits): boolean {
  const english = languages.indexOf(DEFAULT_LANGUAGE);
  if (english < 0 || hits[english] === 0) return false;
  return hits.every((count, index) => index === english || count < hits[english]!);
}

// Prose of any calibrated language has a median stopword density above 0.3; below this, a list is
// not the text's.
const MIN_PROSE_COVERAGE = 0.2;

const SURELY_ENGLISH = 0.42;

function coverage(stopwords: ReadonlySet<string>, tokens: readonly string[]): number {
  if (tokens.length === 0) return 0;
  let hits = 0;
  for (const token of tokens) if (stopwords.has(token)) hits++;
  return hits / tokens.length;
}

/**
 * The language of `languages` whose list covers the largest share of the `total` tokens (the
 * first on a tie, and only above `start`), from the counts of stopwordHits. A language without a
 * list has no hits.
 */
function mostCovered(
  languages: readonly string[],
  counted: StopwordHits,
  total: number,
  fallback: string,
  start: { language: string; coverage: number } = { language: fallback, coverage: 0 },
): { language: string; coverage: number } {
  let best = start;
  if (total === 0) return best;
  for (const language of languages) {
    const index = counted.languages.indexOf(language);
    if (index < 0) continue;
    const share = counted.hits[index]! / total;
    if (share > best.coverage) best = { language, coverage: share };
  }
  return best;
}

function calibratedMedian(language: string): number | undefined {
  const row = (STOPWORD_CALIBRATION.languages as Readonly<Record<string, { medianDensity: number } | undefined>>)[language];
  return row && row.medianDensity > 0 ? row.medianDensity : undefined;
}

/** Stopword-density thresholds (jusText's low/high) for one language. */
export interface StopwordThresholds {
  stopwordsLow: number;
  stopwordsHigh: number;
  /**
   * `calibrated`: the English thresholds scaled by how dense in stopwords this language's prose is;
   * `fallback`: no list or no calibration, so stopwords decide nothing (thresholds 0, as jusText
   * without a stoplist) and length and punctuation do the work.
   */
  source: 'english' | 'calibrated' | 'fallback';
}

/**
 * Thresholds for `language`, from the English ones the rule is tuned with. Prose density differs
 * per stopword list (a 1,300-word English list against a 200-word Czech one), so each language's
 * thresholds are the English ones times the ratio of the median density of its prose lines to
 * English's (src/features/stopword-calibration.ts, made by scripts/calibrate-stopwords.mjs).
 */
export function stopwordThresholds(language: string, english: StopwordBounds): Readonly<StopwordThresholds> {
  // Context rules ask per block: one object per language and bounds, not one per call.
  let byLanguage = thresholdsMade.get(english);
  if (!byLanguage) thresholdsMade.set(english, (byLanguage = new Map()));
  let thresholds = byLanguage.get(language);
  if (!thresholds) byLanguage.set(language, (thresholds = Object.freeze(thresholdsFor(language, english))));
  return thresholds;
}

type StopwordBounds = Readonly<{ stopwordsLow: number; stopwordsHigh: number }>;
const thresholdsMade = new WeakMap<StopwordBounds, Map<string, Readonly<StopwordThresholds>>>();

function thresholdsFor(language: string, english: StopwordBounds): StopwordThresholds {
  const { stopwordsLow, stopwordsHigh } = english;
  if (language === DEFAULT_LANGUAGE) return { stopwordsLow, stopwordsHigh, source: 'english' };
  const reference = calibratedMedian(DEFAULT_LANGUAGE);
  const median = calibratedMedian(language);
  if (reference === undefined || median === undefined) return { stopwordsLow: 0, stopwordsHigh: 0, source: 'fallback' };
  const scale = median / reference;
  return { stopwordsLow: stopwordsLow * scale, stopwordsHigh: stopwordsHigh * scale, source: 'calibrated' };
}
