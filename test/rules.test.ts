// The rule tester: every built-in rule must match its own `match` examples and leave its
// `noMatch` examples alone (ESLint's RuleTester, remark-lint's examples-as-tests).

import { builtinRules, checkRuleExamples, CHROME_CATEGORIES, ROLES } from '../src/index.js';

const label = (example: unknown) => (typeof example === 'string' ? example : JSON.stringify(example)).slice(0, 70);

describe.each(builtinRules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('describes itself', () => {
    expect(rule.id).toMatch(/^[a-z][a-z0-9-]+$/);
    expect(rule.description.length).toBeGreaterThan(20);
    expect([...CHROME_CATEGORIES, ...ROLES]).toContain(rule.targets);
    expect(rule.examples.match.length).toBeGreaterThan(0);
  });

  // Other rules' examples run with the hand-written statistics (text-density) rather than the
  // learned trees, so that re-fitting the model (npm run fit) cannot break a context rule's examples.
  const outcomes = checkRuleExamples(rule, builtinRules.filter((other) => other.id !== 'learned-classifier' || other === rule));
  it.each(outcomes.map((outcome) => [outcome.expected, label(outcome.example), outcome] as const))('%s: %s', (_expected, _text, outcome) => {
    expect(outcome.problem).toBeUndefined();
    if (outcome.expected === 'match') expect(outcome.verdict).toEqual(expect.objectContaining({ reason: expect.any(String) }));
    else expect(outcome.verdict).toBeNull();
    expect(outcome.passed).toBe(true);
  });
});

it('rule ids are unique', () => {
  const ids = builtinRules.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
});

it('every chrome category has a rule that targets it', () => {
  const targeted = new Set(builtinRules.map((rule) => rule.targets));
  const missing = CHROME_CATEGORIES.filter((category) => category !== 'other' && !targeted.has(category));
  expect(missing).toEqual([]);
});
