import { stormArticle } from '../example-article.js';
import { chrome, type DocumentRule, type RuleVerdict, type RuleExamples } from '../rule.js';
import type { AnalysedBlock } from '../../types.js';
import { fieldLabel } from '../page-type.js';
import { CLAUSE_END, followsLeadIn, isBody, isEntriesPage } from '../context.js';
import { CHARACTER_CLASSES, holdsAny } from '../../features/tokenize.js';

/** A menu entry: one to a few words, no sentence end, no digits (a quantity or a date is a list's item). */
const LABEL_WORDS = { min: 1, max: 4 } as const;
/** This many entries in a row make a menu. */
const MIN_RUN = 6;
/** The article's text must be mostly above the run: body words below it, at most this share of those above. */
const MAX_BODY_BELOW = 0.5;
/** And there must be an article above it: this many body words. */
const MIN_BODY_ABOVE = 60;

function isLabel(block: AnalysedBlock): boolean {
  const { features, text } = block;
  return (
    features.words >= LABEL_WORDS.min &&
    features.words <= LABEL_WORDS.max &&
    !features.endsWithPunctuation &&
    !CLAUSE_END.test(text) &&
    !holdsAny(features, CHARACTER_CLASSES.asciiDigit) &&
    fieldLabel(block) === undefined
  );
}

/**
 * A footer menu under the article: six or more short labels in a row (sections, services, legal
 * pages), one per line. They are recognised by their shape, not their words, and only under the
 * article (most of the page's body text above them): inside it, a run of short lines is as often
 * the story's own list. A run that follows a lead-in ending in a colon is a list too.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'menu-run',
  phase: 'context',
  targets: 'navigation',
  description: 'Six or more short labels in a row under the article are a menu.',
  patterns: [CLAUSE_END],
  get examples(): RuleExamples {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Culture', 'Travel', 'Business', 'Motoring and property', 'Puzzles and games'];
    return {
      match: [
        { document: [...stormArticle(5), ...menu].join('\n'), block: 7, kept: false, category: 'navigation' },
        { document: [...stormArticle(5), ...menu].join('\n'), block: 12, kept: false, category: 'navigation' },
      ],
      noMatch: [
        // The list the article leads into is the article's own.
        {
          document: [...stormArticle(5), 'The roads that stay closed:', ...menu.slice(1)].join('\n'),
          block: 8,
          kept: true,
          role: 'body',
        },
        // Amounts are a list's items (ingredients, results), not a menu's.
        {
          document: [
            ...stormArticle(5),
            'Rice',
            '200 g rice',
            '1 onion',
            '2 cloves of garlic',
            '1 litre of stock',
            '50 g butter',
            '1 glass of white wine',
          ].join('\n'),
          block: 8,
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
    // Body words above each block (prefix sums: one pass however many runs the page has).
    const above = new Array<number>(blocks.length + 1).fill(0);
    for (let i = 0; i < blocks.length; i++) above[i + 1] = above[i]! + (isBody(decisions[i]) ? blocks[i]!.features.words : 0);
    const total = above[blocks.length]!;
    for (let i = 0; i < blocks.length;) {
      let j = i;
      while (j < blocks.length && isLabel(blocks[j]!)) j++;
      const bodyAbove = above[i]!;
      const underArticle = bodyAbove >= MIN_BODY_ABOVE && total - above[j]! <= MAX_BODY_BELOW * bodyAbove;
      if (j - i >= MIN_RUN && underArticle && !followsLeadIn(blocks, i)) {
        const verdict = chrome('navigation', `one of ${j - i} short labels in a row under the article (a menu)`, 'likely');
        for (let m = i; m < j; m++) if (decisions[m]?.certainty !== 'certain') decided.set(m, verdict);
      }
      i = Math.max(j, i + 1);
    }
    return decided;
  },
};

export default rule;
