// Input stage: the raw text as lines with their offsets, and the line ending the output must reuse.

export type LineEnding = '\n' | '\r\n' | '\r';

export interface SourceLine {
  /** The line without its line ending. */
  text: string;
  /** UTF-16 offset of the first character of the line in the input. */
  start: number;
  /** 1-based line number. */
  number: number;
}

export interface Source {
  lines: SourceLine[];
  eol: LineEnding;
  /** Whether the input ended with a line ending (kept in the output). */
  finalNewline: boolean;
}

const BYTE_ORDER_MARK = '\uFEFF';

/** Splits text on \r\n, \n or \r in one linear pass; the first line ending seen is the document's. */
export function readSource(input: string): Source {
  const lineStart = input.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  // Most text has no \r: its lines are found by indexOf, a native search, not a loop per character.
  return input.includes('\r', lineStart) ? splitAnyEnding(input, lineStart) : splitNewlines(input, lineStart);
}

/** A line with its own line ending, for rewriting a text byte for byte (`--write`). */
export interface LineWithEnding {
  /** Offset of the line's first character (0 for the first line: a byte-order mark is part of it). */
  start: number;
  /** The line without its ending. */
  content: string;
  /** "\n", "\r\n", "\r", or "" for a last line without one. */
  ending: string;
}

/** The lines of `input` with their endings, as `readSource` splits them: joined, they are `input`. */
export function linesWithEndings(input: string): LineWithEnding[] {
  const { lines } = readSource(input);
  return lines.map((line, i) => {
    const start = i === 0 ? 0 : line.start;
    const end = line.start + line.text.length;
    return { start, content: input.slice(start, end), ending: input.slice(end, lines[i + 1]?.start ?? input.length) };
  });
}

function splitNewlines(input: string, from: number): Source {
  const lines: SourceLine[] = [];
  let lineStart = from;
  let number = 1;
  for (let end = input.indexOf('\n', lineStart); end >= 0; end = input.indexOf('\n', lineStart)) {
    lines.push({ text: input.slice(lineStart, end), start: lineStart, number: number++ });
    lineStart = end + 1;
  }
  const finalNewline = lines.length > 0 && lineStart === input.length;
  if (lineStart < input.length) lines.push({ text: input.slice(lineStart), start: lineStart, number });
  return { lines, eol: '\n', finalNewline };
}

function splitAnyEnding(input: string, from: number): Source {
  const lines: SourceLine[] = [];
  let eol: LineEnding | undefined;
  let lineStart = from;
  let number = 1;
  let finalNewline = false;
  const length = input.length;
  for (let i = lineStart; i < length; i++) {
    const code = input.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    let ending: LineEnding = code === 10 ? '\n' : '\r';
    lines.push({ text: input.slice(lineStart, i), start: lineStart, number: number++ });
    if (code === 13 && input.charCodeAt(i + 1) === 10) {
      ending = '\r\n';
      i++;
    }
    eol ??= ending;
    lineStart = i + 1;
    finalNewline = lineStart === length;
  }
  if (lineStart < length) lines.push({ text: input.slice(lineStart), start: lineStart, number });
  return { lines, eol: eol ?? '\n', finalNewline };
}
