// Features stage: shallow text features per block, computed once (one tokenisation per block).

import { collapseWhitespace, isTerminalCode, isWhitespaceCode, straightApostrophes, TERMINAL_PUNCTUATION } from '../text.js';
import type { AnalysedBlock, Block, Features } from '../types.js';
import { countWords, emptyCounts, finishCounts, type WordCounts } from './tokenize.js';
import { canCountBlocks, countBlocks, RESULT_WIDTH } from './block-counts.js';
import { unwrap } from '../blocks/wrapped.js';

/** String.prototype.charCodeAt, called on a text: see text.ts. */
const charCodeAt = String.prototype.charCodeAt;

const END_PUNCTUATION = new RegExp(`[${TERMINAL_PUNCTUATION}]["'”’»)\\]]*\\s*$`, 'u');
// Only from the start of a punctuation run, so a long run is scanned once (ReDoS-safe).
const SENTENCE_END = new RegExp(`(?<![${TERMINAL_PUNCTUATION}])[${TERMINAL_PUNCTUATION}]+(?:\\s|$)`, 'gu');
const LINK_MARKER = /https?:\/\/|www\.|\S@\S|[|»«›·•→]|\.{3}$/gu;
// An image a converter printed as its name in brackets ('[discuss_ic] Add Comment', w3m and lynx
// for an icon without alt text) before a label: the label is what the block says. A name has a
// letter: '[2] Comments' is a count.
const IMAGE_NAME = /^\[(?=[^\]\s]*\p{L})[^\]\s]{1,40}\] (?=\S)/u;

/** " ' ” ’ » ) ] */
function isClosing(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29 || code === 0x5d;
}

/** END_PUNCTUATION.test(text), read backwards from the end instead of tried at every position. */
function endsWithPunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isWhitespaceCode(charCodeAt.call(text, i))) i--;
  while (i >= 0 && isClosing(charCodeAt.call(text, i))) i--;
  return i >= 0 && isTerminalCode(charCodeAt.call(text, i));
}

/** countWords's answer for the block being analysed: read at once, so one object serves every block. */
const counts: WordCounts = emptyCounts();

export function featuresOf(text: string, stopwords: ReadonlySet<string>): Features {
  // One pass over the characters for the word, sentence and link-mark statistics (profiled: the
  // regex per word and the array of every letter were half of strip's time).
  countWords(text, stopwords, counts);
  return featuresFrom(text, counts);
}

/** A block's features from its text and its word counts. */
function featuresFrom(
  text: string,
  { words, stopwords, sentences, capitalised, letters, digits, mayHaveLinkMarks, needsWhitespaceCollapse, characters }: WordCounts,
): Features {
  const lower = straightApostrophes(text.toLowerCase());
  const length = text.length; // once (see text.ts)
  return {
    chars: length,
    words,
    stopwordDensity: words ? stopwords / words : 0,
    endsWithPunctuation: endsWithPunctuation(text),
    sentences: Math.max(sentences, words ? 1 : 0),
    capitalisedRatio: words ? capitalised / words : 0,
    letterRatio: length ? letters / length : 0,
    digitRatio: length ? digits / length : 0,
    // The scan saw whether any character that can start a link mark is there; most blocks have none.
    linkMarkers: mayHaveLinkMarks ? (text.match(LINK_MARKER)?.length ?? 0) : 0,
    linkShare: 0,
    normalized: withoutImageName(needsWhitespaceCollapse ? collapseWhitespace(lower) : lower),
    characters,
  };
}

/** `normalized` without an image's bracketed name before its text. */
function withoutImageName(normalized: string): string {
  if (normalized.charCodeAt(0) !== 0x5b) return normalized;
  const name = IMAGE_NAME.exec(normalized);
  return name ? normalized.slice(name[0].length) : normalized;
}

