// What a rule is. Rules are plain data objects, one per file under rules/builtin/, so that they can
// be listed (`pith rules`), switched off, and tested on their own examples (__tests__/src/rules/rules.test.ts).

import type { TextView, AnalysedBlock, ChromeCategory, CommentPolicy, PageKind, Role, Verdict } from '../types.js';
import type { RepeatedLines } from '../records/line-counts.js';

/**
 * The order rules run in. Earlier phases decide with more certainty; later phases see their decisions.
 * - lexical: phrases that mark chrome of a known category (donation appeals, share bars ...).
 * - role: titles (kept). After the phrases: the title is a guess from position, and a first line a
 *   phrase rule matches ("Subscribe now!", "Skip to content") is chrome, not the title.
 * - statistical: per-block text statistics (length, stopword density, punctuation).
 * - context: document passes that use neighbours and position (jusText, boilerpipe).
 */
export type RulePhase = 'role' | 'lexical' | 'statistical' | 'context';
export const RULE_PHASES: readonly RulePhase[] = ['lexical', 'role', 'statistical', 'context'];

/**
 * How sure a decision is. Context rules may revise `likely` and `unsure` decisions; `certain`
 * ones (roles and phrase matches) stand.
 */
export type Certainty = 'certain' | 'likely' | 'unsure';

export interface RuleVerdict extends Verdict {
  certainty?: Certainty;
}

/** A decision in progress, as later rules see it. */
export interface Decision {
  verdict: RuleVerdict;
  certainty: Certainty;
  rule: string;
}

/** A rule option's value: plain JSON, so that configs can set it and a JSON Schema can describe it. */
export type RuleOptionValue = number | string | boolean | readonly string[];
export type RuleOptions = Readonly<Record<string, RuleOptionValue>>;

/** What a rule may read about the document it runs on. */
export interface RuleContext {
  readonly blocks: readonly AnalysedBlock[];
  /** decisions[i] is the current decision for blocks[i], or undefined while undecided. */
  readonly decisions: readonly (Decision | undefined)[];
  readonly language: string;
  /** How the text was laid out: one block per line, or hard-wrapped paragraphs. */
  readonly view: TextView;
  /** The running rule's options: its defaults with the user's settings on top. */
  readonly options?: RuleOptions;
  /** Reader comments: dropped, or kept with role `comment`. */
  readonly comments: CommentPolicy;
  /** The kind of page (`rules/page-type.ts`), read before the context phase; absent in earlier phases. */
  readonly page?: PageKind;
  /** Lines counted across the documents of a collection (`StripOptions.repeatedLines`); absent when none were. */
  readonly repeatedLines?: RepeatedLines;
}

/**
 * What an example says becomes of its block when the whole pipeline runs (`strip`, every rule on,
 * the learned model included): kept or dropped, with which role or chrome category. For a `match`
 * example the rule itself must decide the block so; for a `noMatch` example the block must end so
 * and another rule must have decided it.
 */
export interface ExampleExpectation {
  /** Kept in the output. A built-in rule's example always states it; a user's may leave it out (see RuleExample). */
  kept?: boolean;
  /** The chrome category of a dropped block. */
  category?: ChromeCategory;
  /** The role of the block (title, byline, body ...; 'chrome' for a dropped one). */
  role?: Role;
  /** The views the example runs in: default both for a `text` example, the block view for a `document`. */
  views?: readonly TextView[];
  /** The document's language (stopwords, thresholds); default: detected, as for any text. */
  language?: string;
  /** Rules switched off for this example (a fallback rule that decides only when another is off). */
  disable?: readonly string[];
  /** Lines the example's collection repeats: each counted as in enough documents for rule repeated-line (`repeatedLineList`). */
  repeated?: readonly string[];
}

/**
 * Examples double as documentation and tests (ESLint's RuleTester, remark-lint's `@example`):
 * - `{ text, kept, category | role }`: one block on its own (one line; one paragraph in the wrapped view).
 * - `{ document, block, kept, category | role }`: several blocks, one per line, and the block
 *   (0-based) the outcome is about, for rules that decide from context.
 * - a plain string (a user's rules; kept working): one block; as a `match` example it means "this
 *   rule decides it", dropped with the rule's category or kept with the rule's role; as a `noMatch`
 *   example, "this rule does not decide it". A document example without `kept` means the same.
 */
export type RuleExample = string | ({ text: string } & ExampleExpectation) | ({ document: string; block: number } & ExampleExpectation);

