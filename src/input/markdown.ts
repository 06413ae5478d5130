// Input stage: converter Markdown read as Markdown. Python's html2text (and pandoc -t markdown, and
// a page saved as .md) prints a page's menus as `* [Section](url)` lines and its links as
// `[text](url)`: read as plain text, the URLs are words, a menu line starts like a code listing, and
// nothing says which words were links. Here the text is parsed with a CommonMark parser
// (mdast-util-from-markdown, micromark's), loaded only for input that looks like Markdown, and its
// leaf blocks (paragraphs cut at hard line breaks, headings, list items' paragraphs, code, link
// definitions, rules) become pith's blocks: each spans its whole original lines (the output keeps
// them byte for byte), while the rules read its text without URLs and syntax, and the share of that
// text that was link text (a line that is mostly links is navigation, as a link-dense HTML block).

import { createRequire } from 'node:module';
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import type { Block } from '../types.js';
import { readSource, type SourceLine } from './source.js';

/** A block of a Markdown document: its text is what a reader sees, its offsets span its original lines. */
export interface MarkdownBlock extends Block {
  /** Characters of `text` (not counting spaces) that are link text. */
  linkChars: number;
  /** Characters of `text`, not counting spaces. */
  visibleChars: number;
}

// A document is read as Markdown when Markdown links are a habit of it, not an accident: at least
// this many `](` or `[label]: ` marks, and one for every this many non-blank lines.
const MIN_LINK_MARKS = 3;
const LINES_PER_LINK_MARK = 20;
/** `[label]: destination` at the start of a line (a reference definition). */
const DEFINITION = /^ {0,3}\[[^\]\n]{1,100}\]:[ \t]/;
/** A list marker at the start of a code line: Python's html2text prints a nested list on its parent's line (`*     * Item`). */
const CODE_LIST_MARKER = /^[ \t]*[*+-][ \t]+/gm;

/** The patterns of this stage, for the ReDoS check in the test suite. */
export const MARKDOWN_PATTERNS: readonly RegExp[] = [DEFINITION, CODE_LIST_MARKER];

/** Whether `text` is Markdown with links (converter output, a .md page), by a scan of its lines. */
export function looksLikeMarkdown(lines: readonly SourceLine[]): boolean {
  let marks = 0;
  let nonBlank = 0;
  for (const { text } of lines) {
    if (text.trim() === '') continue;
    nonBlank++;
    // `](` then a destination (`[img][/x.gif]`, an image name in brackets, is not a link).
    for (let at = text.indexOf(']('); at >= 0; at = text.indexOf('](', at + 2)) {
      const next = text.charCodeAt(at + 2);
      if (next !== 32 && next !== 0x29 && at + 2 < text.length) marks++;
    }
    if (text.includes(']:') && DEFINITION.test(text)) marks++;
  }
  return marks >= MIN_LINK_MARKS && marks * LINES_PER_LINK_MARK >= nonBlank;
}

type FromMarkdown = (text: string) => Root;
let parser: FromMarkdown | undefined;

/**
 * The CommonMark parser, loaded on the first Markdown document: mdast-util-from-markdown bundled
 * as CommonJS by the build (scripts/vendor-markdown.mjs), so that require() loads it on every Node 20.
 */
function loadParser(): FromMarkdown {
  parser ??= (createRequire(import.meta.url)('#vendor/mdast-from-markdown.cjs') as { fromMarkdown: FromMarkdown }).fromMarkdown;
  return parser;
}

/** What a run of inline content shows a reader, and how much of it is link text. */
interface Visible {
  text: string;
  linkChars: number;
  /** Offsets of the first and last inline node of the run. */
  start: number;
  end: number;
}

function nonSpaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10) count++;
  }
  return count;
}

const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
const endOf = (node: Nodes): number => node.position?.end.offset ?? 0;

/**
 * The inline content of a paragraph or heading as runs cut at hard line breaks (`<br>`: the
 * converter's line, a menu item or an address line of its own), each with its visible text.
 */
