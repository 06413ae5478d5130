// The context rules' shared reading of a block as prose on its own evidence (src/rules/context.ts):
// a block that passes is never dropped on its neighbours' evidence alone (issue 18).

import { prepare } from '../../../src/index.js';
import { isLongProse } from '../../../src/rules/context.js';
import { STORM_MORE_PARAGRAPHS, STORM_PARAGRAPHS } from '../../../src/rules/example-article.js';

function onlyBlock(text: string) {
  const { blocks, language } = prepare(text, { view: 'blocks', language: 'en' });
  expect(blocks).toHaveLength(1);
  return { block: blocks[0]!, language };
}

describe('isLongProse', () => {
  it('reads a paragraph of several sentences as prose', () => {
    const { block, language } = onlyBlock(STORM_PARAGRAPHS.slice(0, 2).join(' '));
    expect(isLongProse(block, language)).toBe(true);
  });

  it('reads a long release of many sentences as prose, though its last line is a contact and ends no sentence', () => {
    const release =
      [...STORM_PARAGRAPHS, ...STORM_MORE_PARAGRAPHS.slice(0, 2)].join(' ') + ' Media contact: Jane Smith, press office, 01632 960 123';
    const { block, language } = onlyBlock(release);
    expect(isLongProse(block, language)).toBe(true);
  });

  it('reads a paragraph that leads into a chart or a list with a colon as prose', () => {
    const leadIn = `${STORM_PARAGRAPHS.slice(0, 2).join(' ')} The council published the closures by district, and the map shows how far they reach:`;
    const { block, language } = onlyBlock(leadIn);
    expect(isLongProse(block, language)).toBe(true);
  });

  it('does not read a teaser of two sentences that trails off as prose', () => {
    const teaser = `${STORM_PARAGRAPHS[0]!} ${STORM_PARAGRAPHS[1]!.slice(0, 60)}… Read more`;
    const { block, language } = onlyBlock(teaser);
    expect(isLongProse(block, language)).toBe(false);
  });
});
