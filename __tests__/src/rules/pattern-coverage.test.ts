// Every pattern of a phrase rule has an example that only it matches (of the rule's patterns): a
// pattern no example reaches is untested, and one that only ever matches beside another may be
// dead. The examples are read as the rule reads them: the block's normalised text
// (`features.normalized`), in the example's language.

import { builtinRules, normaliseExample, prepare } from '../../../src/index.js';

const phraseRules = builtinRules.filter((rule) => rule.phase === 'lexical' && rule.patterns && rule.patterns.length > 0);

/** Patterns no `match` example reaches on its own, as "rule-id #index /source/". */
function uncovered(): string[] {
  const missing: string[] = [];
  for (const rule of phraseRules) {
    const patterns = rule.patterns!;
    const texts = rule.examples.match.map((example) => {
      const { document, block, language } = normaliseExample(example);
      return prepare(document, { view: 'blocks', ...(language ? { language } : {}) }).blocks[block]?.features.normalized ?? '';
    });
    patterns.forEach((pattern, index) => {
      const alone = texts.some((text) => {
        if (!new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text)) return false;
        return patterns.every((other, j) => j === index || !new RegExp(other.source, other.flags.replace(/[gy]/g, '')).test(text));
      });
      if (!alone) missing.push(`${rule.id} #${index} ${pattern}`);
    });
  }
  return missing;
}

/**
 * Patterns still without an example of their own (issue 17 item 1, part 3: shrink to nothing). The
 * test fails when one of these gets an example (delete its line) or another pattern loses its own.
 */
const STILL_UNCOVERED: readonly string[] = [];

it('every phrase pattern has a match example that only it matches', () => {
  expect(uncovered()).toEqual(STILL_UNCOVERED);
});

it('counts the patterns', () => {
  expect(phraseRules.reduce((sum, rule) => sum + rule.patterns!.length, 0)).toBeGreaterThan(250);
});
