// `pith rules`: the rule set as a table or as JSON.

import type { Rule, RuleExample } from '../../src/rules/rule.js';
import { expectationOf, normaliseExample, viewsOf } from '../../src/rules/examples.js';
import type { ChromeCategory, Role, TextView } from '../../src/types.js';

/** An example as documentation: the text (or document and block) and what becomes of it. */
export interface ExampleListing {
  expected: 'match' | 'noMatch';
  text?: string;
  document?: string;
  block?: number;
  kept?: boolean;
  role?: Role;
  category?: ChromeCategory;
  /** `match`: this rule decides it; `noMatch`: another rule does. */
  decidedBy: { rule: string } | { notRule: string };
  views: readonly TextView[];
  language?: string;
  disable?: readonly string[];
}

export interface RuleListing {
  id: string;
  phase: string;
  targets: string;
  description: string;
  enabled: boolean;
  examples: ExampleListing[];
}

function exampleListing(rule: Rule, example: RuleExample, expected: 'match' | 'noMatch'): ExampleListing {
  const stated = normaliseExample(example);
  const { decidedBy, ...outcome } = expectationOf(rule, example, expected);
  return {
    expected,
    ...(stated.single ? { text: stated.document } : { document: stated.document, block: stated.block }),
    ...outcome,
    decidedBy,
    views: viewsOf(example),
    ...(stated.language ? { language: stated.language } : {}),
    ...(stated.disable ? { disable: stated.disable } : {}),
  };
}

export function listing(rules: readonly Rule[], enabled: ReadonlySet<string>): RuleListing[] {
  return rules.map((rule) => ({
    id: rule.id,
    phase: rule.phase,
    targets: rule.targets,
    description: rule.description,
    enabled: enabled.has(rule.id),
    examples: [
      ...rule.examples.match.map((example) => exampleListing(rule, example, 'match')),
      ...rule.examples.noMatch.map((example) => exampleListing(rule, example, 'noMatch')),
    ],
  }));
}

export function formatRulesTable(rows: readonly RuleListing[]): string {
  const idWidth = Math.max(...rows.map((row) => row.id.length), 2);
  const targetWidth = Math.max(...rows.map((row) => row.targets.length), 8);
  const lines = [`${'id'.padEnd(idWidth)}  ${'phase'.padEnd(11)}  ${'category'.padEnd(targetWidth)}  description`];
  for (const row of rows) {
    const off = row.enabled ? '' : ' (disabled)';
    lines.push(`${row.id.padEnd(idWidth)}  ${row.phase.padEnd(11)}  ${row.targets.padEnd(targetWidth)}  ${row.description}${off}`);
  }
  return lines.join('\n') + '\n';
}
