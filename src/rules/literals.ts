// Required literals of a regular expression: a set of strings one of which occurs in every match,
// found from the pattern's syntax tree (the prefilter idea of RE2 and of code-search indexes). The
// engine uses them as a cheap gate: a lexical rule is only tested on blocks whose text contains one
// of its literals, found for all rules at once in one pass (see literal-index.ts). Most blocks hold
// none, and a regular expression with thirty alternatives tried at every position costs far more.

import { createRequire } from 'node:module';
import type { AST } from '@eslint-community/regexpp';

type Parser = typeof import('@eslint-community/regexpp').RegExpParser;
let parser: InstanceType<Parser> | undefined;

function regExpParser(): InstanceType<Parser> {
  // Loaded on first use: a short input never builds a gate, so start-up does not pay for it.
  const { RegExpParser } = createRequire(import.meta.url)('@eslint-community/regexpp') as { RegExpParser: Parser };
  parser ??= new RegExpParser({ ecmaVersion: 2025 });
  return parser;
}

/** Sets larger than this are not expanded (a cross product of options grows fast). */
const MAX_STRINGS = 64;
/** Literals shorter than this occur almost everywhere: no gate is better than one that always opens. */
const MIN_LITERAL = 3;
/** A character class with at most this many characters counts as a set of one-character strings. */
const MAX_CLASS = 8;

interface Strings {
  /** Every string the node can match, when there are few (null: too many or unbounded). */
  exact: Set<string> | null;
  /** Strings one of which occurs in every match of the node (null: none known). */
  required: Set<string> | null;
}

const EMPTY: Strings = { exact: new Set(['']), required: null };
const UNKNOWN: Strings = { exact: null, required: null };

// Symbols ("»", "©", "|") are rare in prose: one is as selective as a word. Sentence punctuation,
// brackets, dashes and quotes are not.
const SYMBOLS_ONLY = /^[^\p{L}\p{N}\s.,;:!?'"()\-–—‘’“”]+$/u;

/** How selective a required set is: longer shortest literal first, then fewer literals. */
function score(set: Set<string> | null): number {
  if (!set || set.size === 0) return -Infinity;
  let shortest = Infinity;
  for (const text of set) shortest = Math.min(shortest, text.length < MIN_LITERAL && text !== '' && SYMBOLS_ONLY.test(text) ? MIN_LITERAL : text.length);
  return shortest < MIN_LITERAL ? -Infinity : Math.min(shortest, 8) * 1000 - set.size;
}

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  return score(b) > score(a) ? b : a;
}

function cross(left: Set<string>, right: Set<string>): Set<string> | null {
  if (left.size * right.size > MAX_STRINGS) return null;
  const product = new Set<string>();
  for (const a of left) for (const b of right) product.add(a + b);
  return product;
}

function union(sets: readonly (Set<string> | null)[]): Set<string> | null {
  const all = new Set<string>();
  for (const set of sets) {
    if (!set) return null;
    for (const text of set) all.add(text);
  }
  return all.size > MAX_STRINGS * 4 ? null : all;
}

function classStrings(node: AST.CharacterClass, lower: boolean): Set<string> | null {
  if (node.negate || node.unicodeSets) return null;
  const characters = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') characters.add(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_CLASS) {
      for (let code = element.min.value; code <= element.max.value; code++) characters.add(String.fromCodePoint(code));
    } else return null;
    if (characters.size > MAX_CLASS) return null;
  }
  return new Set([...characters].map((text) => (lower ? text.toLowerCase() : text)));
}

function alternation(alternatives: readonly AST.Alternative[], lower: boolean): Strings {
  const branches = alternatives.map((alternative) => sequence(alternative.elements, lower));
  return {
    exact: union(branches.map((branch) => branch.exact)),
    required: union(branches.map((branch) => better(branch.exact, branch.required))),
  };
}

/** A concatenation: runs of exactly known parts multiply out; otherwise the best part's literals. */
function sequence(elements: readonly AST.Element[], lower: boolean): Strings {
  let run: Set<string> | null = new Set(['']);
  let whole: Set<string> | null = run;
  let best: Set<string> | null = null;
  for (const element of elements) {
    const part = strings(element, lower);
    // Each part alone is required too: "»" may be selective where " »" and "» " are not.
    best = better(best, better(part.required, part.exact));
    if (part.exact) {
      const grown: Set<string> | null = cross(run ?? new Set(['']), part.exact);
      if (grown) run = grown;
      else {
        best = better(best, run);
        run = part.exact;
      }
      whole = whole ? cross(whole, part.exact) : null;
    } else {
      best = better(best, run);
      run = new Set(['']);
      whole = null;
    }
  }
  return { exact: whole, required: better(best, run) };
}

function strings(node: AST.Element, lower: boolean): Strings {
  switch (node.type) {
    case 'Character': {
      const text = String.fromCodePoint(node.value);
      return { exact: new Set([lower ? text.toLowerCase() : text]), required: null };
    }
    case 'CharacterClass':
      return { exact: classStrings(node, lower), required: null };
    case 'Assertion':
      return EMPTY; // consumes nothing (lookarounds constrain, but a gate may ignore them)
    case 'Group':
    case 'CapturingGroup':
      return alternation(node.alternatives, lower);
    case 'Quantifier': {
      const inner = strings(node.element, lower);
      if (node.min === 0) return { exact: node.max === 1 && inner.exact ? union([inner.exact, new Set([''])]) : null, required: null };
      return { exact: node.min === 1 && node.max === 1 ? inner.exact : null, required: better(inner.exact, inner.required) };
    }
    default:
      return UNKNOWN; // character sets (\w, \p{L}, .), back-references, string alternatives
  }
}

/**
 * Strings one of which occurs in every match of `pattern` (lower-cased when it ignores case), or
 * null when the pattern has no useful required literals and must always be tried.
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  let tree: AST.Pattern;
  try {
    tree = regExpParser().parsePattern(pattern.source, undefined, undefined, { unicode: pattern.unicode, unicodeSets: pattern.flags.includes('v') });
  } catch {
    return null;
  }
  const top = alternation(tree.alternatives, pattern.ignoreCase);
  const chosen = better(top.exact, top.required);
  return score(chosen) === -Infinity ? null : compactLiterals([...chosen!]);
}

/** Literals longer than this are cut to their start: a prefix of a required literal is required too. */
const MAX_LITERAL = 12;

/**
 * The same gate with fewer, shorter literals: one that contains another is dropped (a block holding
 * it holds the shorter one), and the rest are cut to MAX_LITERAL characters.
 */
export function compactLiterals(literals: readonly string[]): string[] {
  const kept: string[] = [];
  for (const literal of [...new Set(literals)].sort((a, b) => a.length - b.length)) {
    if (!kept.some((shorter) => literal.includes(shorter))) kept.push(literal);
  }
  return [...new Set(kept.map((literal) => literal.slice(0, MAX_LITERAL)))];
}
