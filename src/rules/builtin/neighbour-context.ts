import { chrome, keep, type DocumentRule, type RuleVerdict } from '../rule.js';
import { classOf, type TextClass } from '../context.js';
import type { ChromeCategory, Features } from '../../types.js';

/** Chrome that interrupts an article without ending it: neighbours look through it. */
const INTERRUPTIONS: ReadonlySet<ChromeCategory> = new Set(['advertising', 'share']);

const MIN_SENTENCE_WORDS = 6;

function isSentence(features: Features): boolean {
  return features.endsWithPunctuation && features.words >= MIN_SENTENCE_WORDS;
}

/**
 * A borderline block this long that ends like a sentence is a paragraph of prose; between
 * boilerplate it is most often the article's own text on a page the trees read badly (a home page,
 * a short notice). A page with more such blocks than PROSE_MAX_RESCUES is a list of teasers or a
 * live ticker: there they stay dropped.
 */
const PROSE_WORDS = 15;
const PROSE_MAX_RESCUES = 2;

/** The nearest good or bad block in one direction, optionally skipping near-good ones (jusText). */
type ContextClass = TextClass | 'transparent';

// nearestClass answers from a table per array, direction and mode, built in one pass on first use:
// scanning per block was quadratic on long runs of short blocks (1,000,000 one-character lines).
// An array must not change after its first query (`resolved` is queried only once complete).
const nearestTables = new WeakMap<readonly ContextClass[], Map<string, ContextClass[]>>();

function nearestClass(classes: readonly ContextClass[], from: number, step: 1 | -1, skipNearGood: boolean): ContextClass {
  let tables = nearestTables.get(classes);
  if (!tables) nearestTables.set(classes, (tables = new Map()));
  const key = `${step}${skipNearGood}`;
  let table = tables.get(key);
  if (!table) {
    table = new Array<ContextClass>(classes.length);
    let nearest: ContextClass = 'bad'; // document edges count as boilerplate
    for (let i = step === 1 ? classes.length - 1 : 0; i >= 0 && i < classes.length; i -= step) {
      table[i] = nearest;
      const c = classes[i]!;
      if (c === 'good' || c === 'bad' || (c === 'near-good' && !skipNearGood)) nearest = c;
    }
    tables.set(key, table);
  }
  return table[from]!;
}

/**
 * jusText's context-sensitive pass: a short or borderline block takes the class of its
 * neighbours. Short blocks between body paragraphs stay; those among link lists go.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'neighbour-context',
  phase: 'context',
  targets: 'body',
  description: 'Short and borderline blocks follow their neighbours (jusText): kept between body paragraphs, dropped among boilerplate.',
  examples: {
    match: [
      {
        document: [
          'Mr Trump and Mr Putin spoke informally multiple times last week at a summit in Vietnam, where they reportedly agreed on several principles for the future of war-torn Syria.',
          'He said it was done.',
          'The Kremlin has said that Russia is trying to get Mr Assad to agree to potential peace initiatives drafted by Russia, Iran and Turkey, and that talks would go on.',
        ].join('\n'),
        block: 1,
      },
      { document: 'Politics\nBusiness\nA short note on it\nTechnology\nScience', block: 2 },
    ],
    noMatch: [],
  },
  options: { proseWords: PROSE_WORDS, proseMaxRescues: PROSE_MAX_RESCUES },
  apply(context) {
    const classes = context.blocks.map((_, i) => {
      const decision = context.decisions[i];
      const category = decision?.certainty === 'certain' ? decision.verdict.category : undefined;
      return category && INTERRUPTIONS.has(category) ? 'transparent' : classOf(decision);
    });
    const decided = new Map<number, RuleVerdict>();
    // Short blocks first, against the context-free classes.
    const resolved = [...classes];
    classes.forEach((c, i) => {
      if (c !== 'short') return;
      const before = nearestClass(classes, i, -1, true);
      const after = nearestClass(classes, i, 1, true);
      let good: boolean;
      if (before === 'good' && after === 'good') good = true;
      else if (before === 'bad' && after === 'bad') good = false;
      else if (before === 'bad') good = nearestClass(classes, i, -1, false) === 'near-good';
      // A complete sentence right under body text ends the article rather than starting the chrome.
      else good = nearestClass(classes, i, 1, false) === 'near-good' || (classes[i - 1] === 'good' && isSentence(context.blocks[i]!.features));
      resolved[i] = good ? 'good' : 'bad';
      decided.set(i, good ? keep('body', 'short block between body paragraphs', 'likely') : chrome('other', 'short block among boilerplate', 'likely'));
    });
    // Then borderline blocks: kept unless boilerplate on both sides (and not one of a page's few
    // isolated prose paragraphs).
    const proseWords = Number(context.options?.['proseWords'] ?? PROSE_WORDS);
    const maxRescues = Number(context.options?.['proseMaxRescues'] ?? PROSE_MAX_RESCUES);
    const isolatedProse: number[] = [];
    classes.forEach((c, i) => {
      if (c !== 'near-good') return;
      const before = nearestClass(resolved, i, -1, true);
      const after = nearestClass(resolved, i, 1, true);
      const isolated = before === 'bad' && after === 'bad';
      const features = context.blocks[i]!.features;
      if (isolated && features.endsWithPunctuation && features.words >= proseWords) isolatedProse.push(i);
      decided.set(
        i,
        isolated
          ? chrome('other', 'borderline block with boilerplate on both sides', 'likely')
          : keep('body', 'borderline block next to body paragraphs', 'likely'),
      );
    });
    if (isolatedProse.length <= maxRescues) {
      for (const i of isolatedProse) decided.set(i, keep('body', 'a borderline paragraph of prose, one of the few on the page between boilerplate', 'likely'));
    }
    return decided;
  },
};

export default rule;
