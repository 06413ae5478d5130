// The learned classifier's reason in words a reader knows: the few facts about a block that moved
// the trees' answer most towards the verdict, e.g. "short block (at most 4 words), no sentence
// punctuation at the end, among chrome blocks". Facts come from the tests on the path to the leaf
// the reason describes (see Forest.path), merged per feature into the range the block's value lies
// in; each feature has its own phrase. The leaf is the deciding forest's (the second stage's, which
// reads the block's own statistics as well as the first stage's answers around it).

import { FEATURE_NAMES, STAGE2_FEATURE_NAMES, type FeatureName } from './features.js';
import type { Forest, PathTest } from './tree.js';
import { JUSTEXT_DEFAULTS } from '../justext.js';

/** "over 0 link-like marks" reads as "link-like marks". */
const OVER_NOTHING = /^over 0 /;

/** The patterns of this module, for the ReDoS check in the test suite. */
export const EXPLAIN_PATTERNS: readonly RegExp[] = [OVER_NOTHING];

/** What the path says about one feature: lo < value <= hi, and how far it moved the answer towards the verdict. */
interface Fact {
  feature: number;
  lo: number;
  hi: number;
  /** How far the feature's tests moved the answer towards article text (see PathTest.shift). */
  weight: number;
}

/** Facts shown at most, and the length their words stop growing at (the reason stays one line). */
const MOST_FACTS = 3;
const MOST_CHARS = 72;
/**
 * A fact whose tests moved the tree's answer this far or more away from the verdict is not shown
 * (see PathTest.shift: an estimate, so only a clear move counts).
 */
const AGAINST = -0.05;

// Feature columns, found by name in the model's layout (features.ts): a re-fit that moves a
// feature moves its wording with it.
const COLUMNS: readonly string[] = [...FEATURE_NAMES, ...STAGE2_FEATURE_NAMES];
function column(name: FeatureName | (typeof STAGE2_FEATURE_NAMES)[number]): number {
  return COLUMNS.indexOf(name);
}
const WORDS = column('words'),
  STOPWORDS = column('stopword density'),
  ENDS_SENTENCE = column('ends with punctuation'),
  CAPITALISED = column('capitalised share'),
  LETTERS = column('letter share'),
  LINK_MARKS = column('link marks'),
  SENTENCES = column('sentences'),
  POSITION = column('position in page'),
  TEXT_ABOVE = column('share of page words above'),
  PREVIOUS_WORDS = column('previous block words'),
  NEXT_WORDS = column('next block words'),
  PREVIOUS_STOPWORDS = column('previous stopword density'),
  NEXT_STOPWORDS = column('next stopword density'),
  PREVIOUS_ENDS = column('previous ends with punctuation'),
  NEXT_ENDS = column('next ends with punctuation'),
  WORDS_AROUND = column('words within two blocks'),
  CHROME_AROUND = column('phrase-rule chrome within three blocks'),
  CHROME_ABOVE = column('blocks since phrase-rule chrome above'),
  CHROME_BELOW = column('blocks until phrase-rule chrome below'),
  COMMENTS_ABOVE = column('comments block above'),
  REPEATED = column('same text elsewhere in page'),
  FROM_TITLE = column('blocks after the title'),
  WORDS_TWO_BEFORE = column('words two blocks before'),
  WORDS_TWO_AFTER = column('words two blocks after'),
  DIGITS = column('digit share'),
  JUSTEXT = column('jusText class (0 bad .. 3 good)'),
  OWN = column('first-stage probability'),
  PREVIOUS = column('previous block probability'),
  NEXT = column('next block probability'),
  TWO_BEFORE = column('probability two blocks before'),
  TWO_AFTER = column('probability two blocks after'),
  BEST_AROUND = column('highest probability within three blocks'),
  MEAN_AROUND = column('mean probability within three blocks'),
  PAGE_MEAN = column('mean probability in the page');
/** Distances to chrome and to the title are capped at this (features.ts FAR). */
const FAR = 50;

