// Features stage: shallow text features per block, computed once (one tokenisation per block).

import type { AnalysedBlock, Block, Features } from '../types.js';
import { countWords } from './tokenize.js';
import { unwrap } from '../blocks/wrapped.js';

const END_PUNCTUATION = /[.!?…。！？]["'”’»)\]]*\s*$/u;
// Only from the start of a punctuation run, so a long run is scanned once (ReDoS-safe).
const SENTENCE_END = /(?<![.!?…。！？])[.!?…。！？]+(?:\s|$)/gu;
const LINK_MARKER = /https?:\/\/|www\.|\S@\S|[|»«›·•→]|\.{3}$/gu;
const WHITESPACE_RUN = /\s+/g;

export function featuresOf(text: string, stopwords: ReadonlySet<string>): Features {
  // One pass over the characters for the word statistics (profiled: the regex per word and the
  // array of every letter were half of strip's time).
  const counts = countWords(text, stopwords);
  const words = counts.words;
  const sentences = text.match(SENTENCE_END)?.length ?? 0;
  const lower = text.toLowerCase();
  return {
    chars: text.length,
    words,
    stopwordDensity: words ? counts.stopwords / words : 0,
    endsWithPunctuation: END_PUNCTUATION.test(text),
    sentences: Math.max(sentences, words ? 1 : 0),
    capitalisedRatio: words ? counts.capitalised / words : 0,
    letterRatio: text.length ? counts.letters / text.length : 0,
    linkMarkers: text.match(LINK_MARKER)?.length ?? 0,
    normalized: counts.needsWhitespaceCollapse ? lower.replace(WHITESPACE_RUN, ' ').trim() : lower,
  };
}

export function analyse(blocks: readonly Block[], stopwords: ReadonlySet<string>): AnalysedBlock[] {
  // A wrapped paragraph spans several lines; its features are those of the paragraph as one line.
  return blocks.map((block) => ({ ...block, features: featuresOf(block.endLine > block.line ? unwrap(block.text) : block.text, stopwords) }));
}

/** The patterns above, for the ReDoS check in the test suite. */
export const FEATURE_PATTERNS: readonly RegExp[] = [END_PUNCTUATION, SENTENCE_END, LINK_MARKER, WHITESPACE_RUN];
