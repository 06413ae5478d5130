// Required literals of a regular expression: a set of strings one of which occurs in every match,
// found from the pattern's syntax tree (the prefilter idea of RE2 and of code-search indexes). The
// engine uses them as a cheap gate: a lexical rule is only tested on blocks whose text contains one
// of its literals, found for all rules at once in one pass (see literal-index.ts). Most blocks hold
// none, and a regular expression with thirty alternatives tried at every position costs far more.

import { createRequire } from 'node:module';
import type { AST } from '@eslint-community/regexpp';

/** String.prototype.charCodeAt, called on a text: see text.ts. */
const charCodeAt = String.prototype.charCodeAt;

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
  for (const text of set)
    shortest = Math.min(shortest, text.length < MIN_LITERAL && text !== '' && SYMBOLS_ONLY.test(text) ? MIN_LITERAL : text.length);
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
  const { literals } = patternFacts(pattern);
  return literals && [...literals]; // a copy: the facts are shared
}

/** What the gates need to know of one pattern, read off its syntax tree. */
export interface PatternFacts {
  /** requiredLiterals(pattern). */
  readonly literals: readonly string[] | null;
  /**
   * Anchored at the start (without flags): the strings of up to PREFIX_CHARS characters that each
   * of its matches starts with. Null when it is not anchored, has flags, or has too many starts.
   */
  readonly starts: readonly string[] | null;
}

/** The key of a pattern in the precomputed facts. */
export function patternKey(pattern: RegExp): string {
  return `${pattern.flags}/${pattern.source}`;
}

let precomputed: Readonly<Record<string, PatternFacts>> | undefined;

/**
 * The built-in patterns' facts, computed by the build (scripts/literal-facts.mjs writes them into
 * dist/) and read from JSON on first use: reading the syntax trees at run time means loading a
 * regex parser and parsing every pattern, ~100 ms that a pre-commit run on one article would
 * otherwise pay. Patterns not in the file (a user's, one edited since the build, or any under the
 * test runner, which runs src/) are parsed.
 */
function precomputedFacts(): Readonly<Record<string, PatternFacts>> {
  if (!precomputed) {
    try {
      precomputed = createRequire(import.meta.url)('./literal-facts.json') as Record<string, PatternFacts>;
    } catch {
      precomputed = {};
    }
  }
  return precomputed;
}

const computed = new Map<string, PatternFacts>();

const REGEXP_SYNTAX = /[.*+?^${}()|[\]\\/]/g;

/**
 * A pattern that matches `phrase` itself (a user's phrase, normalised), with its facts known
 * without parsing it: the phrase is its required literal.
 */
export function literalPattern(phrase: string): RegExp {
  const pattern = new RegExp(phrase.replace(REGEXP_SYNTAX, '\\$&'));
  computed.set(patternKey(pattern), { literals: compactLiterals([phrase]), starts: null });
  return pattern;
}

export function patternFacts(pattern: RegExp): PatternFacts {
  const key = patternKey(pattern);
  let facts = precomputedFacts()[key] ?? computed.get(key);
  if (!facts) computed.set(key, (facts = computeFacts(pattern)));
  return facts;
}

/** The facts of a pattern from its syntax tree (the parser is loaded on first use). */
export function computeFacts(pattern: RegExp): PatternFacts {
  let tree: AST.Pattern;
  try {
    tree = regExpParser().parsePattern(pattern.source, undefined, undefined, {
      unicode: pattern.unicode,
      unicodeSets: pattern.flags.includes('v'),
    });
  } catch {
    return { literals: null, starts: null };
  }
  const top = alternation(tree.alternatives, pattern.ignoreCase);
  const chosen = better(top.exact, top.required);
  const literals = score(chosen) === -Infinity ? null : compactLiterals([...chosen!]);
  return { literals, starts: anchoredStarts(pattern, tree) };
}

/**
 * Literals longer than this are cut to their start: a prefix of a required literal is required
 * too. Eight letters still tell phrases apart ("subscrib", "newslett"), and the built-in rules'
 * automata have 5,824 states instead of 10,356 at twelve: a run on one file builds them cold
 * (~50-70 -> ~30-45 ms), for 1.6 % more regular-expression calls over the dev corpus.
 */
