// The text module every stage reads: the normalised form, the CJK classes, sentence punctuation
// and the date family's two readings.

import {
  CJK_CHARACTER,
  collapseWhitespace,
  DATELINE_DATE,
  isTerminalCode,
  normalise,
  STAMP_DATE,
  TERMINAL_PUNCTUATION,
  UNSPACED_CHARACTER,
} from '../../src/text.js';
import { featuresOf } from '../../src/features/features.js';

describe('normalise', () => {
  it('lower-cases, collapses whitespace and trims, as a block’s normalised text reads', () => {
    expect(normalise('  Support OUR\tjournalism\n today ')).toBe('support our journalism today');
    expect(collapseWhitespace('  Keep  Case\n')).toBe('Keep Case');
    const text = ' Subscribe \u00a0 NOW  for  £1 ';
    expect(featuresOf(text, new Set()).normalized).toBe(normalise(text));
  });
});

describe('CJK classes', () => {
  it('sends Han, Hiragana and Katakana to the segmenter, and joins wrapped Hangul and full-width forms too', () => {
    for (const character of ['学', 'の', 'カ']) expect([character, CJK_CHARACTER.test(character)]).toEqual([character, true]);
    for (const character of ['한', '，', '。'])
      expect([character, CJK_CHARACTER.test(character), UNSPACED_CHARACTER.test(character)]).toEqual([character, false, true]);
    expect(UNSPACED_CHARACTER.test('a')).toBe(false);
  });
});

describe('terminal punctuation', () => {
  it('is one set for the code test and the patterns', () => {
    for (const character of TERMINAL_PUNCTUATION) expect([character, isTerminalCode(character.charCodeAt(0))]).toEqual([character, true]);
    for (const character of [',', ';', '、', '"']) expect([character, isTerminalCode(character.charCodeAt(0))]).toEqual([character, false]);
  });
});

describe('dates', () => {
  const dateline = new RegExp(`^${DATELINE_DATE}$`, 'iu');
  const stamp = new RegExp(`^${STAMP_DATE}$`, 'iu');

  it('both readings take English month names, numeric dates with / or . and ISO dates', () => {
    for (const date of ['July 18th, 2012', '18 Jul. 2012', 'Sept 3, 2019', '18/07/2012', '18.07.12', '2012-07-18']) {
      expect([date, dateline.test(date), stamp.test(date)]).toEqual([date, true, true]);
    }
  });

  // On purpose: reading datelines this loosely lowered the dev corpus's figures (DEVELOPERS.md).
  it('only a comment stamp takes a word that merely starts like a month, or dashes between figures', () => {
    for (const date of ['Januar 12, 2020', '12 juni 2020', '18-07-2012'])
      expect([date, dateline.test(date), stamp.test(date)]).toEqual([date, false, true]);
  });
});
