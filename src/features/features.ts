// Features stage: shallow text features per block, computed once (one tokenisation per block).

import type { AnalysedBlock, Block, Features } from '../types.js';
import { countWords, type WordCounts } from './tokenize.js';
import { unwrap } from '../blocks/wrapped.js';

const END_PUNCTUATION = /[.!?…。！？]["'”’»)\]]*\s*$/u;
// Only from the start of a punctuation run, so a long run is scanned once (ReDoS-safe).
const SENTENCE_END = /(?<![.!?…。！？])[.!?…。！？]+(?:\s|$)/gu;
const LINK_MARKER = /https?:\/\/|www\.|\S@\S|[|»«›·•→]|\.{3}$/gu;
const WHITESPACE_RUN = /\s+/g;

const SPACE = /\s/u;

/** String.prototype.charCodeAt, called: `text.charCodeAt` is a megamorphic lookup on the block texts' several string representations. */
const charCodeAt = String.prototype.charCodeAt;

/** Whether `code` is \s: ASCII without the pattern (blocks rarely end in a space at all). */
function isSpace(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(String.fromCharCode(code));
}

/** " ' ” ’ » ) ] */
function isClosing(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29 || code === 0x5d;
}

/** . ! ? … 。 ！ ？ */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/** END_PUNCTUATION.test(text), read backwards from the end instead of tried at every position. */
function endsWithPunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(charCodeAt.call(text, i))) i--;
  while (i >= 0 && isClosing(charCodeAt.call(text, i))) i--;
  return i >= 0 && isTerminal(charCodeAt.call(text, i));
}

/** countWords's answer for the block being analysed: read at once, so one object serves every block. */
const counts: WordCounts = { words: 0, stopwords: 0, capitalised: 0, letters: 0, digits: 0, needsWhitespaceCollapse: false, sentences: 0, mayHaveLinkMarks: false, cjk: false };

export function featuresOf(text: string, stopwords: ReadonlySet<string>): Features {
  // One pass over the characters for the word, sentence and link-mark statistics (profiled: the
  // regex per word and the array of every letter were half of strip's time).
  countWords(text, stopwords, counts);
  const words = counts.words;
  const lower = text.toLowerCase();
  return {
    chars: text.length,
    words,
    stopwordDensity: words ? counts.stopwords / words : 0,
    endsWithPunctuation: endsWithPunctuation(text),
    sentences: Math.max(counts.sentences, words ? 1 : 0),
    capitalisedRatio: words ? counts.capitalised / words : 0,
    letterRatio: text.length ? counts.letters / text.length : 0,
    digitRatio: text.length ? counts.digits / text.length : 0,
    // The scan saw whether any character that can start a link mark is there; most blocks have none.
    linkMarkers: counts.mayHaveLinkMarks ? (text.match(LINK_MARKER)?.length ?? 0) : 0,
    normalized: counts.needsWhitespaceCollapse ? lower.replace(WHITESPACE_RUN, ' ').trim() : lower,
  };
}

/** The block with its features, copied field by field (a spread takes V8's slow generic path). */
function withFeatures(block: Block, features: Features): AnalysedBlock {
  const { index, text, start, end, line, endLine, column, split, parts } = block;
  return parts === undefined
    ? { index, text, start, end, line, endLine, column, split, features }
    : { index, text, start, end, line, endLine, column, split, parts, features };
}

/** A block's features; a wrapped paragraph spans several lines, and its are those of the paragraph as one line. */
function blockFeatures(block: Block, stopwords: ReadonlySet<string>): Features {
  return featuresOf(block.endLine > block.line ? unwrap(block.text) : block.text, stopwords);
}

export function analyse(blocks: readonly Block[], stopwords: ReadonlySet<string>): AnalysedBlock[] {
  return blocks.map((block) => withFeatures(block, blockFeatures(block, stopwords)));
}

/**
 * `analyse` for a page thought English, or undefined at its first block with CJK characters: such
 * a page is detected first (counting its words needs the segmenter, too slow to do twice).
 */
export function analyseUnlessCjk(blocks: readonly Block[], stopwords: ReadonlySet<string>): AnalysedBlock[] | undefined {
  const analysed: AnalysedBlock[] = [];
  for (const block of blocks) {
    const features = blockFeatures(block, stopwords);
    if (counts.cjk) return undefined;
    analysed.push(withFeatures(block, features));
  }
  return analysed;
}

/** The patterns above, for the ReDoS check in the test suite. */
export const FEATURE_PATTERNS: readonly RegExp[] = [END_PUNCTUATION, SENTENCE_END, LINK_MARKER, WHITESPACE_RUN, SPACE];
