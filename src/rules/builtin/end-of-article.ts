import { chrome, type DocumentRule, type RuleVerdict } from '../rule.js';
import { isBody } from '../context.js';
import type { ChromeCategory } from '../../types.js';

/** Chrome categories whose heading ends the article once enough body text has been seen. */
const ENDING_CATEGORIES: ReadonlySet<ChromeCategory> = new Set(['comments', 'subscribe', 'related']);
/** boilerpipe's IgnoreBlocksAfterContentFilter: 60 words of content before a marker counts. */
const MIN_BODY_WORDS = 60;

/**
 * boilerpipe's end-of-text marker: once an article has been read, a comments heading, a
 * subscription pitch or a related-articles heading ends it, and everything after is dropped.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'end-of-article',
  phase: 'context',
  targets: 'comments',
  description: 'After enough body text, a comments, subscribe or related-articles block ends the article; later blocks are dropped (boilerpipe).',
  examples: {
    match: [
      {
        document: [
          'Mr Trump and Mr Putin spoke informally multiple times last week at a summit in Vietnam, where they reportedly agreed on several principles for the future of war-torn Syria and on the next round of talks.',
          'The Kremlin has said that Russia is trying to get Mr Assad to agree to potential peace initiatives drafted by Russia, Iran and Turkey, and the two leaders are expected to speak again soon.',
          'Comments',
          'I think this is a great article and I agree with every word of what the writer has said about the talks, which is more than I can say for most of what I read these days on this site.',
        ].join('\n'),
        block: 3,
      },
    ],
    noMatch: [
      {
        document: 'Comments\nI think this is a great article and I agree with every word of what the writer has said about the talks.',
        block: 1,
      },
    ],
  },
  apply(context) {
    const decided = new Map<number, RuleVerdict>();
    const { blocks, decisions } = context;
    let bodyWords = 0;
    let marker = -1;
    for (let i = 0; i < blocks.length && marker < 0; i++) {
      const decision = decisions[i];
      const category = decision?.verdict.category;
      if (decision?.certainty === 'certain' && category && ENDING_CATEGORIES.has(category) && bodyWords >= MIN_BODY_WORDS) marker = i;
      else if (isBody(decision)) bodyWords += blocks[i]!.features.words;
    }
    if (marker < 0) return decided;
    const category = decisions[marker]!.verdict.category!;
    for (let i = marker + 1; i < blocks.length; i++) {
      if (decisions[i]?.certainty !== 'certain') decided.set(i, chrome(category, `after the end of the article (${category} block on line ${blocks[marker]!.line})`, 'likely'));
    }
    return decided;
  },
};

export default rule;
