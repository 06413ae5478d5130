import { chrome, type DocumentRule, type RuleVerdict, type RuleExamples } from '../rule.js';
import type { ChromeCategory } from '../../types.js';

/** Categories of boxed appeals whose middle paragraphs read like prose. */
const APPEAL_CATEGORIES: ReadonlySet<ChromeCategory> = new Set(['donation', 'subscribe', 'newsletter']);
/** At most this many blocks between two blocks of the same appeal. */
const MAX_GAP = 2;

/**
 * Appeal boxes mix slogans with prose ("At such a critical moment, we need reporters on the
 * ground..."). A block enclosed by blocks of the same appeal, at most two blocks apart, is part of it.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'appeal-box',
  phase: 'context',
  targets: 'donation',
  description: 'Prose enclosed by two donation, subscribe or newsletter blocks is part of the same appeal box.',
  get examples(): RuleExamples {
    return {
      match: [
        {
          document: [
            'Storm closes schools across the county',
            'Your support helps us to tell the story',
            'From the courts to the climate, our reporters are on the ground when the story is developing, and we know how important it is to separate the facts from the spin.',
            'Your donation allows us to keep sending journalists to speak to both sides of the story.',
          ].join('\n'),
          block: 2,
          kept: false,
          category: 'donation',
        },
      ],
      noMatch: [
        {
          document: [
            'Council backs the harbour plan',
            'Advertisement',
            'The council will vote on the plan next week, and the mayor has said she expects it to pass with the support of both parties.',
            'Advertisement',
          ].join('\n'),
          block: 2,
          kept: true,
          role: 'body',
        },
      ],
    };
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    let previous = -1;
    let previousCategory: ChromeCategory | undefined;
    for (let i = 0; i < blocks.length; i++) {
      const decision = decisions[i];
      const category = decision?.certainty === 'certain' ? decision.verdict.category : undefined;
      if (!category || !APPEAL_CATEGORIES.has(category)) continue;
      if (category === previousCategory && i - previous - 1 <= MAX_GAP) {
        for (let j = previous + 1; j < i; j++) {
          if (decisions[j]?.certainty !== 'certain')
            decided.set(j, chrome(category, `inside a ${category} appeal (lines ${blocks[previous]!.line}-${blocks[i]!.line})`, 'likely'));
        }
      }
      previous = i;
      previousCategory = category;
    }
    return decided;
  },
};

export default rule;
