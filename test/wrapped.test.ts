// The wrapped view: detection, re-joining hard-wrapped paragraphs, table columns, and output.

import { readSource } from '../src/input/source.js';
import { detectView } from '../src/blocks/view.js';
import { segmentWrapped, unwrap } from '../src/blocks/wrapped.js';
import { strip } from '../src/index.js';

const WRAPPED = [
  'Town library reopens after two years of repairs',
  '',
  'The old library on Mill Street opened its doors again on Saturday morning, and',
  'a queue of families had already formed along the river path before the clock on',
  'the town hall struck nine.',
  '',
  '  • Home',
  '  • A list item long enough to wrap onto a second line of the terminal, where it',
  '    hangs under its text',
  '',
  'Related stories:',
  'Flood defences approved',
  '',
].join('\n');

function blocksOf(text: string) {
  return segmentWrapped(text, readSource(text).lines);
}

describe('view detection', () => {
  it('reads a terminal dump as wrapped and one-block-per-line text as blocks', () => {
    expect(detectView(readSource(WRAPPED).lines)).toBe('wrapped');
    const blocks = 'A headline\nA first paragraph that runs on for a good while, as scraped paragraphs do when they are one line each.\nHome';
    expect(detectView(readSource(blocks).lines)).toBe('blocks');
    expect(detectView(readSource('').lines)).toBe('blocks');
  });
});

describe('segmentWrapped', () => {
  it('joins the lines of a wrapped paragraph into one block whose offsets cover them', () => {
    const blocks = blocksOf(WRAPPED);
    const paragraph = blocks.find((block) => block.text.startsWith('The old library'))!;
    expect(paragraph.line).toBe(3);
    expect(paragraph.endLine).toBe(5);
    expect(WRAPPED.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    expect(paragraph.text).toContain('\n');
  });

  it('starts a block at each bullet and hangs continuation lines under the item text', () => {
    const texts = blocksOf(WRAPPED).map((block) => unwrap(block.text));
    expect(texts).toContain('Home');
    expect(texts).toContain('A list item long enough to wrap onto a second line of the terminal, where it hangs under its text');
  });

  it('keeps lines that ended early (links, <br>) apart', () => {
    const texts = blocksOf(WRAPPED).map((block) => block.text);
    expect(texts).toContain('Related stories:');
    expect(texts).toContain('Flood defences approved');
  });

  it('splits side-by-side table columns and joins a column paragraph across rows', () => {
    const table = [
      'Home          The council met on Tuesday to decide on the flood defences for',
      'News          the lower town, and voted to start work in the spring.',
      'Sport',
      '',
    ].join('\n');
    const blocks = blocksOf(table);
    const texts = blocks.map((block) => unwrap(block.text));
    expect(texts).toEqual(['Home', 'News', 'Sport', 'The council met on Tuesday to decide on the flood defences for the lower town, and voted to start work in the spring.']);
    const column = blocks[3]!;
    expect(column.parts).toHaveLength(2);
    for (const part of column.parts!) expect(table.slice(part.start, part.end).length).toBeGreaterThan(0);
  });

  it('joins CJK lines without a space', () => {
    expect(unwrap('翱翔于距地球数千公里的太空中\n进入广袤漆黑的未知领域')).toBe('翱翔于距地球数千公里的太空中进入广袤漆黑的未知领域');
    expect(unwrap('long-\n  term plans')).toBe('long-term plans');
  });
});

describe('wrapped output', () => {
  it('writes each kept paragraph on one line, or its original lines with originalLines', () => {
    const joined = strip(WRAPPED, { view: 'wrapped' });
    expect(joined.view).toBe('wrapped');
    expect(joined.text).toContain('The old library on Mill Street opened its doors again on Saturday morning, and a queue');
    const original = strip(WRAPPED, { view: 'wrapped', originalLines: true });
    expect(original.text).toContain('Saturday morning, and\na queue of families');
  });

  it('leaves the block view as it was', () => {
    const text = 'A headline\nA paragraph.\n';
    expect(strip(text).view).toBe('blocks');
    expect(strip(text, { view: 'blocks' }).text).toBe(strip(text).text);
  });
});
