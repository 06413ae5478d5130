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
/** Sentence-ending punctuation: . ! ? … 。 ！ ？ */
const IS_TERMINAL = 32;
/** A character a link mark needs (":" of a URL, "@", "|", "»", "«", "›", "·", "•", "→"). */
const IS_LINK_HINT = 64;
/** A-Z: lower-cased by adding 32 when an ASCII token is hashed. */
const IS_ASCII_UPPER = 128;
/** The first half of a surrogate pair: the code point is classified whole. */
const IS_HIGH_SURROGATE = 256;
/** 0-9 (only ASCII digits: what the learned features' digit share counts). */
const IS_ASCII_DIGIT = 512;
const ASCII_DIGIT_SHIFT = 9;
const SPACE_CHAR = /\s/u;
const TERMINALS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f]);
const LINK_HINTS = new Set([0x3a, 0x40, 0x7c, 0xbb, 0xab, 0x203a, 0xb7, 0x2022, 0x2192]);
let bmpClasses: Uint16Array | undefined;
const astralClasses = new Map<number, number>();

/** ASCII classes without the Unicode property patterns (compiling those costs a one-line run ~1 ms). */
function classifyAscii(code: number): number {
  const upper = code >= 65 && code <= 90;
  const letter = upper || (code >= 97 && code <= 122);
  const word = letter || (code >= 48 && code <= 57);
  const space = code === 32 || (code >= 9 && code <= 13);
  return (
    CLASSIFIED |
    (word ? IS_WORD : 0) |
    (letter ? IS_LETTER : 0) |
    (space ? IS_SPACE : 0) |
    (TERMINALS.has(code) ? IS_TERMINAL : 0) |
    (LINK_HINTS.has(code) ? IS_LINK_HINT : 0) |
    (upper ? IS_ASCII_UPPER : 0) |
    (code >= 48 && code <= 57 ? IS_ASCII_DIGIT : 0)
  );
}

function classify(character: string): number {
  const code = character.length === 1 ? character.charCodeAt(0) : -1;
  if (code >= 0 && code < 128) return classifyAscii(code);
  return (
    CLASSIFIED |
    (WORD_CHAR.test(character) ? IS_WORD : 0) |
    (LETTER_CHAR.test(character) ? IS_LETTER : 0) |
    (CJK_CHAR.test(character) ? IS_CJK : 0) |
    (SPACE_CHAR.test(character) ? IS_SPACE : 0) |
    (TERMINALS.has(code) ? IS_TERMINAL : 0) |
    (LINK_HINTS.has(code) ? IS_LINK_HINT : 0) |
    (code >= 65 && code <= 90 ? IS_ASCII_UPPER : 0) |
    (code >= 0xd800 && code <= 0xdbff ? IS_HIGH_SURROGATE : 0)
  );
}

/**
 * A stopword set's ASCII words in an open-addressing table keyed by a hash of their characters, so
 * that an ASCII token is looked up from the characters as they are scanned: no slice, no
 * lower-casing, no string hashing per token (this runs for every word of every block).
 */
class AsciiStopwords {
  readonly longest: number;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly words: (string | undefined)[];

  constructor(stopwords: ReadonlySet<string>) {
    const ascii = [...stopwords].filter((word) => word.length > 0 && isAscii(word));
    let size = 16;
    while (size < ascii.length * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string | undefined>(size);
    this.longest = longestWord(stopwords);
    for (const word of ascii) {
      let hash = 0;
      for (let i = 0; i < word.length; i++) hash = asciiHashStep(hash, word.charCodeAt(i));
      let slot = hash & this.mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hash;
      this.words[slot] = word;
    }
  }

  /** Whether text[start, end), an ASCII token, lower-cased is one of the words; `hash` from asciiHashStep. */
  has(text: string, start: number, end: number, hash: number): boolean {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === undefined) return false;
      if (this.hashes[slot] === hash && word.length === end - start && sameLowerCase(text, start, word)) return true;
    }
  }
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

/** The next hash of a word's characters, lower-casing A-Z (stopwords are lower case). */
function asciiHashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
}

