// Rules stage -> decisions: runs the rules phase by phase and records, per block, the verdict of
// the rule that decided it.

import type { TextView, AnalysedBlock, Block, BlockDecision, ChromeCategory, CommentPolicy, PageKind, Role } from '../types.js';
import { LiteralIndex } from '../rules/literal-index.js';
import {
  RULE_PHASES,
  type Certainty,
  type Decision,
  type Rule,
  type RuleContext,
  type RulePhase,
  type RuleVerdict,
} from '../rules/rule.js';
import { compilePhraseRule, type CompiledPhraseRule } from '../engine/phrase-matcher.js';
import { enginePath } from '../engine/tuning.js';
import { prebuiltIndex } from '../engine/prebuilt.js';
import { classifyPage } from '../rules/page-type.js';
import { normalise } from '../text.js';
import type { RepeatedLines } from '../records/line-counts.js';

const DEFAULT_CERTAINTY: Record<RulePhase, Certainty> = { role: 'certain', lexical: 'certain', statistical: 'likely', context: 'likely' };

export interface RuleRun {
  blocks: readonly AnalysedBlock[];
  rules: readonly Rule[];
  language: string;
  view: TextView;
  /** Reader comments: dropped (default), or kept with role `comment`. */
  comments?: CommentPolicy;
  /** Lines counted across documents, for rule repeated-line. */
  repeatedLines?: RepeatedLines;
  /** Stop when this rule's turn comes (the rule tester and the model's fitting use it). */
  stopBefore?: Rule;
}

export interface RuleOutcome {
  /** decisions[i] is blocks[i]'s decision, or undefined where no rule decided. */
  decisions: (Decision | undefined)[];
  /** The kind of page, read before the context phase (`other` when the run stopped earlier). */
  page: PageKind;
}

const UNREAD_PAGE: PageKind = { type: 'other', reason: 'not read: the run stopped before the context rules' };

/**
 * Runs `rules` over the blocks. Block and phrase rules decide undecided blocks, first match wins.
 * Document rules may decide or revise any block not decided with certainty. Rules from
 * `stopBefore` on are skipped (the rule tester uses this to give a rule the state it runs in).
 */
export function runRules({ blocks, rules, language, view, comments = 'drop', repeatedLines, stopBefore }: RuleRun): RuleOutcome {
  const decisions: (Decision | undefined)[] = new Array(blocks.length).fill(undefined);
  let context: RuleContext = { blocks, decisions, language, view, comments, ...(repeatedLines ? { repeatedLines } : {}) };
  let page = UNREAD_PAGE;
  let hits: LiteralHits | null | undefined;
  for (const phase of RULE_PHASES) {
    if (phase === 'context') {
      page = classifyPage(context);
      context = { ...context, page };
    }
    for (const rule of rules) {
      if (rule.phase !== phase) continue;
      if (rule === stopBefore) return { decisions, page };
      const ruleContext: RuleContext = rule.options ? { ...context, options: rule.options } : context;
      if (rule.kind === 'phrase') {
        if (hits === undefined) hits = literalHits(blocks, decisions, rules); // once: null means no index
        const compiled = compilePhraseRule(rule);
        const slot = hits ? hits.slots.indexOf(compiled) : -1;
        const { maxWords } = compiled;
        const ask = (block: AnalysedBlock, hasLiteral: boolean): void => {
          if (decisions[block.index] || block.features.words > maxWords) return;
          decide(decisions, block.index, compiled.test(block, hasLiteral), phase, rule.id);
        };
        // A rule that only matches with its literals is asked about the blocks that hold them only.
        if (slot >= 0 && compiled.literalsOnly()) for (const index of hits!.blocksWith(slot)) ask(blocks[index]!, true);
        else for (const block of blocks) ask(block, slot < 0 || hits!.has(block.index, slot));
      } else if (rule.kind === 'block') {
        for (const block of blocks)
          if (!decisions[block.index]) decide(decisions, block.index, rule.test(block, ruleContext), phase, rule.id);
      } else {
        // forEach, not for-of: for-of makes an [index, verdict] array per entry.
        rule.apply(ruleContext).forEach((verdict, index) => {
          if (decisions[index]?.certainty === 'certain') return;
          decisions[index] = { verdict, certainty: verdict.certainty ?? DEFAULT_CERTAINTY[phase], rule: rule.id };
        });
      }
    }
  }
  return { decisions, page };
}

function decide(decisions: (Decision | undefined)[], index: number, verdict: RuleVerdict | null, phase: RulePhase, rule: string): void {
  if (verdict) decisions[index] = { verdict, certainty: verdict.certainty ?? DEFAULT_CERTAINTY[phase], rule };
}

