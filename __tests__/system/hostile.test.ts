// Hostile input: text nobody checked must never crash, hang or take super-linear time. These tests
// never time anything (a loaded machine breaks any wall-time bar): each hostile input runs once at a
// size that takes seconds at most, its output is checked (faithful offsets, block counts), and where
// a deterministic measure of work exists it is compared between n and 4n:
//   - the regular-expression executions strip() makes (RegExp.prototype.exec, through which every
//     match, test, replace and split of a pattern goes once it is wrapped): linear input makes at
//     most about 4x as many at 4n, a per-position rescan ~16x. What one execution costs inside the
//     engine (backtracking) is __tests__/system/redos.test.ts's subject;
//   - the pieces given to Intl.Segmenter, which is super-linear itself (src/features/tokenize.ts).
// The time ratios (growth from n to 4n, ratio to a normal article of the same size) are measured by
// `npm run bench -- --only hostile` (scripts/hostile-timing.mjs); scripts/fuzz-hostile.mjs searches
// for new super-linear inputs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules, normaliseExample, strip } from '../../src/index.js';
import type { StripOptions } from '../../src/index.js';
import { decode } from '../../cli/read-input.js';
import { runPith } from '../helpers.js';

const article = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'documents', 'seed-independent', 'input.txt'), 'utf8');

/** A normal article (the seed fixture, repeated) of exactly `length` characters. */
function normalText(length: number): string {
  return article.repeat(Math.ceil(length / article.length)).slice(0, length);
}

/** Every kept block is the input's own text at its offsets. */
function expectFaithful(input: string, options: StripOptions = {}): void {
  const result = strip(input, options);
  for (const block of result.blocks) if (!block.parts) expect(input.slice(block.start, block.end)).toBe(block.text);
}

/** How many times `run` executes a regular expression (every RegExp method goes through exec once it is replaced). */
function regexExecutions(run: () => unknown): number {
  const exec = RegExp.prototype.exec;
  let count = 0;
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    count++;
    return exec.call(this, subject);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return count;
}

/**
 * strip() on the input made at 4n executes regular expressions about 4x as often as at n, at most
 * 5x (work per block shifts a little with the document's size; a rescan per position or per block
 * pair would be ~16x). A deterministic count: the margin is for that shape, not for noise. The language
 * is given (detection reads a bounded sample with patterns of its own), and a first uncounted run
 * fills the lazy tables, so that both counts are of the same steady work.
 */
function expectLinearWork(make: (n: number) => string, n: number, options: StripOptions = {}): void {
  const settings: StripOptions = { language: 'en', ...options };
  strip(make(n), settings);
  const small = regexExecutions(() => strip(make(n), settings));
  const large = regexExecutions(() => strip(make(4 * n), settings));
  expect({ n, small, large, linear: large <= 5 * small + 200 }).toEqual({ n, small, large, linear: true });
}

/** The lengths of the texts given to Intl.Segmenter while `run` runs. */
function segmentedLengths(run: () => unknown): number[] {
  const prototype = Intl.Segmenter.prototype;
  const segment = prototype.segment;
  const lengths: number[] = [];
  prototype.segment = function (this: Intl.Segmenter, input: string) {
    lengths.push(input.length);
    return segment.call(this, input);
  };
  try {
    run();
  } finally {
    prototype.segment = segment;
  }
  return lengths;
}

