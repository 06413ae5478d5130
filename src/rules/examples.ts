// Runs a rule's examples through the whole pipeline, the way ESLint's RuleTester runs `valid` /
// `invalid` cases and checks their `errors`: each example states what becomes of its block (kept
// or dropped, role or category), and for a `match` example that this rule decided it. Pure, so
// that a user's rules can be checked the same way as the built-in ones (`checkRuleExamples`).

import type { BlockDecision, ChromeCategory, Role, StripResult, TextView } from '../types.js';
import type { StripOptions } from '../options.js';
import type { ExampleExpectation, Rule, RuleExample } from './rule.js';
import { repeatedLineList } from '../records/line-counts.js';

/** What an example expects of its block, filled in from the rule for a plain-string example. */
export interface ExpectedOutcome {
  kept?: boolean;
  category?: ChromeCategory;
  role?: Role;
  /** `match`: this rule decided the block; `noMatch`: some other rule did. */
  decidedBy: { rule: string } | { notRule: string };
}

export interface ExampleOutcome {
  example: RuleExample;
  expected: 'match' | 'noMatch';
  view: TextView;
  expectation: ExpectedOutcome;
  /** The decision the pipeline made for the example's block (null when the example is malformed). */
  decision: BlockDecision | null;
  passed: boolean;
  /** Why it failed: the example is malformed (names a block that does not exist), or what differs. */
  problem?: string;
}

export interface CheckOptions {
  /**
   * The rule set the examples run with. Default: the built-in rules, with `rule` in place of the
   * built-in rule of its id, or before them (as a config's own rules run) when it is new.
   */
  rules?: readonly Rule[];
  /** The language of examples that state none; default: detected per example, as `strip` does. */
  language?: string;
  /** Only these views (the examples' own `views` still apply). */
  views?: readonly TextView[];
}

/** Runs the pipeline with an exact rule set: `strip` with `activeRules` replaced (index.ts). */
export type PipelineRunner = (text: string, options: StripOptions, rules: readonly Rule[]) => StripResult;

interface NormalisedExample extends ExampleExpectation {
  document: string;
  block: number;
  /** A one-block example (a `text` or a plain string). */
  single: boolean;
}

export function normaliseExample(example: RuleExample): NormalisedExample {
  if (typeof example === 'string') return { document: example, block: 0, single: true };
  if ('text' in example) {
    const { text, ...rest } = example;
    return { ...rest, document: text, block: 0, single: true };
  }
  return { ...example, single: false };
}

/** What a `match` example of `rule` expects when it states nothing: dropped with its category, or kept with its role. */
export function defaultExpectation(rule: Rule): { kept: boolean; category?: ChromeCategory; role?: Role } {
  return isRole(rule.targets) ? { kept: true, role: rule.targets } : { kept: false, category: rule.targets };
}

const ROLE_TARGETS: ReadonlySet<string> = new Set(['title', 'standfirst', 'byline', 'dateline', 'caption', 'body']);
function isRole(target: Rule['targets']): target is Exclude<Role, 'chrome'> {
  return ROLE_TARGETS.has(target);
}

/** The example's stated outcome (or the default for a plain one), for listings and for the checker. */
export function expectationOf(rule: Rule, example: RuleExample, expected: 'match' | 'noMatch'): ExpectedOutcome {
  const stated = normaliseExample(example);
  const decidedBy = expected === 'match' ? { rule: rule.id } : { notRule: rule.id };
  if (stated.kept === undefined) return expected === 'match' ? { ...defaultExpectation(rule), decidedBy } : { decidedBy };
  return {
    kept: stated.kept,
    ...(stated.category !== undefined ? { category: stated.category } : {}),
    ...(stated.role !== undefined ? { role: stated.role } : {}),
    decidedBy,
  };
}

/** The views an example runs in: a one-block example in both, a document in the block view, unless it says. */
export function viewsOf(example: RuleExample): readonly TextView[] {
  const stated = normaliseExample(example);
  return stated.views ?? (stated.single ? ['blocks', 'wrapped'] : ['blocks']);
}

/** The rule set an example of `rule` runs with. */
export function ruleSetFor(rule: Rule, builtin: readonly Rule[], given?: readonly Rule[]): Rule[] {
  const base = given ?? builtin;
  return base.some((other) => other.id === rule.id) ? base.map((other) => (other.id === rule.id ? rule : other)) : [rule, ...base];
}

function differences(expectation: ExpectedOutcome, decision: BlockDecision): string[] {
  const found: string[] = [];
  if (expectation.kept !== undefined && decision.kept !== expectation.kept)
    found.push(`kept ${decision.kept}, expected ${expectation.kept}`);
  if (expectation.role !== undefined && decision.role !== expectation.role)
    found.push(`role ${decision.role}, expected ${expectation.role}`);
  if (expectation.category !== undefined && decision.category !== expectation.category)
    found.push(`category ${decision.category ?? 'none'}, expected ${expectation.category}`);
  const by = expectation.decidedBy;
  if ('rule' in by && decision.rule !== by.rule) found.push(`decided by ${decision.rule}, expected ${by.rule}`);
  if ('notRule' in by && decision.rule === by.notRule) found.push(`decided by ${decision.rule} itself`);
  return found;
}

/** Runs one example in one view and compares the named block's decision with what the example states. */
export function checkExample(
  run: PipelineRunner,
  rule: Rule,
  example: RuleExample,
  expected: 'match' | 'noMatch',
  view: TextView,
  rules: readonly Rule[],
  language?: string,
): ExampleOutcome {
  const stated = normaliseExample(example);
  const expectation = expectationOf(rule, example, expected);
  const disabled = new Set(stated.disable ?? []);
  const lang = stated.language ?? language;
  const result = run(
    stated.document,
    { view, ...(lang ? { language: lang } : {}), ...(stated.repeated ? { repeatedLines: repeatedLineList(stated.repeated) } : {}) },
    disabled.size ? rules.filter((other) => !disabled.has(other.id)) : rules,
  );
  const fail = (problem: string, decision: BlockDecision | null = null): ExampleOutcome => ({
    example,
    expected,
    view,
    expectation,
    decision,
    passed: false,
    problem,
  });
  const decision = result.blocks[stated.block];
  if (!decision) return fail(`example has ${result.blocks.length} blocks in the ${view} view, no block ${stated.block}`);
  if (stated.single && result.blocks.length !== 1)
    return fail(`a one-block example is ${result.blocks.length} blocks in the ${view} view`, decision);
  const found = differences(expectation, decision);
  return found.length ? fail(found.join('; '), decision) : { example, expected, view, expectation, decision, passed: true };
}

/** Every example of `rule`, in each of its views, through `run` with the rule set `rules`. */
export function checkExamplesWith(run: PipelineRunner, rule: Rule, rules: readonly Rule[], options: CheckOptions = {}): ExampleOutcome[] {
  const outcomes: ExampleOutcome[] = [];
  for (const [expected, examples] of [
    ['match', rule.examples.match],
    ['noMatch', rule.examples.noMatch],
  ] as const) {
    for (const example of examples) {
      for (const view of viewsOf(example)) {
        if (options.views && !options.views.includes(view)) continue;
        outcomes.push(checkExample(run, rule, example, expected, view, rules, options.language));
      }
    }
  }
  return outcomes;
}