/** Which blocks hold which phrase rules' required literals. */
class LiteralHits {
  /**
   * @param slots The compiled phrase rules, in slot order.
   * @param found Per block, `words` mask words: bit `slot` set when the block holds one of that rule's literals.
   */
  constructor(
    readonly slots: readonly CompiledPhraseRule[],
    private readonly words: number,
    private readonly found: Int32Array,
  ) {}

  has(block: number, slot: number): boolean {
    return (this.found[block * this.words + (slot >>> 5)]! & (1 << (slot & 31))) !== 0;
  }

  /** The blocks that hold one of slot's literals, in order: for a rule, a few of a page's blocks. */
  blocksWith(slot: number): number[] {
    const blocks = this.found.length / this.words;
    const holding: number[] = [];
    for (let block = 0; block < blocks; block++) if (this.has(block, slot)) holding.push(block);
    return holding;
  }
}

/** The last rule sets' literal indexes: a batch reuses one rule set for every document. */
const indexes: { slots: readonly CompiledPhraseRule[]; index: LiteralIndex }[] = [];

function literalIndexFor(slots: readonly CompiledPhraseRule[]): LiteralIndex {
  const cached = indexes.find((entry) => entry.slots.length === slots.length && entry.slots.every((rule, i) => rule === slots[i]));
  if (cached) return cached.index;
  const index = prebuiltIndex(slots) ?? new LiteralIndex(slots.map((rule) => rule.literals()));
  indexes.unshift({ slots, index });
  indexes.length = Math.min(indexes.length, 4);
  return index;
}

/** Which undecided blocks hold which phrase rules' required literals; null when not indexed. */
function literalHits(
  blocks: readonly AnalysedBlock[],
  decisions: readonly (Decision | undefined)[],
  rules: readonly Rule[],
): LiteralHits | null {
  if (enginePath() === 'js') return null;
  const slots = rules.flatMap((rule) => (rule.kind === 'phrase' ? [compilePhraseRule(rule)] : []));
  if (slots.length === 0) return null;
  // Every document is indexed, a one-line pipe too: the phrase rules see a page's first line (it may
  // be chrome, not the title), and the merged patterns they would compile instead cost a cold run
  // far more than the automata (the built-in rules' index comes from the build).
  const index = literalIndexFor(slots);
  let longest = 0;
  for (const rule of slots) longest = Math.max(longest, rule.maxWords);
  const found = new Int32Array(blocks.length * index.words);
  for (const block of blocks) {
    if (!decisions[block.index] && block.features.words <= longest) index.scan(block.features.normalized, found, block.index * index.words);
  }
  return new LiteralHits(slots, index.words, found);
}

/**
 * Keeps every block that contains one of the user's allowed phrases (lower-case, spaces collapsed,
 * like `features.normalized`), whatever the rules said: an allow-list is the user's last word.
 */
export function applyAllowList(blocks: readonly AnalysedBlock[], decisions: (Decision | undefined)[], allow: readonly string[]): void {
  const phrases = allow.map(normalise).filter(Boolean);
  if (phrases.length === 0) return;
  for (const block of blocks) {
    const phrase = phrases.find((candidate) => block.features.normalized.includes(candidate));
    if (phrase === undefined || decisions[block.index]?.verdict.kept) continue;
    decisions[block.index] = {
      verdict: { kept: true, role: 'body', reason: `allow-listed phrase "${phrase}"` },
      certainty: 'certain',
      rule: 'allow-list',
    };
  }
}

// Every field of Block: adding one to Block fails type-checking here until decisionOf copies it.
type UncopiedBlockFields = Exclude<keyof Block, 'index' | 'text' | 'start' | 'end' | 'line' | 'endLine' | 'column' | 'split' | 'parts'>;
const allBlockFieldsCopied: [UncopiedBlockFields] extends [never] ? true : never = true;

/**
 * The block without its features, with the decision. Written field by field: `{ features, ...plain }`
 * and spreads take V8's slow generic path and were 15% of strip's time on the dev corpus.
 */
function decisionOf(
  block: AnalysedBlock,
  kept: boolean,
  role: Role,
  category: ChromeCategory | null,
  rule: string,
  reason: string,
): BlockDecision {
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
    return decisionOf(
      block,
      verdict.kept,
      verdict.kept ? verdict.role : 'chrome',
      verdict.kept ? null : (verdict.category ?? 'other'),
      decision.rule,
      verdict.reason,
    );
  });
}
