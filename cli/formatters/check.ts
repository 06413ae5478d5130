// --check output: one line per chrome block, `file:line:col  category  rule-id  "excerpt"` (like
// ESLint's stylish formatter, greppable and clickable in editors), and the JSON for machines.

import type { ChalkInstance } from 'chalk';
import type { FileOutcome } from '../process-file.js';
import { excerpt } from './explain.js';

export function formatFindings(outcome: FileOutcome, chalk: ChalkInstance): string {
  const findings = outcome.findings ?? [];
  if (findings.length === 0) return '';
  const ruleWidth = Math.max(...findings.map((finding) => finding.rule.length));
  const places = findings.map((finding) => `${outcome.file}:${finding.line}:${finding.column}`);
  const placeWidth = Math.max(...places.map((place) => place.length));
  // Columns line up within a file; padding goes outside the underline so that it is not drawn.
  return findings
    .map((finding, i) => {
      const place = places[i]!;
      return `${chalk.underline(place)}${' '.repeat(placeWidth - place.length)}  ${chalk.yellow(finding.category.padEnd(11))}  ${chalk.cyan(finding.rule.padEnd(ruleWidth))}  ${chalk.dim(`"${excerpt(finding.text)}"`)}\n`;
    })
    .join('');
}

export function formatCheckTotal(blocks: number, files: number, chalk: ChalkInstance): string {
  if (blocks === 0) return '';
  return `\n${chalk.red.bold(`✖ ${blocks} chrome block${blocks === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`)} ${chalk.dim('(pith --write removes them)')}\n`;
}

export function checkJson(outcome: FileOutcome): object {
  if (outcome.error !== undefined) return { file: outcome.file, error: outcome.error };
  return { file: outcome.file, changed: outcome.changed ?? false, chrome: outcome.findings ?? [] };
}
