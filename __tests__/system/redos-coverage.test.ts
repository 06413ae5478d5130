// The ReDoS check (redos.test.ts) sees the patterns that rules and pipeline modules list
// (__tests__/system/patterns.ts). These tests find the ones that were forgotten: every regular-expression
// literal in src/ (read from the TypeScript syntax tree), and every pattern pith's sources build
// at run time and run on text while cleaning documents that reach every stage, must be listed
// (or be the merged alternation of listed ones that a phrase rule tests first).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules, normaliseExample, strip } from '../../src/index.js';
import { patternLiterals, pipelinePatterns, rulePatterns } from './patterns.js';

const listed = [...rulePatterns, ...pipelinePatterns].map(({ pattern }) => pattern);
// No regular expression here: `key` also runs inside the watched exec below.
const key = (source: string, flags: string) => `/${source}/${[...flags].filter((flag) => flag !== 'g' && flag !== 'y').join('')}`;
const listedKeys = new Set(listed.map((pattern) => key(pattern.source, pattern.flags)));
const listedSources = listed.map((pattern) => `(?:${pattern.source})`);

/** Whether `source` is an alternation of listed patterns, each as `(?:source)` (phrases.ts mergedTests). */
function isMergedListed(source: string): boolean {
  let rest = source;
  while (rest.length > 0) {
    const part = listedSources.find(
      (candidate) => rest.startsWith(candidate) && (rest.length === candidate.length || rest[candidate.length] === '|'),
    );
    if (!part) return false;
    rest = rest.slice(part.length + 1);
  }
  return true;
}

it('every regular-expression literal in src/ is listed for the ReDoS check', () => {
  const literals = patternLiterals('src');
  expect(literals.length).toBeGreaterThan(100);
  expect(
    literals
      .filter(({ pattern }) => !listedKeys.has(key(pattern.source, pattern.flags)))
      .map(({ where, pattern }) => `${where} ${pattern}`),
  ).toEqual([]);
});

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'fixtures', 'documents');
const documents = [
  ...readdirSync(fixtures).map((name) => readFileSync(join(fixtures, name, 'input.txt'), 'utf8')),
  ...builtinRules.flatMap((rule) =>
    [...rule.examples.match, ...rule.examples.noMatch].map((example) => normaliseExample(example).document),
  ),
  'Sturm schließt Schulen\nAlle Schulen im Landkreis bleiben am Montag geschlossen, nachdem der Sturm Bäume und Stromleitungen in der ganzen Region umgeworfen hatte, teilten die Behörden am Sonntagabend mit.\nJetzt Abo abschließen und weiterlesen.',
  '暴风雨导致全县学校停课\n官员周日晚上表示，由于暴风雨刮倒了整个地区的树木和电线，全县所有学校将于周一停课。\n订阅我们的新闻通讯。',
];

it('every pattern pith builds at run time and runs on text is listed for the ReDoS check', () => {
  const unlisted = new Set<string>();
  const seen = new WeakSet<RegExp>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    if (!seen.has(this)) {
      seen.add(this);
      // The first frame outside this file and the engine's built-ins: who ran the pattern.
      const caller = (new Error().stack ?? '')
        .split('\n')
        .slice(2)
        .find((frame) => !frame.includes('redos-coverage') && frame.includes('/'));
      if (
        caller?.includes('/src/') &&
        !caller.includes('node_modules') &&
        !listedKeys.has(key(this.source, this.flags)) &&
        !isMergedListed(this.source)
      )
        unlisted.add(`${key(this.source, this.flags)} at ${caller.trim()}`);
    }
    return exec.call(this, text);
  };
  try {
    for (const document of documents) for (const view of ['blocks', 'wrapped'] as const) strip(document, { view });
  } finally {
    RegExp.prototype.exec = exec;
  }
  expect([...unlisted]).toEqual([]);
});
