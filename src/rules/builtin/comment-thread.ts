import { keptBody, STORM_COMMENTS, STORM_MORE_PARAGRAPHS, STORM_PARAGRAPHS, STORM_TITLE, stormArticle } from '../example-article.js';
import { BlockVerdicts, chrome, keep, type Decision, type DocumentRule, type RuleContext, type RuleExamples } from '../rule.js';
import { bodyWordsBetween, HEADER_RATIO, isBody, isHeadline, isHeadlineShaped, isLongProse } from '../context.js';
import { CHARACTER_CLASSES, holdsAny } from '../../features/tokenize.js';
import type { AnalysedBlock } from '../../types.js';
import { STAMP_DATE, TIME } from '../../text.js';
import { isCredit } from './article-metadata.js';

const MAX_STAMP_WORDS = 14;
const MIN_BODY_WORDS = 60;
/** Stamps one under the other from which they are a table's column, not a post's signature. */
const COLUMN_STAMPS = 3;
// "Anna — July 18th, 2012, 4:09 pm", "September 28th, 2012 at 10:11 am", "#4.1 - Wed Jul 25, 2012 11:28 AM EDT",
// "Jane Doe says:", "Reply #12".
const SIGNATURE = "^[\\p{L} .'@_-]{1,40} (?:says|said|wrote|commented)(?: on .{1,40})?:?$";
const COMMENT_STAMP = new RegExp(
  [`${STAMP_DATE}(?:,| at| @| -|)\\s*${TIME}`, `${TIME}\\s*(?:on )?${STAMP_DATE}`, SIGNATURE, '^(?:reply|permalink)\\b.{0,20}#\\d+'].join(
    '|',
  ),
  'iu',
);
// COMMENT_STAMP tried at every position of every short block was 2.5% of strip's time. Every
// stamp but a signature holds a time ("4:09") or a "#12"; a signature holds " says", " said" ...
// Blocks with neither (most) skip it; blocks without the first try the signature alone, and so do
// blocks without a digit (the features' bit, not a regular-expression call).
const TIME_OR_NUMBER = /\d:\d\d|#\d/;
/** A table row's border, or a date written as a program's quoted literal ('2020-08-01 17:00'). */
const TABLE_ROW_OR_CODE = /[│┃║]|['"`]\d{4}-\d\d-\d\d/u;
const SIGNATURE_WORD = / (?:sa|wrote|commented)/iu;
const SIGNATURE_ONLY = new RegExp(SIGNATURE, 'iu');

/**
 * A forum post's member box: "Joined: Feb 3, 2019", "Messages: 412", "Registriert seit: 03.2016".
 * A label and a value, nothing else: such lines sign the posts of a thread.
 */
const MEMBER_LINE =
  /^(?:joined|join date|member since|registered|posts|messages|reputation|thread starter|registriert seit|mitglied seit|beiträge|membre depuis|inscrit le|inscrit depuis|miembro desde|registrado|mensajes|iscritto dal|messaggi|lid sinds|berichten)(?: on)?:? [\p{L}\p{N}]/u;
const MAX_MEMBER_LINE_WORDS = 5;

/** A line that signs a post or comment: a name/date-time stamp or a member box line. */
export function isPostMeta(block: AnalysedBlock): boolean {
  if (block.features.words > MAX_STAMP_WORDS) return false;
  return (block.features.words <= MAX_MEMBER_LINE_WORDS && MEMBER_LINE.test(block.features.normalized)) || isCommentStamp(block);
}

/**
 * Signature lines above the first paragraph that make a page a discussion: a post's member box
 * (name, "Joined: ...", "Messages: ...") or stamp and member lines. An article's one dateline
 * ("Posted March 18, 2024 at 4:09 pm") is not enough.
 */
const MIN_OPENING_SIGNS = 2;
/** Words from which a body block counts as a post or paragraph (not a label). */
const PARAGRAPH_WORDS = 15;
/**
 * Words of body text a forum may print above its first post (the thread's summary, "You are in
 * the thread ... Hello all! ..."): with that much above it, the first post's signature makes the
 * page a discussion only when its stamp comes back on the replies.
 */
const INTRO_WORDS = 60;
/** Blocks between the summary and the first post's signature at most (a blog's comment thread is further down, under its heading). */
const INTRO_GAP = 4;

/**
 * A discussion page (a forum thread, a Q&A page): the first post is signed like the replies, so a
 * stamp and member lines come before the first paragraph of body text (or after a short summary
 * of the thread). Its posts are the page's content, not comments under an article.
 */
export function isDiscussionPage(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[]): boolean {
  let signs = 0;
  let opening: string | undefined;
  let introWords = 0;
  let introEnd = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const { words } = block.features;
    if (isBody(decisions[i]) && words >= PARAGRAPH_WORDS) {
      if (opening !== undefined) return signedAlike(blocks, i, opening);
      if (signs > 0 || introWords + words > INTRO_WORDS) return false;
      introWords += words;
      introEnd = i;
      continue;
    }
    if (decisions[i]?.certainty === 'certain' || !isPostMeta(block)) continue;
    if (signs === 0 && introWords > 0 && i - introEnd > INTRO_GAP) return false;
    if (isCommentStamp(block)) opening ??= stampShape(block.text);
    if (++signs >= MIN_OPENING_SIGNS) return introWords === 0 || (opening !== undefined && signedAlike(blocks, i + 1, opening));
  }
  return false;
}

