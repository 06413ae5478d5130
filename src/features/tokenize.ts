// Word tokens the way the referee counts them: runs of letters, digits and marks, and each
// Han/Hiragana/Katakana character as a token of its own.

const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
let cjkSegmenter: Intl.Segmenter | undefined;

/**
 * Word tokens of one block. Text with CJK characters is cut into words by Intl.Segmenter, so that
 * stopword lists ("的", "の") match; only per block: on a whole document it is super-linear.
 */
export function words(text: string): string[] {
  if (!CJK.test(text)) return text.match(WORD) ?? [];
  cjkSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const tokens: string[] = [];
  for (const { segment, isWordLike } of cjkSegmenter.segment(text)) if (isWordLike) tokens.push(segment);
  return tokens;
}

// Per-character classes for the one-pass scan below, filled lazily from the same Unicode
// properties the WORD pattern uses, so the scan counts exactly what the pattern would match.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER_CHAR = /\p{L}/u;
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const CLASSIFIED = 1;
const IS_WORD = 2;
const IS_LETTER = 4;
const IS_CJK = 8;
const IS_SPACE = 16;
const SPACE_CHAR = /\s/u;
let bmpClasses: Uint8Array | undefined;
const astralClasses = new Map<number, number>();

function classify(character: string): number {
  return (
    CLASSIFIED |
    (WORD_CHAR.test(character) ? IS_WORD : 0) |
    (LETTER_CHAR.test(character) ? IS_LETTER : 0) |
    (CJK_CHAR.test(character) ? IS_CJK : 0) |
    (SPACE_CHAR.test(character) ? IS_SPACE : 0)
  );
}

const longestWords = new WeakMap<ReadonlySet<string>, number>();
function longestWord(stopwords: ReadonlySet<string>): number {
  let longest = longestWords.get(stopwords);
  if (longest === undefined) {
    longest = 0;
    for (const word of stopwords) longest = Math.max(longest, word.length);
    longestWords.set(stopwords, longest);
  }
  return longest;
}

export interface WordCounts {
  /** Word tokens, as `words(text).length`. */
  words: number;
  /** Tokens whose lower case is in the stopword set. */
  stopwords: number;
  /** Tokens whose first character changes when lower-cased (capitalised). */
  capitalised: number;
  /** Letters (\p{L} code points). */
  letters: number;
  /** Whether `text.toLowerCase().replace(/\s+/g, ' ').trim()` differs from `text.toLowerCase()`. */
  needsWhitespaceCollapse: boolean;
  /** Runs of sentence-ending punctuation followed by a space or the end (features' SENTENCE_END). */
  sentences: number;
  /** False when the text has none of the characters a link mark (URL, e-mail, "|", "»", "...") needs. */
  mayHaveLinkMarks: boolean;
}

/**
 * The word statistics the features need, in one pass over the characters without a regex per word
 * or an array of tokens: ASCII words are lower-cased only when they hold a capital and looked up
 * only when no longer than the longest stopword. Text with CJK characters takes `words()` (the
 * segmenter) for its tokens, so the counts always equal those of `words(text)`.
 */
export function countWords(text: string, stopwords: ReadonlySet<string>): WordCounts {
  const classes = (bmpClasses ??= new Uint8Array(0x10000));
  const longest = longestWord(stopwords);
  let tokens = 0;
  let stop = 0;
  let capitalised = 0;
  let letters = 0;
  let hasCjk = false;
  let needsWhitespaceCollapse = false;
  let previousSpace = true; // a space at the very start is trimmed
  let tokenStart = -1;
  let tokenAscii = true;
  let tokenHasCapital = false;
  let sentences = 0;
  let inTerminalRun = false;
  let mayHaveLinkMarks = false;
  const endToken = (end: number) => {
    tokens++;
    if (tokenAscii) {
      const first = text.charCodeAt(tokenStart);
      if (first >= 65 && first <= 90) capitalised++;
      if (end - tokenStart <= longest) {
        const token = text.slice(tokenStart, end);
        if (stopwords.has(tokenHasCapital ? token.toLowerCase() : token)) stop++;
      }
    } else {
      const token = text.slice(tokenStart, end);
      const lower = token.toLowerCase();
      if (stopwords.has(lower)) stop++;
      if (lower !== token && token[0] !== lower[0]) capitalised++;
    }
    tokenStart = -1;
  };
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let width = 1;
    let flags: number;
    if (code < 128) {
      // ASCII: no table lookup needed.
      const isLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
      flags = isLetter ? IS_WORD | IS_LETTER : code >= 48 && code <= 57 ? IS_WORD : code === 32 || (code >= 9 && code <= 13) ? IS_SPACE : 0;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const point = text.codePointAt(i)!;
      width = 2;
      flags = astralClasses.get(point) ?? 0;
      if (flags === 0) astralClasses.set(point, (flags = classify(String.fromCodePoint(point))));
    } else {
      flags = classes[code]!;
      if (flags === 0) classes[code] = flags = classify(String.fromCharCode(code));
    }
    if (flags & IS_SPACE) {
      if (code !== 32 || previousSpace) needsWhitespaceCollapse = true;
      previousSpace = true;
    } else previousSpace = false;
    if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f) {
      inTerminalRun = true;
      // "www." or a final "..." may be a link mark.
      if (code === 46 && (text.startsWith('www', i - 3) || i >= length - 3)) mayHaveLinkMarks = true;
    } else {
      if (inTerminalRun && flags & IS_SPACE) sentences++;
      inTerminalRun = false;
      if (code === 58 || code === 64 || code === 124 || code === 0xbb || code === 0xab || code === 0x203a || code === 0xb7 || code === 0x2022 || code === 0x2192) mayHaveLinkMarks = true;
    }
    if (flags & IS_LETTER) letters++;
    if (flags & IS_CJK) {
      hasCjk = true;
      if (tokenStart >= 0) endToken(i);
      tokenStart = i;
      tokenAscii = false;
      endToken(i + width);
    } else if (flags & IS_WORD) {
      if (tokenStart < 0) {
        tokenStart = i;
        tokenAscii = true;
        tokenHasCapital = false;
      }
      if (code >= 128) tokenAscii = false;
      else if (code >= 65 && code <= 90) tokenHasCapital = true;
    } else if (tokenStart >= 0) endToken(i);
    i += width - 1;
  }
  if (tokenStart >= 0) endToken(length);
  if (previousSpace && length > 0) needsWhitespaceCollapse = true;
  if (inTerminalRun) sentences++;
  if (hasCjk) {
    // The segmenter cuts CJK text into words differently: count its tokens the plain way.
    tokens = 0;
    stop = 0;
    capitalised = 0;
    for (const token of words(text)) {
      tokens++;
      const lower = token.toLowerCase();
      if (stopwords.has(lower)) stop++;
      if (lower !== token && token[0] !== lower[0]) capitalised++;
    }
  }
  return { words: tokens, stopwords: stop, capitalised, letters, needsWhitespaceCollapse, sentences, mayHaveLinkMarks };
}

/** The patterns above, for the ReDoS check in the test suite. */
export const TOKEN_PATTERNS: readonly RegExp[] = [WORD, CJK, WORD_CHAR, LETTER_CHAR, CJK_CHAR, SPACE_CHAR];