/**
 * What each feature says to a person: `reads`, what a high value reads as (1 article text, -1
 * chrome, 0 neither: where a block sits in the page, its share of digits...); from where a value
 * reads so clearly (at most `low`, over `high`); and how telling the fact is to a reader when the
 * value is low or high (`rankLow`, `rankHigh`: a block's own length and punctuation before its
 * neighbours' statistics; "link-like marks" tells more than "no link-like marks"). A fact that reads
 * against the verdict (a long block dropped "because" it is long) is true of the block but explains
 * nothing, so it is not shown; one that reads as neither, or only faintly ("over 6 words"), only
 * when nothing reads clearly.
 */
const CUES: Record<number, readonly [reads: -1 | 0 | 1, low: number, high: number, rankLow: number, rankHigh: number]> = {
  [WORDS]: [1, 12, 25, 10, 10],
  [STOPWORDS]: [1, 0.3, 0.2, 8, 8],
  [ENDS_SENTENCE]: [1, 0.5, 0, 10, 10],
  [CAPITALISED]: [-1, 0.3, 0.5, 3, 6],
  [LETTERS]: [1, 0.7, 0.8, 4, 2],
  [LINK_MARKS]: [-1, 0.5, 0, 3, 9],
  [SENTENCES]: [1, 1.5, 1, 7, 7],
  [POSITION]: [0, 0, 0, 1, 1],
  [TEXT_ABOVE]: [0, 0, 0, 1, 1],
  [PREVIOUS_WORDS]: [1, 12, 25, 5, 5],
  [NEXT_WORDS]: [1, 12, 25, 5, 5],
  [PREVIOUS_STOPWORDS]: [1, 0.3, 0.2, 4, 4],
  [NEXT_STOPWORDS]: [1, 0.3, 0.2, 4, 4],
  [PREVIOUS_ENDS]: [1, 0.5, 0, 5, 5],
  [NEXT_ENDS]: [1, 0.5, 0, 5, 5],
  [WORDS_AROUND]: [1, 30, 60, 5, 5],
  [CHROME_AROUND]: [-1, 0.5, 0, 3, 7],
  [CHROME_ABOVE]: [1, 3, 5, 6, 3],
  [CHROME_BELOW]: [1, 3, 5, 6, 3],
  [COMMENTS_ABOVE]: [-1, 0.5, 0, 2, 9],
  [REPEATED]: [-1, 0.5, 0, 2, 8],
  [FROM_TITLE]: [0, 0, 0, 1, 1],
  [WORDS_TWO_BEFORE]: [1, 12, 25, 3, 3],
  [WORDS_TWO_AFTER]: [1, 12, 25, 3, 3],
  [DIGITS]: [0, 0, 0, 1, 1],
  [JUSTEXT]: [1, 1.5, 1, 6, 6],
  [OWN]: [1, 0.5, 0.5, 2, 2],
  [PREVIOUS]: [1, 0.5, 0.5, 7, 7],
  [NEXT]: [1, 0.5, 0.5, 7, 7],
  [TWO_BEFORE]: [1, 0.5, 0.5, 4, 4],
  [TWO_AFTER]: [1, 0.5, 0.5, 4, 4],
  [BEST_AROUND]: [1, 0.5, 0.5, 6, 6],
  [MEAN_AROUND]: [1, 0.5, 0.5, 8, 8],
  [PAGE_MEAN]: [1, 0.5, 0.5, 3, 3],
};
const CLEAR = 2;
const FAINT = 1;

