// Word tokens the way the referee counts them: runs of letters, digits and marks, and each
// Han/Hiragana/Katakana character as a token of its own (here: CJK text goes to the segmenter).

import { TABLE_AFTER_TOKENS, warm } from '../engine/tuning.js';
import { CJK_CHARACTER, isTerminalCode } from '../text.js';

/** String.prototype.charCodeAt, called on a text: see text.ts. */
const charCodeAt = String.prototype.charCodeAt;

/** A word of a text without CJK characters. */
const NON_CJK_WORD = /[\p{L}\p{N}\p{M}]+/gu;
let cjkSegmenter: Intl.Segmenter | undefined;

/**
 * Word tokens of one block. Text with CJK characters is cut into words by Intl.Segmenter, so that
 * stopword lists ("的", "の") match, a piece of at most SEGMENTED_CHARS at a time: the segmenter
 * is super-linear in Node 20 (per character ~310 ns up to 1,000 characters, ~590 at 4,000, ~900
 * at 8,000), and past 65,536 characters a pass takes ~25 s or more (150,000: ~170 s), so one long
 * line of crawl text would hang a run.
 */
export function words(text: string): string[] {
  if (!CJK_CHARACTER.test(text)) return text.match(NON_CJK_WORD) ?? [];
  cjkSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const tokens: string[] = [];
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start);
    const piece = start === 0 && end === text.length ? text : text.slice(start, end);
    for (const { segment, isWordLike } of cjkSegmenter.segment(piece)) if (isWordLike) tokens.push(segment);
    start = end;
  }
  return tokens;
}

const SEGMENTED_CHARS = 1024;

/**
 * Where the piece of `text` given to the segmenter from `start` ends: the whole rest when short,
 * else the last place in the piece's second half where no word can go on (after whitespace or
 * CJK punctuation, before an ASCII or CJK character: the pieces then have the words of the
 * whole), else its limit (a word there is cut in two; not a surrogate pair).
 */
function pieceEnd(text: string, start: number): number {
  const limit = start + SEGMENTED_CHARS;
  if (text.length <= limit) return text.length;
  for (let at = limit; at > start + SEGMENTED_CHARS / 2; at--) if (endsNoWord(text.charCodeAt(at - 1), text.charCodeAt(at))) return at;
  return (text.charCodeAt(limit) & 0xfc00) === 0xdc00 ? limit - 1 : limit;
}

/** 、。，！？；：「」（） */
const CJK_PUNCTUATION = new Set([0x3001, 0x3002, 0xff0c, 0xff01, 0xff1f, 0xff1b, 0xff1a, 0x300c, 0x300d, 0xff08, 0xff09]);

/**
 * ，；： join digits or letters on both sides into one word (Unicode's word rules count them as
 * MidNum and MidLetter: "2024，2024" is one word), so a cut after one is safe only before CJK.
 */
const JOINS_WORDS = new Set([0xff0c, 0xff1b, 0xff1a]);

/** Whether a word boundary lies between two code units whatever surrounds them. */
function endsNoWord(before: number, after: number): boolean {
  if (JOINS_WORDS.has(before)) return (codeUnitClasses(after) & IS_CJK) !== 0;
  const breaks = CJK_PUNCTUATION.has(before) || (codeUnitClasses(before) & IS_SPACE) !== 0;
  return breaks && (after < 0x300 || (codeUnitClasses(after) & IS_CJK) !== 0);
}

