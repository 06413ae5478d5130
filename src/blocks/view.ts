// Which text view a document is in, decided per document from its line shape in one pass:
// - blocks: one block per line (scraper output, Common Crawl WET): long lines, rarely blank lines;
// - wrapped: a terminal dump (`w3m -dump`, `lynx -dump`): hard-wrapped, so no line is much wider
//   than the wrap width, many lines end near it, and blank lines separate the blocks.

/** String.prototype.charCodeAt and includes, called on a text: see text.ts. */
const charCodeAt = String.prototype.charCodeAt;
const includes = String.prototype.includes;
const SPACE = 0x20;
const TAB = 0x09;
import type { SourceLine } from '../input/source.js';
import type { TextView } from '../types.js';

/** Terminal columns a character takes: East Asian wide and full-width characters take two. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Width of `text` on a terminal, in columns (code points; wide characters count two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = charCodeAt.call(text, i);
    if (code < 0x1100) {
      width++;
      continue;
    }
    const point = text.codePointAt(i) ?? code;
    if (point > 0xffff) i++;
    width += isWide(point) ? 2 : 1;
  }
  return width;
}

// A line of a wrapped dump is never wider than the terminal; wider lines are unbreakable tokens
// (URLs) or side-by-side table columns. A block-view paragraph is one long line.
const WIDE_LINE = 100;
const MAX_WIDE_SHARE = 0.03;
// Hard wrapping piles lines up just below the wrap width.
const NEAR_WRAP_FROM = 60;
// Indentation (lists, block quotes, centred cells) and runs of spaces between table columns: a
// terminal layout. Block-view text has its whitespace collapsed.
const LAID_OUT = /^ {2}|\S {3,}\S/;
const MIN_LAID_OUT_SHARE = 0.1;
const MOSTLY_LAID_OUT = 0.5;

export interface ViewEvidence {
  /** Non-blank lines. */
  lines: number;
  blank: number;
  /** Lines wider than a terminal that are not table rows. */
  wide: number;
  /** Lines a little narrower than a terminal. */
  nearWrap: number;
  /** Indented lines and table rows with columns side by side. */
  laidOut: number;
}

export function viewEvidence(lines: readonly SourceLine[]): ViewEvidence {
  const evidence: ViewEvidence = { lines: 0, blank: 0, wide: 0, nearWrap: 0, laidOut: 0 };
  for (const line of lines) {
    const text = line.text;
    // Every line is asked: its length and characters are read once, and its methods called, not
    // looked up on it (a megamorphic load per line: see text.ts).
    const length = text.length;
    // Trailing blanks are padding, not text.
    let end = length;
    while (end > 0 && (charCodeAt.call(text, end - 1) === SPACE || charCodeAt.call(text, end - 1) === TAB)) end--;
    if (end === 0) {
      evidence.blank++;
      continue;
    }
    evidence.lines++;
    const trimmed = end === length ? text : text.slice(0, end);
    // LAID_OUT needs two leading spaces or a run of three: a plain substring search rules most lines out.
    const leadingSpaces = charCodeAt.call(trimmed, 0) === SPACE && charCodeAt.call(trimmed, 1) === SPACE;
    if ((leadingSpaces || includes.call(trimmed, '   ')) && LAID_OUT.test(trimmed)) {
      evidence.laidOut++;
      continue;
    }
    // A character takes one or two columns (a surrogate pair two units): most lines are plainly
    // too short or too wide without measuring.
    if (end < NEAR_WRAP_FROM / 2) continue;
    if (end > 2 * WIDE_LINE) {
      evidence.wide++;
      continue;
    }
    const width = displayWidth(trimmed);
    if (width > WIDE_LINE) evidence.wide++;
    else if (width >= NEAR_WRAP_FROM) evidence.nearWrap++;
  }
  return evidence;
}

/** The view of a document: `wrapped` when its lines are hard-wrapped or laid out, else `blocks`. */
export function detectView(lines: readonly SourceLine[]): TextView {
  const { lines: count, blank, wide, nearWrap, laidOut } = viewEvidence(lines);
  if (count === 0) return 'blocks';
  // Mostly indented lines and table rows: a page of layout tables, blank lines or not.
  if (laidOut / count >= MOSTLY_LAID_OUT) return 'wrapped';
  // Scrapers and WET write one block per line with no blank lines; a dump separates blocks with them.
  if (blank === 0) return 'blocks';
  if (laidOut / count >= MIN_LAID_OUT_SHARE) return 'wrapped';
  if (wide / count > MAX_WIDE_SHARE) return 'blocks';
  // A few short lines with nothing wrapped read the same either way.
  return nearWrap > 0 ? 'wrapped' : 'blocks';
}

/** No more lines wider than a terminal than a dump has (URLs, table rows): the text was wrapped, not written one paragraph per line. */
export function isHardWrapped(lines: readonly SourceLine[]): boolean {
  const { lines: count, wide } = viewEvidence(lines);
  return wide <= MAX_WIDE_SHARE * count;
}

/** The patterns of this stage, for the ReDoS check in the test suite. */
export const VIEW_PATTERNS: readonly RegExp[] = [LAID_OUT];
