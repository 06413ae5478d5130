// The wrapped view: detection, re-joining hard-wrapped paragraphs, table columns, and output.

import { readSource } from '../../../src/input/source.js';
import { detectView } from '../../../src/blocks/view.js';
import fc from 'fast-check';
import { cellsOf, segmentWrapped, unwrap, type Cell } from '../../../src/blocks/wrapped.js';
import { displayWidth } from '../../../src/blocks/view.js';
import { strip } from '../../../src/index.js';
import { UNSPACED_CHARACTER } from '../../../src/text.js';

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
    const blocks =
      'A headline\nA first paragraph that runs on for a good while, as scraped paragraphs do when they are one line each.\nHome';
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
    expect(texts).toEqual([
      'Home',
      'News',
      'Sport',
      'The council met on Tuesday to decide on the flood defences for the lower town, and voted to start work in the spring.',
    ]);
    const column = blocks[3]!;
    expect(column.parts).toHaveLength(2);
    for (const part of column.parts!) expect(table.slice(part.start, part.end).length).toBeGreaterThan(0);
  });

  it('joins a paragraph wrapped in a narrow table cell where its lines go on in lower case, and leaves a menu of short labels apart', () => {
    const narrow = [
      'The Harbour Gazette, the weekly paper of the lower town and the villages along',
      'the estuary, founded in 1887 and printed on Thursdays.',
      '',
      'Home',
      'News',
      'Sport',
      'Letters',
      '',
      'Divers from the',
      'county police',
      'searched the old',
      'dock on Tuesday',
      'for a boat that',
      'sank in the',
      'storm last week.',
      '',
    ].join('\n');
    const texts = blocksOf(narrow).map((block) => unwrap(block.text));
    expect(texts).toContain('Divers from the county police searched the old dock on Tuesday for a boat that sank in the storm last week.');
    for (const label of ['Home', 'News', 'Sport', 'Letters']) expect(texts).toContain(label);
  });

  it('joins a narrow story column whose lines go on in capitals or names where the line above ends inside a sentence, and leaves a column of menu labels apart', () => {
    // An old news site's story column, about 20 characters wide: a line that ends with a word and
    // fills the column is wrapped, whatever the case of the next line's first word.
    const narrow = [
      'The Harbour Gazette, the weekly paper of the lower town and the villages along',
      'the estuary, founded in 1887 and printed on Thursdays.',
      '',
      'Front Page',
      'Nation',
      'Calcutta',
      'International',
      'Business',
      '',
      'Talks between the',
      'two neighbours were',
      'hailed as a success',
      'by Japanese and',
      'Chinese officials',
      'after three days in',
      'Beijing on Friday.',
      '',
    ].join('\n');
    const texts = blocksOf(narrow).map((block) => unwrap(block.text));
    expect(texts).toContain(
      'Talks between the two neighbours were hailed as a success by Japanese and Chinese officials after three days in Beijing on Friday.',
    );
    for (const label of ['Front Page', 'Nation', 'Calcutta', 'International', 'Business']) expect(texts).toContain(label);
  });

  it('splits a column one space after the column before it where the table shows a gutter there', () => {
    // Debian html2text pads a layout table's cells and leaves as little as one space between two
    // columns: the image cell on the third line ends one space before the article's column.
    const table = [
      'Home        Work on the harbour wall began on Monday, three months after',
      'News        the storms of January washed away part of the old stone pier',
      'spacer.gif] and closed the slipway to the fishing boats for the spring.',
      '',
    ].join('\n');
    expect(blocksOf(table).map((block) => unwrap(block.text))).toEqual([
      'Home',
      'News',
      'spacer.gif]',
      'Work on the harbour wall began on Monday, three months after the storms of January washed away part of the old stone pier and closed the slipway to the fishing boats for the spring.',
    ]);
  });

  it('leaves a line whole where one line only starts a column there', () => {
    const text = ['Menu   Harbour news', 'Boats, and the people who sail them, will be back in the harbour by the summer.', ''].join('\n');
    expect(blocksOf(text).map((block) => unwrap(block.text))).toContain(
      'Boats, and the people who sail them, will be back in the harbour by the summer.',
    );
  });

  it('without column order, reads only a table region column by column', () => {
    const page = [
      'The harbour wall will be repaired this spring, the council said on Monday.',
      'Home      Work on the harbour wall began on Monday, three months after the',
      'News      storms of January washed away part of the old stone pier.',
      'Sport',
      'The slipway will reopen once the work is finished in May.',
      'Contact us',
      '',
    ].join('\n');
    expect(segmentWrapped(page, readSource(page).lines, false).map((block) => unwrap(block.text))).toEqual([
      'The harbour wall will be repaired this spring, the council said on Monday.',
      'Home',
      'News',
      'Sport',
      'Work on the harbour wall began on Monday, three months after the storms of January washed away part of the old stone pier.',
      'The slipway will reopen once the work is finished in May.',
      'Contact us',
    ]);
  });

  it('without column order (html2text), does not join a line onto a short one for its long linked first word', () => {
    const page = [
      'Storm closes schools across the county',
      '[E-mail_this_article]_E-mail_this_article_to_a_friend',
      'Click_here_for_more_weather_headlines!',
      'All schools in the county will be closed on Monday after the storm, said the',
      'Regional_Education_Office_spokesman.',
      '',
    ].join('\n');
    expect(segmentWrapped(page, readSource(page).lines, false).map((block) => unwrap(block.text))).toEqual([
      'Storm closes schools across the county',
      '[E-mail_this_article]_E-mail_this_article_to_a_friend',
      'Click_here_for_more_weather_headlines!',
      'All schools in the county will be closed on Monday after the storm, said the Regional_Education_Office_spokesman.',
    ]);
  });

  it('without column order (html2text), measures the width without the image addresses printed unbroken past it', () => {
    const address = `[https://images.example.com/${'a1b2c3d4e5'.repeat(12)}.jpg]`;
    const paragraph = [
      'The ferry operator will add two early crossings on weekdays from the first of',
      'May, after a survey in which nearly two thousand commuters asked for a boat',
      'before seven in the morning. Fares will not change this year, the operator said.',
    ];
    const page = [
      'Ferry timetable changes in May',
      address,
      'Photo: the new ferry at the island pier',
      address,
      'Photo: commuters waiting on the quay',
      address,
      'Photo: the old timetable board',
      ...paragraph,
      '',
    ].join('\n');
    expect(segmentWrapped(page, readSource(page).lines, false).map((block) => unwrap(block.text))).toContain(paragraph.join(' '));
  });

  it('measures a column by its second widest line, so one long line under it does not split its paragraph', () => {
    const page = [
      'The council will start work on the harbour wall',
      'in April, three months after the storms of',
      'January washed away part of the old stone pier.',
      'Photos of the storm damage along the seafront and the old pier',
      '',
    ].join('\n');
    expect(segmentWrapped(page, readSource(page).lines, false).map((block) => unwrap(block.text))).toEqual([
      'The council will start work on the harbour wall in April, three months after the storms of January washed away part of the old stone pier.',
      'Photos of the storm damage along the seafront and the old pier',
    ]);
    // A label in lower case under a line that ends a sentence is not more of that sentence.
    const withLabel = page.replace('Photos', 'advertisement\nPhotos');
    expect(segmentWrapped(withLabel, readSource(withLabel).lines, false).map((block) => unwrap(block.text))[1]).toBe('advertisement');
  });

  it('does not join a headline, far the widest line of its run, to the byline under it', () => {
    const page = ['   Council approves new ferry terminal', '   By Sam Ortega', '   7 Comments', ''].join('\n');
    expect(segmentWrapped(page, readSource(page).lines).map((block) => unwrap(block.text))).toEqual([
      'Council approves new ferry terminal',
      'By Sam Ortega',
      '7 Comments',
    ]);
  });

  it('measures a two-line paragraph by the story column it starts at, on a page printed wider than that column', () => {
    const side = (text: string) => `${' '.repeat(68)}${text}`;
    const page = [
      'The harbour wall will be repaired this spring, the council',
      'said on Monday, three months after the storms of January',
      'washed away part of the old stone pier by the harbour mouth.',
      side('Most read stories this week'),
      '',
      'Work will start in April and should take about ten weeks,',
      'the engineer said.',
      side('Ferry timetable for the winter'),
      '',
      'The slipway beside the wall will stay open while the work',
      'goes on, although the council has asked owners of small',
      'boats to use the marina on the far side of the harbour.',
      side('Library reopens after repairs'),
      '',
    ].join('\n');
    expect(blocksOf(page).map((block) => unwrap(block.text))).toContain(
      'Work will start in April and should take about ten weeks, the engineer said.',
    );
  });

  it('joins CJK lines without a space', () => {
    expect(unwrap('翱翔于距地球数千公里的太空中\n进入广袤漆黑的未知领域')).toBe('翱翔于距地球数千公里的太空中进入广袤漆黑的未知领域');
    expect(unwrap('long-\n  term plans')).toBe('long-term plans');
  });

  it('unwraps as the line-break pattern it replaces defines, on any text', () => {
    // The definition: each line break with the spaces and tabs around it, found left to right.
    const byPattern = (text: string) =>
      text.replace(/[ \t]*(?:\r\n|\n|\r)[ \t]*/g, (match, offset: number) => {
        const before = text[offset - 1] ?? '';
        const after = text[offset + match.length] ?? '';
        if (UNSPACED_CHARACTER.test(before) && UNSPACED_CHARACTER.test(after)) return '';
        if (before === '-' && /\p{L}/u.test(text[offset - 2] ?? '') && /\p{Ll}/u.test(after)) return '';
        return ' ';
      });
    const unit = fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', 'a', 'B', '-', '翱', '。', 'x');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => expect(unwrap(text)).toBe(byPattern(text))),
      { numRuns: 1000 },
    );
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

describe('cellsOf', () => {
  // The cells of a line as their patterns define them: COLUMN_GAP over the line, the list marker
  // and the first word matched with regular expressions on each cell (what the scans stand for).
  const COLUMN_GAP = /\S(?:[ \t]*[│┃║][ \t]*| {3,}|\t+)(?=\S)/g;
  const BORDER_OR_SPACE = /[\s│┃║]/;
  const LIST_MARKER = /^[ \t]*(?:[•*□◦▪■‣·+-]|\d{1,3}[.)])[ \t]+(?=\S)/u;
  const UNORDERED_MARKER = /^[ \t]*[•*□◦▪■‣·+-][ \t]+/u;
  function definedCell(text: string, from: number, to: number, column: number): Cell {
    const slice = text.slice(from, to);
    const marker = LIST_MARKER.exec(slice);
    const unordered = marker !== null && UNORDERED_MARKER.test(slice);
    const firstWord = /^\S+/.exec(slice)?.[0] ?? '';
    const startsCjk = UNSPACED_CHARACTER.test(firstWord[0] ?? '');
    return {
      from,
      textFrom: unordered ? from + marker[0].length : from,
      to,
      column,
      right: column + displayWidth(slice),
      hangingColumn: marker ? column + displayWidth(marker[0]) : column,
      bullet: marker !== null,
      firstWordWidth: startsCjk ? displayWidth(firstWord.slice(0, 1)) : displayWidth(firstWord),
      startsCjk,
      startsLower: /^\p{Ll}/u.test(slice.slice(marker ? marker[0].length : 0)),
      wordy: /[\p{L}\p{N}]/u.test(slice),
    };
  }
  function definedCells(text: string): Cell[] {
    let end = text.length;
    while (end > 0 && BORDER_OR_SPACE.test(text[end - 1]!)) end--;
    if (end === 0) return [];
    let indent = 0;
    while (indent < end && BORDER_OR_SPACE.test(text[indent]!)) indent++;
    const cells: Cell[] = [];
    let from = indent;
    let column = displayWidth(text.slice(0, indent));
    COLUMN_GAP.lastIndex = indent;
    for (let gap = COLUMN_GAP.exec(text); gap && gap.index < end; gap = COLUMN_GAP.exec(text)) {
      const cell = definedCell(text, from, gap.index + 1, column);
      cells.push(cell);
      from = gap.index + gap[0].length;
      column = cell.right + displayWidth(text.slice(gap.index + 1, from));
    }
    cells.push(definedCell(text, from, end, column));
    return cells;
  }

  it('finds the cells, bullets and first words the patterns define, on any line', () => {
    const unit = fc.constantFrom(
      'a',
      'B',
      'x1',
      ' ',
      '  ',
      '   ',
      '\t',
      '│',
      '┃',
      '║',
      '•',
      '*',
      '-',
      '·',
      '1.',
      '12)',
      '3',
      '日',
      '한',
      '\u00a0',
      '\u3000',
      '\ud83d\ude00',
      '\ud83d',
      '.',
      ',',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (line) => {
        expect(cellsOf(line)).toEqual(definedCells(line));
      }),
      { numRuns: 5000 },
    );
  });
});