/** How a fact reads to a person for the verdict: CLEAR, FAINT, or 0 (against it). */
function readsFor(fact: Fact, towardsBody: boolean): number {
  const [reads, low, high] = CUES[fact.feature] ?? [0, 0, 0];
  // (Every feature read here is 0 or more.)
  const hasLow = fact.lo >= 0;
  if (reads === 0) return FAINT;
  if (hasLow && fact.hi < Infinity) {
    // A range reads faintly: as neither (12-30 words), or, wholly on one side of the cues, as
    // that side ("among chrome blocks" for a mean of 0.2-0.45 never explains keeping a block).
    const side = fact.hi <= low ? -reads : fact.lo >= high ? reads : 0;
    return side === 0 || side === (towardsBody ? 1 : -1) ? FAINT : 0;
  }
  const isHigh = hasLow;
  if ((isHigh ? reads : -reads) !== (towardsBody ? 1 : -1)) return 0;
  return (isHigh ? fact.lo >= high : fact.hi <= low) ? CLEAR : FAINT;
}

/** The path's tests merged per feature. */
function factsOf(path: readonly PathTest[]): Fact[] {
  const facts: Fact[] = [];
  for (const test of path) {
    let fact = facts.find((f) => f.feature === test.feature);
    if (!fact) facts.push((fact = { feature: test.feature, lo: -Infinity, hi: Infinity, weight: 0 }));
    if (test.atMost) fact.hi = Math.min(fact.hi, test.threshold);
    else fact.lo = Math.max(fact.lo, test.threshold);
    fact.weight += test.shift;
  }
  return facts;
}

// ---- phrases -------------------------------------------------------------------------------

/** The whole numbers a count lies in: [min, max], undefined where unbounded (counts are >= 0). */
function counts(fact: Fact, floor = 0): [number | undefined, number | undefined] {
  const min = fact.lo > -Infinity ? Math.floor(fact.lo) + 1 : undefined;
  const max = fact.hi < Infinity ? Math.floor(fact.hi) : undefined;
  return [min !== undefined && min <= floor ? undefined : min, max];
}

function amount(fact: Fact, one: string, many: string): string {
  const [min, max] = counts(fact);
  const unit = (n: number) => (n === 1 ? one : many);
  if (min === undefined) return max === undefined ? '' : max <= 0 ? `no ${many}` : `at most ${max} ${unit(max)}`;
  if (max === undefined) return `over ${min - 1} ${many}`;
  return min === max ? `${min} ${unit(min)}` : `${min}-${max} ${many}`;
}

/** A block's size in words, as an adjective and the count: "short block (at most 8 words)". */
function size(fact: Fact, block = 'block'): string {
  const [min, max] = counts(fact);
  if (min === undefined && max !== undefined && max <= 0) return `${block} with no words`;
  if (min === undefined && max === undefined) return '';
  const adjective =
    min === undefined && max !== undefined && max <= SHORT ? 'short ' : max === undefined && min !== undefined && min > LONG ? 'long ' : '';
  return `${adjective}${block} of ${amount(fact, 'word', 'words')}`;
}

/** Blocks of at most SHORT words are short, of over LONG long. */
const SHORT = 12;
const LONG = 25;

const percent = (share: number) => Math.round(share * 100);

/** A share from 0 to 1 in percent: "over 60% digits", "at most 20% digits", "20-60% digits". */
function share(fact: Fact, noun: string): string {
  const lo = fact.lo > 0 ? percent(fact.lo) : undefined;
  const hi = fact.hi < 1 ? percent(fact.hi) : undefined;
  if (lo === undefined) return hi === undefined ? '' : hi === 0 ? `no ${noun}` : `at most ${hi}% ${noun}`;
  if (hi === undefined) return lo === 0 ? `some ${noun}` : `over ${lo}% ${noun}`;
  return `${lo}-${hi}% ${noun}`;
}

/** Whether the block is prose by the share of common words ("the", "of"): a label, a list, or unclear. */
function prose(fact: Fact): 'prose' | 'not prose' | undefined {
  if (fact.hi <= 0.35 && fact.lo === -Infinity) return 'not prose';
  if (fact.lo >= 0.15 && fact.hi === Infinity) return 'prose';
  return undefined;
}

/** How the first stage judged a block (a probability of article text): article text, chrome, or unclear. */
function look(fact: Fact): 'body' | 'chrome' | 'unclear' {
  if (fact.hi <= 0.5) return 'chrome';
  if (fact.lo >= 0.5) return 'body';
  return 'unclear';
}

