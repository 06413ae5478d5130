import { underStory } from '../example-article.js';
import { chrome, type BlockRule, type RuleExamples } from '../rule.js';
import { isWhitespaceCode } from '../../text.js';
import { CHARACTER_CLASSES, holdsAny } from '../../features/tokenize.js';

const MAX_CHARS = 70;
// Text-only traces of links: a trailing arrow or guillemet ("Opinion »"), a cut-off teaser
// ("Ohio teen admits..."), "|"-separated items, or a bare number or number range ("1,000-2,499").
const LINK_LIKE = /(?:[»›→>]|\.\.\.|…)\s*$|^\s*[«‹←<]|\s[|•·]\s/u;
// The leading class takes the spaces before the unit word too: a second space run beside it
// made the pattern quadratic on a long run of spaces.
const NUMERIC = /^[\s\d.,:;%$€£#+\-–/()]+(?:(?:votes?|points?|views?|replies|likes|comments?|shares?|k|m)\s*)?$/iu;
const QUOTE = /["”’]/;
// Most short blocks have none of the characters a link mark needs, or start with a letter: the
// patterns above are not run on them (they were a regular-expression call per short block).
const LINK_CHARACTERS = CHARACTER_CLASSES.linkArrow | CHARACTER_CLASSES.dot;
/** . , : ; % $ € £ # + - – / ( ) */
const NUMBER_SIGNS = new Set([0x2e, 0x2c, 0x3a, 0x3b, 0x25, 0x24, 0x20ac, 0xa3, 0x23, 0x2b, 0x2d, 0x2013, 0x2f, 0x28, 0x29]);

/** Whether `text` starts with a character of NUMERIC's leading class (whitespace, a digit or a sign). */
function startsLikeNumber(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 48 && code <= 57) || NUMBER_SIGNS.has(code) || isWhitespaceCode(code);
}

/** Short blocks that carry the marks of links or counters, which prose does not. */
const rule: BlockRule = {
  kind: 'block',
  id: 'link-marker',
  phase: 'statistical',
  targets: 'navigation',
  description: 'Short blocks that read as links or counters: trailing » or …, "|"-separated items, bare numbers.',
  patterns: [LINK_LIKE, NUMERIC, QUOTE],
  get examples(): RuleExamples {
    return {
      // Under an article: a lone first line would be the page's title.
      match: [
        'Opinion »',
        'Ohio teen suspected as drug czar admits...',
        'News | Sport | Weather',
        '1,000-2,499',
        '2 votes',
        '« Previous',
      ].map((text) => ({
        ...underStory(text),
        kept: false,
        category: 'navigation' as const,
      })),
      noMatch: [
        { text: 'He said: "We will be back...', kept: true },
        { text: 'The vote was 52 to 48.', kept: true },
        {
          text: 'Mr Putin hosted Mr Assad at a Black Sea resort ahead of a summit later this week with Russia, Turkey and Iran...',
          kept: true,
        },
      ],
    };
  },
  test(block) {
    if (block.features.chars >= MAX_CHARS) return null;
    const text = block.text;
    if (startsLikeNumber(text) && NUMERIC.test(text)) return chrome('navigation', 'a number or counter on its own', 'likely');
    if (holdsAny(block.features, LINK_CHARACTERS) && LINK_LIKE.test(text) && !QUOTE.test(text))
      return chrome('navigation', 'marked like a link (», …, |)', 'likely');
    return null;
  },
};

export default rule;