describe('large inputs: cleaned faithfully, with work linear in their size', () => {
  it('a file with no newline (one block of 2,000,000 characters)', () => {
    const noNewline = (n: number) => normalText(n).replace(/\r?\n/g, ' ');
    const huge = noNewline(2_000_000);
    const result = strip(huge);
    expect(result.stats.inputChars).toBe(2_000_000);
    for (const block of result.blocks) expect(huge.slice(block.start, block.end) === block.text).toBe(true);
    expectLinearWork(noNewline, 20_000);
  });

  it('one-character lines', () => {
    const lines = (n: number) => 'x\n'.repeat(n);
    const result = strip(lines(100_000));
    expect(result.stats.blocks).toBe(100_000);
    expectLinearWork(lines, 2_000);
  });

  it('a 100 KB word', () => {
    const word = (n: number) => `A headline\n${'a'.repeat(n)}\n${article}`;
    expectFaithful(word(100_000));
    expectLinearWork(word, 5_000);
  });

  it('a line of 50,000 "Subscribe now! "', () => {
    const phrase = (n: number) => `A headline\n${'Subscribe now! '.repeat(n)}\n`;
    const result = strip(phrase(50_000));
    expect(result.blocks.length).toBeGreaterThan(0);
    expectFaithful(phrase(50_000));
    expectLinearWork(phrase, 2_000);
  });

  it.each([
    // The stamp pattern once scanned such a word to its end from every "jan" ...
    ['a long word of month-like letters', (n: number) => `0:00am${'janm'.repeat(n)}`],
    // ... and split a run of spaces every way between two optional space runs.
    ['a long run of spaces', (n: number) => `0:00 ${'\t'.repeat(4 * n)}.`],
  ])("a comment stamp's time followed by %s", (_, line) => {
    // Only blocks of up to 14 words after 60 words of body are read as stamps: one line reaches them.
    const stamp = (n: number) => `A headline\n${article}\n${line(n)}\nThanks.\n`;
    expectFaithful(stamp(25_000));
    expectLinearWork(stamp, 2_000);
  });

  it('a wrapped paragraph with a long run of spaces and tabs inside a line', () => {
    // Not a column gap (no three spaces or tab between words), so the run stays in the paragraph,
    // whose line breaks were once found by a pattern tried at every position of the run.
    const paragraph = (n: number) => `A headline\n\nThe council met on Tuesday a${' \t'.repeat(n)}b\nand voted to start work.\n`;
    expect(strip(paragraph(50_000), { view: 'wrapped' }).blocks.length).toBeGreaterThan(0);
    expectFaithful(paragraph(50_000), { view: 'wrapped' });
    expectLinearWork(paragraph, 2_000, { view: 'wrapped' });
  });

  it('a 216,000-character line of CJK text is given to the segmenter in pieces of at most 1,024 characters', () => {
    // Intl.Segmenter takes ~25 s for one pass over 65,536 characters or more in Node 20, and is
    // super-linear below: words() cuts long text into pieces (src/features/tokenize.ts).
    const sentence = '东京都的学校明天停课 school closed。';
    const line = (n: number) => `A headline\n${sentence.repeat(n)}\n`;
    const input = line(8_000);
    const lengths = segmentedLengths(() => expectFaithful(input));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1_024);
    // Every character of the line was segmented (in pieces), none skipped.
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBeGreaterThanOrEqual(sentence.length * 8_000);
    expectLinearWork(line, 500);
  });

  it('a word full of glued sentence boundaries ("ab.Cd" x 10,000)', () => {
    const glued = (n: number) => `A headline\n${'ab.Cd'.repeat(n)}\n`;
    expectFaithful(glued(10_000));
    expectLinearWork(glued, 1_000);
  });
});