/** A rule's examples: blocks it decides (`match`) and blocks it leaves alone (`noMatch`). */
export interface RuleExamples {
  match: readonly RuleExample[];
  noMatch: readonly RuleExample[];
}

export interface RuleMeta {
  id: string;
  phase: RulePhase;
  /** The chrome category or role the rule assigns. */
  targets: ChromeCategory | Exclude<Role, 'chrome'>;
  description: string;
  /**
   * The built-in rules give theirs as a getter (`get examples() { return { match, noMatch }; }`):
   * only `pith rules` and the tests read them, and a run of pith does not build three hundred
   * example objects it never reads (nor compile the code that makes them).
   */
  examples: RuleExamples;
  /** Tunable settings (thresholds) with their defaults; a config may override them by name. */
  options?: RuleOptions;
  /** Every regular expression the rule matches text with, so the test suite can check each for ReDoS. */
  patterns?: readonly RegExp[];
}

/** A rule that looks at one undecided block at a time. */
export interface BlockRule extends RuleMeta {
  kind: 'block';
  test(block: AnalysedBlock, context: RuleContext): RuleVerdict | null;
}

/**
 * Patterns of a phrase rule with their word limit. The patterns read a block's normalised text
 * (lower case, single spaces, trimmed) unless `over` says `text` (the block as written); a pattern
 * anchored with ^...$ is a whole-block label ("comments"), an unanchored one a phrase inside a block.
 */
export interface PhraseGroup {
  readonly patterns: readonly RegExp[];
  /** Blocks of more words than this are never matched: long prose that mentions "subscribe" is body. None: no limit. */
  readonly maxWords?: number;
  /** The text the patterns read: `normalized` (the default) or `text`. */
  readonly over?: 'normalized' | 'text';
  /** The verdict's reason for a match (default: `<category> phrase "<match>"`). */
  readonly reason?: (match: string, pattern: RegExp) => string;
}

/**
 * A lexical rule given as data: groups of patterns, tried in order, the first match deciding the
 * block as `targets` chrome, with certainty. The engine compiles it (a literal prefilter over all
 * phrase rules, gates, indexes: decisions/phrase-matcher.ts); the rule says only what it matches.
 */
export interface PhraseRule extends RuleMeta {
  kind: 'phrase';
  phase: 'lexical';
  targets: ChromeCategory;
  phrases: readonly PhraseGroup[];
}

/**
 * What a document rule decided: a verdict by block index. A `Map<number, RuleVerdict>` is one (the
 * built-in rules that may decide much of a long page return an array-backed `BlockVerdicts`).
 */
export interface DocumentVerdicts {
  get(index: number): RuleVerdict | undefined;
  /** Every verdict with its block's index (a Map's order, or the blocks' order). */
  forEach(callback: (verdict: RuleVerdict, index: number) => void): void;
}

/**
 * Verdicts in an array as long as the page. On a 64,000-block page a Map of that many verdicts was
 * four times as slow per block as on a page of 4,000 (its table leaves the caches as it grows and
 * is copied each time it doubles); an array is allocated once and read in order.
 */
export class BlockVerdicts implements DocumentVerdicts {
  private readonly verdicts: (RuleVerdict | undefined)[];

  constructor(blocks: number) {
    this.verdicts = new Array<RuleVerdict | undefined>(blocks).fill(undefined);
  }

  set(index: number, verdict: RuleVerdict): this {
    this.verdicts[index] = verdict;
    return this;
  }

  get(index: number): RuleVerdict | undefined {
    return this.verdicts[index];
  }

  forEach(callback: (verdict: RuleVerdict, index: number) => void): void {
    const { verdicts } = this;
    for (let i = 0; i < verdicts.length; i++) {
      const verdict = verdicts[i];
      if (verdict !== undefined) callback(verdict, i);
    }
  }
}

/** A rule that looks at the whole document and may decide or revise several blocks. */
export interface DocumentRule extends RuleMeta {
  kind: 'document';
  apply(context: RuleContext): DocumentVerdicts;
}

export type Rule = BlockRule | DocumentRule | PhraseRule;

/** Helper for a chrome verdict. */
export function chrome(category: ChromeCategory, reason: string, certainty: Certainty = 'certain'): RuleVerdict {
  return { kept: false, role: 'chrome', category, reason, certainty };
}

/** Helper for a kept verdict. */
export function keep(role: Exclude<Role, 'chrome'>, reason: string, certainty: Certainty = 'certain'): RuleVerdict {
  return { kept: true, role, reason, certainty };
}
