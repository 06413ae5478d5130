import { STORM_MORE_PARAGRAPHS, STORM_PARAGRAPHS, stormArticle } from '../example-article.js';
import { chrome, type DocumentRule, type RuleExamples, type RuleVerdict } from '../rule.js';
import { isBody, proseFollows } from '../context.js';

/**
 * A photo gallery embedded in a news page prints each slide between its buttons: "Fullscreen",
 * "Buy Photo", then the slide (the photo's name, its caption, its credit), then the next slide's
 * buttons. Buttons with at most this many blocks between them that no rule is certain of belong
 * to one gallery.
 */
const MAX_SLIDE_BLOCKS = 3;
/** A gallery has at least this many buttons: two photos with a button each may be the article's own. */
const MIN_BUTTONS = 3;
/** Body text read above the gallery: on a page that is a gallery and nothing else, the captions are what it is. */
const MIN_ARTICLE_WORDS = 60;

const GALLERY_BUTTON_RULE = 'gallery-label';

/** A paragraph of running text from this many words (one sentence will do: news paragraphs often are one). */
const PROSE_WORDS = 20;

const SLIDES = [
  'Photos: Storm damage across the county',
  'Fullscreen',
  'Fallen trees block the main road into the village on Sunday morning.',
  'Fullscreen',
  'A council crew clears branches from the school car park on Monday.',
  'Fullscreen',
  'Volunteers fill sandbags outside the fire station in the rain.',
  'Fullscreen',
  'More photo galleries',
];

const rule: DocumentRule = {
  kind: 'document',
  id: 'gallery-slides',
  phase: 'context',
  targets: 'other',
  description: 'The captions of a photo gallery under an article, between the gallery\'s buttons ("Fullscreen", "Buy Photo").',
  get examples(): RuleExamples {
    return {
      match: [
        { document: [...stormArticle(3), ...SLIDES].join('\n'), block: 6, kept: false, category: 'other' },
        { document: [...stormArticle(3), ...SLIDES].join('\n'), block: 10, kept: false, category: 'other' },
      ],
      noMatch: [
        // An article with a button under each of its photos: its paragraphs lie between the buttons too.
        {
          document: [
            ...stormArticle(3),
            'Fallen trees on the main road',
            'Enlarge photo',
            STORM_PARAGRAPHS[3]!,
            'A council crew at the school',
            'Enlarge photo',
            STORM_PARAGRAPHS[4]!,
            'Sandbags at the fire station',
            'Enlarge photo',
            ...STORM_MORE_PARAGRAPHS.slice(0, 2),
          ].join('\n'),
          block: 9,
          kept: true,
          role: 'body',
        },
        // The article goes on under the gallery.
        { document: [...stormArticle(3), ...SLIDES, ...STORM_PARAGRAPHS.slice(3)].join('\n'), block: 13, kept: true, role: 'body' },
        // A page that is the gallery: its captions are what the reader came for.
        {
          document: [
            'Storm damage across the county, in pictures',
            'Fullscreen',
            'Fallen trees block the main road into the village of Upper Ashby on Sunday morning, after a night of gales brought down more than forty oaks along the valley.',
            'Fullscreen',
            'A council crew clears branches from the school car park on Monday, so that the buses can turn there again when the schools reopen later in the week.',
            'Fullscreen',
            'Volunteers fill sandbags outside the fire station in the rain, as the river rises towards the bridge that the town relies on for its only road to the coast.',
            'Fullscreen',
          ].join('\n'),
          block: 2,
          kept: true,
        },
      ],
    };
  },
  apply({ blocks, decisions, language }) {
    const decided = new Map<number, RuleVerdict>();
    let bodyWords = 0;
    for (let i = 0; i < blocks.length; i++) {
      if (decisions[i]?.rule !== GALLERY_BUTTON_RULE) {
        if (isBody(decisions[i])) bodyWords += blocks[i]!.features.words;
        continue;
      }
      let last = i;
      let buttons = 1;
      let between = 0;
      for (let j = i + 1; j < blocks.length; j++) {
        if (decisions[j]?.rule === GALLERY_BUTTON_RULE) {
          last = j;
          buttons++;
          between = 0;
        } else if (decisions[j]?.certainty !== 'certain' && ++between > MAX_SLIDE_BLOCKS) break;
      }
      // An article with an "Enlarge photo" button under each of its pictures goes on in paragraphs
      // of prose below the last one; a gallery ends in its own links ("More photo galleries").
      if (buttons >= MIN_BUTTONS && bodyWords >= MIN_ARTICLE_WORDS && !proseFollows(blocks, decisions, last, language, PROSE_WORDS, 1)) {
        const verdict = chrome(
          'other',
          `a slide of the photo gallery between its buttons (lines ${blocks[i]!.line}-${blocks[last]!.line})`,
          'likely',
        );
        for (let k = i + 1; k < last; k++) if (decisions[k]?.certainty !== 'certain') decided.set(k, verdict);
      }
      i = last;
    }
    return decided;
  },
};

export default rule;
