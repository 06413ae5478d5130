import {
  keptBody,
  STORM_COMMENTS,
  STORM_MORE_PARAGRAPHS,
  STORM_PARAGRAPHS,
  STORM_TITLE,
  stormArticle,
  stormWithStoryBox,
} from '../example-article.js';
import { BlockVerdicts, chrome, type DocumentRule, type RuleContext, type RuleExamples } from '../rule.js';
import { bodyWordsBetween, HEADER_RATIO, isBody, isHeadline, isLongProse, proseFollows } from '../context.js';
import { decideComments, isDiscussionPage, isPostMeta } from './comment-thread.js';
import type { AnalysedBlock, ChromeCategory } from '../../types.js';

/** A line of a layout table printed side by side (w3m): `left` in a column 64 wide, `right` beside it. */
const beside = (left: string, right: string): string => `${left.padEnd(64)}${right}`;
const column = (left: string, right: string): string => `${left.padEnd(60)}${right}`;

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
 * A comments heading that is as often a section of the text: a paper's "Discussion", a wiki's
 * talk link. It ends the article only when signed comments follow it.
 */
const SECTION_HEADING = /^(?:\d+\.? )?(?:discussion|diskussion|discusión|discussione|discussie|responses?)$/u;

/** Prose paragraphs from this many words weigh against a marker (a sentence of running text: news paragraphs are often one). */
const PROSE_WORDS = 20;
/** Columns between a marker and the article's last paragraph from which the marker sits in a column beside it. */
const SIDE_COLUMN_GAP = 20;
/** Blocks after a marker in a left-hand column that are looked at for the article's text beside it (the rest of that column first). */
const BESIDE_LOOKAHEAD = 64;
/** Signed posts or comment chrome ("Reply", "Report abuse") after a comments marker that make it a thread. */
const MIN_COMMENT_SIGNS = 2;

/** What follows each block: the words of prose paragraphs and the signs of a comment thread, to the end of the page. */
interface Below {
  prose: Float64Array;
  signs: Int32Array;
  /** The first sign of a thread at or after each block (blocks.length: none). */
  nextSign: Int32Array;
}

function below({ blocks, decisions, language }: RuleContext): Below {
  const prose = new Float64Array(blocks.length + 1);
  const signs = new Int32Array(blocks.length + 1);
  const nextSign = new Int32Array(blocks.length + 1).fill(blocks.length);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const decision = decisions[i];
    const certain = decision?.certainty === 'certain';
    prose[i] = prose[i + 1]! + (!certain && isLongProse(block, language, PROSE_WORDS, 1) ? block.features.words : 0);
    // A second "Response" or "Discussion" heading (a poll's column, a paper's next section) heads
    // something of its own: it is no sign of a thread.
    const sign =
      (certain && decision.verdict.category === 'comments' && !SECTION_HEADING.test(block.features.normalized)) ||
      decision?.rule === 'comment-thread' ||
      (!certain && isPostMeta(block));
    signs[i] = signs[i + 1]! + (sign ? 1 : 0);
    nextSign[i] = sign ? i : nextSign[i + 1]!;
  }
  return { prose, signs, nextSign };
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
  proseBefore: number,
  after: () => Below,
  discussion: () => boolean,
): boolean {
  // A forum thread ends like an article (related threads, a reply box); a listing, a product page
  // or a page of too little prose to tell goes on below such a marker.
  const type = context.page?.type ?? 'article';
  const article = type === 'article' || type === 'discussion';
  if (category === 'comments') {
    const { prose, signs, nextSign } = after();
    const signed = signs[index + 1]! >= MIN_COMMENT_SIGNS;
    if (signed && headerLink(context, index, nextSign[index + 1]!, bodyWordsBefore)) return false;
    // A section heading ("Discussion", "Response") with a paragraph's worth of body text before the
    // first signed comment heads a section of the text, not the comments further down.
    const heading = SECTION_HEADING.test(context.blocks[index]!.features.normalized);
    if (signed && heading && bodyWordsBetween(context.blocks, context.decisions, index + 1, nextSign[index + 1]!) >= MIN_BODY_WORDS)
      return false;
    // On a page that is not an article (a listing, a product page, a short notice) only a thread
    // of signed comments below makes the marker the end: the prose after it may be what the page is.
    if (!signed && (!article || prose[index + 1]! >= bodyWordsBefore)) return false;
    // The article has not ended where a section heading or paragraphs of prose carry straight on.
    if (!signed && (heading || proseFollows(context.blocks, context.decisions, index, context.language))) return false;
    // A table's column head printed one cell a line ("Status", "Owner", "Comment") sits under the
    // row's other cells, kept as the text's: a comments heading comes under a paragraph or chrome.
    if (!signed && isTableCell(context, index)) return false;
    return !discussion();
  }
  // "Related" and "subscribe" end an article's text; on other pages more entries or products follow them.
  if (!article) return false;
  const block = context.blocks[index]!;
  if (INLINE_REFERENCE.test(block.text) || CROSS_REFERENCE.test(block.features.normalized)) return false;
  // A lone "Subscribe" is as often a header link as the box under an article.
  if (category === 'subscribe' && block.features.words < 2) return false;
  // The box's own headlines (headline-run read them under its label) are the box, not the text below it.
  let next = index + 1;
  while (next < context.blocks.length && context.decisions[next]?.rule === 'headline-run') next++;
  const following = context.decisions.slice(next, next + LOOKAHEAD);
  if (following.length === LOOKAHEAD && following.every(isBody)) return false;
  // Under a menu of teaser headlines read as body (a mega-menu's lists) no paragraph of prose has
  // been read yet: the article's paragraphs are all still to come when prose follows below.
  if (proseBefore < MIN_BODY_WORDS && after().prose[index + 1]! >= MIN_BODY_WORDS) return false;
  // A box in the header or mid-article: most of the article's prose is still to come.
  let bodyAfter = 0;
  for (let i = index + 1; i < context.blocks.length; i++) if (isBody(context.decisions[i])) bodyAfter += context.blocks[i]!.features.words;
  return bodyAfter < bodyWordsBefore;
}

