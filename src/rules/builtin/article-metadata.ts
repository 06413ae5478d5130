import { chrome, keep, type DocumentRule, type RuleVerdict, type RuleExamples } from '../rule.js';
import { classOf, isBulleted } from '../context.js';
import { STORM_PARAGRAPHS, STORM_TITLE } from '../example-article.js';
import type { AnalysedBlock } from '../../types.js';
import { CHARACTER_CLASSES, holdsAny } from '../../features/tokenize.js';
import { DATELINE_DATE, MONTH_NAME } from '../../text.js';

const MAX_WORDS = 12;
const BYLINE = /^(?:by|posted by|written by|words by|story by|from|author:?|reporting by|von|par|por|di|door)\s+\p{Lu}/iu;
/**
 * A credit that names a person: "By Jane Smith", "Von Friederike Almstedt, Redaktion": a credit
 * word (not "from" or "di", which start ordinary phrases too) and two capitalised names.
 */
const NAMED_BYLINE =
  /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eporting by|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}[\p{L}'.-]*\s+\p{Lu}/u;
/** Month names of the other languages the phrase rules read, spelt out ("5. März 2024", "5 de marzo de 2024"). */
const OTHER_MONTH =
  '(?:januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus)';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
const DATELINE = new RegExp(
  [
    `\\b${DATELINE_DATE}\\b`,
    // A digit later on the line; the scan from one keyword stops at the next, so it stays linear.
    '\\b(?:published|updated|posted|last updated|last modified)\\b(?:(?!\\b(?:published|updated|posted|last updated|last modified)\\b)[^\\d\\n\\r\\u2028\\u2029])*\\d',
  ].join('|'),
  'iu',
);
/**
 * Datelines without a spelt-out year: a time of day with its half or zone ("3:42 p.m.", "14:30
 * GMT"), a weekday with a day ("Tue, March 5"), a relative stamp ("2 hours ago"), and dates with
 * the month spelt out in the other languages the phrase rules read ("5. März 2024").
 */
const MORE_DATES = new RegExp(
  [
    '\\b\\d{1,2}:\\d{2}(?::\\d{2})? ?(?:[ap]\\.? ?m\\b|(?:[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|aest|aedt)\\b)',
    `\\b${WEEKDAY},? (?:${MONTH_NAME} \\d{1,2}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_NAME})\\b`,
    '\\b\\d{1,3} (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago\\b',
    `\\b\\d{1,2}(?:\\.|er)? (?:de )?${OTHER_MONTH}(?: de)?,? \\d{4}\\b`,
  ].join('|'),
  'iu',
);
/** Every DATELINE and MORE_DATES match holds a digit: blocks without one (the features' bit) skip the patterns. */
function hasDate({ text, features }: AnalysedBlock): boolean {
  return holdsAny(features, CHARACTER_CLASSES.asciiDigit) && (DATELINE.test(text) || MORE_DATES.test(text));
}

/** A named credit, alone or with one more field ("By Jane Smith | 7 March 2024"), not a bar of links and counts. */
export function isCredit(block: AnalysedBlock): boolean {
  return block.features.linkMarkers <= 1 && NAMED_BYLINE.test(block.text);
}

/** A name on its own line: two to four capitalised words, no figure, no punctuation at the end. */
const NAME_WORDS = { min: 2, max: 4 } as const;

/** A credit without "By": a name on its own line right above the article's date ("Marisol Etxeberria Cano" / "18 de marzo de 2024"). */
function isNameOverDate(blocks: readonly AnalysedBlock[], i: number): boolean {
  const { features } = blocks[i]!;
  if (features.words < NAME_WORDS.min || features.words > NAME_WORDS.max || features.capitalisedRatio < 1) return false;
  if (features.digitRatio > 0 || features.endsWithPunctuation || features.linkMarkers > 0) return false;
  return isDated(blocks[i + 1]) && !isDateList(blocks, i + 1);
}

/** How far from the title or body text a byline or date may be. */
const MAX_DISTANCE = 3;

/** A date among other short dated blocks is an archive or a list of posts, not a dateline. */
function isDateList(blocks: readonly AnalysedBlock[], i: number): boolean {
  return isDated(blocks[i - 1]) || isDated(blocks[i + 1]);
}

/** A credit or a date on its own line ("By Jane Smith | March 3, 2024"): what stands between a headline and its story. */
export function isCreditLine(block: AnalysedBlock): boolean {
  return isCredit(block) || isDated(block);
}

/** A short block holding a date ("March 3, 2024 4:09 pm", "Updated 22.02.2024"). */
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
  patterns: [BYLINE, NAMED_BYLINE, DATELINE, MORE_DATES],
  get examples(): RuleExamples {
    return {
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
        {
          document:
            'Storm closes schools\nBy Jane Smith\nUpdated 3:42 p.m. ET, Tuesday\nAll schools in the county will be closed on Monday after the storm brought down trees, officials said on Sunday.',
          block: 2,
          kept: true,
          role: 'dateline',
        },
        {
          document:
            'Storm closes schools\nBy Jane Smith\nTue, March 5, 14:30 GMT\nAll schools in the county will be closed on Monday after the storm brought down trees, officials said on Sunday.',
          block: 2,
          kept: true,
          role: 'dateline',
        },
        // A credit that names the author is kept even where the trees doubt it (a date beside it, a
        // name over the date without "By").
        {
          document: [STORM_TITLE, 'By Jane Smith | 18 March 2024', ...STORM_PARAGRAPHS.slice(0, 2)].join('\n'),
          block: 1,
          kept: true,
          role: 'byline',
        },
        {
          document: [STORM_TITLE, 'Jane Alder Smith', '18 March 2024, 16:40', ...STORM_PARAGRAPHS.slice(0, 2)].join('\n'),
          block: 1,
          kept: true,
          role: 'byline',
        },
        {
          document:
            'Sturm schließt Schulen\nVeröffentlicht am 5. März 2024\nAlle Schulen im Landkreis bleiben am Montag geschlossen, nachdem der Sturm Bäume und Stromleitungen umgerissen hat, teilte das Landratsamt am Sonntag mit.',
          block: 1,
          language: 'de',
          kept: true,
          role: 'dateline',
        },
      ],
      noMatch: [
        // A dated entry of a bulleted programme is an item of the story's list, not its dateline.
        {
          document: [
            'Harvest week comes back to the market hall',
            'The market hall will hold its harvest week again this autumn, after two years in which the building was closed for repairs to its roof.',
            'Growers from the valley will sell fruit, bread and cheese every day, and the town band will play on the opening night.',
            'Programme of the week',
            '• Friday, 6 October, 8 pm to 11 pm: harvest dance with the town band',
            "• Saturday, 7 October, 9 am to 1 pm: children's pumpkin carving",
            'Share this:',
            'Facebook',
          ].join('\n'),
          block: 5,
          kept: true,
          role: 'body',
        },
        {
          document: 'Storm closes schools\nArchive\nMarch 3, 2012\nMarch 2, 2012\nMarch 1, 2012\nLinks\nContact',
          block: 3,
          kept: false,
          category: 'other',
        },
      ],
    };
  },
  options: { verdict: 'label' },
  apply({ blocks, decisions, options }) {
    const policy = String(options?.['verdict'] ?? 'label');
    const decided = new Map<number, RuleVerdict>();
    const anchors: number[] = [];
    decisions.forEach((d, i) => {
      if (d && (d.verdict.role === 'title' || classOf(d) === 'good')) anchors.push(i);
    });
    let next = 0;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (decisions[i]?.certainty === 'certain' || block.features.words > MAX_WORDS || block.features.words === 0) continue;
      // 'label' names the role of what the article's text already keeps and rescues no date: gold
      // conventions differ on whether a dateline is article text, and a rescued one is chrome to most.
      // A credit that names the author is the article's own line: the trees' doubt does not drop it.
      const credit = isCredit(block) || isNameOverDate(blocks, i);
      if (policy === 'label' && !decisions[i]?.verdict.kept && !credit) continue;
      while (next < anchors.length && anchors[next]! < i) next++;
      const near =
        (anchors[next - 1] !== undefined && i - anchors[next - 1]! <= MAX_DISTANCE) ||
        (anchors[next] !== undefined && anchors[next]! - i <= MAX_DISTANCE);
      if (!near) continue;
      const role =
        credit || BYLINE.test(block.text)
          ? 'byline'
          : hasDate(block) && !isDateList(blocks, i) && !isBulleted(block.text)
            ? 'dateline'
            : undefined;
      if (role === undefined) continue;
      const what = role === 'byline' ? (credit && !BYLINE.test(block.text) ? 'a name over the date' : 'a "By ..." credit') : 'a date';
      decided.set(
        i,
        policy === 'drop'
          ? chrome('other', `${what} next to the article (${role})`, 'likely')
          : keep(role, `${what} next to the article`, 'likely'),
      );
    }
    return decided;
  },
};

export default rule;
