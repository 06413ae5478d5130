import { stormArticle } from '../example-article.js';
import { BlockVerdicts, chrome, type DocumentRule } from '../rule.js';
import { isBody } from '../context.js';
import { CHARACTER_CLASSES, holdsAny } from '../../features/tokenize.js';
import type { AnalysedBlock } from '../../types.js';

const MAX_STAMP_WORDS = 14;
const MIN_BODY_WORDS = 60;
// At most six letters after the month's first three ("sep" + "tember"): an unbounded run was
// scanned to the end of the word from every month-like start, quadratic on a long word.
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';
const DATE = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
// The spaces before "am" / "pm" belong to it: a space run on each side of an optional group made
// "4:09" + a long run of spaces quadratic.
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?|[ap]m))?';
// "Anna — July 18th, 2012, 4:09 pm", "September 28th, 2012 at 10:11 am", "#4.1 - Wed Jul 25, 2012 11:28 AM EDT",
// "Jane Doe says:", "Reply #12".
const SIGNATURE = '^[\\p{L} .\'@_-]{1,40} (?:says|said|wrote|commented)(?: on .{1,40})?:?$';
const COMMENT_STAMP = new RegExp([`${DATE}(?:,| at| @| -|)\\s*${TIME}`, `${TIME}\\s*(?:on )?${DATE}`, SIGNATURE, '^(?:reply|permalink)\\b.{0,20}#\\d+'].join('|'), 'iu');
// COMMENT_STAMP tried at every position of every short block was 2.5% of strip's time. Every
// stamp but a signature holds a time ("4:09") or a "#12"; a signature holds " says", " said" ...
// Blocks with neither (most) skip it; blocks without the first try the signature alone, and so do
// blocks without a digit (the features' bit, not a regular-expression call).
const TIME_OR_NUMBER = /\d:\d\d|#\d/;
const SIGNATURE_WORD = / (?:sa|wrote|commented)/iu;
const SIGNATURE_ONLY = new RegExp(SIGNATURE, 'iu');

/** COMMENT_STAMP.test(block.text), after the cheap tests above. */
function isCommentStamp({ text, features }: AnalysedBlock): boolean {
  if (holdsAny(features, CHARACTER_CLASSES.asciiDigit) && TIME_OR_NUMBER.test(text)) return COMMENT_STAMP.test(text);
  return SIGNATURE_WORD.test(text) && SIGNATURE_ONLY.test(text);
}

/**
 * Reader comments run as a thread of name/date stamps. Once the article has been read, the first
 * of two or more such stamps starts the comments, which run to the end of the page.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'comment-thread',
  phase: 'context',
  targets: 'comments',
  description: 'After the article, a thread of name/date-time stamps ("Anna — July 18, 2012, 4:09 pm") is the comment section.',
  patterns: [COMMENT_STAMP, TIME_OR_NUMBER, SIGNATURE_WORD, SIGNATURE_ONLY],
  examples: {
    match: [
      {
        document: [
          ...stormArticle(3),
          'Anna — March 18, 2024, 4:09 pm',
          'Thanks for the update, we were wondering whether the school bus would come tomorrow morning.',
          'Tom — March 18, 2024, 5:12 pm',
          'Same here, good to know.',
        ].join('\n'),
        block: 5,
        kept: false,
        category: 'comments',
      },
    ],
    noMatch: [
      {
        document: [
          'Storm closes schools across the county',
          'Posted March 18, 2024 at 4:09 pm',
          'All schools in the county will be closed on Monday after the storm brought down trees and power lines across the region, officials said on Sunday evening.',
          'The council said that buses would not run until the roads had been cleared and checked, which could take until the middle of the week according to its engineers.',
        ].join('\n'),
        block: 2,
        kept: true,
        role: 'body',
      },
    ],
  },
  apply({ blocks, decisions }) {
    const decided = new BlockVerdicts(blocks.length);
    let bodyWords = 0;
    const stamps: number[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (bodyWords >= MIN_BODY_WORDS && block.features.words <= MAX_STAMP_WORDS && isCommentStamp(block)) stamps.push(i);
      else if (isBody(decisions[i])) bodyWords += block.features.words;
    }
    if (stamps.length < 2) return decided;
    const first = stamps[0]!;
    const verdict = chrome('comments', `in the comment thread that starts on line ${blocks[first]!.line}`, 'likely');
    for (let i = first; i < blocks.length; i++) {
      if (decisions[i]?.certainty !== 'certain') decided.set(i, verdict);
    }
    return decided;
  },
};

export default rule;
