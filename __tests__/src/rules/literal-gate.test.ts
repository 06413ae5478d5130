// The lexical rules' prefilter: the literals found in each pattern, the one-pass index that finds
// them in a block, and the engine's promise that the prefilter never changes a decision.

import fc from 'fast-check';
import { compactLiterals, prefixGate, requiredLiterals } from '../../../src/rules/literals.js';
import { LiteralIndex } from '../../../src/rules/literal-index.js';
import { firstMatch, patternSearch } from '../../../src/rules/phrases.js';
import { computeFacts, patternKey } from '../../../src/rules/literals.js';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { runRules } from '../../../src/decisions/engine.js';
import { withEnginePath } from '../../../src/engine/tuning.js';
import { builtinRules, normaliseExample, prepare, userRule } from '../../../src/index.js';

// Characters to sample a Unicode property class from: letters of several scripts and cases, digits, space and punctuation.
const PROPERTY_SAMPLE = [...'aqzAQZäéßÄÉжЖ日한0٣ .-'];

/**
 * What fast-check can generate for a pattern's matches, or null where it cannot (look-arounds).
 * `\b` is dropped, which only widens what matches. A property class (`\p{L}`, `\P{N}`) becomes the
 * characters of PROPERTY_SAMPLE it holds: fast-check would build the whole Unicode set for each
 * pattern (most of this file's time), and a class never gives a literal, so what the literals are
 * sound for does not depend on which characters it offers.
 */
function matchingStrings(pattern: RegExp): fc.Arbitrary<string> | null {
  let source = '';
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const char = pattern.source[i]!;
    if (char === '\\') {
      const property = /^[pP]\{[^}]+\}/.exec(pattern.source.slice(i + 1));
      if (property && pattern.flags.includes('u')) {
        const test = new RegExp(`\\${property[0]}`, 'u');
        const sample = PROPERTY_SAMPLE.filter((c) => test.test(c))
          .map((c) => (/[\w\s]/.test(c) || c > '~' ? c : `\\${c}`))
          .join('');
        source += inClass ? sample : `[${sample}]`;
        i += property[0].length;
      } else if (pattern.source[i + 1] === 'b' && !inClass) i++;
      else source += char + (pattern.source[++i] ?? '');
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    source += char;
  }
  try {
    return fc.stringMatching(new RegExp(source, pattern.flags.replace(/[gy]/g, '')));
  } catch {
    return null;
  }
}

describe('requiredLiterals', () => {
  it.each([
    // Literals are cut to 8 characters: a prefix of a required string is required too.
    [/\bsubscribe (?:now|today)\b/, ['subscrib']],
    // The longer cross product beats ["subscrip", "trial"]: longer literals open the gate less often.
    [/\b(?:start|begin) (?:your )?(?:subscription|trial)\b/, ['start yo', 'start su', 'start tr', 'begin yo', 'begin su', 'begin tr']],
    [
      /\b(?:start|begin|get|try|renew|upgrade) (?:your |a |an )?(?:free |digital |premium |\w+ premium )?(?:subscription|trial)\b/,
      ['subscrip', 'trial'],
    ],
    // Symbols are rare in prose: one alone is a literal worth indexing.
    [/\w+@\w+/, ['@']],
    [/^(?:[\p{L}&' -]{1,30} ?[>»›/] ?){2,8}[\p{L}&' -]{1,40}$/u, ['>', '»', '›', '/']],
    [/cookies?/, ['cookie']], // "cookies" contains "cookie"
    [/^COOKIE (?:policy|notice)$/i, ['cookie p', 'cookie n']],
    [/\bsign(?: |-)?up for\b/, ['signup f', 'sign up ', 'sign-up ']],
  ])('%s needs one of %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)?.sort()).toEqual([...expected].sort());
  });

  it.each([/^(?:ad|ads)$/, /\w+ \w+/, /(?:^|\s)\d{4}/, /a*b*c*/])('%s has no useful literal, so it is always tried', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });

  it('keeps the shortest literals and cuts long ones to a prefix', () => {
    expect(compactLiterals(['newsletter sign-up', 'newsletter', 'inbox', 'straight to your inbox']).sort()).toEqual(['inbox', 'newslett']);
    expect(compactLiterals(['subscribe to continue reading'])).toEqual(['subscrib']);
  });

  // Every string a built-in pattern matches holds one of its literals. fast-check generates the
  // strings (matchingStrings: \b dropped, classes sampled).
  const gated = builtinRules.flatMap((rule) => (rule.patterns ?? []).map((pattern) => ({ rule: rule.id, pattern })));
  const generators = gated.flatMap(({ rule, pattern }) => {
    const literals = requiredLiterals(pattern);
    if (!literals) return [];
    const strings = matchingStrings(pattern);
    return strings ? [{ rule, pattern, literals, strings }] : [];
  });

  it('covers most built-in patterns with a generator', () => {
    expect(generators.length).toBeGreaterThan(gated.length / 2);
  });

  it('is sound: every match of a built-in pattern contains one of its literals', () => {
    for (const { pattern, literals, strings } of generators) {
      fc.assert(
        fc.property(strings, (text) => literals.some((literal) => text.includes(literal))),
        { numRuns: 30, seed: 7, examples: [] },
      );
      expect(pattern).toBeDefined();
    }
  });
});