const MAX_LITERAL = 8;

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

// Prefix gates. A pattern anchored at the start (a whole-block label such as /^(?:share|tweet)$/)
// has no required literal, and was tried on every block: the merged test of a rule's labels cost a
// hundred nanoseconds a block. Its match is at the start of the text, and begins with one of a few
// strings of up to PREFIX_CHARS characters, found from the syntax tree: a block that begins with
// none of them is not tried.

/** Characters of a block's start a prefix gate reads. */
const PREFIX_CHARS = 3;
/** Prefix sets larger than this are not built. */
const MAX_PREFIXES = 4096;
/** Character classes larger than this are any character, for prefixes. */
const MAX_PREFIX_CLASS = 64;

/** Strings a match starts with: `done`, whole matches shorter than the budget; `open`, the known start of a longer match. */
interface Starts {
  done: Set<string>;
  open: Set<string>;
}

const ANY_START: Starts = { done: new Set(), open: new Set(['']) };

/** Appends `element`'s starts to each of `heads` (within `budget` characters), into `into`; false when the sets grow too large. */
function extend(heads: Iterable<string>, element: AST.Element, budget: number, into: Starts): boolean {
  for (const head of heads) {
    const tails = elementStarts(element, budget - head.length);
    if (!tails) return false;
    for (const tail of tails.done) {
      const text = head + tail;
      if (text.length >= budget) into.open.add(text.slice(0, budget));
      else into.done.add(text);
    }
    for (const tail of tails.open) into.open.add(head + tail);
    if (into.done.size + into.open.size > MAX_PREFIXES) return false;
  }
  return true;
}

function sequenceStarts(elements: readonly AST.Element[], budget: number): Starts | null {
  let done = new Set(['']);
  const open = new Set<string>();
  for (const element of elements) {
    const next: Starts = { done: new Set(), open };
    if (!extend(done, element, budget, next)) return null;
    done = next.done;
    if (done.size === 0) break;
  }
  return { done, open };
}

function charactersStarts(characters: readonly string[], budget: number): Starts {
  return budget <= 1
    ? { done: new Set(), open: new Set(characters.map((text) => text.slice(0, budget))) }
    : { done: new Set(characters), open: new Set() };
}

function classCharacters(node: AST.CharacterClass): string[] | null {
  if (node.negate || node.unicodeSets) return null;
  const characters: string[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') characters.push(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_PREFIX_CLASS) {
      for (let code = element.min.value; code <= element.max.value; code++) characters.push(String.fromCodePoint(code));
    } else if (element.type === 'CharacterSet' && element.kind === 'digit' && !element.negate) characters.push(...'0123456789');
    else return null;
    if (characters.length > MAX_PREFIX_CLASS) return null;
  }
  return characters;
}

/** The strings every match of `node` starts with, within `budget` (> 0) characters; null when too many. */
function elementStarts(node: AST.Element, budget: number): Starts | null {
  switch (node.type) {
    case 'Character':
      return charactersStarts([String.fromCodePoint(node.value)], budget);
    case 'CharacterClass': {
      const characters = classCharacters(node);
      return characters ? charactersStarts(characters, budget) : ANY_START;
    }
    case 'CharacterSet':
      return node.kind === 'digit' && !node.negate ? charactersStarts([...'0123456789'], budget) : ANY_START;
    case 'Assertion':
      return { done: new Set(['']), open: new Set() }; // consumes nothing (a lookaround only narrows)
    case 'Group':
    case 'CapturingGroup': {
      const all: Starts = { done: new Set(), open: new Set() };
      for (const alternative of node.alternatives) {
        const starts = sequenceStarts(alternative.elements, budget);
        if (!starts) return null;
        for (const text of starts.done) all.done.add(text);
        for (const text of starts.open) all.open.add(text);
      }
      return all;
    }
    case 'Quantifier': {
      // Repetitions past the budget's length add nothing shorter: every further one that matches
      // something moves a start into `open`.
      const all: Starts = { done: new Set(node.min === 0 ? [''] : []), open: new Set() };
      let heads = new Set(['']);
      const last = Math.min(node.max, node.min + budget + 1);
      for (let count = 1; count <= last && heads.size > 0; count++) {
        const next: Starts = { done: new Set(), open: all.open };
        if (!extend(heads, node.element, budget, next)) return null;
        heads = next.done;
        if (count >= node.min) for (const text of heads) all.done.add(text);
      }
      return all;
    }
    default:
      return ANY_START; // back-references, string alternatives
  }
}