const A_BLOCK = { body: 'a body paragraph', chrome: 'a chrome block', unclear: 'an unclear block' } as const;
const BLOCKS = { body: 'body paragraphs', chrome: 'chrome blocks', unclear: 'unclear blocks' } as const;

/** "after a short block (at most 3 words)", "before a block of 4-9 words". */
function neighbourSize(fact: Fact, where: string): string {
  const text = size(fact);
  return text && `${where} a ${text}`;
}

function neighbourProse(fact: Fact, where: string): string {
  const kind = prose(fact);
  if (kind === 'prose') return `${where} a prose-like block`;
  if (kind === 'not prose') return `${where} a block that is not prose`;
  const text = share(fact, "common words like 'the'");
  return text && `${where} a block with ${text}`;
}

/** Blocks to recognised chrome (a phrase rule's match) above or below, capped at FAR. */
function chromeDistance(fact: Fact, side: 'above' | 'below'): string {
  const [min, max] = counts(fact);
  if (min !== undefined && min >= FAR) return `no recognised chrome ${side}`;
  if (min === undefined)
    return max !== undefined && max <= 1
      ? `right ${side === 'above' ? 'after' : 'before'} recognised chrome`
      : `recognised chrome within ${max} blocks ${side}`;
  if (max === undefined) return `no recognised chrome within ${min - 1} blocks ${side}`;
  return min === max ? `recognised chrome ${min} blocks ${side}` : `recognised chrome ${min}-${max} blocks ${side}`;
}

/** Blocks from the title (negative above it; FAR where the page has no title). */
function fromTitle(fact: Fact): string {
  const [min, max] = counts(fact, -Infinity);
  if (max !== undefined && max < 0) return 'above the title';
  if (min !== undefined && min >= FAR) return 'far below the title, or no title';
  if (min !== undefined && min > 0) {
    if (max === undefined) return `over ${min - 1} blocks below the title`;
    return min === 1 ? `within ${max} blocks below the title` : `${min}-${max} blocks below the title`;
  }
  if (max !== undefined) return min === undefined ? `at most ${max} blocks below the title` : 'near the title';
  return 'not far above the title';
}

/** jusText's class of the block alone (a grade: BAD 0 .. GOOD 3, justext.ts), as a set of classes. */
function jusText(fact: Fact): string {
  const [min = 0, max = 3] = counts(fact, -1);
  const set = `${min}${max}`;
  const words: Record<string, string> = {
    '33': 'long prose-like block',
    '23': 'prose-like by its common words',
    '22': 'borderline prose',
    '11': `under ${JUSTEXT_DEFAULTS.lengthLow} characters`,
    '00': 'long but not prose-like',
    '01': 'not prose-like by its common words',
    '02': 'not clearly prose',
    '12': 'short or borderline prose',
    '13': 'short or prose-like',
  };
  return words[set] ?? 'any kind of block';
}

