// pith's library entry point: strip(text) runs input -> blocks -> features -> rules -> decisions
// -> output, all in memory. No file system, no process, no colour: the CLI adds those.

import { readSource } from './input/source.js';
import { segment } from './blocks/segment.js';
import { analyse } from './features/features.js';
import { stopwordsFor } from './features/stopwords.js';
import { builtinRules } from './rules/index.js';
import { runRules, finalDecisions } from './decisions/engine.js';
import { buildResult } from './output/result.js';
import type { Rule } from './rules/rule.js';
import type { StripOptions, StripResult } from './types.js';

export type * from './types.js';
export type { Rule, BlockRule, DocumentRule, RuleVerdict, RuleContext, RuleExample, RulePhase, Certainty, Decision } from './rules/rule.js';
export { builtinRules } from './rules/index.js';
export { RULE_PHASES } from './rules/rule.js';
export { ROLES, CHROME_CATEGORIES } from './types.js';

/** The rules a run uses: the built-in set plus the caller's, minus the disabled ones. */
export function activeRules(options: StripOptions = {}): Rule[] {
  const disabled = new Set(options.disable ?? []);
  return [...builtinRules, ...(options.rules ?? [])].filter((rule) => !disabled.has(rule.id));
}

/** Separates article text from chrome. Returns the cleaned text and a decision for every block. */
export function strip(text: string, options: StripOptions = {}): StripResult {
  const language = options.language ?? 'en';
  const source = readSource(text);
  const blocks = analyse(segment(source.lines), stopwordsFor(language));
  const decisions = runRules(blocks, activeRules(options), language);
  return buildResult(text, source, finalDecisions(blocks, decisions), language);
}
export { checkRuleExamples, type ExampleOutcome } from './rules/examples.js';
