// The count-min sketch of lines across documents: it never under-counts, a merge is the sum (the
// same table as one count over all the documents), the file format round-trips and a bad file is
// one reason, and the key folds case, digits and spacing.

import { fromBytes, LineCounts, lineKey, repeatedLineList, toBytes } from '../../../src/index.js';

/** A lower-case word for n (digits would fold into one key). */
const word = (n: number): string => (n < 26 ? '' : word(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));

/** Documents drawn from a small vocabulary of lines, so that many repeat; deterministic. */
function documents(count: number, seed: number): string[] {
  let state = seed;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  return Array.from({ length: count }, () => Array.from({ length: 12 }, () => `Line ${word(next() % 2000)}`).join('\n'));
}

/** The exact number of documents each key occurs in. */
function exactCounts(texts: readonly string[]): Map<string, number> {
  const exact = new Map<string, number>();
  for (const text of texts) for (const key of new Set(text.split('\n').map(lineKey))) exact.set(key, (exact.get(key) ?? 0) + 1);
  return exact;
}

describe('lineKey', () => {
  it('folds case, ASCII digits and whitespace, and trims', () => {
    expect(lineKey('  Page 12 of  345\t')).toBe('page 00 of 000');
    expect(lineKey('PAGE 9 OF 100')).toBe(lineKey('page 1 of 234'));
    expect(lineKey('Don’t miss it')).toBe("don't miss it");
  });
});

describe('LineCounts', () => {
  it('never under-counts, even in a table so narrow that cells collide', () => {
    const texts = documents(300, 7);
    const counts = LineCounts.empty(2, 8);
    for (const text of texts) counts.addDocument(text);
    const exact = exactCounts(texts);
    let over = 0;
    for (const [key, n] of exact) {
      const estimate = counts.documents(key);
      expect(estimate).toBeGreaterThanOrEqual(n);
      if (estimate > n) over++;
    }
    expect(over).toBeGreaterThan(0); // the table was narrow enough to collide: the bound was tested
    expect(counts.data.documents).toBe(300);
  });

  it('counts a line once per document however often the document repeats it', () => {
    const counts = LineCounts.empty(4, 12);
    counts.addDocument('Menu\nMenu\n\nMENU\nStory');
    counts.addDocument('menu\nOther story');
    expect(counts.documents('menu')).toBe(2);
    expect(counts.documents('story')).toBe(1);
    expect(counts.documents('')).toBe(0); // blank lines are not counted
  });

  it('merges by adding tables: the sum is the table one count over all the documents makes', () => {
    const texts = documents(120, 3);
    const whole = LineCounts.empty(3, 10);
    for (const text of texts) whole.addDocument(text);
    const parts = [texts.slice(0, 50), texts.slice(50, 51), texts.slice(51)].map((part) => {
      const counts = LineCounts.empty(3, 10);
      for (const text of part) counts.addDocument(text);
      return counts;
    });
    const merged = parts[2]!;
    merged.merge(parts[0]!.data);
    merged.merge(parts[1]!.data);
    expect(merged.data.counters).toEqual(whole.data.counters);
    expect(merged.data.documents).toBe(120);
    expect(() => merged.merge(LineCounts.empty(3, 11).data)).toThrow(/different sizes/);
  });

  it('round-trips through its file format, into shared memory when asked', () => {
    const counts = LineCounts.empty(4, 10);
    for (const text of documents(40, 11)) counts.addDocument(text);
    const bytes = toBytes(counts.data);
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('PITHLINE');
    const read = fromBytes(bytes, true);
    if (typeof read === 'string') throw new Error(read);
    expect(read.counters.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect({ ...read, counters: [...read.counters] }).toEqual({ ...counts.data, counters: [...counts.data.counters] });
  });

  it('tells in one line why bytes are not a table', () => {
    const good = toBytes(LineCounts.empty(2, 10).data);
    expect(fromBytes(new TextEncoder().encode('hello'))).toMatch(/not a pith line-hashes file/);
    expect(fromBytes(good.subarray(0, good.length - 2))).toMatch(/cut short/);
    const future = good.slice();
    future[8] = 9;
    expect(fromBytes(future)).toMatch(/version 9/);
  });

  it('answers repeatedFrom with its own threshold, as a list of known lines does', () => {
    const counts = LineCounts.empty(4, 12);
    for (let i = 0; i < 3; i++) counts.addDocument(`Footer of the site\nStory ${'abc'[i]}`);
    const repeated = counts.repeatedFrom(3);
    expect(repeated.documents(lineKey('FOOTER of the site'))).toBe(3);
    expect(repeated.threshold).toBe(3);
    const listed = repeatedLineList(['Footer of the site']);
    expect(listed.documents(lineKey('footer of the site'))).toBeGreaterThanOrEqual(listed.threshold);
    expect(listed.documents(lineKey('story a'))).toBeLessThan(listed.threshold);
  });
});
