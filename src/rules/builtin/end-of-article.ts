import { BlockVerdicts, chrome, type DocumentRule, type RuleContext } from '../rule.js';
import { isBody } from '../context.js';
import type { ChromeCategory } from '../../types.js';

/** Chrome categories whose heading ends the article once enough body text has been seen. */
const ENDING_CATEGORIES: ReadonlySet<ChromeCategory> = new Set(['comments', 'subscribe', 'related']);
/** boilerpipe's IgnoreBlocksAfterContentFilter: 60 words of content before a marker counts. */
const MIN_BODY_WORDS = 60;

/** Blocks after a related/subscribe heading that decide whether the article goes on below it. */
const LOOKAHEAD = 3;
/** "See also: Other article" or "Read more: Headline" is an inline cross-reference, not a section heading. */
const INLINE_REFERENCE = /:\s*\S/;
/** Pointers that sit inside articles as often as under them. */
const CROSS_REFERENCE =
  /^(?:see also|read more|also read|read next|more|mehr zum thema|mehr dazu|lesen sie auch|lies auch|siehe auch|weiterlesen|lire aussi|à lire aussi|voir aussi|lea también|lee también|ver también|leia também|veja também|leggi anche|vedi anche|lees ook|zie ook|meer over)(?![\p{L}])/u;

/**
 * A comments block always ends the article. A related or subscribe block does so only as a
 * heading, and only when prose does not carry straight on below it (a mid-article box).
 */
function endsArticle(context: RuleContext, index: number, category: ChromeCategory, bodyWordsBefore: number): boolean {
  if (category === 'comments') return true;
  const block = context.blocks[index]!;
  if (INLINE_REFERENCE.test(block.text) || CROSS_REFERENCE.test(block.features.normalized)) return false;
  // A lone "Subscribe" is as often a header link as the box under an article.
  if (category === 'subscribe' && block.features.words < 2) return false;
  const following = context.decisions.slice(index + 1, index + 1 + LOOKAHEAD);
  if (following.length === LOOKAHEAD && following.every(isBody)) return false;
  // A box in the header or mid-article: most of the article's prose is still to come.
  let after = 0;
  for (let i = index + 1; i < context.blocks.length; i++) if (isBody(context.decisions[i])) after += context.blocks[i]!.features.words;
  return after < bodyWordsBefore;
}

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
  patterns: [INLINE_REFERENCE, CROSS_REFERENCE],
  examples: {
    match: [
      {
        document: [
          'Russia and Turkey agree to talks on Syria',
          'Mr Trump and Mr Putin spoke informally multiple times last week at a summit in Vietnam, where they reportedly agreed on several principles for the future of war-torn Syria and on the next round of talks.',
          'The Kremlin has said that Russia is trying to get Mr Assad to agree to potential peace initiatives drafted by Russia, Iran and Turkey, and the two leaders are expected to speak again soon.',
          'Comments',
          'I think this is a great article and I agree with every word of what the writer has said about the talks, which is more than I can say for most of what I read these days on this site.',
        ].join('\n'),
        block: 4,
        kept: false,
        category: 'comments',
      },
    ],
    noMatch: [
      {
        document: 'Comments\nI think this is a great article and I agree with every word of what the writer has said about the talks.',
        block: 1,
        kept: true,
        role: 'title',
      },
    ],
  },
  apply(context) {
    const { blocks, decisions } = context;
    const decided = new BlockVerdicts(blocks.length);
    let bodyWords = 0;
    let marker = -1;
    for (let i = 0; i < blocks.length && marker < 0; i++) {
      const decision = decisions[i];
      const category = decision?.verdict.category;
      if (decision?.certainty === 'certain' && category && ENDING_CATEGORIES.has(category) && bodyWords >= MIN_BODY_WORDS && endsArticle(context, i, category, bodyWords)) marker = i;
      else if (isBody(decision)) bodyWords += blocks[i]!.features.words;
    }
    if (marker < 0) return decided;
    const category = decisions[marker]!.verdict.category!;
    // One verdict for every block it decides (often most of a page: one object and reason each was costly).
    const verdict = chrome(category, `after the end of the article (${category} block on line ${blocks[marker]!.line})`, 'likely');
    for (let i = marker + 1; i < blocks.length; i++) {
      if (decisions[i]?.certainty !== 'certain') decided.set(i, verdict);
    }
    return decided;
  },
};

export default rule;
