// Mutation check of the rule tests (issue 17): for each built-in rule in turn, its verdicts are
// flipped (kept <-> dropped) and, as a second mutant, relabelled (another role or chrome category);
// then every rule's examples and the fixture documents (expected.txt and decisions.tsv, with
// meta.json's view) run with the mutated rule set. A mutant that fails no expectation SURVIVED.
//
//   npm run mutate                       examples and fixtures
//   node scripts/mutate.mjs --examples   rule examples only
//   node scripts/mutate.mjs --lib DIR    the examples' checker of another build (DIR/dist/src/index.js),
//                                        e.g. an older version, for a before/after score; fixtures
//                                        still run with this build
//
// Runs over the built library: `npm run build` first (the npm script does).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinRules, stripWithRules } from '../dist/src/index.js';
import { MUTATION_KINDS, mutatedSet } from '../dist/src/rules/mutants.js';
import { decisionsTsv } from './fixture-lib.mjs';

const args = process.argv.slice(2);
const examplesOnly = args.includes('--examples');
const libAt = args.indexOf('--lib');
const lib = libAt >= 0 ? await import(resolve(args[libAt + 1], 'dist/src/index.js')) : await import('../dist/src/index.js');
const legacy = libAt >= 0 && !lib.stripWithRules;

const root = join(import.meta.dirname, '..', 'fixtures', 'documents');
const fixtures = readdirSync(root)
  .sort()
  .map((name) => {
    const dir = join(root, name);
    const meta = existsSync(join(dir, 'meta.json')) ? JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) : {};
    return {
      name,
      input: readFileSync(join(dir, 'input.txt'), 'utf8'),
      expected: readFileSync(join(dir, 'expected.txt'), 'utf8'),
      decisions: readFileSync(join(dir, 'decisions.tsv'), 'utf8'),
      options: meta.view ? { view: meta.view } : {},
    };
  });

/** The rule set of the library whose examples run, with `id`'s rule mutated (by that library's own rule objects). */
function librarySet(id, kind) {
  return mutatedSet(lib.builtinRules, id, kind);
}

/** Failed example expectations of every rule under the rule set `rules`. */
function exampleFailures(rules) {
  const failed = [];
  for (const rule of rules) {
    // The old tester (before issue 17) ran the examples without the learned trees, and took a rule set.
    const set = legacy ? rules.filter((other) => other.id !== 'learned-classifier' || other === rule) : rules;
    for (const outcome of lib.checkRuleExamples(rule, set)) if (!outcome.passed) failed.push(`${rule.id} ${outcome.expected}`);
  }
  return failed;
}

function fixtureFailures(rules) {
  const failed = [];
  for (const fixture of fixtures) {
    const result = stripWithRules(fixture.input, fixture.options, rules);
    if (result.text !== fixture.expected) failed.push(`${fixture.name} text`);
    if (decisionsTsv(result.blocks) !== fixture.decisions) failed.push(`${fixture.name} decisions`);
  }
  return failed;
}

const started = Date.now();
const baseline = { examples: exampleFailures(lib.builtinRules), fixtures: examplesOnly ? [] : fixtureFailures(builtinRules) };
if (baseline.examples.length + baseline.fixtures.length > 0) {
  console.error(
    `unmutated rules already fail ${baseline.examples.length} example and ${baseline.fixtures.length} fixture expectations; fix those first`,
  );
  process.exit(2);
}

const rows = [];
for (const rule of lib.builtinRules) {
  for (const kind of MUTATION_KINDS) {
    const examples = exampleFailures(librarySet(rule.id, kind)).length;
    const documents = examplesOnly ? 0 : fixtureFailures(mutatedSet(builtinRules, rule.id, kind)).length;
    rows.push({ rule: rule.id, kind, examples, documents, killed: examples + documents > 0 });
  }
}

const width = Math.max(...rows.map((row) => row.rule.length));
for (const row of rows) {
  console.log(
    `${row.killed ? 'killed  ' : 'SURVIVED'}  ${row.rule.padEnd(width)}  ${row.kind.padEnd(7)}  examples failed ${String(row.examples).padStart(4)}${examplesOnly ? '' : `  fixtures failed ${String(row.documents).padStart(3)}`}`,
  );
}
const killed = rows.filter((row) => row.killed).length;
const byExamples = rows.filter((row) => row.examples > 0).length;
console.log(
  `\nmutation score ${killed}/${rows.length} (${byExamples}/${rows.length} killed by the rule examples${examplesOnly ? '' : ', the rest by the fixtures'}${legacy ? '; examples by the old tester' : ''}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(killed === rows.length ? 0 : 1);
