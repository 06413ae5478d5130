// `pith rules`: the rule set as a table or as JSON.

import type { Rule } from '../../src/rules/rule.js';

export interface RuleListing {
  id: string;
  phase: string;
  targets: string;
  description: string;
  enabled: boolean;
}

export function listing(rules: readonly Rule[], enabled: ReadonlySet<string>): RuleListing[] {
  return rules.map((rule) => ({ id: rule.id, phase: rule.phase, targets: rule.targets, description: rule.description, enabled: enabled.has(rule.id) }));
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