const DIGIT = /\d/g;
/** A Q&A page's stamps: the question's "asked ..." and each answer's "answered ..." share one shape. */
const QUESTION_OR_ANSWER = /^(?:asked|answered)\b/;
const QA_SHAPE = 'q&a';

/** A stamp's shape: its figures and its case set aside ("发表于 2024-03-02 21:14" -> "发表于 0000-00-00 00:00"). */
function stampShape(text: string): string {
  return text.trim().toLowerCase().replace(DIGIT, '0').replace(QUESTION_OR_ANSWER, QA_SHAPE);
}

/** Replies signed with the same stamp as the opening post, below block `from`. */
const ALIKE_REPLIES = 2;

/**
 * The first post is signed like the replies when stamps of its shape come back below it: a thread
 * of posts stamped alike by the same software, not an article's dateline above its comments (an
 * article's "Posted ..." line is not shaped like a reader's "Anna — ..." stamp). A question's
 * "asked ..." needs one "answered ..." below it: a Q&A page may have a single answer.
 */
function signedAlike(blocks: readonly AnalysedBlock[], from: number, shape: string): boolean {
  const needed = shape.startsWith(QA_SHAPE) ? 1 : ALIKE_REPLIES;
  let alike = 0;
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.features.words <= MAX_STAMP_WORDS && isCommentStamp(block) && stampShape(block.text) === shape && ++alike >= needed)
      return true;
  }
  return false;
}

/** A date on a line of its own ("Mar 13, 2024"): on a discussion page it signs a post, as a stamp does. */
const DATE_ONLY = new RegExp(`^${STAMP_DATE}$`, 'iu');
const MAX_DATE_WORDS = 4;

function signsPost(block: AnalysedBlock): boolean {
  const { features, text } = block;
  if (isPostMeta(block)) return true;
  return features.words <= MAX_DATE_WORDS && holdsAny(features, CHARACTER_CLASSES.asciiDigit) && DATE_ONLY.test(text.trim());
}

/** A post's text: a complete sentence of running text (not a name, a date or a button). */
const POST_WORDS = 6;
/** Blocks after the last signature that may still be its post's text. */
const LAST_POST_BLOCKS = 4;

/**
 * On a discussion page, the posts between the first and the last signature (and the last post
 * under it) are kept, whatever the trees said of them beside the "Reply" and "Like" buttons:
 * the thread is the page. Phrase-rule chrome stays dropped.
 */
