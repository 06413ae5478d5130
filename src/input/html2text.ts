// Input stage: Debian html2text's output read as such. The C++ html2text (`html2text -nometa -utf8`)
// prints a heading between stars, `****** Title ******` for h1 down to `** x **`, and link text
// with its spaces turned into underscores (`38_comments`, `Closings_&_Delays`). Read as plain
// text, a heading's stars hide it from the phrase rules (`**** 38 comments ****` is no comments
// marker), an underscored run is one long unknown word, and nothing says which words were links.
// Here a document that prints headings so is read with the headings' stars off and the link text
// as words, and the share of a block's text that was link text is its `linkShare` (a menu of
// underscored items is navigation, as a link-dense block of HTML is). The blocks are the view's own
// (the converter wraps lines like any terminal dump); only the text the rules read changes, and
// what is kept, and shown, is the original text.

import type { Block } from '../types.js';
import type { SourceLine } from './source.js';

/** What the rules read of a block of html2text output, and how much of it was link text. */
export interface Html2textReading {
  text: string;
  /** Characters of `text` (not counting spaces) that are link text. */
  linkChars: number;
  /** Characters of `text`, not counting spaces. */
  visibleChars: number;
  /** The heading level (1 for h1's six stars, down to 5 for two stars), 0 for a block that is no heading. */
  heading: number;
}

// A document is read as html2text's when it draws headings so at least this often: one heading
// between stars is an accident of any text, two are the converter's habit.
const MIN_HEADINGS = 2;
/**
 * A heading on one line: the same number of stars (two to six, h1 to h5) before and after its
 * text. One star each side is too common outside the converter (`* * *`, `* updated *`) to count.
 */
const HEADING_LINE = /^(\*{2,6}) [^*\s](?:.*\S)? \1$/;
/** A heading block, possibly wrapped over several lines. */
const HEADING_BLOCK = /^(\*{2,6}) ([^*\s][^]*?) \1$/;

const OPEN = 91; // [
const CLOSE = 93; // ]

/** The patterns of this stage, for the ReDoS check in the test suite. */
export const HTML2TEXT_PATTERNS: readonly RegExp[] = [HEADING_LINE, HEADING_BLOCK];

/**
 * Whether the text is nothing but bracketed groups, one or more: images (`[alt]`,
 * `[http://site/logo.png]`), form fields and buttons (`[search    ][Search]`).
 */
function isBracketsOnly(text: string): boolean {
  let depth = 0;
  let groups = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN) {
      if (depth === 0) groups++;
      depth++;
    } else if (code === CLOSE) {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && !isSpaceCode(code)) return false;
  }
  return depth === 0 && groups > 0;
}

/** Whether the lines are Debian html2text's output, by its headings drawn between stars. */
export function looksLikeHtml2text(lines: readonly SourceLine[]): boolean {
  let headings = 0;
  for (const { text } of lines) {
    // A heading in a table cell is indented to its column.
    let at = 0;
    while (text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) === 42 && HEADING_LINE.test(at === 0 ? text : text.slice(at)) && ++headings >= MIN_HEADINGS) return true;
  }
  return false;
}

function isWordCode(code: number): boolean {
  // ASCII letters and digits, and every non-ASCII character (letters of other scripts, accents).
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * What the rules read of a block: without a heading's stars, with the underscores of link text as
 * spaces. A run of non-space characters with an underscore and a letter or digit is link text (a
 * run of underscores alone is a drawn line or a form field, not a link).
 */
export function readHtml2text(blockText: string): Html2textReading {
  // An image's alt text is not the page's text (the Markdown reader reads images so too), nor is a form's.
  if (isBracketsOnly(blockText)) return { text: '', linkChars: 0, visibleChars: 0, heading: 0 };
  const heading = HEADING_BLOCK.exec(blockText);
  const source = heading ? heading[2]! : blockText;
  let text = '';
  let linkChars = 0;
  let visibleChars = 0;
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    if (isSpaceCode(code)) {
      text += source[i];
      i++;
      continue;
    }
    let end = i;
    let underscores = 0;
    let wordy = false;
    while (end < source.length && !isSpaceCode(source.charCodeAt(end))) {
      const at = source.charCodeAt(end);
      if (at === 95) underscores++;
      else if (isWordCode(at)) wordy = true;
      end++;
    }
    const run = source.slice(i, end);
    const visible = end - i - (wordy && underscores > 0 ? underscores : 0);
    visibleChars += visible;
    if (wordy && underscores > 0) {
      text += run.replaceAll('_', ' ');
      linkChars += visible;
    } else text += run;
    i = end;
  }
  return { text, linkChars, visibleChars, heading: heading ? 7 - heading[1]!.length : 0 };
}

/** The blocks as the rules read them (see `readHtml2text`), with their readings. */
export function html2textBlocks(blocks: readonly Block[]): { blocks: Block[]; readings: Html2textReading[] } {
  const readings = blocks.map((block) => readHtml2text(block.text));
  return { blocks: blocks.map((block, i) => ({ ...block, text: readings[i]!.text })), readings };
}
