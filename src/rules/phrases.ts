// Shared machinery of the lexical rules: a phrase rule matches one of its patterns in the
// lower-cased, whitespace-collapsed text of a block that is short enough to be chrome.

import type { ChromeCategory } from '../types.js';
import type { PhraseGroup, PhraseRule, RuleExamples } from './rule.js';
import { compactLiterals, patternFacts, prefixGateOf, type PatternFacts } from './literals.js';
import { LiteralIndex } from './literal-index.js';
import { INDEX_AFTER_CALLS, enginePath, warm } from '../engine/tuning.js';

export interface PhraseRuleSpec {
  id: string;
  category: ChromeCategory;
  description: string;
  /**
   * Patterns over the normalised text (lower case, single spaces, trimmed). A pattern anchored
   * with ^...$ is a whole-block label ("comments"); an unanchored one is a phrase inside a block.
   */
  patterns: readonly RegExp[];
  /** Blocks with more words than this are never matched: long prose that mentions "subscribe" is body. */
  maxWords: number;
  examples: RuleExamples;
  /** More patterns with a word limit of their own, tried after `patterns` (a pointer that leads a long headline). */
  also?: readonly PhraseGroup[];
}

/** The pattern of the last match `matchOf` found (a verdict's reason may name it). */
let matched: RegExp | undefined;

