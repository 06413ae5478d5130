// A document's chrome as spans of its original text (Dolma's "attributes" style: tag, don't
// delete), and the one rule that turns text and spans back into the cleaned text.

import type { ChromeCategory, StripResult } from '../types.js';
import { readSource } from '../input/source.js';

/** A removed stretch of the original text: [start, end) in UTF-16 units, its category and the rule that removed it. */
export type ChromeSpan = [start: number, end: number, category: ChromeCategory, rule: string];

/** The dropped blocks of a result as spans, in text order (a wrapped-view paragraph in table columns gives one span per piece). */
export function chromeSpans(result: StripResult): ChromeSpan[] {
  const spans: ChromeSpan[] = [];
  for (const block of result.blocks) {
    if (block.kept) continue;
    const category = block.category ?? 'other';
    if (block.parts) for (const part of block.parts) spans.push([part.start, part.end, category, block.rule]);
    else spans.push([block.start, block.end, category, block.rule]);
  }
  return spans;
}

const LINE_ENDING = /\r\n|\r|\n/;

/** The patterns above, for the ReDoS check in the test suite. */
export const SPAN_PATTERNS: readonly RegExp[] = [LINE_ENDING];

/**
 * The cleaned text of the block view from the original and its spans: remove the spans, cut what
 * is left at every line ending and at every removed span, drop the pieces that are empty or white
 * space only, and end each remaining piece with the text's line ending (the first one it has; "\n"
 * when it has none). For a block-view result, `keptText(text, chromeSpans(result))` is `result.text`.
 */
export function keptText(text: string, spans: readonly ChromeSpan[]): string {
  const { eol } = readSource(text);
  const pieces: string[] = [];
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    for (const piece of text.slice(from, to).split(LINE_ENDING)) if (piece.trim() !== '') pieces.push(piece);
  };
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  for (const [start, end] of spans) {
    keep(at, start);
    at = Math.max(at, end);
  }
  keep(at, text.length);
  return pieces.length ? pieces.join(eol) + eol : '';
}
