// The input stage: lines, their offsets and the document's line ending, on any mix of endings.

import fc from 'fast-check';
import { linesWithEndings, readSource } from '../../../src/input/source.js';

/** The plain definition: split on \r\n, \n or \r after a byte-order mark. */
function reference(input: string) {
  const from = input.startsWith('\uFEFF') ? 1 : 0;
  const body = input.slice(from);
  const parts = body.split(/\r\n|\n|\r/);
  const endsWithEnding = /[\r\n]$/.test(body);
  if (endsWithEnding || body === '') parts.pop();
  return {
    texts: parts,
    eol: body.match(/\r\n|\n|\r/)?.[0] ?? '\n',
    finalNewline: endsWithEnding,
  };
}

describe('readSource', () => {
  it('splits any mix of \\n, \\r\\n and \\r into lines whose offsets point at their text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\r', '\uFEFF'), maxLength: 30 });
    fc.assert(
      fc.property(text, (input) => {
        const { lines, eol, finalNewline } = readSource(input);
        const expected = reference(input);
        expect(lines.map((line) => line.text)).toEqual(expected.texts);
        expect({ eol, finalNewline }).toEqual({ eol: expected.eol, finalNewline: expected.finalNewline });
        lines.forEach((line, i) => {
          expect(input.slice(line.start, line.start + line.text.length)).toBe(line.text);
          expect(line.number).toBe(i + 1);
        });
      }),
      { numRuns: 1500 },
    );
  });
});

describe('linesWithEndings (what --write rewrites)', () => {
  it('gives each line its own ending, and joined they are the input, byte for byte', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\r', '\uFEFF'), maxLength: 30 });
    fc.assert(
      fc.property(text, (input) => {
        const lines = linesWithEndings(input);
        // A byte-order mark alone is no line (readSource skips it); anything else is kept whole.
        expect(lines.map((line) => line.content + line.ending).join('')).toBe(input === '\uFEFF' ? '' : input);
        lines.forEach((line) => {
          expect(input.slice(line.start, line.start + line.content.length)).toBe(line.content);
          expect(['\n', '\r\n', '\r', '']).toContain(line.ending);
          expect(line.content).not.toMatch(/[\r\n]/);
        });
        expect(lines.length).toBe(readSource(input).lines.length);
      }),
      { numRuns: 1500 },
    );
  });
});