/** The pattern whose match a search returned last. */
export function lastMatchedPattern(): RegExp | undefined {
  return matched;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A word of two letters or more: a phrase without one ("© 2024") names nothing yet. */
const LETTER_WORD = /\p{L}{2}/u;
/** Where a clause ends (a stop or comma before a space or the end, not the one in "e.w."): a stub phrase is quoted up to here. */
const CLAUSE_END = /[|·•;!?]|[.,:](?= |$)/uy;
/** Characters a cut quote does not end on. */
const QUOTE_TRAILER = ' \t\n\r\u00a0,;:|·•-';
/** A stub phrase is quoted with the words after it up to this length. */
const STUB_CHARS = 40;

/**
 * The words a match covers in `text` (from `start` to `end`): widened to whole words, so that a
 * pattern that stops inside one ("© 2" of "© 2024") is quoted as the reader wrote it; and a match
 * that names nothing ("© 2024") runs on to the end of its clause ("© 2024 example media").
 */
export function matchedPhrase(text: string, start: number, end: number): string {
  while (start > 0 && WORD_CHARACTER.test(text[start - 1]!) && WORD_CHARACTER.test(text[start]!)) start--;
  while (end < text.length && WORD_CHARACTER.test(text[end]!) && end > start && WORD_CHARACTER.test(text[end - 1]!)) end++;
  if (!LETTER_WORD.test(text.slice(start, end))) {
    for (let at = end; at < text.length && at - start <= STUB_CHARS; at++) {
      CLAUSE_END.lastIndex = at;
      if (CLAUSE_END.test(text)) {
        end = at;
        break;
      }
      if (text[at] === ' ') end = at;
      else if (at === text.length - 1) end = text.length;
    }
  }
  return text.slice(start, end);
}

/** The match of `pattern` in `text` (see `matchedPhrase`), from after its (?<skip>...) lead; undefined when none. */
function matchOf(pattern: RegExp, text: string): string | undefined {
  const found = pattern.exec(text);
  if (!found) return undefined;
  matched = pattern;
  // A pattern may lead with (?<skip>...) to reach its phrase without backtracking; the quote starts after it.
  return matchedPhrase(text, found.index + (found.groups?.skip?.length ?? 0), found.index + found[0].length);
}

export function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  for (const pattern of patterns) {
    const found = matchOf(pattern, text);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * One regular expression per flag set that matches wherever any of `patterns` does: most blocks
 * match nothing, and one combined test costs far less than thirty separate calls. Patterns with
 * capture names or back-references keep their own test (they cannot be merged).
 */
export function anyMatcher(patterns: readonly RegExp[]): (text: string) => boolean {
  // Built on the first test, not when the rule module loads: start-up parses no merged pattern
  // that a run never needs.
  let tests: RegExp[] | undefined;
  return (text) => {
    tests ??= mergedTests(patterns);
    for (const test of tests) if (test.test(text)) return true;
    return false;
  };
}

/** A named group, or a back-reference by name or number: a pattern that cannot join an alternation. */
const UNMERGEABLE = /\(\?<[^=!]|\\k<|\\[1-9]/;
const GLOBAL_OR_STICKY = /[gy]/g;

function mergedTests(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const pattern of patterns) {
    if (UNMERGEABLE.test(pattern.source)) {
      alone.push(pattern);
      continue;
    }
    const flags = pattern.flags.replace(GLOBAL_OR_STICKY, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${pattern.source})`]);
  }
  const merged = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return [...merged, ...alone];
}

/** `firstMatch(patterns, text)`, after one merged test that rules most texts out. */
export function searcher(patterns: readonly RegExp[]): (text: string) => string | undefined {
  if (patterns.length === 0) return () => undefined;
  const mightMatch = anyMatcher(patterns);
  return (text) => (mightMatch(text) ? firstMatch(patterns, text) : undefined);
}

/**
 * Which of a list of patterns can match a text: a literal index with one slot per pattern, over
 * the literals one of which every match of that pattern contains (rules/literals.ts). A search
 * tries only the patterns whose literals the text holds, and those without literals, in order: on
 * a block that holds one of a rule's literals, one short scan and a pattern or two instead of the
 * merged expression of thirty alternatives tried at every position (about 20 ns a character).
 */
export class PatternGate {
  /** Literals one of which every match of a pattern that has literals contains (what the engine indexes). */
  readonly literals: readonly string[];
  /** `firstMatch` over the patterns without required literals. */
  readonly searchUngated: (text: string) => string | undefined;
  readonly hasUngated: boolean;
  /** One merged test of the patterns without required literals. */
  private readonly ungatedMightMatch: (text: string) => boolean;
  private readonly patterns: readonly RegExp[];
  /** Bit i set when pattern i has no required literals (per 32 patterns, like the index's hits). */
  private readonly ungated: Int32Array;
  /** Built on the first search: the engine's own index asks a gate only for its literals. */
  private indexOfPatterns: LiteralIndex | undefined;
  private readonly required: readonly (readonly string[] | null)[];
  private readonly hits: Int32Array;

  /**
   * `facts[i]`: pattern i's; `compacted`: their literals, compacted. Both are the build's for the
   * built-in rules (engine/prebuilt.ts).
   */
  constructor(patterns: readonly RegExp[], facts: readonly PatternFacts[] = patterns.map(patternFacts), compacted?: readonly string[]) {
    const required = facts.map((fact) => fact.literals);
    this.patterns = patterns;
    this.required = required;
    // One mask bit per pattern, 32 to a word (LiteralIndex's layout).
    const words = Math.max(1, Math.ceil(patterns.length / 32));
    this.ungated = new Int32Array(words);
    required.forEach((literals, i) => {
      if (literals === null) this.ungated[i >>> 5]! |= 1 << (i & 31);
    });
    this.hasUngated = required.includes(null);
    this.literals = compacted ?? compactLiterals(required.flatMap((literals) => literals ?? []));
    const ungated = patterns.filter((_, i) => required[i] === null);
    const searchUngated = searcher(ungated);
    const ungatedMightMatch = anyMatcher(ungated);
    // Whole-block labels are anchored: a block that starts like none of them is not tried.
    const startsLikeOne = prefixGateOf(facts.filter((_, i) => required[i] === null).map((fact) => fact.starts));
    this.searchUngated = startsLikeOne ? (text) => (startsLikeOne(text) ? searchUngated(text) : undefined) : searchUngated;
    this.ungatedMightMatch = startsLikeOne ? (text) => startsLikeOne(text) && ungatedMightMatch(text) : ungatedMightMatch;
    this.hits = new Int32Array(words);
  }

  /** `firstMatch(patterns, text)`, trying only the patterns that can match it. */
  search(text: string): string | undefined {
    const { hits, patterns, ungated } = this;
    for (let w = 0; w < hits.length; w++) hits[w] = 0;
    this.indexOfPatterns ??= new LiteralIndex(this.required.map((literals) => literals ?? []));
    this.indexOfPatterns.scan(text, hits, 0);
    let any = 0;
    for (let w = 0; w < hits.length; w++) any |= hits[w]!;
    if (any === 0) return this.hasUngated ? this.searchUngated(text) : undefined;
    const tryUngated = this.hasUngated && this.ungatedMightMatch(text);
    // The candidates' bits, lowest (first pattern) first.
    for (let w = 0; w < hits.length; w++) {
      let candidates = hits[w]! | (tryUngated ? ungated[w]! : 0);
      while (candidates !== 0) {
        const lowest = candidates & -candidates;
        candidates ^= lowest;
        const found = matchOf(patterns[w * 32 + 31 - Math.clz32(lowest)]!, text);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }
}

/**
 * `firstMatch(patterns, text)`, for a rule the engine does not prefilter (a document rule): once it
 * has run on enough texts, each text only tries the patterns whose required literals it holds and
 * those that have none.
 */
export function patternSearch(patterns: readonly RegExp[]): (text: string) => string | undefined {
  const searchAll = searcher(patterns);
  let calls = 0;
  let gate: PatternGate | undefined;
  return (text) => {
    if (enginePath() === 'js') return searchAll(text);
    if (gate) return gate.search(text);
    if (warm(++calls, INDEX_AFTER_CALLS + 1)) gate = new PatternGate(patterns);
    return gate ? gate.search(text) : searchAll(text);
  };
}

/** `text` in quotes, cut at a word boundary to at most `max` characters. */
export function quote(text: string, max = 50): string {
  if (text.length <= max) return `"${text}"`;
  const space = text.lastIndexOf(' ', max - 1);
  let clipped = space > max / 2 ? text.slice(0, space) : text.slice(0, max - 1);
  // Trailing separators go; a loop, not /[\s,;:|·•-]+$/, which is tried at every position of a run.
  while (clipped.length > 0 && QUOTE_TRAILER.includes(clipped[clipped.length - 1]!)) clipped = clipped.slice(0, -1);
  return `"${clipped}…"`;
}

/**
 * A phrase rule, as data: its patterns and word limit, which the engine compiles (decisions/
 * phrase-matcher.ts: the literal prefilter, the gates, the indexes). `also` adds groups of patterns
 * with a word limit of their own, tried after `patterns`.
 */
export function phraseRule(spec: PhraseRuleSpec): PhraseRule {
  const phrases: PhraseGroup[] = [{ patterns: spec.patterns, maxWords: spec.maxWords }, ...(spec.also ?? [])];
  return {
    kind: 'phrase',
    id: spec.id,
    phase: 'lexical',
    targets: spec.category,
    description: spec.description,
    // Read from the spec when asked for: the built-in rules give theirs as a getter (see RuleMeta).
    get examples() {
      return spec.examples;
    },
    patterns: phrases.length === 1 ? spec.patterns : phrases.flatMap((group) => group.patterns),
    phrases,
  };
}

/** The patterns above (run on the rules' own patterns and flags), for the ReDoS check in the test suite. */
export const PHRASE_PATTERNS: readonly RegExp[] = [UNMERGEABLE, GLOBAL_OR_STICKY, WORD_CHARACTER, LETTER_WORD, CLAUSE_END];
