// Character tests by UTF-16 code, for the stages that scan text one character at a time.
//
// Those scans read characters with `charCodeAt.call(text, i)`, where each module has its own
// `const charCodeAt = String.prototype.charCodeAt`. Called, not looked up on the text: texts come
// as several string representations (flat, sliced, joined; one- and two-byte), which makes a
// `text.charCodeAt` lookup megamorphic, a generic call per character (a bare loop over the
// corpus's blocks: 190 ms that way, 40 ms this way). A module's own constant, not one imported
// from here: an imported binding is read through its module cell at every call, and strip over
// the corpus was 7 % slower that way.

const WHITESPACE = /\s/u;

/** Whether the code unit `code` is whitespace (\s): ASCII without a regular expression. */
export function isWhitespaceCode(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(String.fromCharCode(code));
}

/** The patterns above, for the ReDoS check in the test suite. */
export const CHAR_PATTERNS: readonly RegExp[] = [WHITESPACE];
