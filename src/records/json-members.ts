// The top-level members of a JSON object as stretches of its source line, so that a record can be
// written back with one value replaced and every other member byte for byte as it came (numbers
// that JSON.stringify would round, keys in their own order, escapes as written).

/** One `"key": value` of the top-level object: the key decoded, the member's stretch and its value's. */
export interface JsonMember {
  key: string;
  /** Offset of the key's opening quote. */
  start: number;
  valueStart: number;
  /** Offset just after the value. */
  end: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

function skipSpace(line: string, at: number): number {
  while (at < line.length) {
    const code = line.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
    at++;
  }
  return at;
}

/** The offset after the string that opens at `at` (a quote), found by a native search for each quote. */
function endOfString(line: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = line.indexOf('"', from);
    if (quote < 0) return line.length;
    let backslashes = 0;
    while (line.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

function endOfValue(line: string, at: number): number {
  const first = line.charCodeAt(at);
  if (first === QUOTE) return endOfString(line, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let end = at;
    while (end < line.length) {
      const code = line.charCodeAt(end);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code <= 32) break;
      end++;
    }
    return end;
  }
  let depth = 0;
  for (let i = at; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === QUOTE) i = endOfString(line, i) - 1;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  return line.length;
}

/** The members of the object `line` holds. `line` must be valid JSON whose value is an object (JSON.parse said so). */
export function jsonMembers(line: string): JsonMember[] {
  const members: JsonMember[] = [];
  let at = skipSpace(line, 0) + 1; // past "{"
  for (;;) {
    at = skipSpace(line, at);
    if (line.charCodeAt(at) !== QUOTE) return members; // "}"
    const start = at;
    const keyEnd = endOfString(line, at);
    const raw = line.slice(start + 1, keyEnd - 1);
    const key = raw.includes('\\') ? (JSON.parse(line.slice(start, keyEnd)) as string) : raw;
    const valueStart = skipSpace(line, skipSpace(line, keyEnd) + 1); // past ":"
    const end = endOfValue(line, valueStart);
    members.push({ key, start, valueStart, end });
    at = skipSpace(line, end);
    if (line.charCodeAt(at) !== COMMA) return members;
    at++;
  }
}
