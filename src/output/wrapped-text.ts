// Output stage, wrapped view: the cleaned text of a terminal dump, as paragraphs on one line each
// or as the kept paragraphs' original lines (what --write keeps).

import type { BlockDecision } from '../types.js';
import type { LineEnding, SourceLine } from '../input/source.js';
import { unwrap } from '../blocks/wrapped.js';

/**
 * The cleaned text of a wrapped document: each kept paragraph on one line, its line breaks
 * unwrapped (see `unwrap`); pieces of one paragraph split at a glued boundary are written back
 * together.
 */
export function joinedParagraphs(decisions: readonly BlockDecision[], eol: LineEnding): string {
  const out: string[] = [];
  let previous: BlockDecision | undefined;
  for (const block of decisions) {
    if (!block.kept) continue;
    const text = unwrap(block.text);
    if (previous && previous.end === block.start) out[out.length - 1] += text;
    else out.push(text);
    previous = block;
  }
  return out.length ? out.join(eol) + eol : '';
}

/**
 * The cleaned text with the original lines of the kept blocks, as they were (indentation, bullets
 * and wrapping), a blank line where lines were left out. On a line shared with dropped blocks (a
 * table row, a split line) the dropped text is blanked out with spaces, so kept text stays in its
 * column.
 */
export function originalLines(lines: readonly SourceLine[], decisions: readonly BlockDecision[], eol: LineEnding): string {
  const spans = (block: BlockDecision): readonly { start: number; end: number; line: number }[] =>
    block.parts ?? (block.line === block.endLine ? [block] : spansOfLines(lines, block));
  const kept = new Map<number, string>();
  for (const block of decisions) {
    if (!block.kept) continue;
    for (const span of spans(block)) kept.set(span.line, lines[span.line - 1]?.text ?? '');
  }
  for (const block of decisions) {
    if (block.kept) continue;
    for (const span of spans(block)) {
      const text = kept.get(span.line);
      const line = lines[span.line - 1];
      if (text === undefined || !line) continue;
      const from = Math.max(span.start, line.start) - line.start;
      const to = Math.min(span.end, line.start + text.length) - line.start;
      if (to > from) kept.set(span.line, text.slice(0, from) + ' '.repeat(to - from) + text.slice(to));
    }
  }
  const out: string[] = [];
  let lastNumber = 0;
  for (const number of [...kept.keys()].sort((a, b) => a - b)) {
    if (lastNumber > 0 && number > lastNumber + 1) out.push('');
    out.push(kept.get(number)!.trimEnd());
    lastNumber = number;
  }
  return out.length ? out.join(eol) + eol : '';
}

/** The per-line spans of a block that runs over several whole lines. */
function spansOfLines(lines: readonly SourceLine[], block: BlockDecision): Array<{ start: number; end: number; line: number }> {
  const spans: Array<{ start: number; end: number; line: number }> = [];
  for (let number = block.line; number <= block.endLine; number++) {
    const line = lines[number - 1];
    if (!line) continue;
    spans.push({ start: Math.max(block.start, line.start), end: Math.min(block.end, line.start + line.text.length), line: number });
  }
  return spans;
}
