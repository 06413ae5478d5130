import { STORM_PARAGRAPHS, stormArticle } from '../example-article.js';
import { BlockVerdicts, chrome, type DocumentRule, type RuleContext } from '../rule.js';
import { isBody, isLongProse } from '../context.js';
import { decideComments, isDiscussionPage, isPostMeta } from './comment-thread.js';
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

/** Prose paragraphs from this many words weigh against a marker (a sentence of running text: news paragraphs are often one). */
const PROSE_WORDS = 20;
/** Signed posts or comment chrome ("Reply", "Report abuse") after a comments marker that make it a thread. */
const MIN_COMMENT_SIGNS = 2;

/** What follows each block: the words of prose paragraphs and the signs of a comment thread, to the end of the page. */
interface Below {
  prose: Float64Array;
  signs: Int32Array;
}

function below({ blocks, decisions, language }: RuleContext): Below {
  const prose = new Float64Array(blocks.length + 1);
  const signs = new Int32Array(blocks.length + 1);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const decision = decisions[i];
    const certain = decision?.certainty === 'certain';
    prose[i] = prose[i + 1]! + (!certain && isLongProse(block, language, PROSE_WORDS, 1) ? block.features.words : 0);
    const sign =
      (certain && decision.verdict.category === 'comments') || decision?.rule === 'comment-thread' || (!certain && isPostMeta(block));
    signs[i] = signs[i + 1]! + (sign ? 1 : 0);
  }
  return { prose, signs };
}

/**
 * A comments block ends the article when a thread of signed comments follows it, or little prose:
 * a "Comments (3)" link in the header or beside the headline, with the article's paragraphs still
 * to come and no comment below, does not; nor does the comments heading of a discussion page (a
 * forum thread), whose posts are the content. A related or subscribe block ends it only as a
 * heading, and only when prose does not carry straight on below it (a mid-article box).
 */
function endsArticle(
  context: RuleContext,
  index: number,
  category: ChromeCategory,
  bodyWordsBefore: number,
  after: () => Below,
  discussion: () => boolean,
): boolean {
  // A forum thread ends like an article (related threads, a reply box); a listing, a product page
  // or a page of too little prose to tell goes on below such a marker.
  const type = context.page?.type ?? 'article';
  const article = type === 'article' || type === 'discussion';
  if (category === 'comments') {
    const { prose, signs } = after();
    // On a page that is not an article (a listing, a product page, a short notice) only a thread
    // of signed comments below makes the marker the end: the prose after it may be what the page is.
    if (signs[index + 1]! < MIN_COMMENT_SIGNS && (!article || prose[index + 1]! >= bodyWordsBefore)) return false;
    return !discussion();
  }
  // "Related" and "subscribe" end an article's text; on other pages more entries or products follow them.
  if (!article) return false;
  const block = context.blocks[index]!;
  if (INLINE_REFERENCE.test(block.text) || CROSS_REFERENCE.test(block.features.normalized)) return false;
  // A lone "Subscribe" is as often a header link as the box under an article.
  if (category === 'subscribe' && block.features.words < 2) return false;
  const following = context.decisions.slice(index + 1, index + 1 + LOOKAHEAD);
  if (following.length === LOOKAHEAD && following.every(isBody)) return false;
  // A box in the header or mid-article: most of the article's prose is still to come.
  let bodyAfter = 0;
  for (let i = index + 1; i < context.blocks.length; i++) if (isBody(context.decisions[i])) bodyAfter += context.blocks[i]!.features.words;
  return bodyAfter < bodyWordsBefore;
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
  description:
    'After enough body text, a comments, subscribe or related-articles block ends the article; later blocks are dropped (boilerpipe).',
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
      // A "Comments" link mid-article, with most of the article's prose still to come and no signed comment below: not the end.
      {
        document: [
          ...stormArticle(3),
          'Comments',
          ...STORM_PARAGRAPHS.slice(3),
          'Farmers in the hills said that the roads to the higher villages were still blocked by fallen trees on Sunday night, and that some of them had not seen a council vehicle since Friday.',
          'The council promised to send more crews from the neighbouring districts on Monday morning, and asked drivers to stay off the roads in the meantime unless their journey was essential.',
        ].join('\n'),
        block: 5,
        kept: true,
        role: 'body',
      },
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
    let tables: Below | undefined;
    const after = (): Below => (tables ??= below(context));
    let isDiscussion: boolean | undefined;
    const discussion = (): boolean => (isDiscussion ??= isDiscussionPage(blocks, decisions));
    for (let i = 0; i < blocks.length && marker < 0; i++) {
      const decision = decisions[i];
      const category = decision?.verdict.category;
      if (
        decision?.certainty === 'certain' &&
        category &&
        ENDING_CATEGORIES.has(category) &&
        bodyWords >= MIN_BODY_WORDS &&
        endsArticle(context, i, category, bodyWords, after, discussion)
      )
        marker = i;
      else if (isBody(decision)) bodyWords += blocks[i]!.features.words;
    }
    if (marker < 0) return decided;
    const category = decisions[marker]!.verdict.category!;
    const reason = `after the end of the article (${category} block on line ${blocks[marker]!.line})`;
    if (category === 'comments') return decideComments(context, marker + 1, reason, decided);
    // One verdict for every block it decides (often most of a page: one object and reason each was costly).
    const verdict = chrome(category, reason, 'likely');
    for (let i = marker + 1; i < blocks.length; i++) {
      if (decisions[i]?.certainty !== 'certain') decided.set(i, verdict);
    }
    return decided;
  },
};

export default rule;
