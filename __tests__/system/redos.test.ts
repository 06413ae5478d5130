// Every regular expression the built-in rules and the pipeline match text with is checked by a ReDoS
// detector (recheck: static analysis, then a fuzzer that confirms an attack string). A pattern it
// finds vulnerable (exponential or polynomial backtracking) fails the suite. redos-coverage.test.ts
// checks that no pattern in the sources is missing from the list.
//
// recheck takes ~100 s for all ~400 patterns on a 2-core machine, so the suite checks only what
// changed: __tests__/system/redos-verified.json lists the patterns (source and flags, exactly) that recheck
// found safe, with its version. A new or edited pattern is not in it and is checked here; `npm run
// redos` checks every pattern again and rewrites the list (run it after upgrading recheck), and
// `npm run redos:update` adds the new ones found safe.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { builtinRules } from '../../src/index.js';
import { cliPatterns, pipelinePatterns, rulePatterns } from './patterns.js';

const VERIFIED_FILE = join(import.meta.dirname, 'redos-verified.json');
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const checkAll = process.env.PITH_REDOS_ALL === '1';
/** PITH_REDOS_UPDATE=1: check the patterns not in the list yet and add those found safe. */
const update = process.env.PITH_REDOS_UPDATE === '1';

interface Verified {
  recheck: string;
  safe: string[];
}

const key = (pattern: RegExp): string => `/${pattern.source}/${pattern.flags}`;
const verified: Verified = JSON.parse(readFileSync(VERIFIED_FILE, 'utf8')) as Verified;
const known = new Set(checkAll || verified.recheck !== RECHECK_VERSION ? [] : verified.safe);
const patterns = [...rulePatterns, ...pipelinePatterns, ...cliPatterns];
const unchecked = patterns.filter(({ pattern }) => !known.has(key(pattern)));
const foundSafe: string[] = [];

function finding(pattern: RegExp): string {
  const diagnostics = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
  if (diagnostics.status === 'vulnerable') return `${diagnostics.complexity.summary}; attack: ${diagnostics.attack.pattern}`;
  if (diagnostics.status === 'unknown') return `not analysable: ${diagnostics.error.kind}`;
  return 'safe';
}

it('lists the patterns of every phrase rule', () => {
  const phraseRules = builtinRules.filter((rule) => rule.kind === 'phrase');
  expect(phraseRules.length).toBeGreaterThan(0);
  for (const rule of phraseRules)
    expect({ id: rule.id, patterns: (rule.patterns ?? []).length > 0 }).toEqual({ id: rule.id, patterns: true });
});

it('the list of verified patterns is sorted and holds each pattern once', () => {
  expect(verified.safe).toEqual([...new Set(verified.safe)].sort());
});

if (unchecked.length === 0) {
  it(`every pattern was verified by recheck ${RECHECK_VERSION} (npm run redos checks them again)`, () => {
    expect(patterns.every(({ pattern }) => known.has(key(pattern)))).toBe(true);
  });
} else {
  it.each(unchecked)(
    '$where is safe from ReDoS',
    ({ pattern }) => {
      expect({ pattern: pattern.source, finding: finding(pattern) }).toEqual({ pattern: pattern.source, finding: 'safe' });
      foundSafe.push(key(pattern));
    },
    60_000,
  );
}

afterAll(() => {
  // The full run rewrites the list from what it found safe (a pattern found vulnerable stays out of
  // it, so it is checked again until fixed); an update adds to it; a plain run leaves the file alone.
  if (!checkAll && !update) return;
  const current = new Set(patterns.map(({ pattern }) => key(pattern)));
  const safe = checkAll ? foundSafe : [...verified.safe.filter((entry) => current.has(entry)), ...foundSafe];
  writeFileSync(VERIFIED_FILE, JSON.stringify({ recheck: RECHECK_VERSION, safe: [...new Set(safe)].sort() }, null, 2) + '\n');
});
