import { STORM_PARAGRAPHS, stormArticle } from '../example-article.js';
import { chrome, type DocumentRule, type RuleExamples, type RuleVerdict } from '../rule.js';
import type { AnalysedBlock } from '../../types.js';

/**
 * A teaser's headline printed twice in a row: a converter writes a linked image's alt text and then
 * the link's own text, which a site sets to the same headline. Four words at least: a name printed
 * twice (an author's photo and byline) is the article's credit, and a one-word label twice is a
 * menu's, left to the other rules.
 */
const TWIN_WORDS = { min: 4, max: 15 } as const;
/** A paragraph this long under the twin headline is the entry's own text: a teaser's blurb is shorter. */
const MIN_ENTRY_TEXT_WORDS = 30;

function isTwinCandidate(block: AnalysedBlock): boolean {
  return block.features.words >= TWIN_WORDS.min && block.features.words <= TWIN_WORDS.max;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A line that says one word over and over ("Na, na, na, na, hey hey"): a song's refrain, not a headline. */
function isRefrain(text: string): boolean {
  const counts = new Map<string, number>();
  let words = 0;
  let most = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const count = (counts.get(word) ?? 0) + 1;
    counts.set(word, count);
    most = Math.max(most, count);
    words++;
  }
  return most * 2 > words;
}

const WHITESPACE_RUN = /\s+/g;

/** `a` and `b` say the same words, whatever the line breaks and spaces between them. */
function sameWords(a: string, b: string): boolean {
  return a === b || a.replace(WHITESPACE_RUN, ' ').trim() === b.replace(WHITESPACE_RUN, ' ').trim();
}

const rule: DocumentRule = {
  kind: 'document',
  id: 'twin-lines',
  phase: 'context',
  targets: 'related',
  description: "A headline printed twice in a row (a teaser's image and its link) is a link to another page.",
  patterns: [WHITESPACE_RUN, WORD],
  get examples(): RuleExamples {
    const teasers = [
      'Harbour trust buys the old customs house',
      'Harbour trust buys the old customs house',
      'Ferry fares frozen for another year',
      'Ferry fares frozen for another year',
    ];
    return {
      match: [
        { document: [...stormArticle(4), ...teasers].join('\n'), block: 5, kept: false, category: 'related' },
        { document: [...stormArticle(4), ...teasers].join('\n'), block: 8, kept: false, category: 'related' },
      ],
      noMatch: [
        // A digest's story under its headline printed twice: the headline is the entry's title.
        {
          document: [
            'Harbour trust buys the old customs house',
            'Harbour trust buys the old customs house',
            ...STORM_PARAGRAPHS.slice(0, 2),
            'Ferry fares frozen for another year',
            'Ferry fares frozen for another year',
            STORM_PARAGRAPHS.slice(2, 4).join(' '),
          ].join('\n'),
          block: 5,
          kept: true,
        },
        // A song's refrain sung twice is the lyrics' own.
        {
          document: [...stormArticle(2), 'Na, na, na, na, hey hey', 'Na, na, na, na, hey hey', ...STORM_PARAGRAPHS.slice(2, 4)].join('\n'),
          block: 3,
          kept: true,
        },
        // A line the article says twice, ending like a sentence, is its own text.
        {
          document: [...stormArticle(2), 'Never again, never again!', 'Never again, never again!', ...STORM_PARAGRAPHS.slice(2, 4)].join(
            '\n',
          ),
          block: 3,
          kept: true,
        },
      ],
    };
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    let verdict: RuleVerdict | undefined;
    for (let i = 1; i < blocks.length; i++) {
      const previous = blocks[i - 1]!;
      const block = blocks[i]!;
      if (!isTwinCandidate(block) || previous.features.words !== block.features.words || block.features.endsWithPunctuation) continue;
      if (!sameWords(previous.text, block.text) || isRefrain(block.text)) continue;
      // The page's title and its headline below it are page-title's to decide.
      if (decisions[i - 1]?.verdict.role === 'title' || decisions[i]?.verdict.role === 'title') continue;
      // Over a paragraph of its own text it is an entry's title (a blog's posts, a news digest).
      const after = blocks[i + 1];
      if (after && after.features.words >= MIN_ENTRY_TEXT_WORDS && after.features.endsWithPunctuation) continue;
      verdict ??= chrome('related', 'a headline printed twice in a row (a teaser: its image and its link)', 'likely');
      for (const m of [i - 1, i]) if (decisions[m]?.certainty !== 'certain') decided.set(m, verdict);
    }
    return decided;
  },
};

export default rule;