describe('prefixGate', () => {
  it('lets through the texts an anchored label can match, and few others', () => {
    const gate = prefixGate([/^(?:ad|ads|advertisement)$/, /^\d+ (?:shares|likes)\b/, /^(?:x|e-?mail)(?: this)?$/])!;
    for (const text of ['ad', 'ads', 'advertisement', '12 shares', '3 likes', 'x', 'x this', 'email', 'e-mail'])
      expect(gate(text)).toBe(true);
    for (const text of ['', 'the ad', 'a', 'bad', 'shares 12', 'mail']) expect(gate(text)).toBe(false);
  });

  it('is null when a pattern is not anchored, ignores case or may start with anything', () => {
    for (const pattern of [/ad/, /^ad|ads/, /^ad/i, /^\w+ shares/, /^(?:ad)?$/, /^.+$/m]) expect(prefixGate([pattern])).toBeNull();
  });

  // Every string a built-in label matches passes its gate (fast-check generates them; \b dropped).
  const labels = builtinRules.flatMap((rule) =>
    (rule.patterns ?? []).filter((pattern) => pattern.source.startsWith('^') && prefixGate([pattern])),
  );
  it('covers the built-in whole-block labels', () => {
    expect(labels.length).toBeGreaterThan(10);
  });

  const labelGenerators = labels.flatMap((pattern) => {
    const strings = matchingStrings(pattern);
    return strings ? [{ pattern, gate: prefixGate([pattern])!, strings }] : [];
  });

  it('is sound: every match of a built-in label passes', () => {
    expect(labelGenerators.length).toBeGreaterThan(labels.length / 2);
    for (const { pattern, gate, strings } of labelGenerators) {
      fc.assert(
        fc.property(strings, (text) => !pattern.test(text) || gate(text)),
        { numRuns: 50, seed: 11, examples: [] },
      );
    }
  });
});

describe('LiteralIndex', () => {
  const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', ' ', '日'), minLength: 1, maxLength: 4 });

  it('finds exactly the slots whose literals occur in a text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(letters, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', ' ', '日', 'x'), maxLength: 30 }),
        (slots, text) => {
          const index = new LiteralIndex(slots);
          const hits = new Int32Array(index.words);
          index.scan(text, hits, 0);
          slots.forEach((literals, slot) => {
            const found = (hits[(slot / 32) | 0]! & (1 << (slot % 32))) !== 0;
            expect(found).toBe(literals.some((literal) => text.includes(literal)));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the engine with the prefilter', () => {
  // Documents long enough for the engine to index them, from the rules' own examples and prose.
  const exampleLines = builtinRules.flatMap((rule) =>
    [...rule.examples.match, ...rule.examples.noMatch].flatMap((example) => normaliseExample(example).document.split('\n')),
  );
  // A config's own rules go through the same compiled path: phrases (gated by the index) and patterns over the text as written.
  const house = userRule({
    id: 'house',
    category: 'donation',
    phrases: ['Support our  journalism', 'tip jar', 'ok'],
    patterns: ['^\\s*share\\b', 'related\\s{2}'],
  });

  it('decides every block as it would without it (js and wasm paths pinned)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...exampleLines, 'Please support our journalism today.', 'Tip jar', 'Share  this', 'related  stories'), {
          minLength: 40,
          maxLength: 90,
        }),
        (lines) => {
          const { blocks, language, view } = prepare(lines.join('\n'));
          const verdicts = (path: 'js' | 'wasm') =>
            withEnginePath(path, () =>
              runRules({ blocks, rules: [house, ...builtinRules], language, view }).decisions.map(
                (decision) => decision && [decision.rule, decision.verdict.kept, decision.verdict.reason],
              ),
            );
          expect(verdicts('wasm')).toEqual(verdicts('js'));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('patternSearch', () => {
  it('finds what firstMatch finds, before and after it indexes the literals, and on each pinned path', () => {
    const patterns = builtinRules.find((rule) => rule.id === 'image-credit')!.patterns!;
    const texts = builtinRules
      .flatMap((rule) => [...rule.examples.match, ...rule.examples.noMatch])
      .flatMap((example) => normaliseExample(example).document.split('\n'));
    const normalised = texts.map((text) => text.toLowerCase());
    for (const path of ['auto', 'js', 'wasm'] as const) {
      const search = patternSearch(patterns);
      // Enough calls to pass the point where it builds its index, several times over.
      withEnginePath(path, () => {
        for (let round = 0; round < 3; round++) for (const text of normalised) expect(search(text)).toBe(firstMatch(patterns, text));
      });
    }
    expect(normalised.length * 3).toBeGreaterThan(256);
    expect(normalised.some((text) => firstMatch(patterns, text) !== undefined)).toBe(true);
  });
});

describe('the literal facts the build writes (dist/src/rules/literal-facts.json)', () => {
  const file = new URL('../../../dist/src/rules/literal-facts.json', import.meta.url);
  (existsSync(file) ? it : it.skip)('hold, for every built-in pattern, what the syntax tree says', () => {
    const facts = createRequire(import.meta.url)(file.pathname) as Record<string, unknown>;
    const patterns = builtinRules.flatMap((rule) => rule.patterns ?? []);
    for (const pattern of patterns)
      expect([patternKey(pattern), facts[patternKey(pattern)]]).toEqual([patternKey(pattern), computeFacts(pattern)]);
  });
});
