// Blocks stage for the wrapped view (`w3m -dump`, `lynx -dump`, a terminal copy): the lines of a
// hard-wrapped paragraph are joined back into one block, so rules see paragraphs, not line ends.
//
// A line continues the paragraph above it only when it was wrapped there: the line above is so
// full that the first word of this line would not have fitted on it. A line that ends early was
// broken by the page (a <br>, the end of a list item or link), so it ends its block. List bullets
// start a new block; side-by-side table columns (cells separated by runs of spaces) are blocks of
// their own, so a menu column never glues onto an article paragraph.

import type { Block, BlockPart } from '../types.js';
import type { SourceLine } from '../input/source.js';
import { cutIntoBlocks } from './segment.js';
import { displayWidth } from './view.js';
import { isWhitespaceCode, UNSPACED_CHARACTER } from '../text.js';

/** String.prototype.charCodeAt, called on a text: see text.ts. */
const charCodeAt = String.prototype.charCodeAt;

// w3m -cols 80 wraps at 79 columns; used when a document has too few lines to measure its own width.
const DEFAULT_WRAP_WIDTH = 79;
const MIN_WRAP_WIDTH = 40;
// The wrap width of a document: nearly every line is at most this wide.
const WRAP_WIDTH_QUANTILE = 0.97;
// A narrower table cell wraps at its own width: a run of at least this many lines whose widest
// line is at least this wide is measured on its own.
const MIN_LOCAL_LINES = 3;
const MIN_LOCAL_WIDTH = 20;
// A shorter run (a two-line paragraph in a layout table's story column) is measured by the
// document's cells that start at its column, when there are at least this many of them, and goes
// on below only from a line that ends inside a sentence (not a line of code ending in `;` or `{`).
const MIN_DOCUMENT_COLUMN_CELLS = 6;
// A cell narrower than that (an old news site's story column, 12-19 characters wide) wraps at its
// width too, but a column of menu labels looks the same there: a line continues such a paragraph
// only when it starts in lower case, as a wrapped sentence's next word mostly does and a label not,
// or when the line above ends inside a sentence after three words or more, which a label rarely has.
const MIN_NARROW_WIDTH = 12;
const MIN_NARROW_SPACES = 2;
// A line that reaches past its column's second widest line but not its widest goes on below when
// it ends inside a sentence after four words or more: a menu's labels have fewer.
const MIN_SENTENCE_SPACES = 3;
// A centred line's left and right margins differ by at most this (odd leftover column, rounding).
const CENTRING_SLACK = 2;
// Cells of a layout table printed side by side are separated by at least three spaces (w3m puts
// up to two after a sentence inside one cell) or by a drawn border.
const COLUMN_GAP = /\S(?:[ \t]*[│┃║][ \t]*| {3,}|\t+)(?=\S)/g;
// A row of a grid table drawn in ASCII (pandoc's `| cell | cell |`, nested tables inside cells):
// its `|`s are borders, and a gap runs over every border and space between two cells' text.
const GRID_GAP = /[^\s|│┃║](?:[ \t]*[|│┃║](?:[ \t]*[|│┃║])*[ \t]*| {3,}|\t+)(?=[^\s|│┃║])/g;
const WORDY = /[\p{L}\p{N}]/u;
// A list bullet: the dump's markers for <li> (•, *, □, ◦ ...) or a numbered item, then a space.
const LIST_MARKER = /^[ \t]*(?:[•*□◦▪■‣·+-]|\d{1,3}[.)])[ \t]+(?=\S)/u;
const UNORDERED_MARKER = /^[ \t]*[•*□◦▪■‣·+-][ \t]+/u;
const LIST_BULLETS = new Set([...'•*□◦▪■‣·+-'].map((bullet) => bullet.charCodeAt(0)));
const LETTER = /\p{L}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const ENDS_OPEN = /[\p{L}\p{N},-]\s*$/u;
const ENDS_SENTENCE = /[.!?]["'”’)\]]*\s*$/u;

/** A run of text in a line: the whole line, or one cell of a table row printed side by side. */
export interface Cell {
  /** Offsets in the line: the cell's first character, its text after a bullet, and its end. */
  from: number;
  textFrom: number;
  to: number;
  /** Display columns (0-based) where the cell starts and ends. */
  column: number;
  right: number;
  /** Column where a list item's continuation lines start (the cell's column otherwise). */
  hangingColumn: number;
  bullet: boolean;
  firstWordWidth: number;
  startsCjk: boolean;
  /** Starts with a lower-case letter: a sentence's next word rather than a label. */
  startsLower: boolean;
  /** Has letters or digits: not a drawn rule or border, which neither wraps nor measures a column. */
  wordy: boolean;
  /** A grid-table cell: the column of the border after it, before which its text wrapped. */
  limit?: number;
}

/** Whether text[at] is whitespace or a drawn border (│ ┃ ║, and | in a grid-table row). */
function isBorderOrSpace(text: string, at: number, grid = false): boolean {
  const code = charCodeAt.call(text, at);
  return code === 0x2502 || code === 0x2503 || code === 0x2551 || (grid && code === 0x7c) || isWhitespaceCode(code);
}

/** Whether `text` is a row of an ASCII grid table: it starts and ends with a `|` border (spaces aside). */
export function isGridRow(text: string): boolean {
  let first = 0;
  while (first < text.length && isWhitespaceCode(charCodeAt.call(text, first))) first++;
  let last = text.length - 1;
  while (last > first && isWhitespaceCode(charCodeAt.call(text, last))) last--;
  return last > first && charCodeAt.call(text, first) === 0x7c && charCodeAt.call(text, last) === 0x7c;
}

/** Whether text[from, to) has three spaces in a row, a tab or a border (what a COLUMN_GAP needs), in one pass. */
function mayHaveColumnGap(text: string, from: number, to: number): boolean {
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const code = charCodeAt.call(text, i);
    if (code === 32) {
      if (++spaces === 3) return true;
    } else if (code === 9 || code === 0x2502 || code === 0x2503 || code === 0x2551) return true;
    else spaces = 0;
  }
  return false;
}

