import { keep, type DocumentRule, type RuleVerdict, type RuleExamples } from '../rule.js';

const MIN_WORDS = 6;
const MAX_WORDS = 70;

/** The sentence right under the headline that summarises the article is its standfirst (kept). */
const rule: DocumentRule = {
  kind: 'document',
  id: 'standfirst',
  phase: 'context',
  targets: 'standfirst',
  description: 'A summary sentence directly under the title is the standfirst (kept).',
  get examples(): RuleExamples {
    return {
      match: [
        {
          document:
            'Donald Trump and Vladimir Putin hold hour-long phone call\nTheir call came a day after Mr Putin met with Syrian President Bashar al-Assad',
          block: 1,
          kept: true,
          role: 'standfirst',
        },
      ],
      noMatch: [
        {
          document: 'Donald Trump and Vladimir Putin hold hour-long phone call\nWorld Politics Business Tech',
          block: 1,
          kept: true,
          role: 'body',
        },
      ],
    };
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    const title = decisions.findIndex((d) => d?.verdict.role === 'title' && d.verdict.kept);
    const next = blocks[title + 1];
    if (title < 0 || !next || decisions[next.index]?.certainty === 'certain') return decided;
    const { words, stopwordDensity } = next.features;
    if (words >= MIN_WORDS && words <= MAX_WORDS && stopwordDensity >= 0.2)
      decided.set(next.index, keep('standfirst', 'summary sentence under the title'));
    return decided;
  },
};

export default rule;
