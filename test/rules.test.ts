// The rule tester: every built-in rule must match its own `match` examples and leave its
// `noMatch` examples alone (ESLint's RuleTester, remark-lint's examples-as-tests).

import { builtinRules, checkRuleExamples, CHROME_CATEGORIES, ROLES, strip } from '../src/index.js';

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

describe('a first line a phrase rule matches is chrome, not the title', () => {
  const paragraph = 'The council approved the new harbour plan on Tuesday evening after months of debate. Residents had argued about it for years. Work will start in the spring.';
  const outcome = (text: string) => strip(text).blocks.map((block) => [block.text, block.kept, block.kept ? block.role : block.category, block.rule]);

  it('drops a subscribe pitch on the first line and keeps the paragraph after it', () => {
    expect(outcome(`Subscribe now!\n${paragraph}\nShare on Facebook\n`)).toEqual([
      ['Subscribe now!', false, 'subscribe', 'subscribe-pitch'],
      [paragraph, true, 'title', 'page-title'],
      ['Share on Facebook', false, 'share', 'share-bar'],
    ]);
  });

  it('drops a one-line share button', () => {
    expect(outcome('Share on Facebook\n')).toEqual([['Share on Facebook', false, 'share', 'share-bar']]);
  });

  it('titles the headline under a chrome first line, and keeps a first line no phrase rule matches', () => {
    expect(outcome(`Skip to main content\nHarbour plan approved\n${paragraph}\n`).slice(0, 2)).toEqual([
      ['Skip to main content', false, 'navigation', 'navigation-label'],
      ['Harbour plan approved', true, 'title', 'page-title'],
    ]);
    expect(outcome(`Harbour plan approved\n${paragraph}\n`)[0]).toEqual(['Harbour plan approved', true, 'title', 'page-title']);
  });
});
