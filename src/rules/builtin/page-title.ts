import { chrome, keep, type Decision, type DocumentRule, type RuleExamples } from '../rule.js';
import type { AnalysedBlock } from '../../types.js';
import { quote } from '../phrases.js';
import { STORM_PARAGRAPHS, STORM_TITLE } from '../example-article.js';
import { isLinkText } from './link-text.js';
import { isCreditLine } from './article-metadata.js';

const MAX_TITLE_WORDS = 30;
// Site-name suffixes/prefixes of <title> lines: "Headline - Site", "Site | Headline", "Headline :: Site".
// Starts only where a whitespace run starts, so a long run is scanned once (ReDoS-safe).
const TITLE_SEPARATOR = /(?<!\s)\s+(?:[-–—|:»·]|::)\s+/u;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

function comparable(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}

// What comparable() makes of each UTF-16 code, filled on first sight: the lower-case letter or
// digit it becomes, SEPARATOR for a character that joins a run of separators, PLAIN_WAY when the
// whole text must be made comparable first (surrogates, lower-casing to several characters or
// depending on context, as final sigma).
/** Words without a letter among them: figures only. */
function isNumber({ words, letterRatio }: { words: number; letterRatio: number }): boolean {
  return words > 0 && letterRatio === 0;
}

// A menu printed on one line: "Home | News | Sport". A page title has one or two separators too
// ("Headline | Section | Site"), but a part of several words among them. A breadcrumb ("Docs »
// Configuration » hollis.toml") stays a title: on a docs page it is the only one.
const MENU_SEPARATOR = /\s[|•·]\s/u;
const WHITESPACE_RUN = /\s+/u;
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM_WORDS = 2;

/** Whether `text` is a menu on one line: three or more items of at most two words, between `|`, `•` or `·`. */
function isMenuLine(text: string): boolean {
  const items = text.split(MENU_SEPARATOR);
  return items.length >= MIN_MENU_ITEMS && items.every((item) => item.trim().split(WHITESPACE_RUN).length <= MAX_MENU_ITEM_WORDS);
}

/** A converter's image without alt text: `[]` (pandoc), a few of them on one line. */
function isEmptyImage(text: string): boolean {
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b || code === 0x5d) brackets++;
    else if (code !== 32 && code !== 9) return false;
  }
  return brackets > 0;
}

// A wrapped page's first block is its title when the article starts right under it: its first
// paragraph (a sentence of some length) next, or after a credit and a date, or under a section's
// label ("Local links" over a directory's introduction).
const MAX_CREDIT_LINES = 2;
const MAX_LABEL_WORDS = 4;
const OPENING_SENTENCE_WORDS = 15;

/**
 * The block after `start` (past the chrome the phrase rules took and menus, at most a credit and a
 * date and one short label) is a paragraph of prose.
 */
function articleStartsUnder(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[], start: number): boolean {
  let credits = 0;
  let labels = 0;
  for (let i = start + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    const { words, sentences, endsWithPunctuation } = block.features;
    if (words === 0 || decisions[i] || isMenuLine(block.text)) continue;
    if (words >= OPENING_SENTENCE_WORDS && sentences >= 1 && endsWithPunctuation) return true;
    if (isCreditLine(block)) {
      if (++credits > MAX_CREDIT_LINES) return false;
    } else if (words > MAX_LABEL_WORDS || endsWithPunctuation || ++labels > 1) return false;
  }
  return false;
}

const UNSEEN = -1;
const SEPARATOR = -2;
const PLAIN_WAY = -3;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
let comparableCodes: Int32Array | undefined;

function comparableCode(code: number): number {
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x3a3) return PLAIN_WAY;
  const character = String.fromCharCode(code);
  const lower = character.toLowerCase();
  if (!LETTER_OR_DIGIT.test(character)) return lower === character ? SEPARATOR : PLAIN_WAY;
  return lower.length === 1 && LETTER_OR_DIGIT.test(lower) ? lower.charCodeAt(0) : PLAIN_WAY;
}