/** Where /^\S+/ ends in `slice`: the first whitespace (0 when it starts with one). */
function firstWordEnd(slice: string): number {
  let end = 0;
  while (end < slice.length && !isWhitespaceCode(charCodeAt.call(slice, end))) end++;
  return end;
}

/** Whether LIST_MARKER can match `slice`: after spaces and tabs, a bullet or a digit. */
function mayStartList(slice: string): boolean {
  let at = 0;
  let code = charCodeAt.call(slice, at);
  while (code === 32 || code === 9) code = charCodeAt.call(slice, ++at);
  return (code >= 48 && code <= 57) || LIST_BULLETS.has(code);
}

/** A line of `minSpaces + 1` words or more that ends inside a sentence (a word, a comma, a hyphen). */
function endsInsideSentence(text: string, minSpaces = MIN_NARROW_SPACES): boolean {
  return ENDS_OPEN.test(text) && spacesIn(text) >= minSpaces;
}

function spacesIn(text: string): number {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces;
}

function cellOf(text: string, from: number, to: number, column: number): Cell {
  const slice = text.slice(from, to);
  const marker = mayStartList(slice) ? LIST_MARKER.exec(slice) : null;
  const unordered = marker !== null && UNORDERED_MARKER.test(slice);
  const firstWord = slice.slice(0, firstWordEnd(slice));
  const startsCjk = UNSPACED_CHARACTER.test(firstWord[0] ?? '');
  return {
    from,
    textFrom: unordered ? from + marker[0].length : from,
    to,
    column,
    right: column + displayWidth(slice),
    hangingColumn: marker ? column + displayWidth(marker[0]) : column,
    bullet: marker !== null,
    // A CJK line can wrap before any character: the "word" that did not fit is one character.
    firstWordWidth: startsCjk ? displayWidth(firstWord.slice(0, 1)) : displayWidth(firstWord),
    startsCjk,
    startsLower: LOWER_CASE_LETTER.test(slice.charAt(marker ? marker[0].length : 0)),
    wordy: WORDY.test(slice),
  };
}

