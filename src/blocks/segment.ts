// Blocks stage: one block per non-blank line (the scraper / WET view), with lines cut where a
// sentence was glued to the next one without a space ("...the difference.Donald Trump has...").

import type { Block } from '../types.js';
import type { SourceLine } from '../input/source.js';

// A lower-case letter or digit, sentence punctuation, an optional closing quote, then a capitalised
// word. Look-arounds of fixed width only, so the scan is linear.
const GLUED_BOUNDARY = /(?<=[\p{Ll}\d][.!?]["”’)]?)(?=\p{Lu}\p{Ll})/gu;
// Words before a period that do not end a sentence ("Mr.Smith" is a typo, not a boundary).
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|st|vs|no|jr|sr|prof|gen|col|lt|sgt|rev|inc|ltd|co|etc|e\.g|i\.e)\.$/iu;
// Inside a URL, domain or file name the "boundary" is part of a name.
const URL_LIKE = /(?:https?:\/\/|www\.|@)\S*$/iu;

/** Offsets inside `text` where a glued sentence boundary starts a new block. */
export function gluedBoundaries(text: string): number[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(GLUED_BOUNDARY)) {
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 12), at);
    if (ABBREVIATION_BEFORE.test(before)) continue;
    const wordStart = text.lastIndexOf(' ', at) + 1;
    if (URL_LIKE.test(text.slice(wordStart, at))) continue;
    cuts.push(at);
  }
  return cuts;
}

export function segment(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const text = line.text;
    if (text.trim() === '') continue;
    const cuts = gluedBoundaries(text);
    let from = 0;
    for (const cut of [...cuts, text.length]) {
      const piece = text.slice(from, cut);
      if (piece.trim() !== '') {
        blocks.push({
          index: blocks.length,
          text: piece,
          start: line.start + from,
          end: line.start + cut,
          line: line.number,
          endLine: line.number,
          column: from + 1,
          split: cuts.length > 0,
        });
      }
      from = cut;
    }
  }
  return blocks;
}
