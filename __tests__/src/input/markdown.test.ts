// Converter Markdown read as Markdown: detection, blocks from the syntax tree, the text the rules
// read (no URLs, no syntax), link share, and output that keeps the original lines byte for byte.

import { readSource } from '../../../src/input/source.js';
import { joinBrokenDestinations, looksLikeMarkdown, markdownBlocks } from '../../../src/input/markdown.js';
import { strip } from '../../../src/index.js';

const PAGE = [
  '  * [Home](/ "Home")',
  '  * [Parks](/parks/)',
  '  * [Contact us](https://example.org/contact/)',
  '',
  '# Pond reopens after the summer clean-up',
  '',
  'The pond in the park reopened on Saturday after volunteers cleared two tonnes',
  'of weed, [the friends group](/friends/ "Friends") said, and the ducks were back',
  'within the hour.',
  '',
  'Call the park office  ',
  'Open daily from nine',
  '',
  '[1]: https://example.org/report',
  '',
  '* * *',
  '',
].join('\n');

function blocksOf(text: string) {
  return markdownBlocks(text, readSource(text).lines);
}

describe('looksLikeMarkdown', () => {
  it('takes text with Markdown links as a habit for Markdown', () => {
    expect(looksLikeMarkdown(readSource(PAGE).lines)).toBe(true);
  });

  it('leaves plain text, a dump with [n] link numbers and one stray link alone', () => {
    expect(looksLikeMarkdown(readSource('A headline\n\nA paragraph of text.\n').lines)).toBe(false);
    expect(looksLikeMarkdown(readSource('   * [1]Home\n   * [2]News\n   * [3]Sport\n').lines)).toBe(false);
    const oneLink = ['A paragraph that mentions [a report](https://example.org/r).', ...Array(10).fill('Another line of prose.')].join(
      '\n\n',
    );
    expect(looksLikeMarkdown(readSource(oneLink).lines)).toBe(false);
  });
});

describe('markdownBlocks', () => {
  it('reads each menu item, heading and paragraph as one block, without URLs or syntax', () => {
    expect(blocksOf(PAGE).map((block) => block.text)).toEqual([
      'Home',
      'Parks',
      'Contact us',
      'Pond reopens after the summer clean-up',
      'The pond in the park reopened on Saturday after volunteers cleared two tonnes of weed, the friends group said, and the ducks were back within the hour.',
      // A hard line break (a <br>) ends a block, as the end of a line in a dump does.
      'Call the park office',
      'Open daily from nine',
      // A link definition and a drawn rule: no words, still blocks (decided and explained).
      '',
      '',
    ]);
  });

  it('spans whole original lines, so the output keeps bullets, # and links as they were', () => {
    const blocks = blocksOf(PAGE);
    expect(blocks.map((block) => PAGE.slice(block.start, block.end))).toEqual([
      '  * [Home](/ "Home")',
      '  * [Parks](/parks/)',
      '  * [Contact us](https://example.org/contact/)',
      '# Pond reopens after the summer clean-up',
      PAGE.split('\n').slice(6, 9).join('\n'),
      'Call the park office  ',
      'Open daily from nine',
      '[1]: https://example.org/report',
      '* * *',
    ]);
    expect(blocks.map((block) => [block.line, block.endLine])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [5, 5],
      [7, 9],
      [11, 11],
      [12, 12],
      [14, 14],
      [16, 16],
    ]);
  });

  it('counts link text, not URLs: a menu line is all link, a sentence with a link a little', () => {
    const [home, , , heading, paragraph] = blocksOf(PAGE);
    expect(home!.linkChars / home!.visibleChars).toBe(1);
    expect(heading!.linkChars).toBe(0);
    const share = paragraph!.linkChars / paragraph!.visibleChars;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.2);
  });

  it('reads a nested list printed on its parent item line as the item, not as code', () => {
    const text = '  *     * Log in\n    * Register\n  * [Help](/help/)\n  * [News](/news/)\n  * [Sport](/sport/)\n';
    expect(blocksOf(text).map((block) => block.text)).toEqual(['Log in', 'Register', 'Help', 'News', 'Sport']);
  });

  it('joins a URL wrapped over lines back into its link, offsets and lines unchanged', () => {
    const text = [
      '[Pond reopens after the](https://example.org/news/2024/pond-reopens-after-',
      'the-summer-clean-up?utm_source=home)',
      '',
      '[Parks](/parks/) and [a link cut at a blank line](https://example.org/a-',
      '',
      'b)',
      '',
    ].join('\n');
    const joined = joinBrokenDestinations(text);
    expect(joined.length).toBe(text.length);
    expect(joined.split('\n')[0]).toBe(
      '[Pond reopens after the](https://example.org/news/2024/pond-reopens-after-\u00a0the-summer-clean-up?utm_source=home)',
    );
    expect(joined.split('\n').slice(1)).toEqual(text.split('\n').slice(2));
    const blocks = blocksOf(text);
    expect(blocks[0]).toMatchObject({ text: 'Pond reopens after the', line: 1, endLine: 2 });
    expect(blocks[0]!.linkChars).toBe(blocks[0]!.visibleChars);
  });

  it('reads Markdown indented four spaces and more (a nested menu, a layout cell) as Markdown, not code', () => {
    const text = [
      '  * [News](/news/)',
      '',
      '      * [Local](/news/local/)',
      '      * [World](/news/world/)',
      '',
      '        ![](/avatar.png)',
      '        Anna wrote on [the forum](/forum/) that the pond looks better.',
      '',
      '    const total = prices.reduce((a, b) => a + b, 0);',
      '    console.log(total);',
      '',
    ].join('\n');
    const blocks = blocksOf(text);
    expect(blocks.map((block) => block.text)).toEqual([
      'News',
      'Local',
      'World',
      'Anna wrote on the forum that the pond looks better.',
      'const total = prices.reduce((a, b) => a + b, 0); console.log(total);',
    ]);
    // Each block spans its own original lines, and the menu items are all link text.
    expect(blocks.map((block) => [block.line, block.endLine])).toEqual([
      [1, 1],
      [3, 3],
      [4, 4],
      [6, 7],
      [9, 10],
    ]);
    expect(blocks[1]!.linkChars).toBe(blocks[1]!.visibleChars);
  });
});

describe('strip on Markdown', () => {
  const article = [
    '  * [Home](/)',
    '  * [Parks](/parks/)',
    '  * [Events](/events/)',
    '  * [Contact us](/contact/)',
    '',
    '# Pond reopens after the summer clean-up',
    '',
    'The pond in the park reopened on Saturday after volunteers cleared two tonnes',
    'of weed, [the friends group](/friends/) said, and the ducks were back within',
    'the hour.',
    '',
    'The council thanked the volunteers and said it would pay for a new jetty and',
    'two benches on the east bank before the end of the year.',
    '',
    'Visitors are asked not to feed the ducks bread, which is bad for them and for',
    'the water, and to keep dogs on a lead near the reeds.',
    '',
  ].join('\n');

  it('drops the link menu and keeps the article, its lines as they were', () => {
    const result = strip(article);
    expect(result.text).not.toContain('[Parks]');
    expect(result.text).toContain('of weed, [the friends group](/friends/) said, and the ducks were back within\n');
    expect(result.text).toContain('# Pond reopens after the summer clean-up\n');
    const menu = result.blocks.find((block) => block.line === 2)!;
    expect(menu.kept).toBe(false);
    expect(menu.text).toBe('  * [Parks](/parks/)');
  });

  it('shows each decided block as its original lines', () => {
    for (const block of strip(article).blocks) expect(block.text).toBe(article.slice(block.start, block.end));
  });
});