/** PatternFacts.starts: what a match of an anchored pattern starts with; null when it cannot gate. */
/** Flags under which a pattern's syntax does not say what its match starts with. */
const UNGATED_FLAGS = /[gimvy]/;

function anchoredStarts(pattern: RegExp, tree: AST.Pattern): string[] | null {
  if (UNGATED_FLAGS.test(pattern.flags)) return null;
  const all: string[] = [];
  for (const alternative of tree.alternatives) {
    const first = alternative.elements[0];
    if (first?.type !== 'Assertion' || first.kind !== 'start') return null;
    const starts = sequenceStarts(alternative.elements, PREFIX_CHARS);
    if (!starts) return null;
    for (const text of [...starts.done, ...starts.open]) {
      if (text.length === 0) return null; // may match at the start of anything
      all.push(text);
    }
  }
  return all;
}

/**
 * A cheap test that is true for every text `patterns` can match, when each is anchored at the
 * start (^, without the m flag) and the starts of its matches are few; null otherwise. It reads
 * the text's first PREFIX_CHARS characters.
 */
export function prefixGate(patterns: readonly RegExp[]): ((text: string) => boolean) | null {
  return prefixGateOf(patterns.map((pattern) => patternFacts(pattern).starts));
}

/** `prefixGate` of patterns whose facts' `starts` are `startsByPattern`. */
export function prefixGateOf(startsByPattern: readonly (readonly string[] | null)[]): ((text: string) => boolean) | null {
  if (startsByPattern.length === 0) return null;
  // firsts[c]: 0 when no start begins with c, ANY_NEXT when c alone is one, NEXT when the next
  // characters decide: then a bit per hash of the first two (pairs) and three (triples). A hash
  // collision only lets a text through to the patterns.
  const firsts = new Uint8Array(0x10000);
  const pairs = new Uint8Array(1 << PREFIX_HASH_BITS);
  const triples = new Uint8Array(1 << PREFIX_HASH_BITS);
  for (const starts of startsByPattern) {
    if (!starts) return null;
    for (const text of starts) {
      const code = text.charCodeAt(0);
      if (text.length === 1) firsts[code] = ANY_NEXT;
      else {
        firsts[code] ||= NEXT;
        if (text.length === 2) pairs[pairHash(code, text.charCodeAt(1))] = 1;
        else triples[tripleHash(code, text.charCodeAt(1), text.charCodeAt(2))] = 1;
      }
    }
  }
  // charCodeAt.call, not text.charCodeAt (see text.ts): a gate is asked about every block.
  return (text) => {
    const code = charCodeAt.call(text, 0);
    const kind = firsts[code]; // undefined for an empty text (NaN): no start
    if (kind !== NEXT) return kind === ANY_NEXT;
    const second = charCodeAt.call(text, 1);
    return pairs[pairHash(code, second)] === 1 || triples[tripleHash(code, second, charCodeAt.call(text, 2))] === 1;
  };
}

/** Bits of the hashes of a start's first two and three characters. */
const PREFIX_HASH_BITS = 14;

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - PREFIX_HASH_BITS);
}

function tripleHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - PREFIX_HASH_BITS);
}
const NEXT = 1;
const ANY_NEXT = 2;

/** The patterns above, for the ReDoS check in the test suite. */
export const LITERAL_PATTERNS: readonly RegExp[] = [SYMBOLS_ONLY, UNGATED_FLAGS, REGEXP_SYNTAX];