/** The cells of a line: one for ordinary text, several for a table row; none for a blank line. */
export function cellsOf(text: string): Cell[] {
  const grid = isGridRow(text);
  let end = text.length;
  while (end > 0 && isBorderOrSpace(text, end - 1, grid)) end--;
  if (end === 0) return [];
  let indent = 0;
  while (indent < end && isBorderOrSpace(text, indent, grid)) indent++;
  let column = displayWidth(text.slice(0, indent));
  // A column gap needs three spaces, a tab or a border after the indent (trailing ones count: a
  // gap's look-ahead may see a border there): most lines have none, and are one cell.
  if (!grid && !mayHaveColumnGap(text, indent, text.length)) return [cellOf(text, indent, end, column)];
  const cells: Cell[] = [];
  let from = indent;
  const gaps = grid ? GRID_GAP : COLUMN_GAP;
  gaps.lastIndex = indent;
  for (let gap = gaps.exec(text); gap && gap.index < end; gap = gaps.exec(text)) {
    const cell = cellOf(text, from, gap.index + 1, column);
    cells.push(grid ? withLimit(cell, text, gap.index + 1) : cell);
    from = gap.index + gap[0].length;
    column = cell.right + displayWidth(text.slice(gap.index + 1, from));
  }
  const last = cellOf(text, from, end, column);
  cells.push(grid ? withLimit(last, text, end) : last);
  return cells;
}

/** A grid-table cell with the column of the first border after its text (from `after`, where its text ends). */
function withLimit(cell: Cell, text: string, after: number): Cell {
  let border = after;
  while (border < text.length && charCodeAt.call(text, border) === 32) border++;
  cell.limit = cell.right + displayWidth(text.slice(after, border));
  return cell;
}

// Debian html2text (and w3m in a data table) pads the cells of a table to their column's width
// and puts as little as one space between two columns, so a full cell can end one or two spaces
// before the next column's text. Such a narrow gap is a column gap only where the table shows it
// is one: the next column starts at that display column after a wide gap on another line, and the
// column just before it is blank on every line between them (the table's gutter; running prose
// fills any one column within a line or two). Two lines must start a cell there, one of them
// after a wide gap (the other may be indented to it).
const MIN_GUTTER_STARTS = 2;
// Wider than any terminal's table: columns past it are not looked at.
const MAX_GUTTER_COLUMN = 512;

/** Display columns of a line that hold a character other than a space or border (1). */
function inkOf(text: string): Uint8Array {
  const ink = new Uint8Array(MAX_GUTTER_COLUMN + 1);
  let column = 0;
  for (let i = 0; i < text.length && column <= MAX_GUTTER_COLUMN; i++) {
    const code = charCodeAt.call(text, i);
    const pair = code >= 0xd800 && code <= 0xdbff;
    const width = code < 0x1100 ? 1 : displayWidth(text.slice(i, i + (pair ? 2 : 1)));
    if (!isBorderOrSpace(text, i)) ink.fill(1, column, Math.min(column + width, MAX_GUTTER_COLUMN + 1));
    if (pair) i++;
    column += width;
  }
  return ink;
}

/** Whether a line's display columns are its offsets: no character of it takes two columns or two code units. */
function isNarrow(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (charCodeAt.call(text, i) >= 0x1100) return false;
  return true;
}

/** The offset in `text` of display column `column`, counting from offset `from` at column `fromColumn`. */
function offsetOfColumn(text: string, from: number, fromColumn: number, column: number): number {
  let at = from;
  let width = fromColumn;
  while (at < text.length && width < column) {
    const code = charCodeAt.call(text, at);
    const pair = code >= 0xd800 && code <= 0xdbff;
    width += code < 0x1100 ? 1 : displayWidth(text.slice(at, at + (pair ? 2 : 1)));
    at += pair ? 2 : 1;
  }
  return at;
}

/**
 * Cuts the cells of a run of lines (`rows[from, to)`, no blank line among them) where a column of
 * the run's table starts one or two spaces after the text of the column before it. Each line is
 * looked at once per column that a cell starts at after a wide gap.
 */
