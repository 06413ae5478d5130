import { isLongProse, LONG_PROSE } from '../context.js';
import { chrome, type BlockRule, type RuleExamples } from '../rule.js';
import { lineKey } from '../../text.js';

const ARTICLE = 'The farmers market on Elm Street opened its winter season on Saturday with more than forty stalls and a long queue.';
const FOOTER = 'Printed from the archive of the Valley Courier, issue 417';
const PROSE =
  'The council has asked residents to leave their bins at the kerb by seven in the morning, because the new lorries start earlier than the old ones did. ' +
  'Collections that are missed this week will be made up on Saturday, and the council will write to every household about the changes before the summer.';

/**
 * A line that a collection repeats across documents (CCNet removes lines whose hash repeats in a
 * shard; trafilatura drops segments seen more than twice): templates, footers, menus, boilerplate
 * sentences that no phrase rule knows. The counts are an input (`StripOptions.repeatedLines`, the
 * CLI's --dedupe-lines or --repeated-lines); without them the rule decides nothing. After the
 * phrase rules, so that a repeated "Subscribe now" keeps its own category. A paragraph of prose
 * (`isLongProse`, `proseWords` words or more) is kept whatever its count: syndicated articles and
 * a crawl's duplicate pages repeat body text, and dropping it would lose the article; 0 judges
 * every line by its count alone.
 */
const rule: BlockRule = {
  kind: 'block',
  id: 'repeated-line',
  phase: 'lexical',
  targets: 'repeated',
  description:
    'Lines found in at least K documents of the collection (--dedupe-lines[=K], --repeated-lines), digits and case ignored, unless long prose.',
  options: { proseWords: LONG_PROSE.words },
  get examples(): RuleExamples {
    return {
      match: [
        { document: `Winter market opens\n${ARTICLE}\n${FOOTER}`, block: 2, repeated: [FOOTER], kept: false, category: 'repeated' },
        {
          document: `Winter market opens\n${ARTICLE}\nPRINTED FROM THE ARCHIVE OF THE VALLEY COURIER, ISSUE 388`,
          block: 2,
          repeated: [FOOTER],
          kept: false,
          category: 'repeated',
        },
      ],
      noMatch: [
        { document: `Bin collections change\n${PROSE}\n${FOOTER}`, block: 1, repeated: [PROSE, FOOTER], kept: true },
        { document: `Winter market opens\n${ARTICLE}\n${FOOTER}`, block: 1, repeated: [FOOTER], kept: true },
      ],
    };
  },
  test(block, context) {
    const repeated = context.repeatedLines;
    if (!repeated) return null;
    const proseWords = Number(context.options?.proseWords ?? LONG_PROSE.words);
    if (proseWords > 0 && isLongProse(block, context.language, proseWords)) return null;
    // A wrapped paragraph is repeated when each of its lines is.
    let fewest = Infinity;
    for (const line of block.text.split('\n')) {
      const key = lineKey(line);
      if (key === '') continue;
      fewest = Math.min(fewest, repeated.documents(key));
      if (fewest < repeated.threshold) return null;
    }
    return fewest === Infinity ? null : chrome('repeated', `line found in ${fewest} documents (at least ${repeated.threshold})`);
  },
};

export default rule;
