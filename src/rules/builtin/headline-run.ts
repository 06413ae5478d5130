import { chrome, type DocumentRule, type RuleVerdict, type RuleExamples } from '../rule.js';
import type { AnalysedBlock } from '../../types.js';
import { fieldLabel } from '../page-type.js';
import { CLAUSE_END, FIRST_CAPITAL, followsLeadIn, isEntriesPage, isHeadlineShaped, lastParagraph } from '../context.js';
import { stormWithStoryBox } from '../example-article.js';
import { CHARACTER_CLASSES, holdsAny } from '../../features/tokenize.js';

/** This many headlines in a row make a run of teasers. */
const MIN_RUN = 3;
/** Under a related-links label ("More stories"), this many make its box. */
const MIN_BOX = 2;
/** A credit, a stamp or a reading time between teasers ("By Jane Smith", "March 5, 2024", "4 min read"). */
const TEASER_META = /^(?:by|posted|published|updated|filed)\b|\b(?:\d{4}|\d{1,2}:\d{2}|ago|min read)\b/iu;
/** TEASER_META's first alternative alone: anchored, so a text that opens otherwise fails at once. */
const TEASER_OPENING = /^(?:by|posted|published|updated|filed)\b/iu;
const SEPARATOR_WORDS = 12;
/** String.prototype.includes, called on a text: see text.ts. */
const includes = String.prototype.includes;

/**
 * TEASER_META.test(block.text), without its scan of the whole line where that cannot match: its
 * unanchored alternatives need an ASCII digit, "ago" or "min read" (the lower-cased text holds
 * them whatever their case). The test runs on every headline-shaped line after the article.
 */
function hasTeaserMeta({ text, features }: AnalysedBlock): boolean {
  const { normalized } = features;
  const mayMatchPastOpening =
    holdsAny(features, CHARACTER_CLASSES.asciiDigit) ||
    includes.call(normalized, 'ago') ||
    includes.call(normalized, 'min read') ||
    // `normalized` leaves out an image's bracketed name before the text, which may hold them.
    includes.call(text, '[');
  return mayMatchPastOpening ? TEASER_META.test(text) : TEASER_OPENING.test(text);
}
/** Link-list separators: a run of them is navigation, which other rules judge. */
const LIST_MARK = /[|•»·]/;

/** A headline: the shape (isHeadlineShaped), not a clause's end, a link list or a teaser's credit or stamp. */
function isHeadline(block: AnalysedBlock): boolean {
  const { text } = block;
  return isHeadlineShaped(block) && !CLAUSE_END.test(text) && !LIST_MARK.test(text) && !hasTeaserMeta(block);
}

function isTeaserMeta(block: AnalysedBlock): boolean {
  const { features } = block;
  return features.words > 0 && features.words <= SEPARATOR_WORDS && hasTeaserMeta(block);
}

/**
 * Runs of related-story headlines after the article: several short lines in a row that read like
 * headlines (a capital first, no end punctuation), sometimes with a credit or a date between them.
 * They are recognised by their shape, not their words, and only after the article's last
 * paragraph: inside the article such a run is as often a list the story is made of. A run that
 * follows a lead-in ending in a colon is a list too.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'headline-run',
  phase: 'context',
  targets: 'related',
  description: 'Three or more headline-like lines in a row after the article’s last paragraph are a list of other stories.',
  patterns: [TEASER_META, TEASER_OPENING, FIRST_CAPITAL, LIST_MARK, CLAUSE_END],
  get examples(): RuleExamples {
    return {
      match: [
        {
          document: [
            'Storm closes schools across the county',
            'All schools in the county will be closed on Monday after the storm brought down trees and power lines across the region, officials said on Sunday evening.',
            'The council said that buses would not run until the roads had been cleared and checked by its own engineers, which could take until the middle of the week or even longer in the hills.',
            'Harbour wall repairs to start in spring',
            'Ferry timetable changes for the winter season',
            'Library reopens after two years of building work',
          ].join('\n'),
          block: 4,
          kept: false,
          category: 'related',
        },
        // Mid-article, the headlines under a related-links label are its box of other stories.
        { document: stormWithStoryBox().join('\n'), block: 7, kept: false, category: 'related' },
      ],
      noMatch: [
        {
          // A list the article leads into is the article's own.
          document: [
            'Storm closes schools across the county',
            'All schools in the county will be closed on Monday after the storm brought down trees and power lines across the region, officials said on Sunday evening.',
            'The council said that buses would not run until the roads had been cleared and checked by its own engineers, which could take until the middle of the week or even longer in the hills.',
            'It named the routes that stay closed until then:',
            'The coast road between the harbour and the lighthouse',
            'The hill road above the reservoir dam',
            'Every lane through the forest north of the village',
          ].join('\n'),
          block: 5,
          kept: true,
          role: 'body',
        },
      ],
    };
  },
  apply({ blocks, decisions, page }) {
    const decided = new Map<number, RuleVerdict>();
    // A run of short lines under a product's description or a listing's entries is the page's own.
    if (isEntriesPage(page)) return decided;
    // Inside the article, a box of other stories shows itself by its label ("More stories"): the
    // headlines right under a related-links label are that box's.
    for (let i = 0; i + 1 < blocks.length; i++) {
      const label = decisions[i];
      if (label?.certainty !== 'certain' || label.verdict.kept || label.verdict.category !== 'related') continue;
      const members: number[] = [];
      for (let j = i + 1; j < blocks.length && (isHeadline(blocks[j]!) || isTeaserMeta(blocks[j]!)); j++) members.push(j);
      if (members.filter((m) => isHeadline(blocks[m]!)).length < MIN_BOX) continue;
      const verdict = chrome('related', `one of ${members.length} headline-like lines under a related-links label`, 'likely');
      for (const m of members) if (decisions[m]?.certainty !== 'certain') decided.set(m, verdict);
    }
    const last = lastParagraph(blocks, decisions);
    if (last < 0) return decided;
    let i = last + 1;
    while (i < blocks.length) {
      if (!isHeadline(blocks[i]!)) {
        i++;
        continue;
      }
      const members: number[] = [];
      let j = i;
      for (; j < blocks.length; j++) {
        const block = blocks[j]!;
        if (isHeadline(block)) members.push(j);
        else if (!isTeaserMeta(block)) break;
      }
      // Lines that are all `Label: value` fields are a record's or a product's details, not headlines.
      const fields = members.every((m) => fieldLabel(blocks[m]!) !== undefined);
      if (members.length >= MIN_RUN && !fields && !followsLeadIn(blocks, i)) {
        const verdict = chrome('related', `one of ${members.length} headline-like lines in a row after the article`, 'likely');
        for (const m of members) if (decisions[m]?.certainty !== 'certain') decided.set(m, verdict);
      }
      i = j;
    }
    return decided;
  },
};

export default rule;