function splitNarrowGaps(lines: readonly SourceLine[], rows: Cell[][], from: number, to: number): void {
  const narrow = new Map<number, boolean>();
  const inks = new Map<number, Uint8Array>();
  const blank = (i: number, column: number): boolean => {
    const text = lines[i]!.text;
    let isNarrowLine = narrow.get(i);
    if (isNarrowLine === undefined) narrow.set(i, (isNarrowLine = isNarrow(text)));
    if (isNarrowLine) return column >= text.length || isBorderOrSpace(text, column);
    let ink = inks.get(i);
    if (!ink) inks.set(i, (ink = inkOf(text)));
    return ink[column] === 0;
  };
  // For each gutter column, the line its last run ended on: runs of one column never overlap.
  const scanned = new Map<number, number>();
  for (let i = from; i < to; i++) {
    for (const column of rows[i]!.slice(1).map((cell) => cell.column)) {
      if (column > MAX_GUTTER_COLUMN || (scanned.get(column) ?? from) > i) continue;
      let start = i;
      while (start > from && blank(start - 1, column - 1)) start--;
      let end = i + 1;
      while (end < to && blank(end, column - 1)) end++;
      scanned.set(column, end);
      let starts = 0;
      for (let j = start; j < end; j++) if (rows[j]!.some((cell) => cell.column === column)) starts++;
      if (starts < MIN_GUTTER_STARTS) continue;
      for (let j = start; j < end; j++) if (!blank(j, column)) splitAt(lines[j]!.text, rows[j]!, column);
    }
  }
}

/** Splits the cell of a line's `cells` that runs over the blank `column - 1` into `column`, if one does. */
function splitAt(text: string, cells: Cell[], column: number): void {
  const k = cells.findIndex((cell) => cell.column < column - 1 && cell.right > column);
  if (k < 0) return;
  const cell = cells[k]!;
  const at = offsetOfColumn(text, cell.from, cell.column, column);
  let end = at;
  while (end > cell.from && isBorderOrSpace(text, end - 1)) end--;
  cells.splice(k, 1, cellOf(text, cell.from, end, cell.column), cellOf(text, at, cell.to, column));
}

/**
 * The width a document is wrapped at: a high quantile of the right edges of its one-cell lines.
 * With `skipUnbreakable`, a line of one word too long to wrap (an image's address) says nothing
 * about it: Debian html2text prints such words unbroken past the width, and separates no
 * paragraphs by blank lines, so that an overestimated width ends every line's paragraph.
 */
function wrapWidth(rows: readonly Cell[][], lines: readonly SourceLine[], skipUnbreakable: boolean): number {
  const widths: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!;
    if (cells.length === 1 && !(skipUnbreakable && isUnbreakable(lines[i]!.text, cells[0]!))) widths.push(cells[0]!.right);
  }
  if (widths.length < 5) return DEFAULT_WRAP_WIDTH;
  // A typed array sorts numbers natively, without a comparator call per comparison.
  const sorted = Int32Array.from(widths).sort();
  return Math.max(MIN_WRAP_WIDTH, sorted[Math.floor(sorted.length * WRAP_WIDTH_QUANTILE)]!);
}

/** A word longer than a terminal line: an address or an encoded name, which no converter breaks. */
const UNBREAKABLE_WORD = DEFAULT_WRAP_WIDTH;

function isUnbreakable(text: string, cell: Cell): boolean {
  if (cell.to - cell.from <= UNBREAKABLE_WORD) return false;
  for (let i = cell.from; i < cell.to; i++) if (text.charCodeAt(i) === 0x20) return false;
  return true;
}

/**
 * How wide each column of the document was wrapped, by the column its cells start at: a high
 * quantile of their right edges, for columns with enough cells and at least MIN_LOCAL_WIDTH wide.
 * A page printed wider than its story column (a sidebar far to the right) has a wrap width that
 * no line of the story reaches.
 */
function documentColumnWidths(rows: readonly Cell[][]): Map<number, number> {
  const rights = new Map<number, number[]>();
  for (const cells of rows)
    for (const cell of cells) {
      if (!cell.wordy) continue;
      const column = rights.get(cell.column);
      if (column) column.push(cell.right);
      else rights.set(cell.column, [cell.right]);
    }
  const widths = new Map<number, number>();
  for (const [column, edges] of rights) {
    if (edges.length < MIN_DOCUMENT_COLUMN_CELLS) continue;
    const sorted = Int32Array.from(edges).sort();
    const right = sorted[Math.floor(sorted.length * WRAP_WIDTH_QUANTILE)]!;
    if (right - column >= MIN_LOCAL_WIDTH) widths.set(column, right);
  }
  return widths;
}

/**
 * How wide the text of one column of a run of lines was wrapped: its cells' right edge, and the
 * edge of its second widest line, since one line of a column may run past the width the rest
 * were wrapped at (a heading, a link's long name, a line the page broke itself).
 */
