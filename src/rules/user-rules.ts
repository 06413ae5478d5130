// A user's own rules, given as data (a config's `customRules`): phrase lists and regular
// expressions with a chrome category, so a newsroom can add its house chrome
// ("Support our journalism at ...") without writing code. Validation (ids, categories, unsafe
// regular expressions) is the caller's job; this only builds the rule.

import type { ChromeCategory } from '../types.js';
import type { PhraseGroup, PhraseRule } from './rule.js';
import { literalPattern } from './literals.js';
import { normalise } from '../text.js';

export interface UserRuleData {
  id: string;
  category: ChromeCategory;
  description?: string;
  /** Phrases matched anywhere in a block, case and spacing ignored. */
  phrases?: readonly string[];
  /** Regular expression sources, tested case-insensitively (flags `iu`) against the block's text. */
  patterns?: readonly string[];
}

/**
 * A phrase rule that drops, as `data.category` chrome, any block holding a phrase (first) or
 * matching a pattern: compiled by the engine like the built-in phrase rules (the phrases gated by
 * the literal index).
 */
export function userRule(data: UserRuleData): PhraseRule {
  const phrases = (data.phrases ?? []).map(normalise).filter(Boolean).map(literalPattern);
  const patterns = (data.patterns ?? []).map((source) => new RegExp(source, 'iu'));
  const groups: PhraseGroup[] = [
    { patterns: phrases, reason: (phrase) => `${data.id}: phrase "${phrase}"` },
    { patterns, over: 'text', reason: (_, pattern) => `${data.id}: pattern /${pattern.source}/` },
  ];
  return {
    kind: 'phrase',
    id: data.id,
    phase: 'lexical',
    targets: data.category,
    description: data.description ?? `User rule: ${data.category} phrases and patterns from the config.`,
    examples: { match: [], noMatch: [] },
    patterns: [...phrases, ...patterns],
    phrases: groups.filter((group) => group.patterns.length > 0),
  };
}
