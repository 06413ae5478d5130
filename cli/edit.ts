// In-place editing for --check, --list-different and --write: remove only the chrome from a file
// and leave every other byte as it was (line endings, blank lines, a missing final newline).
// Pure: text in, text out. Protected regions (a Markdown file's YAML front matter and fenced code,
// and <!-- pith-ignore-start --> ... <!-- pith-ignore-end --> in any file) are the library's to
// find (`strip`'s `markdown` option): they come back as kept blocks, so nothing here removes them.

import type { BlockDecision, StripResult } from '../src/types.js';
import { linesWithEndings, type LineWithEnding } from '../src/input/source.js';

/** ESLint --fix stops after 10 passes too: enough for removals to settle, bounded if they never do. */
const MAX_PASSES = 10;

type Line = LineWithEnding;

/** Which files `strip` reads as Markdown (front matter and fenced code protected): a file name's decision, so the CLI's. */
export function isMarkdown(file: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(file);
}

/**
 * `text` without the dropped blocks. A line that only held chrome goes with its line ending (and
 * with one of the blank lines around it, so paragraphs stay one blank line apart); a line that held
 * chrome glued to kept text keeps the kept text. Everything else is copied as it was.
 */
export function removeChrome(text: string, blocks: readonly BlockDecision[]): string {
  const droppedByLine = new Map<number, BlockDecision[]>();
  for (const block of blocks) {
    if (block.kept) continue;
    const list = droppedByLine.get(block.line) ?? [];
    list.push(block);
    droppedByLine.set(block.line, list);
  }
  if (droppedByLine.size === 0) return text;
  const lines = linesWithEndings(text);
  const out: Line[] = [];
  const isBlank = (line: Line | undefined): boolean => line !== undefined && line.content.trim() === '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const dropped = droppedByLine.get(i + 1);
    if (!dropped) {
      out.push(line);
      continue;
    }
    let content = '';
    let from = line.start;
    for (const block of dropped) {
      content += text.slice(from, block.start);
      from = block.end;
    }
    content += text.slice(from, line.start + line.content.length);
    if (content.trim() !== '') {
      out.push({ ...line, content });
      continue;
    }
    // The whole line was chrome: drop it, and a blank line after it when one already precedes it.
    if ((out.length === 0 || isBlank(out.at(-1))) && isBlank(lines[i + 1])) i++;
  }
  // The file ended without a line ending; keep it that way if its last line went.
  const last = out.at(-1);
  if (last && lines.at(-1)?.ending === '' && last.ending !== '') out[out.length - 1] = { ...last, ending: '' };
  return out.map((line) => line.content + line.ending).join('');
}

export interface FixOutcome {
  /** The text after removing chrome until none is left (or MAX_PASSES). */
  text: string;
  /** The first pass's result: the chrome as the file has it now (what --check reports). */
  first: StripResult;
  removedBlocks: number;
  removedChars: number;
}

/**
 * Removes chrome until a pass finds none, so that `--write` twice changes nothing the second time
 * and `--check` passes after `--write`: removing a block changes its neighbours' context. `strip`
 * is the caller's, with the file's options (its `markdown` among them).
 */
export function fixText(text: string, strip: (text: string) => StripResult, passes = MAX_PASSES): FixOutcome {
  const first = strip(text);
  let result = first;
  let current = text;
  let removedBlocks = 0;
  for (let pass = 0; pass < passes && result.stats.dropped > 0; pass++) {
    removedBlocks += result.stats.dropped;
    current = removeChrome(current, result.blocks);
    result = strip(current);
  }
  return { text: current, first, removedBlocks, removedChars: text.length - current.length };
}
