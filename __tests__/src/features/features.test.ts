// The features stage counts in one pass what its regular expressions define (FEATURE_PATTERNS:
// END_PUNCTUATION, SENTENCE_END, LINK_MARKER): the scan must agree with them on any text.

import fc from 'fast-check';
import { analyse, featuresOf, FEATURE_PATTERNS } from '../../../src/features/features.js';
import { canCountBlocks, countBlocks } from '../../../src/features/block-counts.js';
import { KEEP_MEMORY_BYTES } from '../../../src/wasm.js';
import { unwrap } from '../../../src/blocks/wrapped.js';
import type { Block } from '../../../src/types.js';
import { stopwordsFor } from '../../../src/features/stopwords.js';
import { CHARACTER_CLASSES, countWords, words } from '../../../src/features/tokenize.js';
import { withEnginePath } from '../../../src/engine/tuning.js';

const [END_PUNCTUATION, SENTENCE_END, LINK_MARKER] = FEATURE_PATTERNS as [RegExp, RegExp, RegExp];
const english = stopwordsFor('en');
const UNITS = [
  'a',
  'B',
  'w',
  '.',
  '!',
  '?',
  '…',
  '。',
  ' ',
  '\u00a0',
  '\n',
  '"',
  '”',
  ')',
  ']',
  '»',
  '«',
  '|',
  '@',
  ':',
  '/',
  'h',
  't',
  'p',
  's',
  '→',
  '·',
  '1',
  '›',
  '‹',
  '←',
  '<',
  '>',
  '•',
  ';',
  '{',
  '}',
  '(',
  '=',
  '٣',
];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }),
  fc.constantFrom(
    'See https://example.com now.',
    'www.example.org',
    'mail me@example.com',
    'Home | News',
    'Read more...',
    'Done. Next!',
    '“Quoted.”  ',
  ),
);