function visibleRuns(children: readonly PhrasingContent[]): Visible[] {
  const runs: Visible[] = [];
  let run: Visible | undefined;
  const add = (text: string, node: Nodes, link: boolean): void => {
    run ??= { text: '', linkChars: 0, start: startOf(node), end: endOf(node) };
    run.text += text;
    run.end = endOf(node);
    if (link) run.linkChars += nonSpaceLength(text);
  };
  const walk = (nodes: readonly PhrasingContent[], link: boolean): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'break':
          if (run) runs.push(run);
          run = undefined;
          break;
        case 'text':
        case 'inlineCode':
        case 'html':
          add(node.value, node, link);
          break;
        case 'link':
        case 'linkReference':
          walk(node.children, true);
          break;
        case 'image':
        case 'imageReference':
          // An image is not text (its alt text is not in the page's text either); it still places the run.
          add('', node, link);
          break;
        default:
          if ('children' in node) walk(node.children as PhrasingContent[], link);
      }
    }
  };
  walk(children, false);
  if (run) runs.push(run);
  return runs;
}

/** The 0-based index of the line holding `offset`. */
function lineAt(lines: readonly SourceLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The share of a code block's non-blank lines with a link or image (`](`) from which it is Markdown indented, not code. */
const MIN_LINKED_LINES = 1 / 3;
/** How many code blocks inside one another are read again as Markdown. */
const MAX_NESTED_PARSES = 6;

/**
 * Whether an indented code block is Markdown pushed right, not a program: Python's html2text indents
 * nested lists, and a layout table's cells, by four spaces and more, which CommonMark reads as code,
 * but their lines are links and images (`* [Section](url)`, `![](avatar.png)`). A fenced block is code.
 */
function isIndentedMarkdown(value: string, lines: readonly SourceLine[], start: number): boolean {
  if (!value.includes('](')) return false;
  const opening = lines[lineAt(lines, start)]!.text.trimStart();
  if (opening.startsWith('```') || opening.startsWith('~~~')) return false;
  let linked = 0;
  let nonBlank = 0;
  for (const line of value.split('\n')) {
    if (line.trim() === '') continue;
    nonBlank++;
    if (line.includes('](')) linked++;
  }
  return linked >= nonBlank * MIN_LINKED_LINES;
}

/**
 * An indented code block's text parsed as Markdown, its positions moved to the original text: the
 * block's lines are the original lines from its first, each without the indentation CommonMark took off.
 */
function nestedTree(value: string, lines: readonly SourceLine[], start: number): Root {
  const first = lineAt(lines, start);
  const valueLines = value.split('\n');
  const toOriginal = (point: { line: number; column: number; offset?: number | undefined } | undefined): void => {
    if (!point) return;
    const index = Math.min(first + point.line - 1, lines.length - 1);
    const line = lines[index]!;
    const removed = Math.max(0, line.text.length - (valueLines[point.line - 1]?.length ?? 0));
    point.offset = line.start + Math.min(line.text.length, point.column - 1 + removed);
  };
  const tree = loadParser()(value);
  const move = (node: Nodes): void => {
    toOriginal(node.position?.start);
    toOriginal(node.position?.end);
    if ('children' in node) for (const child of node.children) move(child);
  };
  move(tree);
  return tree;
}

/** What stands in for a line break inside a link destination: not a space, one UTF-16 unit. */
const JOINED_BREAK = '\u00a0';
/** A link destination longer than this is left as it is (no URL is; a scan stops there). */
const MAX_DESTINATION = 2000;

function isBreakCode(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * The text with the line breaks inside link destinations replaced by a no-break space, every
 * offset unchanged. Python's html2text wraps a long URL over lines (`](http://site/a-long-` then
 * `path)`), which ends the link for CommonMark: its URL pieces would be read as the page's words,
 * and a line starting with `[` as code.
 */
export function joinBrokenDestinations(text: string): string {
  let joined: string[] | undefined;
  let copied = 0;
  for (let at = text.indexOf(']('); at >= 0; at = text.indexOf('](', at + 2)) {
    const breaks: number[] = [];
    let end = at + 2;
    let closed = false;
    for (; end < text.length && end - at <= MAX_DESTINATION; end++) {
      const code = text.charCodeAt(end);
      if (code === 0x29) {
        closed = true;
        break;
      }
      // A space, a bracket or a parenthesis ends a bare destination (a scan never runs into the next link).
      if (code === 32 || code === 9 || code === 0x28 || code === 0x5b || code === 0x5d) break;
      if (!isBreakCode(code)) continue;
      // A break between two characters of the URL (not a blank line, not indentation after it).
      if (end === at + 2 || (isBreakCode(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 13)) break;
      breaks.push(end);
      if (code === 13 && text.charCodeAt(end + 1) === 10) breaks.push(++end);
      const next = text.charCodeAt(end + 1);
      if (Number.isNaN(next) || next === 32 || next === 9 || isBreakCode(next)) break;
    }
    if (closed && breaks.length > 0) {
      joined ??= [];
      for (const position of breaks) {
        joined.push(text.slice(copied, position), JOINED_BREAK);
        copied = position + 1;
      }
    }
    at = Math.max(at, end - 2);
  }
  return joined ? joined.join('') + text.slice(copied) : text;
}

/**
 * The blocks of a Markdown document in reading order. `lines` are `text`'s lines (readSource);
 * lines that are no block's (blank lines, an empty list item) are in no block, as blank lines are not.
 */
export function markdownBlocks(text: string, lines: readonly SourceLine[]): MarkdownBlock[] {
  // URLs wrapped over lines are joined back (offsets unchanged); their lines are the parsed text's.
  const parsed = joinBrokenDestinations(text);
  const parsedLines = parsed === text ? lines : readSource(parsed).lines;
  // micromark drops a byte-order mark, which would shift every offset: a space stands in for it.
  const tree = loadParser()(parsed.charCodeAt(0) === 0xfeff ? ` ${parsed.slice(1)}` : parsed);
  const blocks: MarkdownBlock[] = [];
  let covered = 0; // end offset of the last block: a block never starts before it
  const push = (visible: string, linkChars: number, from: number, to: number): void => {
    const firstLine = lines[lineAt(lines, from)]!;
    const lastLine = lines[lineAt(lines, Math.max(from, to - 1))]!;
    const start = Math.max(firstLine.start, covered);
    const end = Math.max(start, lastLine.start + lastLine.text.length);
    if (end <= start) return;
    // Its lines as one, without a pattern (one tried at every space of a long run is quadratic).
    const shown = visible
      .split('\n')
      .map((line) => line.trim())
      .join(' ')
      .trim();
    covered = end;
    blocks.push({
      index: blocks.length,
      text: shown,
      start,
      end,
      line: lineAt(lines, start) + 1,
      endLine: lastLine.number,
      column: start - lines[lineAt(lines, start)]!.start + 1,
      split: false,
      linkChars: Math.min(linkChars, nonSpaceLength(shown)),
      visibleChars: nonSpaceLength(shown),
    });
  };
  let depth = 0; // code blocks read again as Markdown around this point
  const walk = (node: Parents): void => {
    for (const child of node.children) {
      switch (child.type) {
        case 'paragraph':
        case 'heading': {
          const runs = visibleRuns(child.children);
          runs.forEach((run, i) => {
            // The first run takes the lines from the node's start (a heading's #), the last to its end (a setext underline).
            push(run.text, run.linkChars, i === 0 ? startOf(child) : run.start, i === runs.length - 1 ? endOf(child) : run.end);
          });
          if (runs.length === 0) push('', 0, startOf(child), endOf(child));
          break;
        }
        case 'code': {
          // Markdown inside Markdown is read again, a few levels deep at most (each level a parse of the text).
          if (depth < MAX_NESTED_PARSES && isIndentedMarkdown(child.value, parsedLines, startOf(child))) {
            depth++;
            walk(nestedTree(child.value, parsedLines, startOf(child)));
            depth--;
          } else push(child.value.replace(CODE_LIST_MARKER, ''), 0, startOf(child), endOf(child));
          break;
        }
        case 'html':
          push(child.value, 0, startOf(child), endOf(child));
          break;
        case 'definition':
        case 'thematicBreak':
          // A reference link's URL or a drawn rule: no words of the page, a block all the same (it is decided and explained).
          push('', 0, startOf(child), endOf(child));
          break;
        default:
          if ('children' in child) walk(child as Parents);
      }
    }
  };
  walk(tree);
  return blocks;
}
