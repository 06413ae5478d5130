import { underStory } from '../example-article.js';
import { chrome, keep, type BlockRule, type RuleExamples } from '../rule.js';
import { stopwordThresholds } from '../../features/language.js';

/**
 * jusText's context-free classification, calibrated for stopwords-iso lists: long blocks dense in
 * stopwords are prose (good), blocks poor in stopwords are boilerplate (bad); short and
 * borderline blocks are left unsure for the neighbour-context rule to settle.
 */
export const TEXT_DENSITY = {
  lengthLow: 70,
  lengthHigh: 200,
  lengthSentence: 100,
  stopwordsLow: 0.3,
  stopwordsHigh: 0.36,
} as const;

const MIN_SENTENCE_WORDS = 5;

const rule: BlockRule = {
  kind: 'block',
  id: 'text-density',
  phase: 'statistical',
  targets: 'body',
  description: 'Classifies a block by its length and stopword density (jusText): prose is kept, link lists and labels are dropped.',
  // The fallback of the learned trees: it decides only when learned-classifier is off (they decide every block it would).
  get examples(): RuleExamples {
    return {
      match: [
        {
          ...underStory(
            'Mr Trump and Mr Putin spoke informally multiple times last week at a summit in Vietnam, where they reportedly agreed on several principles for the future of war-torn Syria.',
          ),
          disable: ['learned-classifier'],
          kept: true,
          role: 'body',
        },
        {
          ...underStory(
            'Politics Business Technology Science Health Sports Entertainment Travel Style Weather Video Photos Opinion Obituaries Crosswords Games Podcasts Newsletters',
          ),
          disable: ['learned-classifier'],
          kept: false,
          category: 'other',
        },
      ],
      noMatch: [{ text: 'Home', disable: ['learned-classifier'], kept: false, category: 'navigation' }],
    };
  },
  options: TEXT_DENSITY,
  test(block, context) {
    const { chars, stopwordDensity: density } = block.features;
    const settings = { ...TEXT_DENSITY, ...(context.options as Partial<typeof TEXT_DENSITY>) };
    const { lengthLow, lengthHigh, lengthSentence } = settings;
    // The stopword thresholds are set for English; other lists are scaled by their calibration.
    const { stopwordsLow, stopwordsHigh } = stopwordThresholds(context.language, settings);
    // The share of common words ("the", "of": stopwords), which prose has many of.
    const shown = `${Math.round(density * 100)}% common words like 'the'`;
    if (chars < lengthLow) {
      // A short but complete sentence reads as prose; a short fragment is a label or a link.
      if (block.features.endsWithPunctuation && block.features.words >= MIN_SENTENCE_WORDS && density >= stopwordsHigh) {
        return keep('body', `short sentence, ${shown}; unsure, left to its neighbours`, 'unsure');
      }
      return chrome('other', `short block (${chars} characters); unsure, left to its neighbours`, 'unsure');
    }
    if (density >= stopwordsHigh) {
      // Text has no markup to tell a paragraph from a teaser, so a complete medium sentence counts as prose too.
      return chars > lengthHigh || (chars >= lengthSentence && block.features.endsWithPunctuation)
        ? keep('body', `prose: ${chars} characters, ${shown}`, 'likely')
        : keep('body', `medium-length block, ${shown}; unsure, left to its neighbours`, 'unsure');
    }
    if (density >= stopwordsLow) return keep('body', `borderline: ${shown}; unsure, left to its neighbours`, 'unsure');
    return chrome('other', `only ${shown}: a list or label, not prose`, chars > lengthHigh ? 'unsure' : 'likely');
  },
};

export default rule;
