// Blocks stage: one block per non-blank line (the scraper / WET view), with lines cut where a
// sentence was glued to the next one without a space ("...the difference.Donald Trump has...").
// The cutting (`cutIntoBlocks`) is the wrapped view's too, for its paragraphs.

import type { Block } from '../types.js';
import { isWhitespaceCode } from '../text.js';
import type { SourceLine } from '../input/source.js';

// A lower-case letter or digit, sentence punctuation, an optional closing quote, then a capitalised
// word. Look-arounds of fixed width only, so the scan is linear.
const GLUED_BOUNDARY = /(?<=[\p{Ll}\d][.!?]["”’)]?)(?=\p{Lu}\p{Ll})/gu;
// What every glued boundary contains, found by a plain scan for the punctuation (the boundary
// pattern starts with a look-behind, which is tried at every position).
const GLUED_HINT = /[.!?]["”’)]?\p{Lu}/u;

// Words before a period that do not end a sentence ("Mr.Smith" is a typo, not a boundary).
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|st|vs|no|jr|sr|prof|gen|col|lt|sgt|rev|inc|ltd|co|etc|e\.g|i\.e)\.$/iu;
// Inside a URL, domain or file name the "boundary" is part of a name.
const URL_MARKER = /https?:\/\/|www\.|@/i;
const WHITESPACE = /\s/u;
// A capitalised name that runs into a call's bracket, an index, an assignment or a statement's end,
// through a few members at most, is program text ("os.Open(path)", "json.NewDecoder(f)",
// "System.Console.WriteLine(name)", "exports.Cow = Cow;"), not a sentence's first word; dotted
// names without one ("Joe.My.God.") are cut as before.
const NAME_IN_CODE = /[\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+){0,4}(?:\(|\[| ?=|;)/uy;

/**
 * Whether a URL marker is followed by no whitespace to the end of `text` (as /(?:https?:\/\/|www\.|@)\S*$/
 * would say, but linear: that pattern rescans from every "@" of a long run).
 */
function isUrlLike(text: string): boolean {
  let tail = text.length;
  while (tail > 0 && !isWhitespace(text, tail - 1)) tail--;
  return URL_MARKER.test(tail === 0 ? text : text.slice(tail));
}

function isWhitespace(text: string, at: number): boolean {
  return isWhitespaceCode(text.charCodeAt(at));
}

// A chrome label that the page printed right before the first sentence of the text, with a space
// or nothing between them ("Advertisement The council voted ...", "Share this articleThe mayor
// ..."), or a run of share buttons ("Tweet Email Print The council ..."): cut off when a sentence
// follows. Matched without regard to case; the sentence's capital is tested apart (SENTENCE_START),
// so a label glued to a lower-case word ("Advertisements") is no label.
const GLUED_LABEL =
  /^(?:(?:advertisement(?:[ -]+scroll to continue(?: reading)?)?|sponsored(?: content)?|share this (?:article|story|page|post)|share on (?:facebook|twitter|x|linkedin|whatsapp)|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading below|listen to (?:this )?(?:article|story)|skip to (?:main )?content|subscribe now|sign up for (?:our|the) newsletter|anzeige|werbung|artikel teilen|publicité|partager l['’]article|publicidad|compartir (?:esta noticia|este artículo)|pubblicità|condividi (?:questo articolo|l['’]articolo)|publicidade|advertentie|deel dit artikel)(?: |(?=\p{L}))|(?:(?:facebook|twitter|tweet|e-?mail|print|share|whatsapp|linkedin|pinterest|reddit|copy link)[ |·•,/]*){2,8}){1,3}/iu;
const SENTENCE_START = /^\p{Lu}\p{Ll}/u;
const SENTENCE_END = /[.!?]["”’)]?\s*$/u;
/** A label is cut off only before a sentence of at least this many words. */
const LABELLED_SENTENCE_WORDS = 6;

/** Where the sentence after a glued chrome label starts, or 0. */
function labelEnd(text: string): number {
  const label = GLUED_LABEL.exec(text);
  if (!label) return 0;
  const end = label[0].length;
  const rest = text.slice(end);
  if (!SENTENCE_START.test(rest) || !SENTENCE_END.test(rest)) return 0;
  let words = 1;
  for (let i = 0; i < rest.length && words < LABELLED_SENTENCE_WORDS; i++) if (rest.charCodeAt(i) === 32) words++;
  return words >= LABELLED_SENTENCE_WORDS ? end : 0;
}

// A wiki's edit links glued to the end of its heading ("History[edit]", "Етимологія[ред. | ред.
// код]", "Literatura[editovat | editovat zdroj]"): two or three short labels of letters between
// "|"s in brackets, or one of the wikis' words for "edit" alone (an image's name glued to a menu
// label, "iPhone[iphone]", is one word too), read from the line's last "[". The heading before
// them is cut off as a block of its own, so the links do not make a link line of it.
export const EDIT_WORD =
  '(?:edit|editar|modifier|bearbeiten|ред\\.?|править|rediger|modifica|edytuj|szerkesztés|muokkaa|sunting|redigera|upraviť|uredi|bewerken|düzenle|editovat|muuda)';
const EDIT_LINKS = new RegExp(`\\[(?:[\\p{L}\\p{M} .'’-]{1,30}(?: \\| [\\p{L}\\p{M} .'’-]{1,30}){1,2}|${EDIT_WORD})\\]\\s*$`, 'iuy');
const LETTER_BEFORE = /[\p{L}\p{M}\p{N})]$/u;
/** A heading has at most this many words. */
const MAX_HEADING_SPACES = 9;

/** Where a wiki heading's glued edit links start, or 0. */
function editLinksStart(text: string): number {
  let end = text.length - 1;
  while (end > 0 && isWhitespace(text, end)) end--;
  if (text.charCodeAt(end) !== 0x5d) return 0;
  const at = text.lastIndexOf('[', end);
  if (at <= 0 || !LETTER_BEFORE.test(text.slice(at - 1, at))) return 0;
  EDIT_LINKS.lastIndex = at;
  if (!EDIT_LINKS.test(text)) return 0;
  let spaces = 0;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 32 && ++spaces > MAX_HEADING_SPACES) return 0;
  return SENTENCE_END.test(text.slice(0, at)) ? 0 : at;
}

/** Offsets inside `text` where a glued sentence boundary starts a new block. */
// Longest URL marker ("https://"), minus one.
const URL_MARKER_REACH = 7;

/** The patterns of this stage, for the ReDoS check in the test suite. */
export const SEGMENT_PATTERNS: readonly RegExp[] = [
  GLUED_BOUNDARY,
  GLUED_HINT,
  ABBREVIATION_BEFORE,
  URL_MARKER,
  WHITESPACE,
  NAME_IN_CODE,
  GLUED_LABEL,
  SENTENCE_START,
  SENTENCE_END,
  EDIT_LINKS,
  LETTER_BEFORE,
];

/** What gluedBoundaries returns for the many lines without a boundary (shared: no array per line). */
const NO_CUTS: readonly number[] = Object.freeze([]);

function gluedBoundaries(text: string): readonly number[] {
  const editLinks = editLinksStart(text);
  if (editLinks > 0) return [editLinks];
  const label = labelEnd(text);
  if (!GLUED_HINT.test(text)) return label > 0 ? [label] : NO_CUTS;
  const cuts: number[] = label > 0 ? [label] : [];
  // Whether the word up to the previous boundary looks like a URL, kept from boundary to boundary
  // so that a long word with many boundaries is scanned once (linear), not once per boundary.
  let previous = -1;
  let wordStart = 0;
  let urlLike = false;
  for (const match of text.matchAll(GLUED_BOUNDARY)) {
    const at = match.index ?? 0;
    let space = at - 1;
    while (space > previous && text.charCodeAt(space) !== 32) space--;
    if (space > previous || previous < 0) {
      // A new word (as text.lastIndexOf(' ', at) + 1 would find it): test it whole.
      wordStart = space + 1;
      urlLike = isUrlLike(text.slice(wordStart, at));
    } else {
      // The same word, longer: an earlier marker still counts if no whitespace followed it; a new
      // marker can only end in the new stretch.
      const stretch = text.slice(previous, at);
      urlLike = (urlLike && !WHITESPACE.test(stretch)) || isUrlLike(text.slice(Math.max(wordStart, previous - URL_MARKER_REACH), at));
    }
    previous = at;
    const before = text.slice(Math.max(0, at - 12), at);
    if (ABBREVIATION_BEFORE.test(before)) continue;
    if (urlLike) continue;
    NAME_IN_CODE.lastIndex = at;
    if (NAME_IN_CODE.test(text)) continue;
    cuts.push(at);
  }
  return cuts;
}

/** Whether the line has nothing but whitespace (as text.trim() === '', without a new string). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text, i)) return false;
  return true;
}

/**
 * Pushes a span of the input as blocks, cut at its glued sentence boundaries: `text` is the input
 * from offset `start` on, on lines[first] to lines[last] (one line of the block view, or a
 * paragraph of the wrapped view). Every piece holds a letter (a boundary lies between a letter and
 * its punctuation and a capital), so none is blank.
 */
export function cutIntoBlocks(
  blocks: Block[],
  text: string,
  start: number,
  lines: readonly SourceLine[],
  first: number,
  last: number,
): void {
  const cuts = gluedBoundaries(text);
  if (cuts.length === 0) {
    // Most spans: one block, the whole span (what the loop below makes of it, without its searches;
    // the hot path of the block view, so no array or closure either).
    const line = lines[first]!;
    blocks.push({
      index: blocks.length,
      text,
      start,
      end: start + text.length,
      line: line.number,
      endLine: lines[last]!.number,
      column: start - line.start + 1,
      split: false,
    });
    return;
  }
  let from = 0;
  let lineIndex = first;
  for (let next = 0; next <= cuts.length; next++) {
    const cut = next < cuts.length ? cuts[next]! : text.length;
    const pieceStart = start + from;
    const pieceEnd = start + cut;
    while (lineIndex + 1 < lines.length && lines[lineIndex + 1]!.start <= pieceStart) lineIndex++;
    let lastIndex = lineIndex;
    while (lastIndex + 1 < lines.length && lines[lastIndex + 1]!.start < pieceEnd) lastIndex++;
    blocks.push({
      index: blocks.length,
      text: text.slice(from, cut),
      start: pieceStart,
      end: pieceEnd,
      line: lines[lineIndex]!.number,
      endLine: lines[lastIndex]!.number,
      column: pieceStart - lines[lineIndex]!.start + 1,
      split: true,
    });
    from = cut;
  }
}

export function segment(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isBlank(line.text)) cutIntoBlocks(blocks, line.text, line.start, lines, i, i);
  }
  return blocks;
}