/** The words for one fact. */
function phrase(fact: Fact): string {
  // Yes-or-no features are 0 or 1: a test "> 0" (or "> 0.5") means 1.
  const yes = fact.lo >= 0;
  switch (fact.feature) {
    case WORDS:
      return size(fact);
    case STOPWORDS:
      return share(fact, "common words like 'the'");
    case ENDS_SENTENCE:
      return yes ? 'ends like a sentence' : 'no sentence punctuation at the end';
    case CAPITALISED:
      return share(fact, 'of words capitalised');
    case LETTERS:
      return share(fact, 'letters');
    case LINK_MARKS:
      return fact.hi < 1
        ? 'no link-like marks (|, », URLs)'
        : `${amount(fact, 'link-like mark', 'link-like marks').replace(OVER_NOTHING, '')} (|, », URLs)`;
    case SENTENCES:
      return fact.hi < 1 ? 'no complete sentence' : amount(fact, 'sentence', 'sentences');
    case POSITION: {
      const lo = fact.lo > 0 ? percent(fact.lo) : undefined;
      const hi = fact.hi < 1 ? percent(fact.hi) : undefined;
      if (lo === undefined) return `in the first ${hi ?? 100}% of the page`;
      if (hi === undefined) return `in the last ${100 - lo}% of the page`;
      return `${lo}-${hi}% of the way down the page`;
    }
    case TEXT_ABOVE: {
      const text = share(fact, "of the page's text");
      return fact.hi < 0.005 ? "before any of the page's text" : text && `${text} above it`;
    }
    case PREVIOUS_WORDS:
      return fact.hi < 1 ? 'first block, or after one with no words' : neighbourSize(fact, 'after');
    case NEXT_WORDS:
      return fact.hi < 1 ? 'last block, or before one with no words' : neighbourSize(fact, 'before');
    case PREVIOUS_STOPWORDS:
      return neighbourProse(fact, 'after');
    case NEXT_STOPWORDS:
      return neighbourProse(fact, 'before');
    case PREVIOUS_ENDS:
      return yes ? 'after a sentence' : 'after a line without sentence punctuation';
    case NEXT_ENDS:
      return yes ? 'before a sentence' : 'before a line without sentence punctuation';
    case WORDS_AROUND: {
      const text = amount(fact, 'word', 'words');
      return text && `${text} in and around it`;
    }
    case CHROME_AROUND:
      return fact.hi < 1 ? 'no recognised chrome within three blocks' : 'recognised chrome within three blocks';
    case CHROME_ABOVE:
      return chromeDistance(fact, 'above');
    case CHROME_BELOW:
      return chromeDistance(fact, 'below');
    case COMMENTS_ABOVE:
      return yes ? 'after the comments marker' : 'above any comments section';
    case REPEATED:
      return yes ? 'same text elsewhere on the page' : 'text found once on the page';
    case FROM_TITLE:
      return fromTitle(fact);
    case WORDS_TWO_BEFORE:
      return size(fact) && `a ${size(fact)} two blocks up`;
    case WORDS_TWO_AFTER:
      return size(fact) && `a ${size(fact)} two blocks down`;
    case DIGITS:
      return share(fact, 'digits');
    case JUSTEXT:
      return jusText(fact);
    case OWN:
      return { body: 'reads like article text on its own', chrome: 'reads like chrome on its own', unclear: 'unclear on its own' }[
        look(fact)
      ];
    case PREVIOUS:
      return `after ${A_BLOCK[look(fact)]}`;
    case NEXT:
      return `before ${A_BLOCK[look(fact)]}`;
    case TWO_BEFORE:
      return `two blocks after ${A_BLOCK[look(fact)]}`;
    case TWO_AFTER:
      return `two blocks before ${A_BLOCK[look(fact)]}`;
    case BEST_AROUND:
      return {
        body: 'a body paragraph within three blocks',
        chrome: 'no body paragraph within three blocks',
        unclear: 'no clear body paragraph within three blocks',
      }[look(fact)];
    case MEAN_AROUND:
      return `among ${BLOCKS[look(fact)]}`;
    case PAGE_MEAN:
      return { body: 'on a page mostly of article text', chrome: 'on a page mostly of chrome', unclear: 'on a page of mixed text' }[
        look(fact)
      ];
    default:
      return 'other signs';
  }
}

// ---- choosing and wording ------------------------------------------------------------------

/** How telling a fact is to a reader (CUES), then how far it moved the answer towards `towardsBody`: higher first. */
function order(fact: Fact, towardsBody: boolean): number {
  const rank = CUES[fact.feature]?.[fact.lo >= 0 ? 4 : 3] ?? 0;
  return rank * 10 + Math.max(-1, Math.min(1, towardsBody ? fact.weight : -fact.weight));
}

/** A fact as a reason may show it: with its words and its order. */
interface Shown {
  fact: Fact;
  text: string;
  order: number;
}

