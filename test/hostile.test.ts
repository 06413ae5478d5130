// Hostile input: text nobody checked must never crash, hang or take super-linear time. Time budgets
// are ratios (to a normal article of the same size, or to the same input at a quarter of the size),
// never absolute times, so they hold on a slow or busy machine.
//
// The sizes the issue names run here once each (1,000,000 one-character lines take about ten
// seconds: every block runs every rule); the ratio and growth checks use smaller sizes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules, normaliseExample, strip } from '../src/index.js';
import { decode } from '../cli/read-input.js';
import { runPith } from './helpers.js';

const article = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'documents', 'seed-independent', 'input.txt'), 'utf8');

/** A normal article (the seed fixture, repeated) of exactly `length` characters. */
function normalText(length: number): string {
  return article.repeat(Math.ceil(length / article.length)).slice(0, length);
}

/** Fastest of a few runs, in milliseconds: the least disturbed by other work on the machine. */
function fastest(run: () => unknown, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** strip() time on `input` over strip() time on a normal article of the same size. */
function ratioToNormal(input: string, times = 3): number {
  const normal = normalText(input.length);
  return fastest(() => strip(input), times) / Math.max(fastest(() => strip(normal), times), 1);
}

/** Time on the input made at 4n over time at n: about 4 when linear, 16 when quadratic. */
function growth(make: (n: number) => string, n: number, times = 3): number {
  const small = make(n);
  const large = make(4 * n);
  return fastest(() => strip(large), times) / Math.max(fastest(() => strip(small), times), 1);
}

/** Every kept block is the input's own text at its offsets. */
function expectFaithful(input: string): void {
  const result = strip(input);
  for (const block of result.blocks) if (!block.parts) expect(input.slice(block.start, block.end)).toBe(block.text);
}

// Linear growth is 4; 8 leaves room for noise and GC, and still fails anything quadratic (16).
const MAX_GROWTH = 8;

describe('large inputs run in linear time', () => {
  it('a file with no newline (20 MB once, growth measured on smaller sizes)', () => {
    const noNewline = (n: number) => normalText(n).replace(/\r?\n/g, ' ');
    const huge = noNewline(20_000_000);
    const result = strip(huge);
    expect(result.stats.inputChars).toBe(20_000_000);
    expect(ratioToNormal(noNewline(1_000_000))).toBeLessThan(4);
    expect(growth(noNewline, 250_000)).toBeLessThan(MAX_GROWTH);
  }, 120_000);

  it('one-character lines', () => {
    const lines = (n: number) => 'x\n'.repeat(n);
    const result = strip(lines(1_000_000));
    expect(result.stats.blocks).toBe(1_000_000);
    // Each block runs every rule, so per byte this costs more than prose; the bound catches a hang.
    expect(ratioToNormal(lines(50_000), 2)).toBeLessThan(150);
    expect(growth(lines, 10_000, 2)).toBeLessThan(MAX_GROWTH);
  }, 300_000);

  it('a 100 KB word', () => {
    const word = (n: number) => `A headline\n${'a'.repeat(n)}\n${article}`;
    expectFaithful(word(100_000));
    expect(ratioToNormal(word(100_000))).toBeLessThan(4);
    expect(growth(word, 100_000)).toBeLessThan(MAX_GROWTH);
  }, 60_000);

  it('a line of 50,000 "Subscribe now! "', () => {
    const phrase = (n: number) => `A headline\n${'Subscribe now! '.repeat(n)}\n`;
    const result = strip(phrase(50_000));
    expect(result.blocks.length).toBeGreaterThan(0);
    expect(ratioToNormal(phrase(50_000))).toBeLessThan(4);
    expect(growth(phrase, 12_500)).toBeLessThan(MAX_GROWTH);
  }, 60_000);

  it.each([
    // The stamp pattern once scanned such a word to its end from every "jan" ...
    ['a long word of month-like letters', (n: number) => `0:00am${'janm'.repeat(n)}`],
    // ... and split a run of spaces every way between two optional space runs.
    ['a long run of spaces', (n: number) => `0:00 ${'\t'.repeat(4 * n)}.`],
  ])('a comment stamp\'s time followed by %s', (_, line) => {
    // Only blocks of up to 14 words after 60 words of body are read as stamps: one line reaches them.
    const stamp = (n: number) => `A headline\n${article}\n${line(n)}\nThanks.\n`;
    expectFaithful(stamp(25_000));
    expect(ratioToNormal(stamp(25_000))).toBeLessThan(4);
    expect(growth(stamp, 25_000)).toBeLessThan(MAX_GROWTH);
  }, 60_000);

  it('a wrapped paragraph with a long run of spaces and tabs inside a line', () => {
    // Not a column gap (no three spaces or tab between words), so the run stays in the paragraph,
    // whose line breaks were once found by a pattern tried at every position of the run.
    const paragraph = (n: number) => `A headline\n\nThe council met on Tuesday a${' \t'.repeat(n)}b\nand voted to start work.\n`;
    const time = (n: number) => fastest(() => strip(paragraph(n), { view: 'wrapped' }));
    expect(strip(paragraph(50_000), { view: 'wrapped' }).blocks.length).toBeGreaterThan(0);
    expect(time(200_000) / Math.max(time(50_000), 1)).toBeLessThan(MAX_GROWTH);
  }, 60_000);

  it('a 200,000-character line of CJK text', () => {
    // Intl.Segmenter takes ~25 s for one pass over 65,536 characters or more in Node 20, and is
    // super-linear below. CJK text costs more than English per character (the segmenter): the
    // same text in lines of 500 characters is the reference.
    const sentence = '东京都的学校明天停课 school closed。';
    const line = (n: number) => `A headline\n${sentence.repeat(n)}\n`;
    const lines = (n: number) => `A headline\n${`${sentence.repeat(20)}\n`.repeat(n / 20)}`;
    expectFaithful(line(8_000));
    expect(fastest(() => strip(line(8_000))) / Math.max(fastest(() => strip(lines(8_000))), 1)).toBeLessThan(4);
    expect(growth(line, 2_000)).toBeLessThan(MAX_GROWTH);
  }, 60_000);

  it('a word full of glued sentence boundaries ("ab.Cd" x 10,000)', () => {
    const glued = (n: number) => `A headline\n${'ab.Cd'.repeat(n)}\n`;
    expectFaithful(glued(10_000));
    // Every boundary makes a block of five characters: per byte like one-character lines.
    expect(ratioToNormal(glued(10_000), 2)).toBeLessThan(150);
    expect(growth(glued, 2_500, 2)).toBeLessThan(MAX_GROWTH);
  }, 120_000);
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

  it('each pattern stays linear on a repeated near-match (normalised text, as the phrase rules see it)', () => {
    const patterns = builtinRules.flatMap((rule) => (rule.patterns ?? []).map((pattern) => ({ id: rule.id, pattern })));
    const subjects = (length: number) =>
      nearMatches.map(({ near }) => {
        const unit = `${near.toLowerCase()} `;
        return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      });
    const run = (texts: string[]) => () => {
      for (const { pattern } of patterns) for (const text of texts) pattern.exec(text);
    };
    const small = subjects(4_000);
    const large = subjects(16_000);
    expect(fastest(run(large)) / Math.max(fastest(run(small)), 1)).toBeLessThan(MAX_GROWTH);
  }, 120_000);

  it('whole documents of near-matches are cleaned in linear time', () => {
    const oneLine = (n: number) => `A headline\n${nearMatches.map(({ near }) => near).join(' ').repeat(n)}\n`;
    const manyLines = (n: number) => `A headline\n${`${nearMatches.map(({ near }) => near).join('\n')}\n`.repeat(n)}`;
    expectFaithful(oneLine(20));
    expectFaithful(manyLines(20));
    expect(growth(oneLine, 20, 2)).toBeLessThan(MAX_GROWTH);
    expect(growth(manyLines, 20, 2)).toBeLessThan(MAX_GROWTH);
  }, 120_000);
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
    const cr = await runPith([], { stdin: 'A headline\rThe council voted on Tuesday to close the harbour road for the summer, the mayor said.\r' });
    expect(cr.code).toBe(0);
    expect(cr.stdout.endsWith('\r')).toBe(true);
  });
});