describe('featuresOf', () => {
  it('counts sentences, link marks and the final punctuation as the patterns define them', () => {
    fc.assert(
      fc.property(text, (sample) => {
        const features = featuresOf(sample, english);
        const words = features.words;
        expect(features.endsWithPunctuation).toBe(END_PUNCTUATION.test(sample));
        expect(features.sentences).toBe(Math.max(sample.match(SENTENCE_END)?.length ?? 0, words ? 1 : 0));
        expect(features.linkMarkers).toBe(sample.match(LINK_MARKER)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a block as its text after an image's bracketed name, but not after a count in brackets", () => {
    expect(featuresOf('[discuss_ic] Add Comment', english).normalized).toBe('add comment');
    expect(featuresOf('[2] Comments', english).normalized).toBe('[2] comments');
    expect(featuresOf('[discuss_ic]', english).normalized).toBe('[discuss_ic]');
  });

  it('reports the character classes the rules skip patterns by, as these patterns define them', () => {
    // What the rules' gates stand for: link-marker's arrows and separators, code-block's symbols,
    // comment-thread's and article-metadata's digits (\d: ASCII only), a dot.
    const classes = [
      [CHARACTER_CLASSES.linkArrow, /[»›→>…«‹←<|•·]/u],
      [CHARACTER_CLASSES.codeSymbol, /[;{}(=:]/],
      [CHARACTER_CLASSES.asciiDigit, /\d/],
      [CHARACTER_CLASSES.dot, /\./],
    ] as const;
    fc.assert(
      fc.property(text, (sample) => {
        const { characters } = featuresOf(sample, english);
        for (const [bit, pattern] of classes)
          expect({ pattern: pattern.source, has: (characters & bit) !== 0 }).toEqual({
            pattern: pattern.source,
            has: pattern.test(sample),
          });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('words', () => {
  it("gives long CJK text the segmenter's words of the whole text, though it segments a few thousand characters at a time", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    const whole = (text: string) => [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
    // Chinese and Japanese runs, some English, spaces and CJK punctuation, as long blocks of crawl text have them.
    const unit = fc.constantFrom(
      '日本語',
      '東京都',
      'の',
      'です',
      'カタカナ',
      '中国',
      '我们',
      '的',
      'school',
      'bus',
      '2024',
      ' ',
      '。',
      '，',
      '、',
      '！',
      '「',
      '」',
      '；',
      '：',
      'é',
      '\u0301',
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 3000, maxLength: 6000 }), (parts) => {
        const text = parts.join('');
        expect(words(text)).toEqual(whole(text));
      }),
      // No shrinking: each run segments the whole text, which is what is slow.
      { numRuns: 5, endOnFailure: true },
    );
  });
});

describe('countWords', () => {
  const german = stopwordsFor('de');
  const wordy = fc.string({
    unit: fc.constantFrom('the', 'The', 'THE', 'of', 'Über', 'über', 'und', 'dog', 'a', 'I', ' ', '.', '日本', 'é', "'", '-', '1'),
    maxLength: 30,
  });

  it('counts the tokens and stopwords that words() and a Set lookup of each lower-cased token give', () => {
    fc.assert(
      fc.property(fc.oneof(wordy, fc.string({ unit: 'binary', maxLength: 40 })), fc.constantFrom(english, german), (sample, stopwords) => {
        const tokens = words(sample);
        const counts = countWords(sample, stopwords);
        expect(counts.words).toBe(tokens.length);
        expect(counts.stopwords).toBe(tokens.filter((token) => stopwords.has(token.toLowerCase())).length);
        expect(counts.digits).toBe(sample.match(/[0-9]/g)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  // Every field against its definition, on text mixing the characters the scan treats apart:
  // ASCII and other words, spaces of every kind, terminals, link hints, surrogate pairs and lone
  // halves, CJK. Run past the token count at which the stopword key table replaces the Set.
  const mixed = fc.string({
    unit: fc.constantFrom(
      'the',
      'The',
      'THE',
      'themselves',
      'Themselves',
      'über',
      'Über',
      'İ',
      'K',
      'x',
      'ab1',
      '7',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u3000',
      '.',
      '...',
      '!',
      '?',
      '…',
      '。',
      'www',
      '|',
      '@',
      ':',
      '»',
      '\ud83d\ude00',
      '\ud835\udc00',
      '\ud83d',
      '\ude00',
      'é',
      'e\u0301',
      '日本',
      '-',
      "'",
    ),
    maxLength: 30,
  });

  it('counts every statistic as its definition on the tokens and characters (auto, and js and wasm pinned)', () => {
    fc.assert(
      fc.property(
        mixed,
        fc.constantFrom(english, german),
        fc.constantFrom('auto' as const, 'js' as const, 'wasm' as const),
        (sample, stopwords, path) => {
          const tokens = words(sample);
          const counts = withEnginePath(path, () => countWords(sample, stopwords));
          const lower = sample.toLowerCase();
          expect(counts.words).toBe(tokens.length);
          expect(counts.stopwords).toBe(tokens.filter((token) => stopwords.has(token.toLowerCase())).length);
          expect(counts.capitalised).toBe(
            tokens.filter((token) => token.toLowerCase() !== token && token[0] !== token.toLowerCase()[0]).length,
          );
          expect(counts.letters).toBe(sample.match(/\p{L}/gu)?.length ?? 0);
          expect(counts.digits).toBe(sample.match(/[0-9]/g)?.length ?? 0);
          expect(counts.needsWhitespaceCollapse).toBe(lower.replace(/\s+/g, ' ').trim() !== lower);
          expect(counts.sentences).toBe(sample.match(SENTENCE_END)?.length ?? 0);
          if (!counts.mayHaveLinkMarks) expect(sample.match(LINK_MARKER)).toBeNull();
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('analyse (every block counted in one WebAssembly call once a run has counted some text)', () => {
  const german = stopwordsFor('de');
  const piece = fc.string({
    unit: fc.constantFrom(
      'the',
      'The',
      'themselves',
      'Themselves',
      'über',
      'Über',
      'İ',
      'K',
      'ab1',
      '7',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '.',
      '...',
      '!',
      '…',
      'www',
      '|',
      '@',
      '»',
      '\ud83d\ude00',
      '\ud83d',
      '\ude00',
      'é',
      'e\u0301',
      '日本',
      '-',
      "'",
      'Zusammenarbeit',
      'nevertheless',
      '\n',
    ),
    maxLength: 25,
  });
  /**
   * The blocks of a document made of `pieces` side by side, each piece a block: a block-view line,
   * or, with a line break in it, a wrapped paragraph (its features are those of its unwrapped text).
   */
  function blocksOf(pieces: readonly string[]): { document: string; blocks: Block[] } {
    const blocks: Block[] = [];
    let start = 0;
    pieces.forEach((text, index) => {
      const endLine = 1 + (text.includes('\n') ? 1 : 0);
      blocks.push({ index, text, start, end: start + text.length, line: 1, endLine, column: start + 1, split: index > 0 });
      start += text.length;
    });
    return { document: pieces.join(''), blocks };
  }

  it('gives every block the features featuresOf gives its text, over the document or over the blocks alone', () => {
    // A run counts a little text one block at a time before it makes the module.
    const warm = blocksOf(Array.from({ length: 2000 }, () => 'The module is made once enough text was counted. '));
    expect(analyse(warm.blocks, english, warm.document)).toHaveLength(2000);
    expect(canCountBlocks(0)).toBe(true);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.constantFrom(english, german), (pieces, stopwords) => {
        const { document, blocks } = blocksOf(pieces);
        const expected = blocks.map((block) => featuresOf(block.endLine > block.line ? unwrap(block.text) : block.text, stopwords));
        expect(analyse(blocks, stopwords).map((block) => block.features)).toEqual(expected);
        const lines = blocks.filter((block) => block.endLine === block.line);
        if (lines.length === blocks.length) expect(analyse(blocks, stopwords, document).map((block) => block.features)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives every block the same features with the js path pinned as with the wasm path pinned', () => {
    fc.assert(
      fc.property(
        fc.array(
          piece.filter((text) => !text.includes('\n')),
          { maxLength: 8 },
        ),
        fc.constantFrom(english, german),
        (pieces, stopwords) => {
          const { document, blocks } = blocksOf(pieces);
          const features = (path: 'js' | 'wasm') =>
            withEnginePath(path, () => analyse(blocks, stopwords, document).map((block) => block.features));
          expect(features('wasm')).toEqual(features('js'));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('counts a document that outgrows the kept memory, and the documents after it (the module is made again)', () => {
    expect(canCountBlocks(1 << 20)).toBe(true); // a run that has counted a megabyte has the module
    const repeats = KEEP_MEMORY_BYTES / 8 + 1; // "the " is 8 bytes of UTF-16: past the memory kept
    const huge = 'the '.repeat(repeats);
    const [words, stopwords, , letters] = countBlocks(huge, Int32Array.of(0, huge.length), english);
    expect({ words, stopwords, letters }).toEqual({ words: repeats, stopwords: repeats, letters: 3 * repeats });
    expect(canCountBlocks(0)).toBe(true);
    const after = countBlocks('Of the sea.', Int32Array.of(0, 11), english);
    expect(Array.from(after.subarray(0, 2))).toEqual([3, 2]);
    expect(after.buffer.byteLength).toBeLessThan(KEEP_MEMORY_BYTES); // a new module's memory, not the grown one
  });
});
