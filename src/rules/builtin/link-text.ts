import { STORM_PARAGRAPHS, STORM_TITLE } from '../example-article.js';
import { chrome, type BlockRule } from '../rule.js';
import type { Features } from '../../types.js';

// Where the input's markup says which words were links (Markdown), a block whose text is nearly
// all link text is a menu item, a link list or a teaser, as a link-dense block of HTML is.
const MIN_LINK_SHARE = 0.8;

/** Whether the markup says the block is nearly all link text. */
export function isLinkText(features: Features): boolean {
  return features.linkShare >= MIN_LINK_SHARE;
}

/** The storm article as converter Markdown: a `#` title, paragraphs, then `lines`. */
function markdownStory(lines: readonly string[], paragraphs: readonly string[] = STORM_PARAGRAPHS.slice(0, 3)): string {
  return [`# ${STORM_TITLE}`, '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), ...lines].join('\n');
}

const MENU = ['  * [News](/news/ "News")', '  * [Sport](/sport/)', '  * [Weather](https://example.org/weather/)'];

const rule: BlockRule = {
  kind: 'block',
  id: 'link-text',
  phase: 'statistical',
  targets: 'navigation',
  description:
    'Blocks that are nearly all link text where the markup says so (a Markdown menu line "* [Section](url)", a list of linked headlines).',
  examples: {
    match: [
      // Blocks: the title, three paragraphs, then the menu's items.
      { document: markdownStory(MENU), block: 5, kept: false, category: 'navigation' },
      {
        document: markdownStory(['[Read more stories about the weather](/weather/) [Home](/)', '', ...MENU]),
        block: 4,
        kept: false,
        category: 'navigation',
      },
    ],
    noMatch: [
      {
        // A sentence with a link in it is prose.
        document: markdownStory(MENU, [
          STORM_PARAGRAPHS[0]!,
          'The council said [on its website](https://example.org/roads) that buses would not run until the roads had been cleared and checked.',
          STORM_PARAGRAPHS[2]!,
        ]),
        block: 2,
        kept: true,
      },
    ],
  },
  test(block) {
    if (!isLinkText(block.features)) return null;
    return chrome('navigation', `link text (${Math.round(block.features.linkShare * 100)} % of its characters)`, 'likely');
  },
};

export default rule;
