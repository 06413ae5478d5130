import { chrome, type DocumentRule, type RuleVerdict } from '../rule.js';

/** How much a dropped word weighs against a kept one when delimiting the article. */
const DROPPED_WEIGHT = 1;

/**
 * The article is one contiguous region of text (Finn's body-text extraction, on blocks): the run
 * of blocks where kept words most outweigh dropped ones. Prose kept outside that run (teasers,
 * author boxes, sidebars) is dropped.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'article-region',
  phase: 'context',
  targets: 'related',
  description: 'Prose far outside the main run of article text (teasers, sidebars, author boxes) is dropped.',
  examples: {
    match: [
      {
        document: [
          'Storm closes schools across the county',
          'All schools in the county will be closed on Monday after the storm brought down trees and power lines, officials said on Sunday evening.',
          'The council said that buses would not run until the roads had been cleared and checked, which could take until the middle of the week.',
          'Parents were told to check the council website for updates, and to keep children away from fallen lines and flooded roads.',
          'Home',
          'News',
          'Sport',
          'Weather',
          'Culture',
          'Travel',
          'Business',
          'Politics',
          'Science',
          'Health',
          'Education',
          'Motoring and property',
          'Opinion and letters to the editor',
          'Puzzles, crosswords and games',
          'Jobs and classified adverts',
          'A teaser for another story that has enough words in it to look like a paragraph of prose, with a verb and all.',
        ].join('\n'),
        block: 19,
      },
    ],
    noMatch: [],
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    // Kadane's maximum-sum segment over signed word counts.
    let best = 0;
    let bestStart = -1;
    let bestEnd = -1;
    let sum = 0;
    let start = 0;
    for (let i = 0; i < blocks.length; i++) {
      const words = blocks[i]!.features.words;
      const kept = decisions[i]?.verdict.kept ?? true;
      const score = kept ? words : -DROPPED_WEIGHT * words;
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += score;
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    if (bestStart < 0) return decided;
    for (let i = 0; i < blocks.length; i++) {
      if (i >= bestStart && i <= bestEnd) continue;
      const decision = decisions[i];
      if (!decision?.verdict.kept || decision.certainty === 'certain' || decision.verdict.role !== 'body') continue;
      decided.set(i, chrome('other', `outside the article text (lines ${blocks[bestStart]!.line}-${blocks[bestEnd]!.line})`, 'likely'));
    }
    return decided;
  },
};

export default rule;
