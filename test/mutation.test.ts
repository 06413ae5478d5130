// The mutation check, fast form (npm run mutate is the full one, with the fixture documents): each
// built-in rule with its verdicts flipped (kept <-> dropped) and relabelled (another role or
// category) must fail some rule example. A rule whose mutant passes them all has examples that do
// not pin what it decides.

import { builtinRules, checkRuleExamples, type Rule } from '../src/index.js';
import { MUTATION_KINDS, mutatedSet } from '../src/rules/mutants.js';

/** Whether some example fails with `rules`: the mutated rule's own first, then every other rule's. */
function killed(id: string, rules: readonly Rule[]): boolean {
  const own = rules.find((rule) => rule.id === id)!;
  const fails = (rule: Rule) => checkRuleExamples(rule, { rules }).some((outcome) => !outcome.passed);
  return fails(own) || rules.some((rule) => rule !== own && fails(rule));
}

it("every rule's flipped and relabelled verdicts fail some example", () => {
  const started = Date.now();
  const survivors = builtinRules.flatMap((rule) => MUTATION_KINDS.filter((kind) => !killed(rule.id, mutatedSet(builtinRules, rule.id, kind))).map((kind) => `${rule.id} ${kind}`));
  expect(survivors).toEqual([]);
  expect(Date.now() - started).toBeLessThan(15_000);
});

it('an unmutated rule set passes its examples', () => {
  expect(builtinRules.flatMap((rule) => checkRuleExamples(rule).filter((outcome) => !outcome.passed))).toEqual([]);
});
