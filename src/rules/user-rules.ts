// A user's own rules, given as data (a config's `customRules`): phrase lists and regular
// expressions with a chrome category, so a newsroom can add its house chrome
// ("Support our journalism at ...") without writing code. Validation (ids, categories, unsafe
// regular expressions) is the caller's job; this only builds the rule.

import type { ChromeCategory } from '../types.js';
import { chrome, type BlockRule } from './rule.js';

export interface UserRuleData {
  id: string;
  category: ChromeCategory;
  description?: string;
  /** Phrases matched anywhere in a block, case and spacing ignored. */
  phrases?: readonly string[];
  /** Regular expression sources, tested case-insensitively (flags `iu`) against the block's text. */
  patterns?: readonly string[];
}

function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A lexical block rule that drops, as `data.category` chrome, any block matching a phrase or pattern. */
export function userRule(data: UserRuleData): BlockRule {
  const phrases = (data.phrases ?? []).map(normalise).filter(Boolean);
  const patterns = (data.patterns ?? []).map((source) => new RegExp(source, 'iu'));
  return {
    kind: 'block',
    id: data.id,
    phase: 'lexical',
    targets: data.category,
    description: data.description ?? `User rule: ${data.category} phrases and patterns from the config.`,
    examples: { match: [], noMatch: [] },
    test(block) {
      const phrase = phrases.find((candidate) => block.features.normalized.includes(candidate));
      if (phrase !== undefined) return chrome(data.category, `${data.id}: phrase "${phrase}"`);
      const pattern = patterns.find((candidate) => candidate.test(block.text));
      return pattern ? chrome(data.category, `${data.id}: pattern /${pattern.source}/`) : null;
    },
  };
}
