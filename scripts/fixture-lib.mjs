// Shared by scripts/fixtures.mjs and the tests (__tests__/system/documents.test.ts, __tests__/system/regression.test.ts):
// the referee's token metric and the decision dump of fixtures/documents/<name>/.
//
// Token F1 is /work/shared/eval/score.mjs's `token` metric, reimplemented so the repo does not
// depend on a file outside it (__tests__/system/regression.test.ts checks the two agree when that file exists):
// tokens are lower-cased runs of Unicode letters/digits/combining marks (\p{L}\p{N}\p{M}), each
// Han/Hiragana/Katakana character a token of its own; precision/recall are the multiset overlap of
// the two bags; both empty -> P = R = 1; nothing predicted -> P = 0; nothing right -> 0.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const TOKEN_RE = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');

/** @param {string} text @returns {string[]} */
export function tokenize(text) {
  const m = text.match(TOKEN_RE);
  return m ? m.map((t) => t.toLowerCase()) : [];
}

function bag(tokens) {
  const counts = new Map();
  for (const t of tokens) counts.set(t, (counts.get(t) || 0) + 1);
  return counts;
}

/**
 * Token precision, recall and F1 of `predicted` against `gold`.
 * @param {string} gold @param {string} predicted
 * @returns {{ p: number, r: number, f1: number, tp: number, fp: number, fn: number }}
 */
export function tokenScore(gold, predicted) {
  const g = bag(tokenize(gold));
  const q = bag(tokenize(predicted));
  let goldCount = 0,
    predCount = 0,
    tp = 0;
  for (const v of g.values()) goldCount += v;
  for (const [k, v] of q) {
    predCount += v;
    const gv = g.get(k);
    if (gv) tp += Math.min(gv, v);
  }
  const fp = predCount - tp,
    fn = goldCount - tp;
  let p, r;
  if (fp === 0 && fn === 0) p = 1;
  else if (tp === 0 && fp === 0) p = 0;
  else p = tp / (tp + fp);
  if (fp === 0 && fn === 0) r = 1;
  else if (tp === 0 && fn === 0) r = 0;
  else r = tp / (tp + fn);
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, tp, fp, fn };
}

export const DOCUMENTS = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'fixtures', 'documents');

/**
 * The fixtures: name, input, gold (null when the document has none), meta (null when it has no
 * meta.json) and the strip() options its meta asks for.
 */
export function loadFixtures(root = DOCUMENTS) {
  return fs
    .readdirSync(root)
    .sort()
    .filter((name) => fs.existsSync(path.join(root, name, 'input.txt')))
    .map((name) => {
      const dir = path.join(root, name);
      const read = (file) => (fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), 'utf8') : null);
      const metaText = read('meta.json');
      const meta = metaText === null ? null : JSON.parse(metaText);
      return {
        name,
        dir,
        input: read('input.txt'),
        gold: read('gold.txt'),
        meta,
        options: meta && meta.view ? { view: meta.view } : {},
      };
    });
}

const excerpt = (text) => Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, 60).join('');

/**
 * One line per block of strip(input).blocks, so a changed decision is a one-line diff:
 * kept|dropped, role, category (or -), rule id, the first 60 characters of the block.
 */
export function decisionsTsv(blocks) {
  const lines = ['# kept\trole\tcategory\trule\ttext'];
  for (const b of blocks) {
    lines.push([b.kept ? 'kept' : 'dropped', b.role, b.category ?? '-', b.rule, excerpt(b.text)].join('\t'));
  }
  return lines.join('\n') + '\n';
}
