// Features stage: shallow text features per block, computed once (one tokenisation per block).

import type { AnalysedBlock, Block, Features } from '../types.js';
import { words } from './tokenize.js';

const END_PUNCTUATION = /[.!?…。！？]["'”’»)\]]*\s*$/u;
const SENTENCE_END = /[.!?…。！？]+(?:\s|$)/gu;
const LINK_MARKER = /https?:\/\/|www\.|\S@\S|[|»«›·•→]|\.{3}$/gu;
const LETTER = /\p{L}/gu;
const WHITESPACE_RUN = /\s+/g;

export function featuresOf(text: string, stopwords: ReadonlySet<string>): Features {
  const tokens = words(text);
  let stop = 0;
  let capitalised = 0;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (stopwords.has(lower)) stop++;
    if (lower !== token && token[0] !== lower[0]) capitalised++;
  }
  const letters = text.match(LETTER)?.length ?? 0;
  const sentences = text.match(SENTENCE_END)?.length ?? 0;
  return {
    chars: text.length,
    words: tokens.length,
    stopwordDensity: tokens.length ? stop / tokens.length : 0,
    endsWithPunctuation: END_PUNCTUATION.test(text),
    sentences: Math.max(sentences, tokens.length ? 1 : 0),
    capitalisedRatio: tokens.length ? capitalised / tokens.length : 0,
    letterRatio: text.length ? letters / text.length : 0,
    linkMarkers: text.match(LINK_MARKER)?.length ?? 0,
    normalized: text.toLowerCase().replace(WHITESPACE_RUN, ' ').trim(),
  };
}

export function analyse(blocks: readonly Block[], stopwords: ReadonlySet<string>): AnalysedBlock[] {
  return blocks.map((block) => ({ ...block, features: featuresOf(block.text, stopwords) }));
}