describe('near-matches of every rule pattern, repeated', () => {
  // A near-match: a match example of the rule with its last character cut, so patterns get far
  // before failing, repeated on one long line and on many short lines.
  const nearMatches = builtinRules.flatMap((rule) =>
    rule.examples.match.flatMap((example) => {
      const { document, block } = normaliseExample(example);
      const text = document.split('\n')[block] ?? '';
      return text.length > 1 ? [{ id: rule.id, near: text.slice(0, -1) }] : [];
    }),
  );

  it('has near-matches for the rules with patterns', () => {
    const withPatterns = builtinRules.filter((rule) => (rule.patterns ?? []).length > 0).map((rule) => rule.id);
    const covered = new Set(nearMatches.map(({ id }) => id));
    expect(withPatterns.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('each pattern finishes on every repeated near-match (normalised text, as the phrase rules see it)', () => {
    // Whether one execution can backtrack super-linearly is __tests__/system/redos.test.ts's static check; this
    // runs each pattern once on each subject, so a catastrophic case shows up here as a hang. What it
    // can catch is exponential backtracking, which hangs at any length past a few dozen repeats: the
    // subjects are long enough for that, and no longer (a polynomial case finishes at any size a test can afford).
    const patterns = builtinRules.flatMap((rule) => rule.patterns ?? []);
    const subjects = nearMatches.map(({ near }) => {
      const unit = `${near.toLowerCase()} `;
      return unit.repeat(Math.ceil(2_000 / unit.length)).slice(0, 2_000);
    });
    expect(() => {
      for (const pattern of patterns) {
        for (const text of subjects) {
          pattern.lastIndex = 0;
          pattern.exec(text);
        }
      }
    }).not.toThrow();
  });

  it('whole documents of near-matches are cleaned faithfully, with linear work', () => {
    const oneLine = (n: number) =>
      `A headline\n${nearMatches
        .map(({ near }) => near)
        .join(' ')
        .repeat(n)}\n`;
    const manyLines = (n: number) => `A headline\n${`${nearMatches.map(({ near }) => near).join('\n')}\n`.repeat(n)}`;
    expectFaithful(oneLine(20));
    expectFaithful(manyLines(20));
    expectLinearWork(oneLine, 5);
    expectLinearWork(manyLines, 5);
  });
});

describe('odd bytes and encodings', () => {
  it('NUL bytes do not crash the library (the CLI refuses them as binary)', () => {
    const input = 'A headline\nSome\0text with a NUL\n\0\0\0\nSubscribe now!\0\n';
    expect(() => strip(input)).not.toThrow();
    expectFaithful(input);
    expect(() => decode('nul.txt', Buffer.from(input))).toThrow('binary file (contains NUL bytes), not text');
  });

  it('invalid UTF-8 is decoded with U+FFFD and a warning', () => {
    const decoded = decode('bad.txt', Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a, 0xff, 0x0a]));
    expect(decoded.text).toBe('Hi\uFFFD(\n\uFFFD\n');
    expect(decoded.warnings).toEqual(['invalid UTF-8; bad bytes replaced by U+FFFD']);
    expect(() => strip(decoded.text)).not.toThrow();
  });

  it('lone surrogates and unpaired halves do not crash', () => {
    const input = 'A headline\n\uD800 broken \uDC00 pairs \uD83D\n\uDE00 and a real one 😀\n';
    expectFaithful(input);
  });

  it('UTF-16 with a byte-order mark, little and big endian', () => {
    const text = 'A headline\r\nSubscribe now!\r\n';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    expect(decode('le.txt', little).text).toBe(text);
    expect(decode('be.txt', big).text).toBe(text);
    expect(strip(decode('le.txt', little).text).text).toBe(strip(text).text);
  });

  it('an empty input, only whitespace, CR-only line endings', () => {
    expect(strip('').text).toBe('');
    expect(strip('').blocks).toEqual([]);
    expect(strip(' \t\n\n \r\n\u00a0\u3000\n').blocks).toEqual([]);
    const cr = 'A headline\rThe council voted on Tuesday to close the harbour road for the summer, the mayor said.\rSubscribe now!\r';
    const result = strip(cr);
    expect(result.eol).toBe('\r');
    expect(result.blocks.map((block) => block.line)).toEqual([1, 2, 3]);
    expectFaithful(cr);
  });

  it('the CLI cleans whitespace-only and CR-only input with exit code 0', async () => {
    const blank = await runPith([], { stdin: ' \n\t\n\n' });
    expect({ code: blank.code, stdout: blank.stdout }).toEqual({ code: 0, stdout: '' });
    const cr = await runPith([], {
      stdin: 'A headline\rThe council voted on Tuesday to close the harbour road for the summer, the mayor said.\r',
    });
    expect(cr.code).toBe(0);
    expect(cr.stdout.endsWith('\r')).toBe(true);
  });
});
