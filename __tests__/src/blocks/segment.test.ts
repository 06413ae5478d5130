// The one block-cutting function of both views: a line or a wrapped paragraph is cut where a
// sentence was glued to the next, each piece with the offsets, lines and column it came from.

import { readSource } from '../../../src/input/source.js';
import { segment } from '../../../src/blocks/segment.js';
import { segmentWrapped } from '../../../src/blocks/wrapped.js';

describe('segment (block view)', () => {
  it('cuts a line at a glued sentence boundary, and keeps a line without one whole', () => {
    const input = 'A headline\nIt made the difference.Donald Trump said so.\n';
    const blocks = segment(readSource(input).lines);
    expect(blocks.map(({ text, line, endLine, column, split }) => ({ text, line, endLine, column, split }))).toEqual([
      { text: 'A headline', line: 1, endLine: 1, column: 1, split: false },
      { text: 'It made the difference.', line: 2, endLine: 2, column: 1, split: true },
      { text: 'Donald Trump said so.', line: 2, endLine: 2, column: 24, split: true },
    ]);
    for (const block of blocks) expect(input.slice(block.start, block.end)).toBe(block.text);
  });

  it("cuts a wiki heading's glued edit links off it, and nothing else that ends in brackets", () => {
    const texts = (input: string) => segment(readSource(input).lines).map((block) => block.text);
    expect(texts('Етимологія[ред. | ред. код]\nHistory[edit]\n')).toEqual(['Етимологія', '[ред. | ред. код]', 'History', '[edit]']);
    // A sentence's tag, a citation, a count, a word with a space before its brackets and an image's name glued to a label stay whole.
    for (const line of ['The mayor resigned in 1998.[citation needed]', 'See the notes[12]', 'Comments [3]', 'Menu[+]', 'iPhone[iphone]'])
      expect(texts(line)).toEqual([line]);
  });

  it('does not cut after an abbreviation or inside a web address', () => {
    const blocks = segment(readSource('Ask Mr.Smith at www.example.Com today.\n').lines);
    expect(blocks.map((block) => block.text)).toEqual(['Ask Mr.Smith at www.example.Com today.']);
  });

  it('does not cut inside program text: a name that runs into a call or a member', () => {
    const lines = [
      '    f, err := os.Open(path)',
      '    return &c, json.NewDecoder(f).Decode(&c)',
      'System.Console.WriteLine(name);',
      '  exports.Cow = Cow;',
      'config.Items[0].name = "first";',
    ];
    const blocks = segment(readSource(lines.join('\n') + '\n').lines);
    expect(blocks.map((block) => block.text)).toEqual(lines);
  });
});

describe('segmentWrapped (wrapped view)', () => {
  it('cuts a re-joined paragraph at a glued boundary, each piece on the lines it spans', () => {
    const wrapped = [
      'The old library on Mill Street opened its doors again on Saturday morning, and',
      'a queue of families waited outside.The mayor cut the ribbon at ten and thanked',
      'the volunteers who had painted the reading room.',
      '',
    ].join('\n');
    const blocks = segmentWrapped(wrapped, readSource(wrapped).lines);
    expect(blocks.map(({ line, endLine, column, split }) => ({ line, endLine, column, split }))).toEqual([
      { line: 1, endLine: 2, column: 1, split: true },
      { line: 2, endLine: 3, column: 36, split: true },
    ]);
    expect(blocks[1]!.text.startsWith('The mayor cut the ribbon')).toBe(true);
    for (const block of blocks) expect(wrapped.slice(block.start, block.end)).toBe(block.text);
  });
});
