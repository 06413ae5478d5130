// Rules stage -> decisions: runs the rules phase by phase and records, per block, the verdict of
// the rule that decided it.

import type { AnalysedBlock, BlockDecision } from '../types.js';
import { RULE_PHASES, type Certainty, type Decision, type Rule, type RuleContext, type RulePhase } from '../rules/rule.js';

const DEFAULT_CERTAINTY: Record<RulePhase, Certainty> = { role: 'certain', lexical: 'certain', statistical: 'likely', context: 'likely' };

/**
 * Runs `rules` over the blocks. Block rules decide undecided blocks, first match wins. Document
 * rules may decide or revise any block not decided with certainty. Phases after `stopBefore` are
 * skipped (the rule tester uses this to give a rule the state it runs in).
 */
export function runRules(blocks: readonly AnalysedBlock[], rules: readonly Rule[], language: string, stopBefore?: Rule): Decision[] {
  const decisions: (Decision | undefined)[] = new Array(blocks.length).fill(undefined);
  const context: RuleContext = { blocks, decisions, language };
  for (const phase of RULE_PHASES) {
    for (const rule of rules) {
      if (rule.phase !== phase) continue;
      if (rule === stopBefore) return decisions as Decision[];
      if (rule.kind === 'block') {
        for (const block of blocks) {
          if (decisions[block.index]) continue;
          const verdict = rule.test(block, context);
          if (verdict) decisions[block.index] = { verdict, certainty: verdict.certainty ?? DEFAULT_CERTAINTY[phase], rule: rule.id };
        }
      } else {
        for (const [index, verdict] of rule.apply(context)) {
          if (decisions[index]?.certainty === 'certain') continue;
          decisions[index] = { verdict, certainty: verdict.certainty ?? DEFAULT_CERTAINTY[phase], rule: rule.id };
        }
      }
    }
  }
  return decisions as Decision[];
}

/** The final, printable decision for every block; a block no rule decided is kept as body. */
export function finalDecisions(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[]): BlockDecision[] {
  return blocks.map((block, i) => {
    const { features: _features, ...plain } = block;
    const decision = decisions[i];
    if (!decision) return { ...plain, kept: true, role: 'body', category: null, rule: 'default', reason: 'no rule decided; kept' };
    const { verdict } = decision;
    return {
      ...plain,
      kept: verdict.kept,
      role: verdict.kept ? verdict.role : 'chrome',
      category: verdict.kept ? null : (verdict.category ?? 'other'),
      rule: decision.rule,
      reason: verdict.reason,
    };
  });
}
