import { underStory } from '../example-article.js';
import { chrome, keep, type BlockRule, type RuleExamples, type RuleOptions } from '../rule.js';
import { stopwordThresholds } from '../../features/language.js';
import { BAD, contextFreeGrade, GOOD, SHORT, TEXT_DENSITY } from '../justext.js';

const MIN_SENTENCE_WORDS = 5;

/**
 * jusText's context-free classification, calibrated for stopwords-iso lists: long blocks dense in
 * stopwords are prose (good), blocks poor in stopwords are boilerplate (bad); short and
 * borderline blocks are left unsure for the neighbour-context rule to settle.
 */
/**
 * The rule's settings for a run's options, made once per options object (the rule is asked per
 * block): stopwordThresholds keeps its scaled thresholds per settings object.
 */
const settingsMade = new WeakMap<RuleOptions, typeof TEXT_DENSITY>();
function settingsOf(options: RuleOptions | undefined): typeof TEXT_DENSITY {
  if (!options) return TEXT_DENSITY;
  let settings = settingsMade.get(options);
  if (!settings) settingsMade.set(options, (settings = { ...TEXT_DENSITY, ...(options as Partial<typeof TEXT_DENSITY>) }));
  return settings;
}

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
    const { chars, stopwordDensity: density, endsWithPunctuation } = block.features;
    const settings = settingsOf(context.options);
    // The stopword thresholds are set for English; other lists are scaled by their calibration.
    const { stopwordsLow, stopwordsHigh } = stopwordThresholds(context.language, settings);
    const thresholds = { ...settings, stopwordsLow, stopwordsHigh };
    // The share of common words ("the", "of": stopwords), which prose has many of.
    const shown = `${Math.round(density * 100)}% common words like 'the'`;
    const grade = contextFreeGrade(chars, density, endsWithPunctuation, thresholds);
    if (grade === SHORT) {
      // A short but complete sentence reads as prose; a short fragment is a label or a link.
      if (endsWithPunctuation && block.features.words >= MIN_SENTENCE_WORDS && density >= stopwordsHigh) {
        return keep('body', `short sentence, ${shown}; unsure, left to its neighbours`, 'unsure');
      }
      return chrome('other', `short block (${chars} characters); unsure, left to its neighbours`, 'unsure');
    }
    if (grade === GOOD) return keep('body', `prose: ${chars} characters, ${shown}`, 'likely');
    if (grade === BAD)
      return chrome('other', `only ${shown}: a list or label, not prose`, chars > thresholds.lengthHigh ? 'unsure' : 'likely');
    // Near-good: dense in stopwords but of medium length, or of borderline density.
    return density >= stopwordsHigh
      ? keep('body', `medium-length block, ${shown}; unsure, left to its neighbours`, 'unsure')
      : keep('body', `borderline: ${shown}; unsure, left to its neighbours`, 'unsure');
  },
};

export default rule;
