import { chrome, type BlockRule, type RuleExamples } from '../rule.js';

/** Blocks without a single word: separators, bullets, arrows ("|", "»", "* * *"). */
const rule: BlockRule = {
  kind: 'block',
  id: 'no-words',
  phase: 'statistical',
  targets: 'navigation',
  description: 'Blocks with no word at all (separators such as "|" or "»").',
  get examples(): RuleExamples {
    return {
      match: [
        { text: '|', kept: false, category: 'navigation' },
        { text: '»', kept: false, category: 'navigation' },
        { text: '* * *', kept: false, category: 'navigation' },
        { text: '--', kept: false, category: 'navigation' },
      ],
      noMatch: [
        { text: '2012', kept: false, category: 'navigation' },
        { text: 'Yes.', kept: true },
      ],
    };
  },
  test(block) {
    return block.features.words === 0 ? chrome('navigation', 'no words, only symbols') : null;
  },
};

export default rule;