// Per-character classes for the one-pass scan below, filled lazily from the same Unicode
// properties NON_CJK_WORD and CJK_CHARACTER use, so the scan counts exactly what words() would.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER_CHAR = /\p{L}/u;
// countWords reads most bits by shifting them down (arithmetic instead of a branch per bit).
const CLASSIFIED = 1;
/** A letter, digit or mark outside CJK (which the segmenter counts): part of a word. */
const IS_WORD = 2;
const WORD_SHIFT = 1;
const IS_LETTER = 4;
const LETTER_SHIFT = 2;
const IS_CJK = 8;
const IS_SPACE = 16;
const SPACE_SHIFT = 4;
/** Sentence-ending punctuation: . ! ? … 。 ！ ？ */
const IS_TERMINAL = 32;
const TERMINAL_SHIFT = 5;
/** A character a link mark needs (":" of a URL, "@", "|", "»", "«", "›", "·", "•", "→"). */
const IS_LINK_HINT = 64;
/** A-Z: lower-cased by adding 32 when an ASCII token is hashed. */
const IS_ASCII_UPPER = 128;
/** The first half of a surrogate pair: the code point is classified whole. */
const IS_HIGH_SURROGATE = 256;
/** 0-9 (only ASCII digits: what the learned features' digit share counts). */
const IS_ASCII_DIGIT = 512;
const ASCII_DIGIT_SHIFT = 9;
/** "." (a link mark's "www." or final "..."). */
const IS_DOT = 1024;
/** A space other than " " (the collapsed text has " " only). */
const IS_OTHER_SPACE = 2048;
/** Not a class: countWords's mark of a space after a space (or at the start). */
const DOUBLE_SPACE_SHIFT = 8;
const DOUBLE_SPACE = IS_SPACE << DOUBLE_SPACE_SHIFT;
const SPACE_CHAR = /\s/u;
/** A stopword an ASCII token can be: lower-case letters and digits only. */
const ASCII_WORD = /^[a-z0-9]+$/;
/** A mark of a link in text: » › → > … « ‹ ← < | • · (what the link-marker rule's pattern needs, with "..."). */
const IS_LINK_ARROW = 8192;
/** A symbol of program text: ; { } ( = : (one of which most of the code-block rule's marks hold). */
const IS_CODE_SYMBOL = 16384;
/**
 * The classes a block's `features.characters` reports: whether the block holds such a character
 * at all, so that a rule can skip a pattern that needs one (a bit test where the pattern is a call
 * of the regular-expression engine on every block).
 */
export const CHARACTER_CLASSES = { asciiDigit: IS_ASCII_DIGIT, dot: IS_DOT, linkArrow: IS_LINK_ARROW, codeSymbol: IS_CODE_SYMBOL } as const;
const REPORTED_CLASSES = IS_ASCII_DIGIT | IS_DOT | IS_LINK_ARROW | IS_CODE_SYMBOL;

/** Whether a block holds a character of any of `classes` (CHARACTER_CLASSES bits, or-ed). */
export function holdsAny(features: { readonly characters: number }, classes: number): boolean {
  return (features.characters & classes) !== 0;
}
const LINK_ARROWS = new Set([0xbb, 0x203a, 0x2192, 0x3e, 0x2026, 0xab, 0x2039, 0x2190, 0x3c, 0x7c, 0x2022, 0xb7]);
const CODE_SYMBOLS = new Set([0x3b, 0x7b, 0x7d, 0x28, 0x3d, 0x3a]);
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
    (space && code !== 32 ? IS_OTHER_SPACE : 0) |
    (isTerminalCode(code) ? IS_TERMINAL : 0) |
    (LINK_HINTS.has(code) ? IS_LINK_HINT : 0) |
    (upper ? IS_ASCII_UPPER : 0) |
    (code >= 48 && code <= 57 ? IS_ASCII_DIGIT : 0) |
    (code === 46 ? IS_DOT : 0) |
    (LINK_ARROWS.has(code) ? IS_LINK_ARROW : 0) |
    (CODE_SYMBOLS.has(code) ? IS_CODE_SYMBOL : 0)
  );
}

function classify(character: string): number {
  const code = character.length === 1 ? character.charCodeAt(0) : -1;
  if (code >= 0 && code < 128) return classifyAscii(code);
  const cjk = CJK_CHARACTER.test(character);
  return (
    CLASSIFIED |
    (WORD_CHAR.test(character) && !cjk ? IS_WORD : 0) |
    (LETTER_CHAR.test(character) ? IS_LETTER : 0) |
    (cjk ? IS_CJK : 0) |
    (SPACE_CHAR.test(character) ? IS_SPACE | IS_OTHER_SPACE : 0) |
    (isTerminalCode(code) ? IS_TERMINAL : 0) |
    (LINK_HINTS.has(code) ? IS_LINK_HINT : 0) |
    (code >= 65 && code <= 90 ? IS_ASCII_UPPER : 0) |
    (code >= 0xd800 && code <= 0xdbff ? IS_HIGH_SURROGATE : 0) |
    (LINK_ARROWS.has(code) ? IS_LINK_ARROW : 0)
  );
}

/**
 * The next key of an ASCII word: its letters and digits as base-37 digits (0-9 as 1-10, a-z and
 * A-Z as 11-36, so lower-cased), without a branch. A word of up to EXACT_KEY_LENGTH characters
 * has a key of its own (37^6 < 2^32): a key match needs no check of the characters.
 */
