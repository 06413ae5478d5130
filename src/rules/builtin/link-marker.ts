import { chrome, type BlockRule } from '../rule.js';

const MAX_CHARS = 70;
// Text-only traces of links: a trailing arrow or guillemet ("Opinion »"), a cut-off teaser
// ("Ohio teen admits..."), "|"-separated items, or a bare number or number range ("1,000-2,499").
const LINK_LIKE = /(?:[»›→>]|\.\.\.|…)\s*$|^\s*[«‹←<]|\s[|•·]\s/u;
const NUMERIC = /^[\s\d.,:;%$€£#+\-–/()]+(?:\s*(?:votes?|points?|views?|replies|likes|comments?|shares?|k|m))?\s*$/iu;

/** Short blocks that carry the marks of links or counters, which prose does not. */
const rule: BlockRule = {
  kind: 'block',
  id: 'link-marker',
  phase: 'statistical',
  targets: 'navigation',
  description: 'Short blocks that read as links or counters: trailing » or …, "|"-separated items, bare numbers.',
  examples: {
    match: ['Opinion »', 'Ohio teen suspected as drug czar admits...', 'News | Sport | Weather', '1,000-2,499', '2 votes', '« Previous'],
    noMatch: ['He said: "We will be back...', 'The vote was 52 to 48.', 'Mr Putin hosted Mr Assad at a Black Sea resort ahead of a summit later this week with Russia, Turkey and Iran...'],
  },
  test(block) {
    if (block.features.chars >= MAX_CHARS) return null;
    const text = block.text;
    if (NUMERIC.test(text)) return chrome('navigation', 'a number or counter on its own', 'likely');
    if (LINK_LIKE.test(text) && !/["”’]/.test(text)) return chrome('navigation', 'marked like a link (», …, |)', 'likely');
    return null;
  },
};

export default rule;
