// Text as every stage reads it, defined once: whitespace, CJK characters, sentence punctuation,
// the normalised form phrase rules match, and dates. The tokenizer, the features, the wrapped view's
// line joins, the phrase rules and a user's phrases all take these from here, so they cannot
// drift apart.
//
// Scans read characters with `charCodeAt.call(text, i)`, where each module has its own
// `const charCodeAt = String.prototype.charCodeAt`. Called, not looked up on the text: texts come
// as several string representations (flat, sliced, joined; one- and two-byte), which makes a
// `text.charCodeAt` lookup megamorphic, a generic call per character (a bare loop over the
// corpus's blocks: 190 ms that way, 40 ms this way). A module's own constant, not one imported
// from here: an imported binding is read through its module cell at every call, and strip over
// the corpus was 7 % slower that way. For the same reason a loop reads `text.length` once, before
// it: V8 does not hoist a megamorphic load out of a loop, and the literal scans paid one per
// character.

const WHITESPACE = /\s/u;

/** Whether the code unit `code` is whitespace (\s): ASCII without a regular expression. */
export function isWhitespaceCode(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(String.fromCharCode(code));
}

const WHITESPACE_RUN = /\s+/g;

/** `text` with each run of whitespace made one space, and none at either end. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * `text` with the typographic apostrophe (’, U+2019) written as ASCII ': pages print "don’t" and
 * "editor’s picks" both ways, and the phrase patterns spell them one way.
 */
export function straightApostrophes(text: string): string {
  return text.includes('\u2019') ? text.replaceAll('\u2019', "'") : text;
}

/**
 * The form phrases are matched in: lower case, ’ as ', whitespace collapsed, trimmed. A block's
 * `features.normalized` (computed from the tokenizer's counts without a second pass when nothing
 * needs collapsing), a config's phrases and allow list.
 */
export function normalise(text: string): string {
  return collapseWhitespace(straightApostrophes(text.toLowerCase()));
}

/**
 * The key a line is counted under across documents (`--dedupe-lines`, rule repeated-line): the
 * normalised form with every ASCII digit as 0, as CCNet folds them, so that "Page 3 of 12" and
 * "Page 4 of 17" are one line. The CLI counts lines by it and the rule looks blocks up by it: one
 * function, so the two cannot disagree.
 */
export function lineKey(line: string): string {
  const text = normalise(line);
  let folded = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 48 && code <= 57) {
      folded += text.slice(from, i) + '0';
      from = i + 1;
    }
  }
  return from === 0 ? text : folded + text.slice(from);
}

/** The scripts written without spaces between words, whose every character the referee counts as a word. */
const CJK_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';

/** A Han, Hiragana or Katakana character: text with one goes to the word segmenter. */
export const CJK_CHARACTER = new RegExp(`[${CJK_SCRIPTS}]`, 'u');

/**
 * A character that a wrapped line may end or start with where the page had no space: CJK, Hangul,
 * CJK symbols and punctuation (U+3000-U+303F), full-width forms (U+FF00-U+FFEF). A line break
 * between two of them joins without a space.
 */
export const UNSPACED_CHARACTER = new RegExp(`[${CJK_SCRIPTS}\\p{sc=Hangul}\u3000-\u303f\uff00-\uffef]`, 'u');

/** Sentence-ending punctuation, Latin and CJK: what ends a sentence for the features and the tokenizer. */
export const TERMINAL_PUNCTUATION = '.!?…。！？';

/** Whether the code unit `code` is one of TERMINAL_PUNCTUATION. */
export function isTerminalCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

// Dates as English pages print them ("July 18th, 2012", "18 Jul. 2012", "18/07/2012", "2012-07-18"):
// pattern sources for the rules to build on (flag i). One family, read two ways. A dateline
// (article-metadata) names a month as English spells it and writes a numeric date with / or .
// only; a comment stamp (comment-thread) takes any word that starts like a month ("Sept",
// "Januar") and dashes too. The loose reading for datelines lowered the dev corpus's figures, so
// the two stay apart.

/** January .. December, in full or cut short, with an optional period. */
export const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/**
 * A word that starts like a month: its first three letters and at most six more ("sep" + "tember"),
 * with an optional period. Bounded: an unbounded run was scanned to the end of the word from
 * every month-like start, quadratic on a long word.
 */
export const MONTH_PREFIX = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';

/** Month and day or day and month, then the year; day/month/year in figures with `separators`; ISO. */
function dateOf(month: string, separators: string): string {
  const day = '\\d{1,2}(?:st|nd|rd|th)?';
  const numeric = `\\d{1,2}[${separators}]\\d{1,2}[${separators}]\\d{2,4}`;
  return `(?:${month} ${day},? \\d{4}|${day} ${month},? \\d{4}|${numeric}|\\d{4}-\\d{2}-\\d{2})`;
}

/** A dateline's date: a month's name, numeric dates with / or . (article-metadata adds word boundaries). */
export const DATELINE_DATE = dateOf(MONTH_NAME, '/.');

/** A comment stamp's date: a month-like word, numeric dates with / . or - (comment-thread). */
export const STAMP_DATE = dateOf(MONTH_PREFIX, '/.-');

// The spaces before "am" / "pm" belong to it: a space run on each side of an optional group made
// "4:09" + a long run of spaces quadratic.
export const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?|[ap]m))?';

/** The patterns above, for the ReDoS check in the test suite. */
export const TEXT_PATTERNS: readonly RegExp[] = [WHITESPACE, WHITESPACE_RUN, CJK_CHARACTER, UNSPACED_CHARACTER];
