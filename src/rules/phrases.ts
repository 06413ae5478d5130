// Shared machinery of the lexical rules: a phrase rule matches one of its patterns in the
// lower-cased, whitespace-collapsed text of a block that is short enough to be chrome.

import type { AnalysedBlock, ChromeCategory } from '../types.js';
import { chrome, type BlockRule, type RuleExample } from './rule.js';
import { compactLiterals, requiredLiterals } from './literals.js';
import { LiteralIndex } from './literal-index.js';

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
  examples: { match: readonly RuleExample[]; noMatch: readonly RuleExample[] };
}

export function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    // A pattern may lead with (?<skip>...) to reach its phrase without backtracking; the quote starts after it.
    if (found) return found[0].slice(found.groups?.skip?.length ?? 0);
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
  return (text) => (tests ??= mergedTests(patterns)).some((test) => test.test(text));
}

function mergedTests(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const pattern of patterns) {
    if (/\(\?<[^=!]|\\k<|\\[1-9]/.test(pattern.source)) {
      alone.push(pattern);
      continue;
    }
    const flags = pattern.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${pattern.source})`]);
  }
  const merged = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return [...merged, ...alone];
}

/** `firstMatch(patterns, text)`, after one merged test that rules most texts out. */
function searcher(patterns: readonly RegExp[]): (text: string) => string | undefined {
  const mightMatch = anyMatcher(patterns);
  return (text) => (mightMatch(text) ? firstMatch(patterns, text) : undefined);
}

interface LiteralSplit {
  /** Literals one of which every match of a pattern that has literals contains. */
  literals: string[];
  /** The search over the patterns without required literals, which are tried on every text. */
  searchUngated: (text: string) => string | undefined;
}

function splitByLiterals(patterns: readonly RegExp[]): LiteralSplit {
  const literals: string[] = [];
  const ungated: RegExp[] = [];
  for (const pattern of patterns) {
    const required = requiredLiterals(pattern);
    if (required) literals.push(...required);
    else ungated.push(pattern);
  }
  return { literals: compactLiterals(literals), searchUngated: searcher(ungated) };
}

/** Texts searched before a literal index is worth building (it loads a regex parser). */
const INDEX_AFTER_CALLS = 256;

/**
 * `firstMatch(patterns, text)`, for a rule the engine does not prefilter (a document rule): once it
 * has run on enough texts, texts holding none of the patterns' required literals only try the
 * patterns that have none.
 */
export function patternSearch(patterns: readonly RegExp[]): (text: string) => string | undefined {
  const searchAll = searcher(patterns);
  let calls = 0;
  let gate: { index: LiteralIndex; searchUngated: (text: string) => string | undefined; hits: Int32Array } | undefined;
  return (text) => {
    if (!gate && ++calls > INDEX_AFTER_CALLS) {
      const { literals, searchUngated } = splitByLiterals(patterns);
      gate = { index: new LiteralIndex([literals]), searchUngated, hits: new Int32Array(1) };
    }
    if (gate) {
      gate.hits[0] = 0;
      gate.index.scan(text, gate.hits, 0);
      if (gate.hits[0] === 0) return gate.searchUngated(text);
    }
    return searchAll(text);
  };
}

export function quote(text: string, max = 40): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${clipped}"`;
}

export function phraseRule(spec: PhraseRuleSpec): BlockRule {
  const searchAll = searcher(spec.patterns);
  // Patterns without required literals (whole-block labels such as "^ad$") are tried on every
  // block; the others only on blocks that hold one of the rule's literals.
  let split: LiteralSplit | undefined;
  const gate = () => (split ??= splitByLiterals(spec.patterns));
  return {
    kind: 'block',
    id: spec.id,
    phase: 'lexical',
    targets: spec.category,
    description: spec.description,
    examples: spec.examples,
    patterns: spec.patterns,
    maxWords: spec.maxWords,
    requiredLiterals: () => gate().literals,
    test(block: AnalysedBlock, _context, hasLiteral = true) {
      if (block.features.words > spec.maxWords) return null;
      const text = block.features.normalized;
      const found = hasLiteral ? searchAll(text) : gate().searchUngated(text);
      return found === undefined ? null : chrome(spec.category, `${spec.category} phrase ${quote(found.trim())}`);
    },
  };
}
