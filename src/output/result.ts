// Output stage: the cleaned text and the result object that `--format json` prints.

import type { BlockDecision, PageKind, StripResult, TextView } from '../types.js';
import type { Source } from '../input/source.js';
import { joinedParagraphs, originalLines } from './wrapped-text.js';

/**
 * Kept blocks in input order, one per line with the input's line ending. Kept pieces of one line
 * that was split at a glued boundary are written back together, as they were.
 */
export function cleanedText(input: string, decisions: readonly BlockDecision[], source: Source): string {
  const lines: string[] = [];
  let previous: BlockDecision | undefined;
  for (const block of decisions) {
    if (!block.kept) continue;
    if (previous && previous.line === block.line && previous.end === block.start)
      lines[lines.length - 1] += input.slice(block.start, block.end);
    else lines.push(input.slice(block.start, block.end));
    previous = block;
  }
  if (lines.length === 0) return '';
  return lines.join(source.eol) + source.eol;
}

export interface OutputOptions {
  view: TextView;
  /** Wrapped view: write the kept paragraphs' original lines instead of one line per paragraph. */
  originalLines: boolean;
  /** Blocks that span whole lines of the input (Markdown's): written as those lines, in either view. */
  wholeLines?: boolean;
}

export function buildResult(
  input: string,
  source: Source,
  decisions: BlockDecision[],
  language: string,
  page: PageKind,
  output: OutputOptions = { view: 'blocks', originalLines: false },
): StripResult {
  const text =
    output.view === 'blocks' || output.wholeLines
      ? cleanedText(input, decisions, source)
      : output.originalLines
        ? originalLines(source.lines, decisions, source.eol)
        : joinedParagraphs(decisions, source.eol);
  let kept = 0;
  let keptChars = 0;
  for (const block of decisions) {
    if (!block.kept) continue;
    kept++;
    keptChars += block.end - block.start;
  }
  return {
    schemaVersion: 1,
    text,
    eol: source.eol,
    language,
    view: output.view,
    page,
    stats: { blocks: decisions.length, kept, dropped: decisions.length - kept, inputChars: input.length, keptChars },
    blocks: decisions,
  };
}
