import { keep, type DocumentRule, type RuleVerdict } from '../rule.js';
import { classOf } from '../context.js';
import type { AnalysedBlock } from '../../types.js';
import { CHARACTER_CLASSES, holdsAny } from '../../features/tokenize.js';
import { DATELINE_DATE } from '../../text.js';

const MAX_WORDS = 12;
const BYLINE = /^(?:by|posted by|written by|words by|story by|from|author:?|reporting by|von|par|por|di|door)\s+\p{Lu}/iu;
const DATELINE = new RegExp(
  [
    `\\b${DATELINE_DATE}\\b`,
    // A digit later on the line; the scan from one keyword stops at the next, so it stays linear.
    '\\b(?:published|updated|posted|last updated|last modified)\\b(?:(?!\\b(?:published|updated|posted|last updated|last modified)\\b)[^\\d\\n\\r\\u2028\\u2029])*\\d',
  ].join('|'),
  'iu',
);
/** Every DATELINE match holds a digit: blocks without one (the features' bit) skip its alternatives tried at every position. */
function hasDate({ text, features }: AnalysedBlock): boolean {
  return holdsAny(features, CHARACTER_CLASSES.asciiDigit) && DATELINE.test(text);
}

/** How far from the title or body text a byline or date may be. */
const MAX_DISTANCE = 3;

/** A date among other short dated blocks is an archive or a list of posts, not a dateline. */
function isDateList(blocks: readonly AnalysedBlock[], i: number): boolean {
  return isDated(blocks[i - 1]) || isDated(blocks[i + 1]);
}

function isDated(block: AnalysedBlock | undefined): boolean {
  return block !== undefined && block.features.words <= MAX_WORDS && hasDate(block);
}

/**
 * boilerpipe's ArticleMetadataFilter: short blocks with a date or a "By ..." credit near the
 * article are its byline and dateline, kept as roles.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'article-metadata',
  phase: 'context',
  targets: 'byline',
  description: 'Short "By ..." and date blocks next to the title or body are the byline and dateline (kept).',
  patterns: [BYLINE, DATELINE],
  examples: {
    match: [
      {
        document:
          'Storm closes schools\nBy Jane Smith\nAll schools in the county will be closed on Monday after the storm brought down trees, officials said on Sunday.',
        block: 1,
        kept: true,
        role: 'byline',
      },
      {
        document:
          'Storm closes schools\nPublished 12 March 2024\nAll schools in the county will be closed on Monday after the storm brought down trees, officials said on Sunday.',
        block: 1,
        kept: true,
        role: 'dateline',
      },
    ],
    noMatch: [
      {
        document: 'Storm closes schools\nArchive\nMarch 3, 2012\nMarch 2, 2012\nMarch 1, 2012\nLinks\nContact',
        block: 3,
        kept: false,
        category: 'other',
      },
    ],
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    const anchors: number[] = [];
    decisions.forEach((d, i) => {
      if (d && (d.verdict.role === 'title' || classOf(d) === 'good')) anchors.push(i);
    });
    let next = 0;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (decisions[i]?.certainty === 'certain' || block.features.words > MAX_WORDS || block.features.words === 0) continue;
      while (next < anchors.length && anchors[next]! < i) next++;
      const near =
        (anchors[next - 1] !== undefined && i - anchors[next - 1]! <= MAX_DISTANCE) ||
        (anchors[next] !== undefined && anchors[next]! - i <= MAX_DISTANCE);
      if (!near) continue;
      if (BYLINE.test(block.text)) decided.set(i, keep('byline', 'a "By ..." credit next to the article', 'likely'));
      else if (hasDate(block) && !isDateList(blocks, i)) decided.set(i, keep('dateline', 'a date next to the article', 'likely'));
    }
    return decided;
  },
};

export default rule;
