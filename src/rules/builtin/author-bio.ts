import { chrome, type DocumentRule, type RuleVerdict, type RuleExamples } from '../rule.js';
import { lastParagraph } from '../context.js';
import type { AnalysedBlock } from '../../types.js';

/**
 * An author's note: one to three capitalised names, a verb of the trade, and the trade itself
 * ("Jane Smith is a reporter for the Gazette", "Mix covers technology for ...", "Chris Clarke is
 * KCET's Environment Editor") or how to reach the author ("Ana Ruiz covers schools. Reach her at ...").
 */
const BIO =
  /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:is|covers|writes|blogs|has been|has written|has covered|joined)\b[^]{0,200}?\b(?:reporter|writer|editor|author|correspondent|columnist|journalist|contributor|blogger|freelancer|covers|writes about|(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Ff]ollow) (?:him|her|them)(?: at| on| via|:))\b/u;
/** A bio is a short note: a sentence or three. */
const MAX_WORDS = 60;

function isBio({ text, features }: AnalysedBlock): boolean {
  return features.words <= MAX_WORDS && features.endsWithPunctuation && BIO.test(text);
}

/**
 * The author's bio under a news article ("Jane Smith is a reporter for the Gazette. She joined in
 * 2019."): chrome to a reader of the story, though it reads like a sentence of it. Recognised by
 * its shape (a name, a verb of the trade, the trade) and only after the article's last paragraph:
 * inside the story the same sentence is about someone the story is about.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'author-bio',
  phase: 'context',
  targets: 'other',
  description: "An author's bio under the article's last paragraph: a name, a verb of the trade and the trade.",
  patterns: [BIO],
  get examples(): RuleExamples {
    const story = [
      'Harbour ferry fares to rise in spring',
      'The harbour ferry will cost more from April, the port authority said on Tuesday, after fuel and repair bills rose for the third year running and the old diesel boats needed new engines.',
      'A single trip will cost 3.20 euros instead of 2.80, and a book of ten tickets will go up by four euros, the authority said in a statement.',
    ];
    return {
      match: [
        {
          document: [
            ...story,
            'Ines Carvalho is a reporter for the Harbour Gazette. She covers transport and the port.',
            'Related stories',
            'Bridge closed for repairs',
          ].join('\n'),
          block: 3,
          kept: false,
          category: 'other',
        },
        // Or how to reach the author, instead of the trade.
        {
          document: [...story, 'Ines Carvalho covers the port and its ferries. Reach her at ines@gazette.example or on X.'].join('\n'),
          block: 3,
          kept: false,
          category: 'other',
        },
      ],
      noMatch: [
        // The same sentence inside the story is about someone the story is about.
        {
          document: [
            ...story,
            'Marta Olsen is a reporter for the local radio station and rides the ferry every day.',
            'She said the new fares would hit commuters from the islands hardest, because they have no bridge, no bus and no other way to reach their jobs and schools in the town on the other side of the water.',
          ].join('\n'),
          block: 3,
          kept: true,
          role: 'body',
        },
      ],
    };
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    const last = lastParagraph(blocks, decisions, isBio);
    if (last < 0) return decided;
    const verdict = chrome('other', "the author's bio under the article", 'likely');
    for (let i = last + 1; i < blocks.length; i++) {
      if (decisions[i]?.certainty === 'certain' || !isBio(blocks[i]!)) continue;
      decided.set(i, verdict);
    }
    return decided;
  },
};

export default rule;