function keepPosts(
  blocks: readonly AnalysedBlock[],
  decisions: readonly (Decision | undefined)[],
  language: string,
  decided: BlockVerdicts,
): BlockVerdicts {
  let first = -1;
  let last = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (decisions[i]?.certainty === 'certain' || !signsPost(blocks[i]!)) continue;
    if (first < 0) first = i;
    last = i;
  }
  const verdict = keep('body', 'a post of the discussion: on a forum thread the posts are the content', 'likely');
  for (let i = first; i >= 0 && i < blocks.length && i <= last + LAST_POST_BLOCKS; i++) {
    const decision = decisions[i];
    if (decision?.certainty === 'certain' || decision?.verdict.kept) continue;
    if (isLongProse(blocks[i]!, language, POST_WORDS, 1)) decided.set(i, verdict);
  }
  return decided;
}

/**
 * Decides the comment section that runs from block `first` to the end of the page. With the
 * comments dropped (the default) every block there not decided with certainty goes; with them
 * kept, the comments' texts and signatures stay as role `comment` and the rest (buttons, vote
 * counts, "Load more comments") goes.
 */
export function decideComments(context: RuleContext, first: number, reason: string, decided: BlockVerdicts): BlockVerdicts {
  const { blocks, decisions, language } = context;
  const dropped = chrome('comments', reason, 'likely');
  const kept = keep('comment', `a reader's comment (comments are kept), ${reason}`, 'likely');
  const keepComments = context.comments === 'keep';
  for (let i = first; i < blocks.length; i++) {
    if (decisions[i]?.certainty === 'certain') continue;
    const block = blocks[i]!;
    // A comment's text is a complete sentence of running text (not a name, a date or a button).
    decided.set(i, keepComments && (isLongProse(block, language, POST_WORDS, 1) || isPostMeta(block)) ? kept : dropped);
  }
  return decided;
}

/** Blocks under a stamp that are looked at for the article's credit. */
const CREDIT_REACH = 3;

/** The article's credit ("By Mark Sherman") under a stamp makes it the article's dateline: a comment has no byline. */
function overCredit(blocks: readonly AnalysedBlock[], stamp: number): boolean {
  for (let i = stamp + 1; i < Math.min(blocks.length, stamp + 1 + CREDIT_REACH); i++) if (isCredit(blocks[i]!)) return true;
  return false;
}

/** A post's first paragraph under its dated title: running text of this many words. */
const TITLED_PROSE_WORDS = 20;

/** A comment section's own heading or button ("Post a Comment", "Reply to this comment") is no post's title. */
const COMMENT_WORD = /comment|repl(?:y|ies)|response/iu;

/** A post's title: a headline's shape, and no comment section's word. */
function isTitleLike(block: AnalysedBlock): boolean {
  return isHeadlineShaped(block) && !COMMENT_WORD.test(block.text);
}

/** Blocks without words (an image's `[]`, a drawn rule) looked past between a stamp and its title or text. */
const MAX_WORDLESS = 3;

/** The nearest block from `from` in `step`'s direction that has words, past at most MAX_WORDLESS without. */
function wordedNeighbour(blocks: readonly AnalysedBlock[], from: number, step: 1 | -1): AnalysedBlock | undefined {
  for (let i = from, seen = 0; i >= 0 && i < blocks.length && seen <= MAX_WORDLESS; i += step, seen++)
    if (blocks[i]!.features.words > 0) return blocks[i];
  return undefined;
}

/**
 * A stamp between a headline and a paragraph of prose ("CES 2008: Google TV Rumblings" / "Posted
 * by jrmylmb - Tuesday, January 08, 2008 12:40 PM" / the post) dates the post under its title: the
 * article's, however like the comments' stamps below it. A comment has no headline.
 */
function underTitle(blocks: readonly AnalysedBlock[], stamp: number, language: string): boolean {
  const above = wordedNeighbour(blocks, stamp - 1, -1);
  const below = wordedNeighbour(blocks, stamp + 1, 1);
  return above !== undefined && below !== undefined && isTitleLike(above) && isLongProse(below, language, TITLED_PROSE_WORDS, 1);
}