/** Kept cells right above a marker that make it one of a table's cells (a row's other heads)... */
const ROW_CELLS = 2;
/** ... each a label of at most this many words, without a sentence's end. */
const CELL_WORDS = 5;

function isTableCell({ blocks, decisions }: RuleContext, index: number): boolean {
  if (index < ROW_CELLS) return false;
  for (let i = index - ROW_CELLS; i < index; i++) {
    const { features } = blocks[i]!;
    if (!isBody(decisions[i]) || features.words === 0 || features.words > CELL_WORDS || features.endsWithPunctuation) return false;
  }
  return true;
}

/**
 * A comments marker with signed comments far below it that is not their heading: a "Comments"
 * link in the header or beside the headline (the article's body between it and the first signed
 * comment outweighs, HEADER_RATIO times, the body read above it: teasers, a standfirst), or
 * a "Comment" heading mid-article with prose carrying straight on and at least as much body text
 * to come before the first signature as was read above it.
 */
function headerLink(context: RuleContext, index: number, firstSign: number, bodyWordsBefore: number): boolean {
  const between = bodyWordsBetween(context.blocks, context.decisions, index + 1, firstSign);
  return (
    between >= HEADER_RATIO * bodyWordsBefore ||
    (between >= bodyWordsBefore && proseFollows(context.blocks, context.decisions, index, context.language))
  );
}

/**
 * Wrapped view: a marker in a column of a layout table printed beside the article's text ("Most
 * popular stories" in the right-hand column, "Subscribe" in the left-hand menu) heads that
 * column's list, not the end of the article, whose paragraphs go on beside and below it.
 */
/** A kept block of this many words places the article's column. */
const COLUMN_PARAGRAPH_WORDS = 8;

