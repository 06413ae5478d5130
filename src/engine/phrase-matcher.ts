// The compiled form of a phrase rule (rules/rule.ts, PhraseRule): what the engine runs where the
// rule only says what it matches. Per group of patterns, the merged test of all its patterns (a
// short run: no regex parser, no automaton) and, once the engine indexes a document, a
// PatternGate (rules/phrases.ts): the patterns' required literals, found for all phrase rules in
// one Aho-Corasick pass per block (decisions/engine.ts), so that a block is tried only on the
// patterns whose literals it holds, and anchored labels only where the block starts like one.
// Every path gives the same verdicts (__tests__/src/rules/literal-gate.test.ts).

import type { AnalysedBlock, ChromeCategory } from '../types.js';
import { chrome, type PhraseGroup, type PhraseRule, type RuleVerdict } from '../rules/rule.js';
import { lastMatchedPattern, PatternGate, quote, searcher } from '../rules/phrases.js';
import { patternFacts, patternKey, type PatternFacts } from '../rules/literals.js';
import { enginePath } from './tuning.js';

/** A group of patterns as the build compiled it: the gate's literals and each pattern's facts. */
export interface PrebuiltGroup {
  readonly literals: readonly string[];
  readonly facts: readonly PatternFacts[];
}

class GroupMatcher {
  readonly maxWords: number;
  /** The patterns read the block as written: no literal gate (the index reads the normalised text). */
  readonly overText: boolean;
  private readonly searchAll: (text: string) => string | undefined;
  private gate: PatternGate | undefined;
  /** The group's literals and its patterns' facts, when the build's tables gave them (engine/prebuilt.ts). */
  private prebuilt: PrebuiltGroup | undefined;
  /** The pattern of the last match of a group over the text as written. */
  private matchedText: RegExp | undefined;

  constructor(
    readonly group: PhraseGroup,
    private readonly category: ChromeCategory,
  ) {
    this.maxWords = group.maxWords ?? Infinity;
    this.overText = group.over === 'text';
    this.searchAll = searcher(group.patterns);
  }

  /** Built when the engine first asks for the literals (indexing a document): a run on a user's rules loads no regex parser until then. */
  private built(): PatternGate {
    return (this.gate ??= new PatternGate(this.group.patterns, this.prebuilt?.facts, this.prebuilt?.literals));
  }

  /** Takes the group's literals and facts from the build's tables (the same as its own: the tables are keyed by the patterns). */
  adopt(prebuilt: PrebuiltGroup): void {
    this.prebuilt = prebuilt;
  }

  /**
   * What the build's tables are keyed by: how the group reads its patterns, then the patterns, a
   * line each (a pattern's source has no line break: RegExp escapes them).
   */
  signature(): string {
    let signature = this.overText ? 'text' : 'normalized';
    for (const pattern of this.group.patterns) signature += `\n${patternKey(pattern)}`;
    return signature;
  }

  literals(): readonly string[] {
    return this.overText ? [] : (this.prebuilt?.literals ?? this.built().literals);
  }

  /** The group as the build saves it (engine/prebuilt.ts). */
  compiled(): PrebuiltGroup {
    return { literals: this.literals(), facts: this.group.patterns.map(patternFacts) };
  }

  /** Whether some pattern has no required literals (it is tried on blocks that hold none). */
  hasUngated(): boolean {
    return this.overText || (this.prebuilt ? this.prebuilt.facts.some((fact) => fact.literals === null) : this.built().hasUngated);
  }

  /** The match in `block`; `hasLiteral` false: the block holds none of the rule's literals. */
  search(block: AnalysedBlock, hasLiteral: boolean): string | undefined {
    if (block.features.words > this.maxWords) return undefined;
    if (this.overText) {
      for (const pattern of this.group.patterns) {
        const found = pattern.exec(block.text);
        if (found) {
          this.matchedText = pattern;
          return found[0];
        }
      }
      return undefined;
    }
    const text = block.features.normalized;
    // Patterns without required literals (whole-block labels such as "^ad$") are tried on every
    // block; the others only on blocks that hold one of their literals.
    if (hasLiteral) return enginePath() === 'js' ? this.searchAll(text) : this.built().search(text);
    const gate = this.built();
    return gate.hasUngated ? gate.searchUngated(text) : undefined;
  }

  verdict(found: string): RuleVerdict {
    const { reason } = this.group;
    if (!reason) return chrome(this.category, `${this.category} phrase ${quote(found.trim())}`);
    return chrome(this.category, reason(found, (this.overText ? this.matchedText : lastMatchedPattern())!));
  }
}

export class CompiledPhraseRule {
  /** The largest word limit of its groups: the engine does not ask about longer blocks. */
  readonly maxWords: number;
  readonly targets: ChromeCategory;
  private readonly groups: readonly GroupMatcher[];

  constructor(rule: PhraseRule) {
    this.targets = rule.targets;
    this.groups = rule.phrases.map((group) => new GroupMatcher(group, rule.targets));
    this.maxWords = Math.max(...this.groups.map((group) => group.maxWords));
  }

  /** What the build's tables are keyed by (engine/prebuilt.ts): its groups', a blank line between two. */
  signature(): string {
    return this.groups.map((group) => group.signature()).join('\n\n');
  }

  /** Its groups as the build saves them. */
  compiled(): PrebuiltGroup[] {
    return this.groups.map((group) => group.compiled());
  }

  /** Takes each group's literals and facts from the build's tables, `groups[i]` for group i. */
  adopt(groups: readonly PrebuiltGroup[]): void {
    this.groups.forEach((group, i) => group.adopt(groups[i]!));
  }

  /** Strings one of which a block's normalised text holds whenever some pattern that has literals can match. */
  literals(): readonly string[] {
    return this.groups.length === 1 ? this.groups[0]!.literals() : this.groups.flatMap((group) => group.literals());
  }

  /** True when the rule never decides a block that holds none of `literals()`. */
  literalsOnly(): boolean {
    return !this.groups.some((group) => group.hasUngated());
  }

  /** The rule's verdict on `block`; `hasLiteral` false only when the block holds none of `literals()`. */
  test(block: AnalysedBlock, hasLiteral = true): RuleVerdict | null {
    for (const group of this.groups) {
      const found = group.search(block, hasLiteral);
      if (found !== undefined) return group.verdict(found);
    }
    return null;
  }
}

/** By the rule's groups: a rule copied with options (activeRules) keeps its compiled form, and its gates. */
const compiled = new WeakMap<readonly PhraseGroup[], CompiledPhraseRule>();

export function compilePhraseRule(rule: PhraseRule): CompiledPhraseRule {
  let done = compiled.get(rule.phrases);
  if (!done || done.targets !== rule.targets) compiled.set(rule.phrases, (done = new CompiledPhraseRule(rule)));
  return done;
}

/**
 * The verdict of a phrase rule on one block as an indexed document gives it, on its own (a
 * mutant of the rule wraps it): over its word limit, none; told whether the block holds one of
 * its literals.
 */
export function phraseVerdict(rule: PhraseRule, block: AnalysedBlock): RuleVerdict | null {
  const compiled = compilePhraseRule(rule);
  if (block.features.words > compiled.maxWords) return null;
  return compiled.test(
    block,
    compiled.literals().some((literal) => block.features.normalized.includes(literal)),
  );
}