function keyStep(key: number, code: number): number {
  return (Math.imul(key, KEY_BASE) + (code | 32) - KEY_LETTER_OFFSET + KEY_DIGIT_ADJUST * +((code - 48) >>> 0 <= 9)) | 0;
}
const KEY_BASE = 37;
/** (code | 32) - KEY_LETTER_OFFSET: a-z and A-Z as 11-36; a digit's adds KEY_DIGIT_ADJUST: 0-9 as 1-10. */
const KEY_LETTER_OFFSET = 86;
const KEY_DIGIT_ADJUST = 39;
const EXACT_KEY_LENGTH = 6;
/** The cuckoo table's two hashes (slotOne, slotTwo). */
const SLOT_ONE_MULTIPLIER = 0x9e3779b1;
const SLOT_TWO_MULTIPLIER = 0x85ebca6b;

/**
 * A stopword set's words that an ASCII token can be (lower-case letters and digits), by key and
 * length, in a cuckoo table: a word is at one of two slots, so a lookup reads both without a
 * branch. Looked up from the key built while the token is scanned: no slice, no lower-casing.
 */
class StopwordKeys {
  readonly shift: number;
  readonly keys: Int32Array;
  readonly lengths: Uint16Array;

  constructor(stopwords: ReadonlySet<string>) {
    const entries = [...stopwords]
      .filter((word) => ASCII_WORD.test(word) && word.length <= 0xffff)
      .map((word) => {
        let key = 0;
        for (let i = 0; i < word.length; i++) key = keyStep(key, word.charCodeAt(i));
        return { key, length: word.length };
      });
    for (let bits = 6; ; bits++) {
      const size = 1 << bits;
      if (size < entries.length * 2) continue;
      this.shift = 32 - bits;
      this.keys = new Int32Array(size);
      this.lengths = new Uint16Array(size);
      if (entries.every(({ key, length }) => this.insert(key, length))) return;
    }
  }

  /** Puts (key, length) at one of its two slots, moving the entries in the way to their other slot. */
  private insert(key: number, length: number): boolean {
    let slot = slotOne(key, length, this.shift);
    for (let moves = 0; moves < 64; moves++) {
      if (this.lengths[slot] === 0 || (this.keys[slot] === key && this.lengths[slot] === length)) {
        this.keys[slot] = key;
        this.lengths[slot] = length;
        return true;
      }
      const evictedKey = this.keys[slot]!;
      const evictedLength = this.lengths[slot]!;
      this.keys[slot] = key;
      this.lengths[slot] = length;
      key = evictedKey;
      length = evictedLength;
      const one = slotOne(key, length, this.shift);
      slot = slot === one ? slotTwo(key, length, this.shift) : one;
    }
    return false;
  }
}

function slotOne(key: number, length: number, shift: number): number {
  return Math.imul(key ^ length, SLOT_ONE_MULTIPLIER) >>> shift;
}
function slotTwo(key: number, length: number, shift: number): number {
  return Math.imul(key + length, SLOT_TWO_MULTIPLIER) >>> shift;
}

/**
 * 1 when text[start, end), an ASCII token with key `key`, lower-cased is a stopword: a key match
 * is the answer for short tokens; a longer token that matches is looked up itself.
 */
function asciiStopword(table: StopwordKeys, stopwords: ReadonlySet<string>, text: string, start: number, end: number, key: number): number {
  const { keys, lengths, shift } = table;
  const length = end - start;
  const one = slotOne(key, length, shift);
  const two = slotTwo(key, length, shift);
  const found = (+(keys[one] === key) & +(lengths[one] === length)) | (+(keys[two] === key) & +(lengths[two] === length));
  if (found === 0 || length <= EXACT_KEY_LENGTH) return found;
  return +stopwords.has(text.slice(start, end).toLowerCase());
}

/** Tokens counted so far in this run (the key table is built after TABLE_AFTER_TOKENS). */
let tokensSeen = 0;

const keyTables = new WeakMap<ReadonlySet<string>, StopwordKeys>();
/** The key table of a stopword set (its cuckoo table of ASCII keys), made once per set. */
export function stopwordKeys(stopwords: ReadonlySet<string>): StopwordKeys {
  let table = keyTables.get(stopwords);
  if (!table) keyTables.set(stopwords, (table = new StopwordKeys(stopwords)));
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
  /** Whether the text has CJK characters (its words were cut by the segmenter). */
  cjk: boolean;
  /** Which of CHARACTER_CLASSES the text's characters belong to (bits or-ed). */
  characters: number;
}

