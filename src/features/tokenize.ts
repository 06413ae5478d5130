// Word tokens the way the referee counts them: runs of letters, digits and marks, and each
// Han/Hiragana/Katakana character as a token of its own.

const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
