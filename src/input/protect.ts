// Input stage: regions the rules must not judge. A Markdown file's YAML front matter and fenced
// code are not article prose (a `title: Share on Facebook` key is not a share button), and a
// region between <!-- pith-ignore-start --> and <!-- pith-ignore-end --> lines is the author's
// word that it stays, in any file. Every mode (plain output, --explain, JSON, --check, --write)
// goes through `strip`, so protecting here is what makes them all judge the same blocks the same way.

import type { BlockDecision } from '../types.js';
import type { SourceLine } from './source.js';

const IGNORE_START = /^\s*<!--\s*pith-ignore-start\s*-->\s*$/;
const IGNORE_END = /^\s*<!--\s*pith-ignore-end\s*-->\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const FRONT_MATTER_END = /^(---|\.\.\.)\s*$/;
/** What every pith-ignore start line holds: a plain file without it has nothing to scan for. */
const IGNORE_HINT = 'pith-ignore-start';

/** The patterns of this stage, for the ReDoS check in the test suite. */
export const PROTECT_PATTERNS: readonly RegExp[] = [IGNORE_START, IGNORE_END, FENCE, FRONT_MATTER_END];

/** Why a line is protected. */
export type ProtectedKind = 'front-matter' | 'fence' | 'ignore';

/** The rule id of a protected line's decision (as `default` and `allow-list`, not a rule one can disable). */
export const PROTECTED_RULE = 'protected';

const REASONS: Record<ProtectedKind, string> = {
  'front-matter': 'inside Markdown front matter (protected)',
  fence: 'inside a fenced code block (protected)',
  ignore: 'between pith-ignore markers (protected)',
};

/**
 * Per line (0-based), why it is protected, or undefined. Undefined as a whole when no line is.
 * Markdown: front matter opened by `---` on the first line and closed by `---` or `...`; fences of
 * three or more backticks or tildes, closed by a fence of the same character at least as long (an
 * unclosed fence runs to the end, as CommonMark reads it). The markers' own lines are protected too.
 */
export function protectedLines(text: string, lines: readonly SourceLine[], markdown: boolean): (ProtectedKind | undefined)[] | undefined {
  if (!markdown && !text.includes(IGNORE_HINT)) return undefined;
  const kinds = new Array<ProtectedKind | undefined>(lines.length).fill(undefined);
  let any = false;
  let index = 0;
  // readSource leaves a byte-order mark out of the first line.
  if (markdown && lines[0]?.text.trimEnd() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_END.test(line.text));
    if (end > 0) for (; index <= end; index++) kinds[index] = 'front-matter';
    any = end > 0;
  }
  let fence: string | undefined;
  let ignoring = false;
  for (; index < lines.length; index++) {
    const content = lines[index]!.text;
    if (ignoring) {
      kinds[index] = 'ignore';
      if (IGNORE_END.test(content)) ignoring = false;
      continue;
    }
    if (IGNORE_START.test(content)) {
      kinds[index] = 'ignore';
      any = ignoring = true;
      continue;
    }
    if (!markdown) continue;
    const marker = FENCE.exec(content)?.[1];
    if (fence !== undefined) {
      kinds[index] = 'fence';
      if (marker?.[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      kinds[index] = 'fence';
      any = true;
      fence = marker;
    }
  }
  return any ? kinds : undefined;
}

/**
 * `text` and its lines with the protected lines turned into spaces (same length, same line
 * endings): the rules see blank lines there, and every offset and line number still matches `text`.
 */
export function masked(
  text: string,
  lines: readonly SourceLine[],
  kinds: readonly (ProtectedKind | undefined)[],
): { text: string; lines: SourceLine[] } {
  const pieces: string[] = [];
  let from = 0;
  const maskedLines = lines.map((line, i) => {
    if (kinds[i] === undefined) return line;
    const blank = ' '.repeat(line.text.length);
    pieces.push(text.slice(from, line.start), blank);
    from = line.start + line.text.length;
    return { ...line, text: blank };
  });
  pieces.push(text.slice(from));
  return { text: pieces.join(''), lines: maskedLines };
}

/**
 * The rules' decisions with every protected non-blank line added back as a kept block (the whole
 * line, as it is), in input order, indexes renumbered (in place: the decisions are strip's own).
 * Protected lines were blank to the rules, so no decided block overlaps one, and a wrapped view's
 * stanza (whose column order is not offset order) never spans one.
 */
export function withProtected(
  decisions: readonly BlockDecision[],
  lines: readonly SourceLine[],
  kinds: readonly (ProtectedKind | undefined)[],
): BlockDecision[] {
  const merged: BlockDecision[] = [];
  let next = 0;
  const add = (decision: BlockDecision): void => {
    decision.index = merged.length;
    merged.push(decision);
  };
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    const line = lines[i]!;
    if (kind === undefined || line.text.trim() === '') continue;
    while (next < decisions.length && decisions[next]!.start < line.start) add(decisions[next++]!);
    const end = line.start + line.text.length;
    add({
      index: 0,
      text: line.text,
      start: line.start,
      end,
      line: line.number,
      endLine: line.number,
      column: 1,
      split: false,
      kept: true,
      role: 'body',
      category: null,
      rule: PROTECTED_RULE,
      reason: REASONS[kind],
    });
  }
  while (next < decisions.length) add(decisions[next++]!);
  return merged;
}
