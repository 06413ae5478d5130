// The mutation check, fast form (npm run mutate is the full one, with the fixture documents): each
// built-in rule with its verdicts flipped (kept <-> dropped) and relabelled (another role or
// category) must fail some rule example. A rule whose mutant passes them all has examples that do
// not pin what it decides.

import { builtinRules, checkRuleExamples, type Rule } from '../../../src/index.js';
import { MUTATION_KINDS, mutatedSet } from '../../../src/rules/mutants.js';

/** How many rules' examples the check ran: what its cost grows with (a count, not a time). */
let rulesChecked = 0;

/** Whether some example fails with `rules`: the mutated rule's own first, then every other rule's. */
function killed(id: string, rules: readonly Rule[]): boolean {
  const own = rules.find((rule) => rule.id === id)!;
  const fails = (rule: Rule) => {
    rulesChecked++;
    return checkRuleExamples(rule, { rules }).some((outcome) => !outcome.passed);
  };
  return fails(own) || rules.some((rule) => rule !== own && fails(rule));
}

it("every rule's flipped and relabelled verdicts fail some example", () => {
  const survivors = builtinRules.flatMap((rule) =>
    MUTATION_KINDS.filter((kind) => !killed(rule.id, mutatedSet(builtinRules, rule.id, kind))).map((kind) => `${rule.id} ${kind}`),
  );
  expect(survivors).toEqual([]);
  // Fast because a mutant almost always fails its own rule's examples: it stays fast while the
  // check runs few other rules' examples (no wall-time bar: timing a loaded machine is flaky).
  const mutants = builtinRules.length * MUTATION_KINDS.length;
  expect({ mutants, rulesChecked: rulesChecked <= 2 * mutants ? 'at most 2 a mutant' : rulesChecked }).toEqual({
    mutants,
    rulesChecked: 'at most 2 a mutant',
  });
});

it('an unmutated rule set passes its examples', () => {
  expect(builtinRules.flatMap((rule) => checkRuleExamples(rule).filter((outcome) => !outcome.passed))).toEqual([]);
});