/** A WordCounts for countWords to fill (it writes every field). */
export function emptyCounts(): WordCounts {
  return {
    words: 0,
    stopwords: 0,
    capitalised: 0,
    letters: 0,
    digits: 0,
    needsWhitespaceCollapse: false,
    sentences: 0,
    mayHaveLinkMarks: false,
    cjk: false,
    characters: 0,
  };
}

/**
 * The word statistics the features need, in one pass over the characters without a regex per word
 * or an array of tokens. Mispredicted branches cost most here, so the per-character updates are
 * arithmetic on the character's class bits, and the one data-dependent branch is at a token's end:
 * an ASCII token's key (built while it is scanned, `keyStep`) is looked up in a cuckoo table
 * (`StopwordKeys`); other tokens are sliced and lower-cased. Text with CJK characters takes
 * `words()` (the segmenter) for its tokens, so the counts always equal those of `words(text)`.
 * The counts are written into `into` when given (a caller counting every block reuses one object).
 */
export function countWords(text: string, stopwords: ReadonlySet<string>, into?: WordCounts): WordCounts {
  const classes = (bmpClasses ??= new Uint16Array(0x10000));
  // The key table pays once a run has looked up a few thousand tokens; before, the Set does (a
  // one-line run would spend time building the table). Both give the same counts.
  const table = warm(tokensSeen, TABLE_AFTER_TOKENS) ? stopwordKeys(stopwords) : undefined;
  const counts = into ?? emptyCounts();
  let words = 0;
  let stops = 0;
  let capitalised = 0;
  let letters = 0;
  let digits = 0;
  // The class bits of every character, or-ed (CJK, link hints, dots, spaces to collapse), and of
  // the previous character (a space at the very start is trimmed: as if one came before).
  let seen = 0;
  let previous = IS_SPACE;
  let sentences = 0;
  let start = 0;
  let key = 0;
  let nonAscii = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = charCodeAt.call(text, i);
    let flags = classes[code]!;
    let width = 1;
    // One rarely taken branch: a character not classified yet, or a surrogate.
    if ((flags & (CLASSIFIED | IS_HIGH_SURROGATE)) !== CLASSIFIED) {
      if (flags === 0) flags = codeUnitClasses(code);
      if (flags & IS_HIGH_SURROGATE) {
        flags = CLASSIFIED; // a lone surrogate is no character class
        if (i + 1 < length && (charCodeAt.call(text, i + 1) & 0xfc00) === 0xdc00) {
          const point = text.codePointAt(i)!;
          width = 2; // `code`, a surrogate, marks the pair's word as not ASCII
          flags = codePointClasses(point);
        }
      }
    }
    // Two spaces in a row collapse into one.
    seen |= flags | ((previous & flags & IS_SPACE) << DOUBLE_SPACE_SHIFT);
    // A run of sentence-ending punctuation counts where a space follows it (or the text ends).
    sentences += (previous >> TERMINAL_SHIFT) & (flags >> SPACE_SHIFT) & 1;
    letters += (flags >> LETTER_SHIFT) & 1;
    digits += (flags >> ASCII_DIGIT_SHIFT) & 1;
    const inWord = (previous >> WORD_SHIFT) & 1;
    const word = (flags >> WORD_SHIFT) & 1;
    if (inWord > word) {
      words++;
      const token = tokenFlags(text, start, i, nonAscii, key, table, stopwords);
      stops += token & 1;
      capitalised += token >> 1;
    }
    // A word starts where the previous character was outside one: its state starts afresh.
    start += (i - start) * (word & (inWord ^ 1));
    key = keyStep(Math.imul(key, inWord), code);
    nonAscii = (nonAscii & -inWord) | (code >>> 7);
    previous = flags;
    i += width - 1;
  }
  if (previous & IS_WORD) {
    words++;
    const token = tokenFlags(text, start, length, nonAscii, key, table, stopwords);
    stops += token & 1;
    capitalised += token >> 1;
  }
  sentences += (previous >> TERMINAL_SHIFT) & 1;
  counts.words = words;
  counts.stopwords = stops;
  counts.capitalised = capitalised;
  counts.letters = letters;
  counts.digits = digits;
  counts.sentences = sentences;
  finishCounts(counts, text, stopwords, seen, previous);
  return counts;
}