function sameLowerCase(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Tokens counted so far in this run, and how many before the hash table is built. */
let tokensSeen = 0;
const TABLE_AFTER_TOKENS = 4096;

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

const asciiTables = new WeakMap<ReadonlySet<string>, AsciiStopwords>();
function asciiStopwords(stopwords: ReadonlySet<string>): AsciiStopwords {
  let table = asciiTables.get(stopwords);
  if (!table) asciiTables.set(stopwords, (table = new AsciiStopwords(stopwords)));
  return table;
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
  /** ASCII digits 0-9. */
  digits: number;
  /** Whether `text.toLowerCase().replace(/\s+/g, ' ').trim()` differs from `text.toLowerCase()`. */
  needsWhitespaceCollapse: boolean;
  /** Runs of sentence-ending punctuation followed by a space or the end (features' SENTENCE_END). */
  sentences: number;
  /** False when the text has none of the characters a link mark (URL, e-mail, "|", "»", "...") needs. */
  mayHaveLinkMarks: boolean;
}

/**
 * The word statistics the features need, in one pass over the characters without a regex per word
 * or an array of tokens: ASCII words are hashed as they are scanned and looked up in a table
 * (`AsciiStopwords`) when no longer than the longest stopword; other words are sliced and
 * lower-cased. Text with CJK characters takes `words()` (the
 * segmenter) for its tokens, so the counts always equal those of `words(text)`. The counts are
 * written into `into` when given (a caller counting every block reuses one object).
 */
export function countWords(text: string, stopwords: ReadonlySet<string>, into?: WordCounts): WordCounts {
  const classes = (bmpClasses ??= new Uint16Array(0x10000));
  // The hash table pays once a run has looked up a few thousand tokens; before, the Set does (a
  // one-line run would spend ~1 ms building the table). Both give the same counts.
  const table = tokensSeen >= TABLE_AFTER_TOKENS ? asciiStopwords(stopwords) : undefined;
  const longest = table ? table.longest : longestWord(stopwords);
  const counts = into ?? { words: 0, stopwords: 0, capitalised: 0, letters: 0, digits: 0, needsWhitespaceCollapse: false, sentences: 0, mayHaveLinkMarks: false };
  counts.words = 0;
  counts.stopwords = 0;
  counts.capitalised = 0;
  let letters = 0;
  let digits = 0;
  let hasCjk = false;
  let needsWhitespaceCollapse = false;
  let previousSpace = true; // a space at the very start is trimmed
  let tokenStart = -1;
  let tokenAscii = true;
  let tokenHash = 0;
  let sentences = 0;
  let inTerminalRun = false;
  let mayHaveLinkMarks = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let width = 1;
    let flags = classes[code]!;
    if (flags === 0) classes[code] = flags = classify(String.fromCharCode(code));
    if (flags & IS_HIGH_SURROGATE) {
      if (i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        const point = text.codePointAt(i)!;
        width = 2;
        flags = astralClasses.get(point) ?? 0;
        if (flags === 0) astralClasses.set(point, (flags = classify(String.fromCodePoint(point))));
      } else flags = CLASSIFIED; // a lone surrogate is no character class
    }
    if (flags & IS_SPACE) {
      if (code !== 32 || previousSpace) needsWhitespaceCollapse = true;
      previousSpace = true;
    } else previousSpace = false;
    if (flags & IS_TERMINAL) {
      inTerminalRun = true;
      // "www." or a final "..." may be a link mark.
      if (code === 46 && (text.startsWith('www', i - 3) || i >= length - 3)) mayHaveLinkMarks = true;
    } else {
      if (inTerminalRun && flags & IS_SPACE) sentences++;
      inTerminalRun = false;
      if (flags & IS_LINK_HINT) mayHaveLinkMarks = true;
    }
    if (flags & IS_LETTER) letters++;
    digits += (flags >> ASCII_DIGIT_SHIFT) & 1; // without a branch: digits come and go unpredictably
    if (flags & IS_CJK) {
      hasCjk = true; // its tokens are counted below
      tokenStart = -1;
    } else if (flags & IS_WORD) {
      if (tokenStart < 0) {
        tokenStart = i;
        tokenAscii = true;
        tokenHash = 0;
      }
      if (code >= 128) tokenAscii = false;
      else tokenHash = (Math.imul(tokenHash, 31) + (flags & IS_ASCII_UPPER ? code + 32 : code)) | 0; // asciiHashStep, inlined
    } else if (tokenStart >= 0) {
      countToken(counts, text, tokenStart, i, tokenAscii, tokenHash, stopwords, table, longest);
      tokenStart = -1;
    }
    i += width - 1;
  }
  if (tokenStart >= 0) countToken(counts, text, tokenStart, length, tokenAscii, tokenHash, stopwords, table, longest);
  if (previousSpace && length > 0) needsWhitespaceCollapse = true;
  if (inTerminalRun) sentences++;
  if (hasCjk) {
    // The segmenter cuts CJK text into words differently: count its tokens the plain way.
    counts.words = 0;
    counts.stopwords = 0;
    counts.capitalised = 0;
    for (const token of words(text)) {
      counts.words++;
      const lower = token.toLowerCase();
      if (stopwords.has(lower)) counts.stopwords++;
      if (lower !== token && token[0] !== lower[0]) counts.capitalised++;
    }
  }
  tokensSeen += counts.words;
  counts.letters = letters;
  counts.digits = digits;
  counts.needsWhitespaceCollapse = needsWhitespaceCollapse;
  counts.sentences = sentences;
  counts.mayHaveLinkMarks = mayHaveLinkMarks;
  return counts;
}

/** Counts the token text[start, end) into `counts`: a word, maybe a stopword, maybe capitalised. */
function countToken(counts: WordCounts, text: string, start: number, end: number, ascii: boolean, hash: number, stopwords: ReadonlySet<string>, table: AsciiStopwords | undefined, longest: number): void {
  counts.words++;
  if (ascii) {
    const first = text.charCodeAt(start);
    if (first >= 65 && first <= 90) counts.capitalised++;
    if (end - start <= longest) {
      if (table) {
        if (table.has(text, start, end, hash)) counts.stopwords++;
      } else if (stopwords.has(text.slice(start, end).toLowerCase())) counts.stopwords++;
    }
  } else {
    const token = text.slice(start, end);
    const lower = token.toLowerCase();
    if (stopwords.has(lower)) counts.stopwords++;
    if (lower !== token && token[0] !== lower[0]) counts.capitalised++;
  }
}

/** The patterns above, for the ReDoS check in the test suite. */
export const TOKEN_PATTERNS: readonly RegExp[] = [WORD, CJK, WORD_CHAR, LETTER_CHAR, CJK_CHAR, SPACE_CHAR];
