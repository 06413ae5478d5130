// Every regular expression the ReDoS check (redos.test.ts) runs: the built-in rules' patterns, each
// pipeline module's list, and the CLI's pattern literals (read from its sources).
// redos-coverage.test.ts holds src/ to the lists.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { builtinRules } from '../../src/index.js';
import { SEGMENT_PATTERNS } from '../../src/blocks/segment.js';
import { WRAPPED_PATTERNS } from '../../src/blocks/wrapped.js';
import { VIEW_PATTERNS } from '../../src/blocks/view.js';
import { FEATURE_PATTERNS } from '../../src/features/features.js';
import { TOKEN_PATTERNS } from '../../src/features/tokenize.js';
import { STOPWORD_PATTERNS } from '../../src/features/stopwords.js';
import { PHRASE_PATTERNS } from '../../src/rules/phrases.js';
import { LITERAL_PATTERNS } from '../../src/rules/literals.js';
import { TEXT_PATTERNS } from '../../src/text.js';
import { PROTECT_PATTERNS } from '../../src/input/protect.js';
import { MARKDOWN_PATTERNS } from '../../src/input/markdown.js';
import { HTML2TEXT_PATTERNS } from '../../src/input/html2text.js';
import { EXPLAIN_PATTERNS } from '../../src/rules/learned/explain.js';
import { SPAN_PATTERNS } from '../../src/records/spans.js';
import { PAGE_TYPE_PATTERNS } from '../../src/rules/page-type.js';

export const rulePatterns = builtinRules.flatMap((rule) =>
  (rule.patterns ?? []).map((pattern, index) => ({ where: `${rule.id} #${index}`, pattern })),
);

const modules = {
  SEGMENT_PATTERNS,
  WRAPPED_PATTERNS,
  VIEW_PATTERNS,
  FEATURE_PATTERNS,
  TOKEN_PATTERNS,
  STOPWORD_PATTERNS,
  PHRASE_PATTERNS,
  LITERAL_PATTERNS,
  TEXT_PATTERNS,
  PROTECT_PATTERNS,
  MARKDOWN_PATTERNS,
  HTML2TEXT_PATTERNS,
  EXPLAIN_PATTERNS,
  SPAN_PATTERNS,
  PAGE_TYPE_PATTERNS,
};
export const pipelinePatterns = Object.entries(modules).flatMap(([list, patterns]) =>
  patterns.map((pattern, index) => ({ where: `${list} #${index}`, pattern })),
);

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular-expression literal in the TypeScript files under `folder` (of the project), with where it is. */
export function patternLiterals(folder: string): { where: string; pattern: RegExp }[] {
  const found: { where: string; pattern: RegExp }[] = [];
  for (const file of sourceFiles(join(root, folder))) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const end = text.lastIndexOf('/');
        const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
        found.push({ where: `${relative(root, file)}:${line + 1}`, pattern: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

/** The command line's patterns: it reads users' files (front matter, fences, pith-ignore markers). */
export const cliPatterns = patternLiterals('cli');
