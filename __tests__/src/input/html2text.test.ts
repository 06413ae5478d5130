// Debian html2text's output read as such: detection by its star headings, the text the rules read
// (no stars, link text as words), link share, and output that keeps the original lines.

import { readSource } from '../../../src/input/source.js';
import { looksLikeHtml2text, readHtml2text } from '../../../src/input/html2text.js';
import { strip } from '../../../src/index.js';

const PAGE = [
  '    * Home',
  '    * Parks_and_Gardens',
  '    * Contact_us',
  '****** Pond reopens after the summer clean-up ******',
  'The pond in the park reopened on Saturday after volunteers cleared two tonnes',
  'of weed, the_friends_group said, and the ducks were back within the hour.',
  '***** What happens next *****',
  'The friends group will meet again in the spring to plant reeds along the bank.',
  '',
].join('\n');

describe('looksLikeHtml2text', () => {
  it('takes two headings between stars for the converter', () => {
    expect(looksLikeHtml2text(readSource(PAGE).lines)).toBe(true);
  });

  it('takes headings indented to a table column for the converter', () => {
    const page = [
      'Home          ****** Pond reopens after the summer clean-up ******',
      'Parks         The pond in the park reopened on Saturday after volunteers',
      '              **** 3 comments to Pond reopens after the summer clean-up ****',
      '',
    ].join('\n');
    expect(looksLikeHtml2text(readSource(page).lines)).toBe(false);
    expect(looksLikeHtml2text(readSource(page.replace('Home ', '     ')).lines)).toBe(true);
  });

  it('leaves one heading, scene breaks and starred asides alone', () => {
    expect(looksLikeHtml2text(readSource('***** A heading *****\nA paragraph.\n').lines)).toBe(false);
    expect(looksLikeHtml2text(readSource('* * *\nText.\n* * *\n* updated *\n* note *\n').lines)).toBe(false);
    expect(looksLikeHtml2text(readSource('** a ***\n*** b **\n').lines)).toBe(false);
  });
});

describe('readHtml2text', () => {
  it('reads a heading without its stars, also wrapped over two lines', () => {
    expect(readHtml2text('****** Pond reopens ******')).toMatchObject({ text: 'Pond reopens', heading: 1 });
    expect(readHtml2text('**** 3 comments on "Pond\nreopens" ****')).toMatchObject({
      text: '3 comments on "Pond\nreopens"',
      heading: 3,
    });
    expect(readHtml2text('A line ****')).toMatchObject({ text: 'A line ****', heading: 0 });
  });

  it('reads underscored link text as words and counts it as link text', () => {
    const reading = readHtml2text('38_comments on the story');
    expect(reading.text).toBe('38 comments on the story');
    expect(reading.linkChars).toBe(10);
    expect(reading.visibleChars).toBe(20);
    expect(readHtml2text('Parks_and_Gardens')).toMatchObject({ text: 'Parks and Gardens', linkChars: 15, visibleChars: 15 });
  });

  it('reads a block of images and form fields only as no text', () => {
    expect(readHtml2text('[Valley_Courier_logo]')).toMatchObject({ text: '', visibleChars: 0 });
    expect(readHtml2text('[http://example.org/a.png] [http://\nexample.org/b.png]')).toMatchObject({ text: '' });
    expect(readHtml2text('[1] The first note.')).toMatchObject({ text: '[1] The first note.' });
    expect(readHtml2text('The pond [sic] reopened')).toMatchObject({ text: 'The pond [sic] reopened' });
  });

  it('leaves a drawn line or a form field of underscores alone', () => {
    expect(readHtml2text('Name: ________')).toMatchObject({ text: 'Name: ________', linkChars: 0 });
  });
});

describe('strip on html2text output', () => {
  it('keeps the original lines, underscores and stars included', () => {
    const result = strip(PAGE);
    expect(result.view).toBe('wrapped');
    expect(result.text).toContain('****** Pond reopens after the summer clean-up ******');
    expect(result.text).toContain('the_friends_group');
    for (const block of result.blocks.filter((each) => !each.parts)) expect(block.text).toBe(PAGE.slice(block.start, block.end));
  });

  it('drops a menu of underscored link text as navigation', () => {
    const menu = strip(PAGE).blocks.find((block) => block.text.includes('Parks_and_Gardens'));
    expect(menu).toMatchObject({ kept: false, rule: 'link-text', category: 'navigation' });
  });
});