/** An article's own stamp ("Updated July 23, 2012, 11:27 p.m. ET"): a comment is posted, not updated or published. */
const ARTICLE_STAMP = /^(?:last )?(?:updated|published|modified|created)\b/iu;

/** COMMENT_STAMP.test(block.text), after the cheap tests above. */
export function isCommentStamp({ text, features }: AnalysedBlock): boolean {
  // A row of a table drawn with box-drawing borders (psql's output, w3m's tables) holds dates and
  // times in its cells, and a query quotes them: neither signs anything. Asked after the cheap
  // tests that rule most lines out (this runs on every block of a page).
  if (holdsAny(features, CHARACTER_CLASSES.asciiDigit) && TIME_OR_NUMBER.test(text))
    return !TABLE_ROW_OR_CODE.test(text) && !ARTICLE_STAMP.test(text) && COMMENT_STAMP.test(text);
  return SIGNATURE_WORD.test(text) && !TABLE_ROW_OR_CODE.test(text) && SIGNATURE_ONLY.test(text);
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
  patterns: [
    COMMENT_STAMP,
    TIME_OR_NUMBER,
    TABLE_ROW_OR_CODE,
    QUESTION_OR_ANSWER,
    SIGNATURE_WORD,
    SIGNATURE_ONLY,
    MEMBER_LINE,
    DATE_ONLY,
    DIGIT,
    ARTICLE_STAMP,
    COMMENT_WORD,
  ],
  get examples(): RuleExamples {
    return {
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
        // A forum thread: the first post is signed like the replies, so the replies are the page's content.
        {
          document: [
            'Damp patch above the window after heavy rain - Fixit Forum',
            'Forums',
            'New posts',
            'Log in',
            'Register',
            'Damp patch above the window after heavy rain',
            'tarn_house',
            'Joined: Apr 2, 2020',
            'Messages: 88',
            'A damp patch has appeared above our bedroom window after the last two storms. It is about the size of a plate and dries out within a week. The render outside looks fine to me. Any ideas where to start?',
            'Reply',
            'millstone_mick',
            'Joined: Jan 9, 2012',
            'Messages: 3,415',
            'Check the window head first. On houses of that age the drip groove under the sill above is often filled with paint, so the water runs back along the underside and into the wall.',
            'Reply',
            'tarn_house',
            'Joined: Apr 2, 2020',
            'Messages: 88',
            'You were right. The groove was full of old paint. I cleared it with a screwdriver and the patch has not come back after this week of rain.',
            'Reply',
            'You must log in or register to reply here.',
            'Terms and rules',
            'Privacy policy',
          ].join('\n'),
          block: 14,
          kept: true,
          role: 'body',
        },
        // A thread whose first post carries the same stamp as the replies (one stamp, no member box):
        // the replies are posts, not comments under an article.
        {
          document: [
            'Descaling a kettle with citric acid - Home Forum',
            'Forums',
            'Log in',
            'Descaling a kettle with citric acid',
            'limescale_lou',
            'Posted 2024-03-02 21:14',
            'Our water is very hard and the kettle furs up within a month. Is citric acid safe to use, and how much should I put in for a full kettle of water?',
            'Reply',
            'kettle_ken',
            'Posted 2024-03-02 22:40',
            'Two tablespoons in a full kettle, boil it, leave it for an hour and rinse it twice. It is what the descaling sachets are made of anyway.',
            'Reply',
            'mara_b',
            'Posted 2024-03-03 08:05',
            'Same here, and a splash of vinegar afterwards does not hurt either if the element still looks white.',
            'You must log in or register to reply here.',
          ].join('\n'),
          block: 10,
          kept: true,
          role: 'body',
        },
        // A later post signed with a name and a date only (no member box) is still a post of the thread.
        {
          document: [
            'Blight on outdoor tomatoes already? - Plot Talk',
            'Plot Talk',
            'Sign in',
            'Blight on outdoor tomatoes already?',
            'runnerbean_ro',
            'Member since: 2016',
            'Posts: 1,204',
            'Brown patches on the lower leaves of my outdoor tomatoes this week, spreading fast after all the wet weather. Is it too early in the year for blight?',
            'Quote',
            'old_spade',
            'Member since: 2009',
            'Posts: 6,310',
            'Not too early in a wet July. Take the lower leaves off and burn them, and keep the water off the foliage.',
            'Quote',
            'hazel_plot9',
            'Jul 14, 2024',
            'Same on our site. The plants under the polythene cover were spared, so a roof over them seems to be what matters most.',
            'Quote',
            'runnerbean_ro',
            'Jul 16, 2024',
            'Update: leaves off, cover on, fruit ripening. Thanks both.',
            'Sign in to reply.',
          ].join('\n'),
          block: 20,
          kept: true,
          role: 'body',
        },
      ],
      noMatch: [
        // A tutorial's query output and its query: the dates in a table's rows and in a quoted literal
        // sign no comments, and the tutorial goes on under them.
        {
          document: [
            'Counting errors per minute in plain SQL',
            'Most teams learn about a broken release from their users. With nothing more than the database they already run, they could learn about it from their own logs a few minutes after the deploy, before anyone writes in.',
            'Our web server writes one row per request into a log table, with the time, the path and the status code. A first query counts the requests per minute and status code.',
            "SELECT date_trunc('minute', created) AS period, status, count(*) FROM request_log GROUP BY 1, 2;",
            'period                 │ status │ count',
            '───────────────────────┼────────┼──────',
            '2024-06-01 09:02:00+00 │ 200    │ 1184',
            '2024-06-01 09:02:00+00 │ 500    │ 3',
            '2024-06-01 09:01:00+00 │ 200    │ 1201',
            '2024-06-01 09:01:00+00 │ 404    │ 12',
            '2024-06-01 09:00:00+00 │ 200    │ 1176',
            '2024-06-01 09:00:00+00 │ 500    │ 1',
            '2024-06-01 08:59:00+00 │ 200    │ 1190',
            '2024-06-01 08:58:00+00 │ 200    │ 1163',
            "WHERE created > '2024-06-01 09:00 UTC'::timestamptz",
            'A minute in which a status code never came back has no row at all, so the counts have gaps where there should be zeros. The next query fills them in from a series of minutes.',
            'With the gaps filled, the mean and the spread of each status code can be computed over the last hour and compared with the current minute.',
          ].join('\n'),
          block: 15,
          kept: true,
          role: 'body',
        },
        // A forum that prints the thread's summary above its first post: the posts, stamped alike, are the
        // content, and no reply is cut as a comment.
        {
          document: [
            'Garden Forum » Vegetables » Tomatoes',
            'Leaf curl on greenhouse tomatoes',
            'You are reading the thread Leaf curl on greenhouse tomatoes in the Tomatoes forum of Garden Forum. Hello all! My greenhouse tomatoes have leaves curling upwards since last week.',
            '#1',
            '14/06/2024, 09:12',
            'Member since: March 2021',
            'Posts: 38',
            'Hello all! My greenhouse tomatoes have leaves curling upwards since last week, mostly on the top trusses. The plants are watered every morning and the vents are open all day.',
            'The variety is Shirley, grown in grow bags with a liquid feed once a week. The lower leaves look healthy and the first fruit are setting well, so I am not sure whether to worry. Is this a disease that will spread, or just the heat of the last few days?',
            '#2',
            '14/06/2024, 10:40',
            'Member since: May 2015',
            'Posts: 2,114',
            'Upward curl on the top leaves is nearly always heat stress, not a virus. Shade the roof on sunny days and water in the evening too, and the new leaves should come flat.',
            '#3',
            '14/06/2024, 18:05',
            'Member since: March 2021',
            'Posts: 39',
            'Thanks, I put shade paint on the roof this afternoon and will report back next week.',
          ].join('\n'),
          block: 13,
          kept: true,
          role: 'body',
        },
        // A Q&A page: the question's "asked ..." and its one answer's "answered ..." sign the page's posts;
        // the answer is no comment, though the sidebar's "Asked: ..." stamps a second line.
        {
          document: [
            'Ask Gardeners',
            'Why do my seedlings fall over at the base?',
            'asked 2024-04-02 19:40:11 +0100',
            'I sow tomato and pepper seeds in trays on the windowsill. They come up well, but after a week many of them go thin at the base and fall over.',
            'The compost is a peat-free seed compost from the garden centre, the trays have a clear lid and I water them every morning so that the surface never dries out. The room is cool at night. What am I doing wrong, and can the seedlings that are still standing be saved?',
            'edit retag flag close delete',
            '1 Answer',
            'answered 2024-04-03 08:15:52 +0100',
            'That is damping off, a fungus that thrives in wet, cold compost with little air moving. Water from below, let the surface dry between waterings and give the trays a small fan.',
            'Clean the trays with hot water before the next sowing, and use fresh seed compost rather than garden soil.',
            'edit flag delete link more',
            'Your Answer',
            'Question Tools',
            'Asked: 2024-04-02 19:40:11 +0100',
            'Seen: 212 times',
          ].join('\n'),
          block: 8,
          kept: true,
          role: 'body',
        },
        // A blog post with a short text and a thread far under it, below its comments heading, stamped
        // like a forum's posts: the text is no forum's summary, and the comments are no posts of the page.
        {
          document: [
            'Allotment notes',
            'First broad beans of the year',
            'By plotholder | Published: March 18, 2024',
            'The broad beans sown in November came through the frosts and are flowering now, about three weeks earlier than the spring-sown row.',
            'This entry was posted in Vegetables. Bookmark the permalink.',
            'Older posts',
            'Newer posts',
            '4 Comments',
            'Anna',
            'Posted March 18, 2024 at 4:09 pm | Permalink',
            'Ours did the same this year, the November sowing is always ahead of the spring one, as long as the mice leave the seed alone in the first weeks. We sow a double row and thin it in March.',
            'Reply',
            'Tom',
            'Posted March 18, 2024 at 6:30 pm | Permalink',
            'Did you cover them at all over the winter, or were they left open to the frost and the wind on the exposed side of the plot? Ours were flattened twice by the gales in February.',
            'Reply',
            'plotholder',
            'Posted March 18, 2024 at 8:45 pm | Permalink',
            'No cover at all this time. The row is on the sheltered side by the shed, which probably helped more than any fleece would have done in that wind.',
            'Reply',
            'Anna',
            'Posted March 19, 2024 at 7:02 pm | Permalink',
            'Good to know, we will try the shed side next autumn then and keep the spring sowing as a back-up in case the winter is a hard one.',
            'Reply',
          ].join('\n'),
          block: 14,
          kept: false,
        },
        // The article's own dateline under its first paragraphs, more of the article below it than above: not the thread's first stamp.
        keptBody([
          ...stormArticle(3),
          'Submitted by Jane Hollis on 18 March 2024 - 8:22am',
          ...STORM_PARAGRAPHS.slice(3),
          ...STORM_MORE_PARAGRAPHS,
          ...STORM_COMMENTS,
        ]),
        // The article's dateline with its credit under it, teasers above: the article's stamp, not the thread's first.
        keptBody([
          'Harbour Weekly',
          'Ferry fares will rise again in the spring, the operator told the harbour board on Thursday, blaming the cost of fuel and of the new berth at the island pier.',
          'The old library on Mill Street will reopen in May after a year of repairs to its roof, which had let in water over the reading room since the floods.',
          'March 18, 2024, 9:15 am',
          'By Jane Smith',
          ...STORM_PARAGRAPHS.slice(0, 3),
          ...STORM_COMMENTS,
        ]),
        // A blog post's stamp between its title and its text, signed like the comments below it: the post's, not the thread's first.
        keptBody([
          'Harbour Weekly',
          'Ferry fares will rise again in the spring, the operator told the harbour board on Thursday, blaming the cost of fuel and of the new berth at the island pier.',
          'The old library on Mill Street will reopen in May after a year of repairs to its roof, which had let in water over the reading room since the floods.',
          STORM_TITLE,
          'Posted by harbourdesk - Monday, March 18, 2024 9:15 AM',
          ...STORM_PARAGRAPHS.slice(0, 3),
          'Comments',
          'Posted by Anna - Monday, March 18, 2024 4:09 PM',
          STORM_COMMENTS[2]!,
          'Posted by Tom - Monday, March 18, 2024 6:30 PM',
          STORM_COMMENTS[4]!,
        ]),
        // A live story's update stamps between its paragraphs are the article's, not a thread's: a comment is not updated.
        keptBody([
          ...stormArticle(3),
          'Updated March 18, 2024, 4:09 pm',
          STORM_PARAGRAPHS[3]!,
          'Updated March 18, 2024, 6:30 pm',
          STORM_PARAGRAPHS[4]!,
          STORM_MORE_PARAGRAPHS[0]!,
        ]),
        // The article's two stamps one under the other sign one thing, not a thread of two comments.
        keptBody([...stormArticle(3), 'Created: 3/18/2024 4:09:14 PM', 'Updated: 3/18/2024 6:30:02 PM', ...STORM_PARAGRAPHS.slice(3)], 6),
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
    };
  },
  apply(context) {
    const { blocks, decisions, language } = context;
    const decided = new BlockVerdicts(blocks.length);
    // On a forum thread the posts are what the reader came for.
    if (isDiscussionPage(blocks, decisions)) return keepPosts(blocks, decisions, language, decided);
    // The body read since the kept headline (teasers above it are not the article), and in all.
    let underHeadline = 0;
    let bodyWords = 0;
    const stamps: number[] = [];
    const readAbove: number[] = [];
    let stampRun = 0;
    let columnEnd = -2;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (
        underHeadline >= MIN_BODY_WORDS &&
        block.features.words <= MAX_STAMP_WORDS &&
        isCommentStamp(block) &&
        !overCredit(blocks, i) &&
        !underTitle(blocks, i, language)
      ) {
        // Stamps one under the other sign one post ("Jane Doe says:", "May 2, 2012 at 4:09 pm";
        // an article's "Created: ..." and "Updated: ..."): the thread needs two signed posts. A
        // longer run is a table's column of dates printed one cell a line, and signs nothing.
        if (stamps.length && stamps[stamps.length - 1] === i - 1) {
          stamps[stamps.length - 1] = i;
          if (++stampRun === COLUMN_STAMPS) {
            stamps.pop();
            readAbove.pop();
          }
        } else if (stampRun >= COLUMN_STAMPS && columnEnd === i - 1) columnEnd = i;
        else {
          stamps.push(i);
          readAbove.push(bodyWords);
          stampRun = 1;
        }
        if (stampRun >= COLUMN_STAMPS) columnEnd = i;
      } else if (isHeadline(decisions[i])) underHeadline = 0;
      else if (isBody(decisions[i])) {
        underHeadline += block.features.words;
        bodyWords += block.features.words;
      }
    }
    // The article's own dateline ("Submitted by Jane Doe on 8 August 2012 - 8:22am") above its
    // text: more body lies between it and the next stamp than was read above it.
    let at = 0;
    while (
      stamps.length - at >= 2 &&
      bodyWordsBetween(blocks, decisions, stamps[at]! + 1, stamps[at + 1]!) >= HEADER_RATIO * readAbove[at]!
    )
      at++;
    if (stamps.length - at < 2) return decided;
    const first = stamps[at]!;
    return decideComments(context, first, `in the comment thread that starts on line ${blocks[first]!.line}`, decided);
  },
};

export default rule;
