// Every regular expression the built-in rules and the pipeline match text with is checked by a ReDoS
// detector (recheck: static analysis, then a fuzzer that confirms an attack string). A pattern it
// finds vulnerable (exponential or polynomial backtracking) fails the suite. redos-coverage.test.ts
// checks that no pattern in the sources is missing from the list.

import { checkSync } from 'recheck';
import { builtinRules } from '../src/index.js';
import { cliPatterns, pipelinePatterns, rulePatterns } from './patterns.js';

it('lists the patterns of every phrase rule', () => {
  const phraseRules = builtinRules.filter((rule) => rule.phase === 'lexical');
  expect(phraseRules.length).toBeGreaterThan(0);
  for (const rule of phraseRules) expect({ id: rule.id, patterns: (rule.patterns ?? []).length > 0 }).toEqual({ id: rule.id, patterns: true });
});

it.each([...rulePatterns, ...pipelinePatterns, ...cliPatterns])('$where is safe from ReDoS', ({ pattern }) => {
  const diagnostics = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
  const finding =
    diagnostics.status === 'vulnerable'
      ? `${diagnostics.complexity.summary}; attack: ${diagnostics.attack.pattern}`
      : diagnostics.status === 'unknown'
        ? `not analysable: ${diagnostics.error.kind}`
        : 'safe';
  expect({ pattern: pattern.source, finding }).toEqual({ pattern: pattern.source, finding: 'safe' });
}, 60_000);