interface ColumnWidth {
  cells: number;
  right: number;
  secondRight: number;
}

// Debian html2text joins a link's words with underscores and an image's name to the link after it
// (`[icon.gif]_Share_this_story`): one word as wide as a menu item, which fits after almost no line.
// Such a word says nothing of whether the line above was full, so it is measured as a long word
// of prose would be (a line that ends early before it was broken by the page, not wrapped).
const MAX_LINKED_WORD_WIDTH = 12;

/**
 * True when `next` was wrapped off `previous`: its first word (at most `maxWordWidth` columns of it)
 * would not have fitted after it.
 */
function wrappedOnto(
  previous: Cell,
  previousLine: string,
  next: Cell,
  width: number,
  column: ColumnWidth | undefined,
  documentColumn: number | undefined,
  maxWordWidth = Infinity,
): boolean {
  if (!previous.wordy || !next.wordy) return false;
  const needed = previous.right + (next.startsCjk ? 0 : 1) + Math.min(maxWordWidth, next.firstWordWidth);
  if (needed > width) return true;
  // In a grid table a cell wraps before the space that pads it from its border.
  if (previous.limit !== undefined && needed > previous.limit - 1) return true;
  if (column === undefined || column.cells < MIN_LOCAL_LINES)
    return documentColumn !== undefined && needed > documentColumn && endsInsideSentence(cellText(previousLine, previous), 0);
  if (needed <= column.secondRight) return false;
  // Past the second widest line but not the widest, the line goes on below only as a sentence
  // does; a grid-table cell's width is its border's, not its lines'.
  if (needed <= column.right && (previous.limit !== undefined || !sentenceGoesOn(cellText(previousLine, previous), next))) return false;
  if (isLoneWidest(previous, next, column)) return false;
  const columnWidth = column.right - next.column;
  if (columnWidth >= MIN_LOCAL_WIDTH) return true;
  if (columnWidth < MIN_NARROW_WIDTH) return false;
  return next.startsLower || endsInsideSentence(cellText(previousLine, previous));
}

/**
 * The widest line of a column measures the column itself: it reads as full only when another line
 * reaches near it (the next line's first word would not fit after the second widest either) or
 * when the next line goes on in lower case. A headline over a byline and a comments link (three
 * lines, the headline far the widest) is not a wrapped paragraph.
 */
function isLoneWidest(previous: Cell, next: Cell, column: ColumnWidth): boolean {
  return previous.right === column.right && column.secondRight + 1 + next.firstWordWidth < column.right && !next.startsLower;
}

/**
 * Whether `next` goes on with the sentence of a line that reached past its column's second widest
 * line but not its widest: the line above ends inside a sentence (four words or more), or `next`
 * starts in lower case after a line that does not end one. A line that ends a sentence or is one
 * long linked word says nothing of whether a short capitalised label under it ("Contact us") is
 * more of its text.
 */
function sentenceGoesOn(previousText: string, next: Cell): boolean {
  return endsInsideSentence(previousText, MIN_SENTENCE_SPACES) || (next.startsLower && !ENDS_SENTENCE.test(previousText));
}

function cellText(line: string, cell: Cell): string {
  return line.slice(cell.from, cell.to).trim();
}

/** A line centred on the page (w3m centres <center> and align=center text line by line). */
function centred(cell: Cell, width: number): boolean {
  return cell.column > 0 && Math.abs(cell.column + cell.right - width) <= CENTRING_SLACK;
}

/** True when centred `next` was wrapped off centred `previous`: the same test on their text widths. */
function centredWrappedOnto(previous: Cell, next: Cell, width: number): boolean {
  if (!previous.wordy || !next.wordy || !centred(previous, width) || !(centred(next, width) || next.column === 0)) return false;
  return previous.right - previous.column + (next.startsCjk ? 0 : 1) + next.firstWordWidth > width - CENTRING_SLACK;
}

interface Paragraph {
  /** Line index and cell of each piece, top to bottom. */
  pieces: Array<{ line: number; cell: Cell }>;
  /** Column its continuation lines start at. */
  hangingColumn: number;
}

/**
 * A paragraph's text as one line: line breaks and the indentation around them become one space,
 * or nothing between CJK characters and after a word broken at its hyphen ("long-" + "term").
 */