/**
 * What one leaf's path says for a verdict: its facts that read best for it (all CLEAR, or all
 * FAINT; never one against it), most telling first.
 */
function summarise(facts: readonly Fact[], towardsBody: boolean): Shown[] {
  const chosen: Shown[] = [];
  let best = 0;
  for (const fact of facts) {
    if ((towardsBody ? fact.weight : -fact.weight) <= AGAINST) continue;
    const reads = readsFor(fact, towardsBody);
    if (reads < best || reads === 0) continue;
    const text = phrase(fact);
    if (text === '') continue;
    if (reads > best) {
      best = reads;
      chosen.length = 0;
    }
    chosen.push({ fact, text, order: order(fact, towardsBody) });
  }
  return chosen.sort((a, b) => b.order - a.order);
}

/**
 * The reason's words: at most MOST_FACTS of a summary's facts, most telling first, within
 * MOST_CHARS. The block's own facts come first, then its surroundings.
 */
function words(facts: readonly Shown[]): string {
  // "Reads like chrome on its own" only says what the first stage concluded: shown when nothing else is.
  const alone = facts.length === 1;
  const chosen: Shown[] = [];
  let chars = 0;
  for (const shown of facts) {
    if (chosen.length === MOST_FACTS) break;
    if (shown.fact.feature === OWN && !alone) continue;
    if (chosen.length > 0 && chars + shown.text.length > MOST_CHARS) continue;
    chosen.push(shown);
    chars += shown.text.length + 2;
  }
  if (chosen.length === 0) return 'no single strong sign';
  const phrases: string[] = [];
  for (const shown of chosen) if (shown.fact.feature < OWN) phrases.push(shown.text);
  let between = false;
  for (const shown of chosen) {
    if (shown.fact.feature < OWN) continue;
    // The blocks above and below judged alike: "between two body paragraphs".
    const other =
      shown.fact.feature === PREVIOUS || shown.fact.feature === NEXT
        ? chosen.find((next) => next.fact.feature === PREVIOUS + NEXT - shown.fact.feature)
        : undefined;
    if (other && look(other.fact) === look(shown.fact)) {
      if (!between) phrases.push(`between two ${BLOCKS[look(shown.fact)]}`);
      between = true;
    } else phrases.push(shown.text);
  }
  return phrases.join(', ');
}

/**
 * The reasons one forest gives, per (leaf, direction): its words depend on nothing else (the path
 * to the leaf, and whether they argue for article text or chrome), so each is made the first time
 * a block ends in that leaf and read from a typed array after. A forest has ~20,000 leaves; a long
 * batch reaches a few thousand of them.
 */
export class Explainer {
  /** Per (leaf, direction), at [leaf * 2 + direction], the reason's index in `texts`; -1 where not made yet. */
  private readonly at: Int32Array;
  /** The reasons made, each once (leaves that say the same share one string). */
  private readonly texts: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly forest: Forest) {
    this.at = new Int32Array(forest.nodes * 2).fill(-1);
  }

  /**
   * The 1-3 facts on the path to `leaf` (a leaf `Forest.evaluate` gave) that tell a reader most in
   * favour of article text (`towardsBody`) or of chrome, in words.
   */
  reason(leaf: number, towardsBody: boolean): string {
    const slot = leaf * 2 + (towardsBody ? 1 : 0);
    let id = this.at[slot]!;
    if (id < 0) {
      const text = words(summarise(factsOf(this.forest.path(leaf)), towardsBody));
      id = this.index.get(text) ?? -1;
      if (id < 0) {
        this.index.set(text, (id = this.texts.length));
        this.texts.push(text);
      }
      this.at[slot] = id;
    }
    return this.texts[id]!;
  }
}

const explainers = new WeakMap<Forest, Explainer>();

/** The forest's explainer (made once: its reasons are kept for every later page). */
export function explainer(forest: Forest): Explainer {
  let made = explainers.get(forest);
  if (!made) explainers.set(forest, (made = new Explainer(forest)));
  return made;
}