/** The block with its features, copied field by field (a spread takes V8's slow generic path). */
function withFeatures(block: Block, features: Features): AnalysedBlock {
  const { index, text, start, end, line, endLine, column, split, parts } = block;
  return parts === undefined
    ? { index, text, start, end, line, endLine, column, split, features }
    : { index, text, start, end, line, endLine, column, split, parts, features };
}

/** The text a block's features are of: a wrapped paragraph spans several lines, and reads as one line. */
function countedText(block: Block): string {
  return block.endLine > block.line ? unwrap(block.text) : block.text;
}

/**
 * Every block's word counts in one WebAssembly call (block-counts.ts), when there: over `document`
 * when the blocks are its slices (block.text is document.slice(block.start, block.end), as in the
 * block view), else over their counted texts joined. Undefined: count block by block.
 */
function countAll(
  blocks: readonly Block[],
  stopwords: ReadonlySet<string>,
  document: string | undefined,
): { counted: Int32Array; texts: readonly string[] | undefined } | undefined {
  if (blocks.length === 0 || !canCountBlocks(blocks[blocks.length - 1]!.end - blocks[0]!.start)) return undefined;
  const ranges = new Int32Array(blocks.length * 2);
  if (document !== undefined) {
    for (let b = 0; b < blocks.length; b++) {
      ranges[2 * b] = blocks[b]!.start;
      ranges[2 * b + 1] = blocks[b]!.end;
    }
    return { counted: countBlocks(document, ranges, stopwords), texts: undefined };
  }
  const texts = blocks.map(countedText);
  for (let b = 0, at = 0; b < blocks.length; b++) {
    ranges[2 * b] = at;
    ranges[2 * b + 1] = at += texts[b]!.length;
  }
  return { counted: countBlocks(texts.join(''), ranges, stopwords), texts };
}

/**
 * The blocks with their features, or undefined at the first block with CJK characters when
 * `stopAtCjk`. `document`: see countAll.
 */
function analyseBlocks(
  blocks: readonly Block[],
  stopwords: ReadonlySet<string>,
  document: string | undefined,
  stopAtCjk: boolean,
): AnalysedBlock[] | undefined {
  const all = countAll(blocks, stopwords, document);
  const analysed: AnalysedBlock[] = new Array(blocks.length);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    let features: Features;
    if (all) {
      const { counted } = all;
      const text = all.texts ? all.texts[b]! : block.text;
      const at = b * RESULT_WIDTH;
      counts.words = counted[at]!;
      counts.stopwords = counted[at + 1]!;
      counts.capitalised = counted[at + 2]!;
      counts.letters = counted[at + 3]!;
      counts.digits = counted[at + 4]!;
      counts.sentences = counted[at + 5]!;
      finishCounts(counts, text, stopwords, counted[at + 6]!, counted[at + 7]!);
      features = featuresFrom(text, counts);
    } else features = featuresOf(countedText(block), stopwords);
    if (stopAtCjk && counts.cjk) return undefined;
    analysed[b] = withFeatures(block, features);
  }
  return analysed;
}

/** The blocks with their features. `document`: see analyseBlocks (the block view's input text). */
export function analyse(blocks: readonly Block[], stopwords: ReadonlySet<string>, document?: string): AnalysedBlock[] {
  return analyseBlocks(blocks, stopwords, document, false)!;
}

/**
 * `analyse` for a page thought English, or undefined at its first block with CJK characters: such
 * a page is detected first (counting its words needs the segmenter, too slow to do twice).
 */
export function analyseUnlessCjk(blocks: readonly Block[], stopwords: ReadonlySet<string>, document?: string): AnalysedBlock[] | undefined {
  return analyseBlocks(blocks, stopwords, document, true);
}

/** The patterns above, for the ReDoS check in the test suite. */
export const FEATURE_PATTERNS: readonly RegExp[] = [END_PUNCTUATION, SENTENCE_END, LINK_MARKER, IMAGE_NAME];