/**
 * `comparable(text) === target`, read off `text` without building the string: letters and digits
 * lower-cased, one space for each run of other characters between them. Most blocks differ from
 * the title at their first letter.
 */
function comparesEqual(text: string, target: string): boolean {
  const codes = (comparableCodes ??= new Int32Array(0x10000).fill(UNSEEN));
  let j = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let lower = codes[code]!;
    if (lower === UNSEEN) codes[code] = lower = comparableCode(code);
    if (lower === PLAIN_WAY) return comparable(text) === target;
    if (lower === SEPARATOR) {
      gap = true;
      continue;
    }
    if (gap && j > 0 && target.charCodeAt(j++) !== 32) return false;
    gap = false;
    if (target.charCodeAt(j++) !== lower) return false;
  }
  return j === target.length;
}

/**
 * The first block of an article is its title. When the first line is a page title ("Headline -
 * Site") and the headline itself appears again below it, the headline is the title and the first
 * line is dropped as a duplicate, so the article keeps its headline once.
 *
 * The phrase rules run before this one (RULE_PHASES): a first line that one of them took as chrome
 * ("Subscribe now!", "Skip to content", "Home") stays chrome, and the title is the first block
 * they left, as if the chrome line were not there.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'page-title',
  phase: 'role',
  targets: 'title',
  description: 'The first block is the title; a page-title line repeated by a headline below is dropped.',
  patterns: [TITLE_SEPARATOR, NOT_LETTER_OR_DIGIT, LETTER_OR_DIGIT, MENU_SEPARATOR, WHITESPACE_RUN],
  get examples(): RuleExamples {
    return {
      match: [
        {
          document:
            'Donald Trump and Vladimir Putin hold hour-long phone call\nTheir call came a day after Mr Putin met with the Syrian president',
          block: 0,
          kept: true,
          role: 'title',
        },
        {
          document:
            'Storm closes schools - Daily Example\nHome\nNews\nStorm closes schools\nAll schools in the county will be closed on Monday, officials said.',
          block: 3,
          kept: true,
          role: 'title',
        },
        // The page-title line the headline repeats is dropped, so that the article keeps its headline once.
        {
          document:
            'Storm closes schools - Daily Example\nHome\nNews\nStorm closes schools\nAll schools in the county will be closed on Monday, officials said.',
          block: 0,
          kept: false,
          category: 'other',
        },
        // A first line a phrase rule took as chrome is left to it; the title is the block after it.
        {
          document: 'Subscribe now!\nStorm closes schools\nAll schools in the county will be closed on Monday, officials said.',
          block: 1,
          kept: true,
          role: 'title',
        },
        {
          document: 'Subscribe - Daily Example\nSubscribe\nAll schools in the county will be closed on Monday, officials said.',
          block: 0,
          kept: true,
          role: 'title',
        },
        // A masthead that repeats the site's name is not the headline: the longer part of the title is.
        {
          document:
            'Storm closes schools across the county - Valley Daily Herald\nValley Daily Herald\nHome\nNews\nStorm closes schools across the county\nAll schools in the county will be closed on Monday, officials said.',
          block: 4,
          kept: true,
          role: 'title',
        },
        // Nor is an image without alt text, as pandoc prints it.
        {
          document: '[]\nStorm closes schools\nAll schools in the county will be closed on Monday, officials said.',
          block: 1,
          kept: true,
          role: 'title',
        },
        // Nor is a menu printed on one line.
        {
          document:
            'Home | News | Sport | Weather\nStorm closes schools\nAll schools in the county will be closed on Monday, officials said.',
          block: 1,
          kept: true,
          role: 'title',
        },
        // A vote count above the headline is not the title.
        {
          document: '86\nStorm closes schools\nAll schools in the county will be closed on Monday, officials said.',
          block: 1,
          kept: true,
          role: 'title',
        },
        // A terminal dump of a saved article: the headline on top, the credit and the story under it.
        {
          document: [STORM_TITLE, 'By Jane Smith | March 3, 2024', ...STORM_PARAGRAPHS.slice(0, 3)].join('\n\n'),
          block: 0,
          views: ['wrapped'],
          kept: true,
          role: 'title',
        },
      ],
      noMatch: [
        // A terminal dump has no <title> line: a logo over a menu is no title, however first it comes.
        {
          document: ['[Logo] Valley Daily Herald', 'News Sport Weather Business', STORM_TITLE, ...STORM_PARAGRAPHS.slice(0, 4)].join(
            '\n\n',
          ),
          block: 0,
          views: ['wrapped'],
          kept: false,
          category: 'other',
        },
        {
          document: 'Storm closes schools\nHome\nAll schools in the county will be closed on Monday, officials said.',
          block: 1,
          kept: false,
          category: 'navigation',
        },
        {
          document: 'Subscribe now!\nStorm closes schools\nAll schools in the county will be closed on Monday, officials said.',
          block: 0,
          kept: false,
          category: 'subscribe',
        },
        // A line the share rule took is not the headline repeating the page title, however like it reads.
        {
          document: 'Subscribe - Daily Example\nSubscribe\nAll schools in the county will be closed on Monday, officials said.',
          block: 1,
          kept: false,
          category: 'subscribe',
        },
      ],
    };
  },
  apply({ blocks, decisions, view }) {
    const decided = new Map<number, ReturnType<typeof keep>>();
    let start = 0;
    // A Markdown menu's links above the headline are not its title either.
    // Nor is a number (a vote count, a time, a date in figures), nor an image without alt text
    // (pandoc prints `[]`): the title is the first block after them.
    while (
      start < blocks.length &&
      (decisions[start] ||
        isLinkText(blocks[start]!.features) ||
        isNumber(blocks[start]!.features) ||
        isEmptyImage(blocks[start]!.text) ||
        isMenuLine(blocks[start]!.text))
    )
      start++;
    const first = blocks[start];
    if (!first || first.features.words === 0 || first.features.words > MAX_TITLE_WORDS) return decided;
    if (start === blocks.length - 1) {
      // No headline below to repeat it (and a one-line run compiles no pattern for nothing).
      decided.set(start, keep('title', start === 0 ? 'first block of the document' : 'first block after the chrome at the top'));
      return decided;
    }
    // The page's first line is its page title even when a phrase rule took it ("Blog » Archive »
    // Headline" as a breadcrumb): a headline below that repeats it is still the title.
    const top = blocks[0]!;
    const page = start > 0 && top.features.words > 0 && top.features.words <= MAX_TITLE_WORDS ? top : first;
    const whole = comparable(page.text);
    // A headline of fewer than three words repeats only the whole title, not a part of it.
    const parts = page.text
      .split(TITLE_SEPARATOR)
      .map(comparable)
      .filter((part) => part.split(' ').length >= 3);
    // The headline repeats the page title (or its longest part) somewhere in the first half of the
    // page: the whole title first, then its parts from the longest, so that a masthead repeating the
    // site's name ("Headline - Metro News" over "Metro News") is not taken for the headline.
    const searchEnd = Math.max(10, Math.ceil(blocks.length * 0.6));
    for (const title of [whole, ...parts.sort((a, b) => b.length - a.length)]) {
      for (let i = page.index + 1; i < Math.min(blocks.length, searchEnd); i++) {
        const block = blocks[i]!;
        // A line a phrase rule took as chrome is not the headline, however like the title it reads.
        if (decisions[i] || block.features.words === 0 || block.features.words > MAX_TITLE_WORDS) continue;
        if (comparesEqual(block.text, title)) {
          decided.set(i, keep('title', `headline repeating the page title ${quote(page.text)}`));
          if (page === first) decided.set(start, chrome('other', `page title, repeated by the headline on line ${block.line}`));
          return decided;
        }
      }
    }
    // A terminal dump has no <title> line: its first block is a logo, a menu or a notice unless the
    // article starts right under it (a saved article: headline, byline, first paragraph).
    if (view === 'wrapped' && !articleStartsUnder(blocks, decisions, start)) return decided;
    decided.set(start, keep('title', start === 0 ? 'first block of the document' : 'first block after the chrome at the top'));
    return decided;
  },
};

export default rule;