function besideArticle({ blocks, decisions, language }: RuleContext, index: number, lastBody: AnalysedBlock | undefined): boolean {
  const marker = blocks[index]!;
  if (marker.parts === undefined) return false;
  if (lastBody !== undefined && Math.abs(marker.column - lastBody.column) > SIDE_COLUMN_GAP) return true;
  // Or in a column left of the article's: a paragraph of prose read after the marker but printed
  // from a line above it, in a column to its right, is the article going on beside it.
  const end = Math.min(blocks.length, index + 1 + BESIDE_LOOKAHEAD);
  for (let i = index + 1; i < end; i++) {
    const block = blocks[i]!;
    if (block.line < marker.line && block.column > marker.column && decisions[i]?.certainty !== 'certain' && isLongProse(block, language))
      return true;
  }
  return false;
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
  patterns: [INLINE_REFERENCE, CROSS_REFERENCE, SECTION_HEADING],
  get examples(): RuleExamples {
    return {
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
        // A table printed one cell a line, whose last column is headed "Comment": a cell of the text,
        // which goes on below the table, not the comments heading.
        {
          document: [
            'How our task queue retries failed jobs',
            'Every job in the queue moves through a small set of states, and a scheduler moves it on when its time comes. The table below lists the states and what the scheduler does in each of them.',
            'Most jobs go straight from enqueued to done, and the other states only matter when a worker dies or a job keeps failing, which is exactly when the queue has to be careful not to lose work.',
            'State',
            'Next check',
            'Comment',
            'enqueued',
            'enqueued_at + enqueue_timeout',
            'Put the job back in the queue if no worker has taken it in time.',
            'running',
            'heartbeat_at + heartbeat_timeout',
            'Put the job back if its worker stopped sending heartbeats, which happens when the worker is killed.',
            'After three failed attempts a job is parked, and an engineer is paged with the last error the worker reported, so that nothing is retried forever.',
            'The scheduler itself keeps no state: it reads the table every few seconds, so a new scheduler can take over at once when the old one stops.',
          ].join('\n'),
          block: 12,
          kept: true,
          role: 'body',
        },
        // A box of other stories mid-article, its headlines read as such: the story goes on below it.
        { document: stormWithStoryBox().join('\n'), block: 10, kept: true, role: 'body' },
        // A mega-menu of teaser headlines read as body above the page's "Related Articles" box, the
        // article's paragraphs under it: no paragraph of prose was read before the box, so it is not the end.
        {
          document: [
            'Harbour Weekly',
            'Food',
            'What to remember when cooking vegan dishes at home this winter',
            'Patience has taken this young harbour chef very far indeed',
            'Italian comfort food at its very best in the old town',
            'Travel',
            'How to see the coast as a solo traveller on a small budget',
            'The most innovative little harbour towns of the northern coast',
            'Tours for architecture lovers along the old sea wall promenade',
            'Health',
            'New updates on winter flu treatments that you need to know about',
            'Running tips that prevent injury for beginners and old hands alike',
            'Family',
            'Parents put their harbour school teachers above all the others',
            'Children given free swimming lessons at the new town pool',
            'Funeral discounts for older drivers who give up their cars',
            'Living',
            'Growing an edible garden on a small city balcony this spring',
            'This tiny home will help you cut your winter heating bills',
            'The truth about why the gulls follow the fishing boats home',
            'Related Articles',
            '[Harbour festival returns]',
            'Harbour festival returns',
            'Lighthouse keeper retires after forty years',
            'The lighthouse keeper who has watched over the harbour mouth for forty years retired on Friday, and the town turned out to thank him with a brass band and a cake shaped like his tower.',
            'He started the job when the lamp still had to be wound by hand every four hours, and he says that the quiet of the long winter nights is what he will miss most of all.',
            'The council has said that the light will be run from the mainland from now on, although volunteers will keep the tower open to visitors during the summer months.',
          ].join('\n'),
          block: 24,
          kept: true,
          role: 'body',
        },
        // A "Comments" link mid-article, with most of the article's prose still to come and no signed comment below: not the end.
        keptBody([...stormArticle(3), 'Comments', ...STORM_PARAGRAPHS.slice(3), ...STORM_MORE_PARAGRAPHS.slice(0, 2)]),
        // A "3 Comments" link in the article's header, the signed thread far below: most of the article lies between them.
        keptBody([...stormArticle(3), '3 Comments', ...STORM_PARAGRAPHS.slice(3), ...STORM_MORE_PARAGRAPHS, ...STORM_COMMENTS]),
        // A "Comment" (opinion) heading mid-article, prose carrying straight on: the signed thread under the article is not its section.
        keptBody([
          ...stormArticle(3),
          'Comment',
          'It is time the council stopped treating every winter storm as a surprise. The same roads flood each year and the same lines come down in the same places, and each year the schools close because the buses cannot get through to the villages.',
          STORM_PARAGRAPHS[4]!,
          STORM_MORE_PARAGRAPHS[0]!,
          ...STORM_COMMENTS,
        ]),
        // "2 Comments" beside the headline: the teasers read above the headline are not the article.
        keptBody([
          `${STORM_TITLE} | The County Courier`,
          'Ferry fares will rise again in the spring, the operator told the harbour board on Thursday, blaming the cost of fuel and of the new berth at the island pier.',
          'The old library on Mill Street will reopen in May after a year of repairs to its roof, which had let in water over the reading room since the floods.',
          ...stormArticle(0),
          '2 Comments',
          ...STORM_PARAGRAPHS.slice(0, 3),
          ...STORM_COMMENTS,
        ]),
        // Wrapped view: "Most popular" heads a column printed beside the article; its paragraphs go on below.
        {
          document: [
            STORM_TITLE,
            '',
            'All schools in the county will be closed on Monday after the',
            'storm brought down trees and power lines across the region,',
            'officials said on Sunday evening.',
            '',
            'The council said that buses would not run until the roads',
            'had been cleared and checked, which could take until the',
            'middle of the week according to its engineers.',
            '',
            'Parents were told to check the council website for updates,',
            'and to keep children away from fallen lines and flooded',
            'roads until further notice.',
            '',
            beside('The storm, the third this winter, brought gusts of more than', 'Most popular'),
            'ninety miles an hour to the coast and left thousands of',
            beside('homes without power overnight.', '» Ferry fares to rise'),
            beside('', '» Library reopens'),
            beside('Engineers expected to reconnect most of them by Tuesday,', '» Harbour wall rebuilt'),
            beside('although some farms in the hills could wait until the end of', '» Coast road closed'),
            'the week for their supply to return.',
            '',
            'Farmers in the hills said that the roads to the higher',
            'villages were still blocked by fallen trees on Sunday night,',
            'and that some of them had not seen a council vehicle since',
            'Friday. They asked the council to send a digger up the',
            'valley road before the next storm comes in from the west.',
          ].join('\n'),
          block: 8,
          kept: true,
          role: 'body',
          views: ['wrapped'],
        },
        // Wrapped view: a caption kept in the right-hand column above its "Related Stories" list is no
        // paragraph of the article: the article's column is where its paragraphs are, and they go on below.
        {
          document: [
            STORM_TITLE,
            '',
            'All schools in the county will be closed on Monday after',
            'the storm brought down trees and power lines across the',
            'region, officials said on Sunday evening.',
            '',
            column('The council said that buses would not run until the', 'Flood water in the high street'),
            column('roads had been cleared and checked, which could take', '• Storm footage: the'),
            column('until the middle of the week according to its engineers.', '  coast road at dawn'),
            column('', '• Crews clear fallen'),
            column('Parents were told to check the council website for', '  trees on the hill'),
            'updates, and to keep children away from fallen lines and',
            column('flooded roads until further notice.', 'Related Stories'),
            column('', '• Ferry fares to rise'),
            column('The storm, the third this winter, brought gusts of more', '  in the spring'),
            column('than ninety miles an hour to the coast and left', '• Library reopens'),
            column('thousands of homes without power overnight.', '  after repairs'),
            column('', '• Harbour wall'),
            column('Engineers expected to reconnect most of them by Tuesday,', '  rebuilt'),
            'although some farms in the hills could wait until the',
            'end of the week for their supply to return.',
            '',
            'Farmers in the hills said that the roads to the higher',
            'villages were still blocked by fallen trees on Sunday',
            'night, and that some of them had not seen a council',
            'vehicle since Friday.',
          ].join('\n'),
          block: 15,
          kept: true,
          role: 'body',
          views: ['wrapped'],
        },
        // Polls in the article, each with its "Response" column: a heading of its own table, and no sign of a thread.
        keptBody(
          [
            ...stormArticle(3),
            'Should the schools have closed?',
            'Response',
            'Yes',
            'No',
            'Will you take the bus this week?',
            'Response',
            'Yes',
            'No',
            'Did you lose power on Sunday?',
            'Response',
            'Yes',
            'No',
            ...STORM_PARAGRAPHS.slice(3),
          ],
          16,
        ),
        // Wrapped view: "Subscribe to our newsletter" in the menu column left of the article, whose
        // paragraph goes on beside it: read after the menu, though printed from a line above the marker.
        {
          document: [
            STORM_TITLE,
            '',
            ...STORM_PARAGRAPHS.slice(0, 3).flatMap((paragraph) => [paragraph, '']),
            `${'Front page'.padEnd(30)}The storm, the third this winter, brought gusts of`,
            `${'Weather'.padEnd(30)}more than ninety miles an hour to the coast. It left`,
            `${'Subscribe to our newsletter'.padEnd(30)}thousands of homes without power overnight, and the`,
            `${'Archive'.padEnd(30)}engineers expected to reconnect most of them by`,
            `${''.padEnd(30)}Tuesday, although some farms in the hills could wait`,
            `${''.padEnd(30)}until the end of the week for their supply to return.`,
          ].join('\n'),
          block: 8,
          kept: true,
          role: 'body',
          views: ['wrapped'],
        },
        // A paper's "Discussion" section: a heading of the text, not its comments.
        {
          document: [
            'Peat pipes and the winter floods in upland catchments',
            'We measured the flow through natural pipes in blanket peat at four sites over three winters, and compared it with the flow over the surface and in the drains that were cut in the 1970s.',
            'Pipe flow made up a third of the storm runoff on average, rising to half at the site with the deepest peat, and it peaked later than the surface flow by about an hour.',
            'The drains that were blocked in 2019 carried less water in the following winters, but the pipes near them carried more, so the total runoff from those slopes hardly changed.',
            'Discussion',
            'Blocking the drains will not slow the floods much where most of the water moves through pipes deep in the peat.',
          ].join('\n'),
          block: 5,
          kept: true,
          role: 'body',
        },
        // A docs page's "Response" section with signed comments further down: the heading of a
        // section of the text (paragraphs of it before the first comment), not of the comments.
        {
          document: [
            'Fetching data in the browser',
            'The fetch() function takes a URL and returns a promise. It replaces the older request object for most uses, and it works the same way in pages and in workers.',
            'A request can carry a method, headers and a body. The browser adds the cookies of the site when the credentials option allows it, and it follows redirects unless told not to.',
            'Response',
            'Response objects are what fetch() resolves to. They can also be made by hand, which is mostly useful in a service worker that answers requests itself.',
            'The status and statusText fields hold the HTTP status code and its reason, and ok is true for any status from 200 to 299. The headers field is a Headers object that cannot be changed.',
            'A body can be read once, as text, as JSON or as a binary buffer. To read it twice, clone the response first and read each copy on its own.',
            '2 comments',
            'Post a comment',
            'Marta Olsen wrote on March 11th, 2015 at 02:57:',
            'How do you cancel a fetch that is taking too long?',
            'Reply',
            'Dev Ramanathan wrote on March 12th, 2015 at 10:14:',
            'There is no way yet, but it is being worked on.',
            'Reply',
          ].join('\n'),
          block: 4,
          kept: true,
          role: 'body',
        },
        // "2 Comments" in the header, the article's prose carrying straight on below it.
        {
          document: [
            ...stormArticle(3),
            '2 Comments',
            'Engineers expected to reconnect most homes by Tuesday. Some farms in the hills could wait until the end of the week for their supply to return, the power company said in a short statement that it put out on its website late on Sunday night.',
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
    };
  },
  apply(context) {
    const { blocks, decisions } = context;
    const decided = new BlockVerdicts(blocks.length);
    let bodyWords = 0;
    // The part of it in paragraphs of prose, which a related block's prose below is weighed against.
    let proseWords = 0;
    // The body read since the kept headline: a marker ends the article only once some of it was read
    // (a "Comments" link beside the headline does not, however many teasers were read above it).
    let underHeadline = 0;
    let lastBody: AnalysedBlock | undefined;
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
        underHeadline >= MIN_BODY_WORDS &&
        !besideArticle(context, i, lastBody) &&
        endsArticle(context, i, category, bodyWords, proseWords, after, discussion)
      )
        marker = i;
      else if (isHeadline(decision)) underHeadline = 0;
      else if (isBody(decision)) {
        // A label kept among the article's lines ("Video" in a side column) is no paragraph to place it by.
        if (blocks[i]!.features.words >= COLUMN_PARAGRAPH_WORDS) lastBody = blocks[i]!;
        bodyWords += blocks[i]!.features.words;
        if (isLongProse(blocks[i]!, context.language, PROSE_WORDS, 1)) proseWords += blocks[i]!.features.words;
        underHeadline += blocks[i]!.features.words;
      }
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
