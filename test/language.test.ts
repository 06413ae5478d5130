// Language detection, CJK tokenisation and per-language stopword thresholds.

import { readSource } from '../src/input/source.js';
import fc from 'fast-check';
import { detectLanguage, englishCounts, joinCounts, stopwordThresholds, DEFAULT_LANGUAGE } from '../src/features/language.js';
import { countWords, words } from '../src/features/tokenize.js';
import { stopwordsFor } from '../src/features/stopwords.js';
import { strip } from '../src/index.js';

const GERMAN = [
  'Die Stadtbibliothek in der Mühlenstraße hat am Samstag nach zwei Jahren wieder geöffnet, und schon vor neun Uhr warteten viele Familien am Fluss.',
  'Das Gebäude war seit einem Hochwasser im Winter geschlossen, das den Lesesaal und einen großen Teil der Kinderbücher beschädigt hatte.',
  'Freiwillige haben in den letzten Monaten gespendete Bücher sortiert, und die Stadt hat ein neues Dach und einen Aufzug bezahlt.',
].join('\n');
const ENGLISH = [
  'The old library on Mill Street opened its doors again on Saturday morning, and a queue of families had formed along the river path.',
  'The building had been closed since a winter flood damaged the reading room and most of the children’s collection of books.',
].join('\n');

describe('detectLanguage', () => {
  it('detects the language of longer text and falls back to English on short text', () => {
    expect(detectLanguage(readSource(GERMAN).lines)).toBe('de');
    expect(detectLanguage(readSource(ENGLISH).lines)).toBe('en');
    expect(detectLanguage(readSource('Home\nNews').lines)).toBe(DEFAULT_LANGUAGE);
  });

  it('is overridden by the language option', () => {
    expect(strip(GERMAN).language).toBe('de');
    expect(strip(GERMAN, { language: 'fr' }).language).toBe('fr');
  });
});

describe('englishCounts', () => {
  // Words and stopwords of every script the scan classifies on the fly, or hands to countWords.
  const unit = fc.constantFrom('the', 'The', 'OF', 'and', 'a', 'x', 'between', 'Themselves', 'betweens', 'unfortunately', 'z9', 'é', 'É', 'Ünd', '’', ' ', '\n', '.', '-', '1', '10', 'İ', 'ǅ', '\u0301', '日本', '😀', '\ud800', 'herse”', "don't");
  it('counts the words and stopwords of a range as countWords counts its slice', () => {
    const english = stopwordsFor(DEFAULT_LANGUAGE);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(), fc.nat(), (units, a, b) => {
        const text = units.join('');
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (b % (text.length - from + 1));
        const expected = countWords(text.slice(from, to), english);
        const counts = englishCounts(text, from, to);
        expect({ words: counts.words, stopwords: counts.stopwords }).toEqual({ words: expected.words, stopwords: expected.stopwords });
      }),
      { numRuns: 500 },
    );
  });
});

describe('joinCounts', () => {
  const unit = fc.constantFrom('the', 'The', 'and', 'a', 'x', 'between', 'themselves', 'é', 'Ünd', '’', ' ', '.', '1', 'İ', "don't");
  it('adds up the counts of adjacent ranges as one count of both', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(), fc.nat(), (units, a, b) => {
        const text = units.join('');
        const [first, second] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const joined = joinCounts(text, joinCounts(text, englishCounts(text, 0, first), englishCounts(text, first, second)), englishCounts(text, second, text.length));
        const whole = englishCounts(text, 0, text.length);
        expect([joined.words, joined.stopwords]).toEqual([whole.words, whole.stopwords]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('words', () => {
  it('segments CJK text into words and keeps the regex path for other scripts', () => {
    expect(words('宇航员在太空中喝酒')).toEqual(expect.arrayContaining(['太空', '喝酒']));
    expect(words('Hello, world 2024')).toEqual(['Hello', 'world', '2024']);
  });
});

describe('stopwordThresholds', () => {
  const english = { stopwordsLow: 0.3, stopwordsHigh: 0.36 };
  it('keeps English thresholds as they are, scales calibrated languages, and falls back to 0', () => {
    expect(stopwordThresholds('en', english)).toEqual({ ...english, source: 'english' });
    const german = stopwordThresholds('de', english);
    expect(german.source).toBe('calibrated');
    expect(german.stopwordsHigh).toBeLessThan(english.stopwordsHigh);
    expect(stopwordThresholds('xx', english)).toEqual({ stopwordsLow: 0, stopwordsHigh: 0, source: 'fallback' });
  });
});
