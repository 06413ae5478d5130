import { chrome, keep, type DocumentRule, type RuleVerdict } from '../rule.js';
import { classOf, type TextClass } from '../context.js';
import type { ChromeCategory } from '../../types.js';

/** Chrome that interrupts an article without ending it: neighbours look through it. */
const INTERRUPTIONS: ReadonlySet<ChromeCategory> = new Set(['advertising', 'share']);

/** The nearest good or bad block in one direction, optionally skipping near-good ones (jusText). */
type ContextClass = TextClass | 'transparent';

function nearestClass(classes: readonly ContextClass[], from: number, step: 1 | -1, skipNearGood: boolean): ContextClass {
  for (let i = from + step; i >= 0 && i < classes.length; i += step) {
    const c = classes[i]!;
    if (c === 'good' || c === 'bad') return c;
    if (c === 'near-good' && !skipNearGood) return c;
  }
  return 'bad'; // document edges count as boilerplate
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
      else good = nearestClass(classes, i, 1, false) === 'near-good';
      resolved[i] = good ? 'good' : 'bad';
      decided.set(i, good ? keep('body', 'short block between body paragraphs', 'likely') : chrome('other', 'short block among boilerplate', 'likely'));
    });
    // Then borderline blocks: kept unless boilerplate on both sides.
    classes.forEach((c, i) => {
      if (c !== 'near-good') return;
      const before = nearestClass(resolved, i, -1, true);
      const after = nearestClass(resolved, i, 1, true);
      decided.set(
        i,
        before === 'bad' && after === 'bad'
          ? chrome('other', 'borderline block with boilerplate on both sides', 'likely')
          : keep('body', 'borderline block next to body paragraphs', 'likely'),
      );
    });
    return decided;
  },
};

export default rule;
