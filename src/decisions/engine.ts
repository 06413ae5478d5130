// Rules stage -> decisions: runs the rules phase by phase and records, per block, the verdict of
// the rule that decided it.

import type { TextView, AnalysedBlock, Block, BlockDecision, ChromeCategory, Role } from '../types.js';
import { RULE_PHASES, type Certainty, type Decision, type Rule, type RuleContext, type RulePhase } from '../rules/rule.js';

const DEFAULT_CERTAINTY: Record<RulePhase, Certainty> = { role: 'certain', lexical: 'certain', statistical: 'likely', context: 'likely' };

/**
 * Runs `rules` over the blocks. Block rules decide undecided blocks, first match wins. Document
 * rules may decide or revise any block not decided with certainty. Phases after `stopBefore` are
 * skipped (the rule tester uses this to give a rule the state it runs in).
 */
export function runRules(blocks: readonly AnalysedBlock[], rules: readonly Rule[], language: string, stopBefore?: Rule, view: TextView = 'blocks'): Decision[] {
  const decisions: (Decision | undefined)[] = new Array(blocks.length).fill(undefined);
  const context: RuleContext = { blocks, decisions, language, view };
  for (const phase of RULE_PHASES) {
    for (const rule of rules) {
      if (rule.phase !== phase) continue;
      if (rule === stopBefore) return decisions as Decision[];
      const ruleContext: RuleContext = rule.options ? { ...context, options: rule.options } : context;
      if (rule.kind === 'block') {
        for (const block of blocks) {
          if (decisions[block.index]) continue;
          const verdict = rule.test(block, ruleContext);
          if (verdict) decisions[block.index] = { verdict, certainty: verdict.certainty ?? DEFAULT_CERTAINTY[phase], rule: rule.id };
        }
      } else {
        for (const [index, verdict] of rule.apply(ruleContext)) {
          if (decisions[index]?.certainty === 'certain') continue;
          decisions[index] = { verdict, certainty: verdict.certainty ?? DEFAULT_CERTAINTY[phase], rule: rule.id };
        }
      }
    }
  }
  return decisions as Decision[];
}

/**
 * Keeps every block that contains one of the user's allowed phrases (lower-case, spaces collapsed,
 * like `features.normalized`), whatever the rules said: an allow-list is the user's last word.
 */
export function applyAllowList(blocks: readonly AnalysedBlock[], decisions: (Decision | undefined)[], allow: readonly string[]): void {
  const phrases = allow.map((phrase) => phrase.toLowerCase().replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (phrases.length === 0) return;
  for (const block of blocks) {
    const phrase = phrases.find((candidate) => block.features.normalized.includes(candidate));
    if (phrase === undefined || decisions[block.index]?.verdict.kept) continue;
    decisions[block.index] = { verdict: { kept: true, role: 'body', reason: `allow-listed phrase "${phrase}"` }, certainty: 'certain', rule: 'allow-list' };
  }
}

// Every field of Block: adding one to Block fails type-checking here until decisionOf copies it.
type UncopiedBlockFields = Exclude<keyof Block, 'index' | 'text' | 'start' | 'end' | 'line' | 'endLine' | 'column' | 'split' | 'parts'>;
const allBlockFieldsCopied: [UncopiedBlockFields] extends [never] ? true : never = true;

/**
 * The block without its features, with the decision. Written field by field: `{ features, ...plain }`
 * and spreads take V8's slow generic path and were 15% of strip's time on the dev corpus.
 */
function decisionOf(block: AnalysedBlock, kept: boolean, role: Role, category: ChromeCategory | null, rule: string, reason: string): BlockDecision {
  const { index, text, start, end, line, endLine, column, split, parts } = block;
  // `parts` (wrapped view) sits after `split` in the JSON, as in the block.
  return allBlockFieldsCopied && parts === undefined
    ? { index, text, start, end, line, endLine, column, split, kept, role, category, rule, reason }
    : { index, text, start, end, line, endLine, column, split, parts, kept, role, category, rule, reason };
}

/** The final, printable decision for every block; a block no rule decided is kept as body. */
export function finalDecisions(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[]): BlockDecision[] {
  return blocks.map((block, i) => {
    const decision = decisions[i];
    if (!decision) return decisionOf(block, true, 'body', null, 'default', 'no rule decided; kept');
    const { verdict } = decision;
    return decisionOf(block, verdict.kept, verdict.kept ? verdict.role : 'chrome', verdict.kept ? null : (verdict.category ?? 'other'), decision.rule, verdict.reason);
  });
}
