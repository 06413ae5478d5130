// Runs a rule on its own examples, the way ESLint's RuleTester runs `valid`/`invalid` cases.
// Pure, so that a user's rules can be checked the same way as the built-in ones.

import { readSource } from '../input/source.js';
import { segment } from '../blocks/segment.js';
import { analyse } from '../features/features.js';
import { stopwordsFor } from '../features/stopwords.js';
import { runRules } from '../decisions/engine.js';
import type { Rule, RuleContext, RuleExample, RuleVerdict } from './rule.js';

export interface ExampleOutcome {
  example: RuleExample;
  expected: 'match' | 'noMatch';
  verdict: RuleVerdict | null;
  passed: boolean;
  /** Set when the example itself is malformed (e.g. names a block that does not exist). */
  problem?: string;
}

/** The verdict `rule` gives the example's block, in the state the rules before it leave. */
export function verdictOn(rule: Rule, example: RuleExample, ruleSet: readonly Rule[], language = 'en'): { verdict: RuleVerdict | null; problem?: string } {
  const { document, block } = typeof example === 'string' ? { document: example, block: 0 } : example;
  const blocks = analyse(segment(readSource(document).lines), stopwordsFor(language));
  const target = blocks[block];
  if (!target) return { verdict: null, problem: `example has ${blocks.length} blocks, no block ${block}` };
  if (typeof example === 'string' && blocks.length !== 1) return { verdict: null, problem: `a string example must be one block, got ${blocks.length}` };
  const rules = ruleSet.includes(rule) ? ruleSet : [...ruleSet, rule];
  const decisions = runRules({ blocks, rules, language, view: 'blocks', stopBefore: rule });
  const context: RuleContext = { blocks, decisions, language, view: 'blocks' };
  if (rule.kind === 'block') {
    // As the engine runs it: blocks over the rule's word limit are not asked, and the rule is told
    // whether the block holds one of its required literals (so wrong literals fail the examples).
    if (target.features.words > (rule.maxWords ?? Infinity)) return { verdict: null };
    const hasLiteral = rule.requiredLiterals ? rule.requiredLiterals().some((literal) => target.features.normalized.includes(literal)) : true;
    return { verdict: rule.test(target, context, hasLiteral) };
  }
  return { verdict: rule.apply(context).get(block) ?? null };
}

export function checkRuleExamples(rule: Rule, ruleSet: readonly Rule[], language = 'en'): ExampleOutcome[] {
  const outcomes: ExampleOutcome[] = [];
  for (const [expected, examples] of [
    ['match', rule.examples.match],
    ['noMatch', rule.examples.noMatch],
  ] as const) {
    for (const example of examples) {
      const { verdict, problem } = verdictOn(rule, example, ruleSet, language);
      const passed = problem === undefined && (expected === 'match') === (verdict !== null);
      outcomes.push({ example, expected, verdict, passed, ...(problem ? { problem } : {}) });
    }
  }
  return outcomes;
}
