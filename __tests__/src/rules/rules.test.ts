// The rule tester: every built-in rule's examples run through strip() (all rules, the learned model
// included) in each view they name, and each example's block must end as the example states: for a
// `match` example decided by this rule, kept or dropped, with the stated role or category; for a
// `noMatch` example the stated outcome, decided by another rule (ESLint's RuleTester with `errors`,
// remark-lint's examples-as-tests).

import { listing } from '../../../cli/formatters/rules.js';
import {
  builtinRules,
  checkRuleExamples,
  CHROME_CATEGORIES,
  normaliseExample,
  ROLES,
  strip,
  type RuleExample,
} from '../../../src/index.js';

const label = (example: RuleExample) => {
  const { document, block } = normaliseExample(example);
  return (document.split('\n')[block] ?? document).slice(0, 70);
};

describe.each(builtinRules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('describes itself', () => {
    expect(rule.id).toMatch(/^[a-z][a-z0-9-]+$/);
    expect(rule.description.length).toBeGreaterThan(20);
    expect([...CHROME_CATEGORIES, ...ROLES]).toContain(rule.targets);
    expect(rule.examples.match.length).toBeGreaterThan(0);
  });

  it('states the outcome of every example (kept, and a role or category)', () => {
    const vague = [...rule.examples.match, ...rule.examples.noMatch].filter((example) => {
      if (typeof example === 'string' || example.kept === undefined) return true;
      return example === undefined;
    });
    expect(vague).toEqual([]);
    for (const example of rule.examples.match) {
      const stated = normaliseExample(example);
      expect(stated.kept ? stated.role : stated.category).toBeDefined();
    }
  });

  const outcomes = checkRuleExamples(rule);
  it.each(outcomes.map((outcome) => [outcome.expected, outcome.view, label(outcome.example), outcome] as const))(
    '%s (%s view): %s',
    (_expected, _view, _text, outcome) => {
      const { decision } = outcome;
      expect(outcome.problem).toBeUndefined();
      const { kept, role, category, decidedBy } = outcome.expectation;
      expect(decision).not.toBeNull();
      expect(decision!.kept).toBe(kept ?? decision!.kept);
      if (role) expect(decision!.role).toBe(role);
      if (category) expect(decision!.category).toBe(category);
      if ('rule' in decidedBy) expect(decision!.rule).toBe(decidedBy.rule);
      else expect(decision!.rule).not.toBe(decidedBy.notRule);
      expect(outcome.passed).toBe(true);
    },
  );
});

describe("checkRuleExamples on a caller's rule", () => {
  const house = {
    ...builtinRules.find((rule) => rule.id === 'share-bar')!,
    id: 'house-share',
    examples: {
      match: ['Share on Facebook', { document: 'Harbour plan approved\nShare on Facebook', block: 1 }],
      noMatch: ['Harbour plan approved'],
    },
  } as const;

  it('reads a plain string as "this rule decides it, with its category"', () => {
    const outcomes = checkRuleExamples(house);
    expect(outcomes.map((outcome) => [outcome.view, outcome.passed, outcome.decision?.rule, outcome.decision?.category])).toEqual([
      ['blocks', true, 'house-share', 'share'],
      ['wrapped', true, 'house-share', 'share'],
      ['blocks', true, 'house-share', 'share'],
      ['blocks', true, 'page-title', null],
      ['wrapped', true, 'page-title', null],
    ]);
  });

  it('fails an example whose stated outcome the pipeline does not give', () => {
    const wrong = {
      ...house,
      examples: {
        match: [{ text: 'Share on Facebook', kept: false, category: 'subscribe' as const, views: ['blocks' as const] }],
        noMatch: [],
      },
    };
    const [outcome] = checkRuleExamples(wrong);
    expect(outcome).toMatchObject({ passed: false, problem: 'category share, expected subscribe' });
  });
});

it("`pith rules --format json` lists every rule's examples with their expected outcome", () => {
  for (const row of listing(builtinRules, new Set(builtinRules.map((rule) => rule.id)))) {
    const stated = row.examples.filter(
      (example) =>
        typeof example.kept === 'boolean' &&
        (example.kept ? (example.role ?? example.expected === 'noMatch') : (example.category ?? example.expected === 'noMatch')),
    );
    expect([row.id, stated.some((example) => example.expected === 'match')]).toEqual([row.id, true]);
  }
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
  const paragraph =
    'The council approved the new harbour plan on Tuesday evening after months of debate. Residents had argued about it for years. Work will start in the spring.';
  const outcome = (text: string) =>
    strip(text).blocks.map((block) => [block.text, block.kept, block.kept ? block.role : block.category, block.rule]);

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
