// --explain: every block with a kept/dropped mark, its role or category and the deciding rule.

import type { ChalkInstance } from 'chalk';
import type { StripResult } from '../../src/types.js';

const EXCERPT = 72;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

export function formatExplain(name: string, result: StripResult, chalk: ChalkInstance): string {
  const { page, language, view } = result;
  const out: string[] = [chalk.bold.underline(name), chalk.dim(`  ${page.type} page: ${page.reason}; language ${language}, ${view} view`)];
  const width = String(result.blocks.at(-1)?.line ?? 1).length;
  for (const block of result.blocks) {
    const where = `${String(block.line).padStart(width)}:${String(block.column).padEnd(3)}`;
    const label = (block.kept ? block.role : (block.category ?? 'other')).padEnd(11);
    const head = block.kept ? chalk.green(`+ ${where} ${label}`) : chalk.red(`- ${where} ${label}`);
    const rule = chalk.cyan(block.rule.padEnd(18));
    const text = block.kept ? excerpt(block.text) : chalk.dim(excerpt(block.text));
    out.push(`${head} ${rule} ${text}`);
    out.push(`  ${' '.repeat(width + 4)} ${chalk.dim(`  ${block.reason}`)}`);
  }
  const { kept, dropped, blocks } = result.stats;
  out.push(chalk.bold(`${blocks} blocks: ${kept} kept, ${dropped} dropped`), '');
  return out.join('\n');
}