/**
 * What countWords concludes after its pass over `text` (also for the same pass made in
 * WebAssembly, count-words.wat): from `seen`, the or of every character's class bits with the
 * double-space mark, and `previous`, the last character's bits.
 */
export function finishCounts(counts: WordCounts, text: string, stopwords: ReadonlySet<string>, seen: number, previous: number): void {
  const length = text.length;
  // The segmenter cuts CJK text into words differently: count its tokens the plain way.
  counts.cjk = (seen & IS_CJK) !== 0;
  counts.characters = seen & REPORTED_CLASSES;
  if (counts.cjk) recountCjk(counts, text, stopwords);
  tokensSeen += counts.words;
  // A space other than " ", two in a row, or one at either end (the start's counted as double).
  counts.needsWhitespaceCollapse = (seen & (IS_OTHER_SPACE | DOUBLE_SPACE)) !== 0 || (length > 0 && (previous & IS_SPACE) !== 0);
  // "www." or a "." among the last three characters (a final "...") may be a link mark.
  counts.mayHaveLinkMarks =
    (seen & IS_LINK_HINT) !== 0 ||
    ((seen & IS_DOT) !== 0 &&
      (charCodeAt.call(text, length - 1) === 46 ||
        charCodeAt.call(text, length - 2) === 46 ||
        charCodeAt.call(text, length - 3) === 46 ||
        text.includes('www.')));
}

/** The class bits of a UTF-16 code unit (a high surrogate is marked as one), classified once. */
export function codeUnitClasses(code: number): number {
  const classes = (bmpClasses ??= new Uint16Array(0x10000));
  if (classes[code] === 0) classes[code] = classify(String.fromCharCode(code));
  return classes[code]!;
}

/** The class bits of a code point beyond the BMP, classified once. */
export function codePointClasses(point: number): number {
  let flags = astralClasses.get(point) ?? 0;
  if (flags === 0) astralClasses.set(point, (flags = classify(String.fromCodePoint(point))));
  return flags;
}

/**
 * The token text[start, end): bit 0 set when it is a stopword, bit 1 when it is capitalised. An
 * ASCII token is looked up by its key (once the table exists); any other the plain way.
 */
function tokenFlags(
  text: string,
  start: number,
  end: number,
  nonAscii: number,
  key: number,
  table: StopwordKeys | undefined,
  stopwords: ReadonlySet<string>,
): number {
  if (nonAscii !== 0) return otherToken(text, start, end, stopwords);
  const stop = table ? asciiStopword(table, stopwords, text, start, end, key) : +stopwords.has(text.slice(start, end).toLowerCase());
  return stop | (+((charCodeAt.call(text, start) - 65) >>> 0 <= 25) << 1);
}

/** A token with a character beyond ASCII: bit 0 when it is a stopword, bit 1 when it is capitalised. */
export function otherToken(text: string, start: number, end: number, stopwords: ReadonlySet<string>): number {
  const token = text.slice(start, end);
  const lower = token.toLowerCase();
  return +stopwords.has(lower) | (+(lower !== token && token[0] !== lower[0]) << 1);
}

/** The word, stopword and capital counts of text with CJK characters, from the segmenter's tokens. */
function recountCjk(counts: WordCounts, text: string, stopwords: ReadonlySet<string>): void {
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

/**
 * The numbers of countWords's pass, from which scripts/wasm.mjs writes count-words.wat (the same
 * pass over a document's blocks in WebAssembly): change one here, run `npm run wasm`.
 */
export const COUNT_CONSTANTS = {
  CLASSIFIED,
  IS_WORD,
  WORD_SHIFT,
  LETTER_SHIFT,
  IS_SPACE,
  SPACE_SHIFT,
  TERMINAL_SHIFT,
  IS_HIGH_SURROGATE,
  ASCII_DIGIT_SHIFT,
  DOUBLE_SPACE_SHIFT,
  KEY_BASE,
  KEY_LETTER_OFFSET,
  KEY_DIGIT_ADJUST,
  EXACT_KEY_LENGTH,
  SLOT_ONE_MULTIPLIER,
  SLOT_TWO_MULTIPLIER,
} as const;

/** The patterns above, for the ReDoS check in the test suite. */
export const TOKEN_PATTERNS: readonly RegExp[] = [NON_CJK_WORD, WORD_CHAR, LETTER_CHAR, SPACE_CHAR, ASCII_WORD];
