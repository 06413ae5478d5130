// Property tests (fast-check): statements that hold for any input, checked on generated ones that
// mix arbitrary Unicode with real chrome phrases, article sentences and every kind of line ending.

import fc from 'fast-check';
import { strip } from '../../src/index.js';

const CHROME = [
  'Subscribe now!',
  'Your support helps us to tell the story',
  'Share this article',
  'Facebook Twitter Email',
  'Comments',
  'Advertisement',
  'We use cookies to improve your experience.',
  'Home » News » World',
  '© 2024 Example Media Ltd. All rights reserved.',
  'Sign up for our daily newsletter',
  'Related Articles',
  'Log In',
];
const PROSE = [
  'Storm closes schools across the county',
  'All schools in the county will be closed on Monday after the storm brought down trees and power lines, officials said.',
  'The council said that buses would not run until the roads had been cleared and checked by its engineers.',
  'By Jane Smith',
  'Published 12 March 2024',
  'Please donate now to keep us going.The mayor resigned on Friday after a week of protests outside the town hall.',
];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CHROME, ...PROSE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '\t', '»', '|', '@', 'é', '日', '\u00a0'), maxLength: 40 }),
  },
);
const document = fc
  .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, finalNewline]) => lines.join(eol) + (finalNewline ? eol : ''));
const anyInput = fc.oneof(document, fc.string({ unit: 'binary', maxLength: 300 }));

const RUNS = { numRuns: 300 };

it('strip returns, without throwing, for any string', () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      const result = strip(input);
      expect(result.stats.blocks).toBe(result.blocks.length);
    }),
    RUNS,
  );
});

it('every block is the input text at its offsets, blocks come in input order, and kept ones make the output in that order', () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      const result = strip(input, { view: 'blocks' });
      let previousEnd = 0;
      let searchFrom = 0;
      for (const block of result.blocks) {
        expect(input.slice(block.start, block.end)).toBe(block.text);
        expect(block.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = block.end;
        if (!block.kept) continue;
        const at = result.text.indexOf(block.text, searchFrom);
        expect(at).toBeGreaterThanOrEqual(0);
        searchFrom = at + block.text.length;
      }
    }),
    RUNS,
  );
});

it('line and column point at the block: the text starts there on that line', () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
      const bom = input.startsWith('\uFEFF') ? 1 : 0;
      for (const block of strip(input, { view: 'blocks' }).blocks) {
        const source = lines[block.line - 1]!;
        expect(source.slice(block.column - 1, block.column - 1 + block.text.length)).toBe(block.text);
        expect(block.endLine).toBe(block.line);
        if (block.line === 1) expect(block.start).toBe(block.column - 1 + bom);
      }
    }),
    RUNS,
  );
});

/**
 * Cleaning is idempotent up to a fixed point: context rules judge a block by its neighbours, so
 * removing chrome can change the context of what is left (a short line that sat between body
 * paragraphs may end up among boilerplate). Cleaning the output again reaches a fixed point within
 * a few rounds, which is what `--write` relies on; most inputs are fixed after the first round.
 */
const MAX_ROUNDS = 4;

it(`cleaning again reaches a fixed point within ${MAX_ROUNDS} rounds`, () => {
  fc.assert(
    fc.property(document, (input) => {
      let text = strip(input).text;
      let rounds = 1;
      for (let next = strip(text).text; next !== text && rounds < MAX_ROUNDS; next = strip(text).text) {
        text = next;
        rounds++;
      }
      expect(strip(text).text).toBe(text);
    }),
    RUNS,
  );
});