export function unwrap(text: string): string {
  // What text.replace(/[ \t]*(?:\r\n|\n|\r)[ \t]*/g, ...) would replace, found in one pass: that
  // pattern is tried at every position of a run of spaces, quadratic on a long run without a break.
  let unwrapped = '';
  let copied = 0; // the end of the previous break: a break's leading spaces start after it
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    let start = i;
    while (start > copied && isSpaceOrTab(text.charCodeAt(start - 1))) start--;
    let end = i + (code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    while (end < text.length && isSpaceOrTab(text.charCodeAt(end))) end++;
    unwrapped += text.slice(copied, start) + joint(text[start - 1] ?? '', text[start - 2] ?? '', text[end] ?? '');
    copied = end;
    i = end - 1;
  }
  return copied === 0 ? text : unwrapped + text.slice(copied);
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** What a line break between `before` (after `beforeThat`) and `after` becomes. */
function joint(before: string, beforeThat: string, after: string): string {
  if (UNSPACED_CHARACTER.test(before) && UNSPACED_CHARACTER.test(after)) return '';
  if (before === '-' && LETTER.test(beforeThat) && LOWER_CASE_LETTER.test(after)) return '';
  return ' ';
}

function pushParagraph(blocks: Block[], input: string, lines: readonly SourceLine[], rows: readonly Cell[][], paragraph: Paragraph): void {
  const { pieces } = paragraph;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const startOf = (piece: { line: number; cell: Cell }): number =>
    lines[piece.line]!.start + (piece === first ? piece.cell.textFrom : piece.cell.from);
  const endOf = (piece: { line: number; cell: Cell }): number => lines[piece.line]!.start + piece.cell.to;
  // A paragraph alone on its lines is one span of the input; one beside other columns is not
  // (a grid-table cell is framed by borders on every line, so it is never one span.)
  if (pieces.every((piece) => rows[piece.line]!.length === 1 && piece.cell.limit === undefined)) {
    const start = startOf(first);
    cutIntoBlocks(blocks, input.slice(start, endOf(last)), start, lines, first.line, last.line);
    return;
  }
  const parts: BlockPart[] = pieces.map((piece) => {
    const start = startOf(piece);
    return { start, end: endOf(piece), line: lines[piece.line]!.number, column: start - lines[piece.line]!.start + 1 };
  });
  blocks.push({
    index: blocks.length,
    text: parts.map((part) => input.slice(part.start, part.end)).join('\n'),
    start: parts[0]!.start,
    end: parts[parts.length - 1]!.end,
    line: parts[0]!.line,
    endLine: parts[parts.length - 1]!.line,
    column: parts[0]!.column,
    split: false,
    parts,
  });
}

/** Each column's right edge over the run of non-blank lines from line `from`. */
function columnWidths(rows: readonly Cell[][], from: number): Map<number, ColumnWidth> {
  const columns = new Map<number, ColumnWidth>();
  for (let j = from; j < rows.length && rows[j]!.length > 0; j++) {
    for (const cell of rows[j]!) {
      if (!cell.wordy) continue;
      const column = columns.get(cell.column);
      if (!column) columns.set(cell.column, { cells: 1, right: cell.right, secondRight: 0 });
      else {
        column.cells++;
        column.secondRight = Math.max(column.secondRight, Math.min(column.right, cell.right));
        column.right = Math.max(column.right, cell.right);
      }
    }
  }
  return columns;
}

/** Whether a cell's text runs over one of the region's column gaps (starts left of a column and ends right of it). */
function runsOverGap(cell: Cell, region: ReadonlySet<number>): boolean {
  for (const column of region) if (cell.column < column && cell.right > column) return true;
  return false;
}

/**
 * Blocks of a wrapped document: re-joined paragraphs, list items and table cells, in reading
 * order: in a run of lines with side-by-side columns, column by column, left to right. With
 * `columnOrder` false, only a table region is read so (from a line of cells side by side to a
 * line that runs over one of its column gaps), the rest in the order of the blocks' first lines:
 * for a converter that separates no paragraphs with blank lines (Debian html2text), a run of lines
 * is often the whole page, and one line with a gap in it (a search box and its button) would read
 * the page column by column. That converter's long linked words count as MAX_LINKED_WORD_WIDTH
 * wide when a line break is judged.
 */
export function segmentWrapped(input: string, lines: readonly SourceLine[], columnOrder = true): Block[] {
  const rows = lines.map((line) => cellsOf(line.text));
  for (let i = 0; i < lines.length;) {
    let end = i;
    let tabular = false;
    while (end < lines.length && rows[end]!.length > 0) {
      if (rows[end]!.length > 1) tabular = true;
      end++;
    }
    if (tabular) splitNarrowGaps(lines, rows, i, end);
    i = Math.max(end, i + 1);
  }
  // Read without column order: Debian html2text's output (see wrapWidth).
  const width = wrapWidth(rows, lines, !columnOrder);
  const documentColumns = documentColumnWidths(rows);
  const blocks: Block[] = [];
  let stanza: Paragraph[] = [];
  let tabular = false;
  let columns = new Map<number, ColumnWidth>();
  // Paragraphs whose last piece is on the previous line, by the column a continuation starts at.
  let open = new Map<number, Paragraph>();

  const closeStanza = (): void => {
    if (tabular) stanza.sort((a, b) => a.pieces[0]!.cell.column - b.pieces[0]!.cell.column || a.pieces[0]!.line - b.pieces[0]!.line);
    for (const paragraph of stanza) pushParagraph(blocks, input, lines, rows, paragraph);
    stanza = [];
    tabular = false;
    open = new Map();
  };
  // Columns that the current table region's cells start at, beside another cell (columnOrder false).
  const region = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const cells = rows[i]!;
    if (cells.length === 0) {
      closeStanza();
      continue;
    }
    if (i === 0 || rows[i - 1]!.length === 0) columns = columnWidths(rows, i);
    if (!columnOrder) {
      // A table region starts at a line of cells side by side and ends at a line that runs over
      // one of its column gaps: the text above and below it is read in line order.
      if (cells.length > 1) {
        if (!tabular) {
          closeStanza();
          tabular = true;
          region.clear();
        }
        for (let k = 1; k < cells.length; k++) if (cells[k]!.column <= MAX_GUTTER_COLUMN) region.add(cells[k]!.column);
      } else if (tabular && runsOverGap(cells[0]!, region)) closeStanza();
    }
    if (cells.length > 1 && columnOrder) tabular = true;
    const nextOpen = new Map<number, Paragraph>();
    // A centred paragraph changes its indent on every line: follow it when the line is one cell.
    const single = rows[i]!.length === 1 && open.size === 1 && rows[i - 1]?.length === 1 ? [...open.values()][0] : undefined;
    const singleLast = single?.pieces[single.pieces.length - 1]!.cell;
    if (single && singleLast && !rows[i]![0]!.bullet && centredWrappedOnto(singleLast, rows[i]![0]!, width)) {
      single.pieces.push({ line: i, cell: rows[i]![0]! });
      open = new Map([[single.hangingColumn, single]]);
      continue;
    }
    for (const cell of rows[i]!) {
      const paragraph = cell.bullet ? undefined : open.get(cell.column);
      const last = paragraph?.pieces[paragraph.pieces.length - 1];
      if (
        paragraph &&
        last &&
        wrappedOnto(
          last.cell,
          lines[last.line]!.text,
          cell,
          width,
          columns.get(cell.column),
          documentColumns.get(cell.column),
          columnOrder ? Infinity : MAX_LINKED_WORD_WIDTH,
        )
      ) {
        paragraph.pieces.push({ line: i, cell });
        nextOpen.set(paragraph.hangingColumn, paragraph);
        continue;
      }
      const started: Paragraph = { pieces: [{ line: i, cell }], hangingColumn: cell.hangingColumn };
      stanza.push(started);
      nextOpen.set(started.hangingColumn, started);
    }
    open = nextOpen;
  }
  closeStanza();
  return blocks;
}

/** The patterns of this stage, for the ReDoS check in the test suite. */
export const WRAPPED_PATTERNS: readonly RegExp[] = [
  COLUMN_GAP,
  GRID_GAP,
  WORDY,
  LIST_MARKER,
  UNORDERED_MARKER,
  LETTER,
  LOWER_CASE_LETTER,
  ENDS_OPEN,
  ENDS_SENTENCE,
];
