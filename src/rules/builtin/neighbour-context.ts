import { BlockVerdicts, chrome, keep, type Decision, type DocumentRule, type RuleExamples, type RuleVerdict } from '../rule.js';
import { classOf, isBulleted, isEntriesPage, isLongProse, LIST_BULLET, LONG_PROSE } from '../context.js';
import type { TextClass } from '../justext.js';
import { STORM_MORE_PARAGRAPHS, STORM_PARAGRAPHS, stormArticle, storyPastDonationBox } from '../example-article.js';
import type { AnalysedBlock, ChromeCategory, Features } from '../../types.js';

/** Chrome that interrupts an article without ending it: neighbours look through it. */
const INTERRUPTIONS: ReadonlySet<ChromeCategory> = new Set(['advertising', 'share']);
/**
 * A photo's credit and its gallery buttons ("Fullscreen", "Click to enlarge") sit inside an article
 * too, and a wiki heading's edit links beside the heading.
 */
const INTERRUPTING_RULES: ReadonlySet<string> = new Set(['image-credit', 'gallery-label', 'edit-links']);

/**
 * Sign-up, newsletter, log-in and donation boxes sit mid-article on modern pages, between
 * paragraphs of the story, as an ad does: a complete sentence beside one looks through it. A label
 * beside one ("Already a member? Sign in") is more likely the box's own uncaught line: for it the
 * box still counts as boilerplate.
 */
const PITCHES: ReadonlySet<ChromeCategory> = new Set(['subscribe', 'newsletter', 'login', 'donation']);

const MIN_SENTENCE_WORDS = 6;
/** A paragraph under a pitch box: one sentence of this many words is enough (the box already says where the text was). */
const PAST_PITCH_PROSE = { words: 20, sentences: 1 } as const;

function isSentence(features: Features): boolean {
  return features.endsWithPunctuation && features.words >= MIN_SENTENCE_WORDS;
}

/** A bulleted item of several words: an entry of a list, not a menu label. */
const MIN_ENTRY_WORDS = 5;
function isListEntry(text: string, features: Features): boolean {
  return features.words >= MIN_ENTRY_WORDS && isBulleted(text);
}

/** A short line that opens with an amount ("500 g de cerises", "2 eggs", "½ cup of milk"). */
const AMOUNT = /^(?:\d+(?:[.,/]\d+)?|[½⅓⅔¼¾⅛])\s?\p{L}/u;
const AMOUNT_WORDS = 8;
/** This many amounts in a row make a list of them (ingredients, quantities, results). */
const MIN_AMOUNTS = 3;
/** A list's heading ("Ingredients", "Method") is a label of at most this many words. */
const HEADING_WORDS = 3;

function isAmount(block: AnalysedBlock): boolean {
  return block.features.words <= AMOUNT_WORDS && AMOUNT.test(block.text.trimStart());
}

/**
 * A list of amounts (a recipe's ingredients) between kept text is the text's own, headings
 * included: the trees read its short lines one by one, and one of them read as chrome must not
 * take the list with it.
 */
function keepAmountLists(blocks: readonly AnalysedBlock[], decisions: readonly (Decision | undefined)[], decided: BlockVerdicts): void {
  const keptNow = (i: number): boolean => i >= 0 && i < blocks.length && (decided.get(i) ?? decisions[i]?.verdict)?.kept !== false;
  const isHeading = (i: number): boolean => {
    const block = blocks[i];
    return block !== undefined && block.features.words > 0 && block.features.words <= HEADING_WORDS && !block.features.endsWithPunctuation;
  };
  let verdict: RuleVerdict | undefined;
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && isAmount(blocks[j]!)) j++;
    if (j - i >= MIN_AMOUNTS) {
      const from = isHeading(i - 1) ? i - 1 : i;
      const to = isHeading(j) ? j + 1 : j;
      if (keptNow(from - 1) && keptNow(to)) {
        verdict ??= keep('body', 'an item of a list of amounts between kept text', 'likely');
        for (let m = from; m < to; m++) if (decisions[m]?.certainty !== 'certain' && !keptNow(m)) decided.set(m, verdict);
      }
    }
    i = Math.max(j, i + 1);
  }
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

/**
 * A year or a list's number on its own that no phrase rule took ("1964", "3.", "3. 3."): a table's
 * cell (a film's, a record's, an event's year) or an ordered list's mark printed apart from its
 * item (a paper's references, numbered steps), as often as an archive's link: no evidence either way.
 */
const YEAR = /^\s*\(?(?:1[5-9]|20)\d\d\)?\s*$/;
const LIST_NUMBER = /^\s*\d{1,3}[.)](?: \d{1,3}[.)])?\s*$/;
function isYearOrListNumber({ text, features }: AnalysedBlock, decision: Decision | undefined): boolean {
  return (
    features.words <= 2 && features.letterRatio === 0 && decision?.certainty !== 'certain' && (YEAR.test(text) || LIST_NUMBER.test(text))
  );
}

/**
 * For each block, the nearest class in one direction (document edges count as boilerplate): good
 * or bad, and near-good too unless `skipNearGood`. One pass per array and direction: scanning per
 * block was quadratic on long runs of short blocks (1,000,000 one-character lines).
 */
function nearestClasses(classes: readonly ContextClass[], step: 1 | -1, skipNearGood: boolean): ContextClass[] {
  const table = new Array<ContextClass>(classes.length);
  let nearest: ContextClass = 'bad';
  for (let i = step === 1 ? classes.length - 1 : 0; i >= 0 && i < classes.length; i -= step) {
    table[i] = nearest;
    const c = classes[i]!;
    if (c === 'good' || c === 'bad' || (c === 'near-good' && !skipNearGood)) nearest = c;
  }
  return table;
}

/** Nearest-class tables over one reading of the classes, each built on first need. */
class Neighbours {
  private tables: (ContextClass[] | undefined)[] = [];
  constructor(readonly classes: readonly ContextClass[]) {}
  private table(slot: number, step: 1 | -1, skipNearGood: boolean): ContextClass[] {
    return (this.tables[slot] ??= nearestClasses(this.classes, step, skipNearGood));
  }
  before(i: number): ContextClass {
    return this.table(0, -1, true)[i]!;
  }
  after(i: number): ContextClass {
    return this.table(1, 1, true)[i]!;
  }
  beforeNearGood(i: number): ContextClass {
    return this.table(2, -1, false)[i]!;
  }
  afterNearGood(i: number): ContextClass {
    return this.table(3, 1, false)[i]!;
  }
}

/** `classes` with the pitch boxes made transparent (the same array when the page has none). */
function withPitchesTransparent(classes: readonly ContextClass[], pitches: readonly number[]): readonly ContextClass[] {
  if (pitches.length === 0) return classes;
  const seen = classes.slice();
  for (const i of pitches) seen[i] = 'transparent';
  return seen;
}

/**
 * The nearest block above `i` that is not an interruption is text: good or near-good. A stray
 * label the trees were unsure of (an app pitch's "Get the free app for alerts", no sentence) is
 * looked through too, at most MAX_LABELS_BETWEEN of them: a longer run of labels is a menu.
 */
const MAX_LABELS_BETWEEN = 1;
function isTextAbove(classes: readonly ContextClass[], blocks: readonly AnalysedBlock[], i: number): boolean {
  let j = i - 1;
  let labels = 0;
  for (; j >= 0; j--) {
    if (classes[j] === 'transparent') continue;
    if (classes[j] !== 'short' || isSentence(blocks[j]!.features) || labels === MAX_LABELS_BETWEEN) break;
    labels++;
  }
  return j >= 0 && (classes[j] === 'good' || classes[j] === 'near-good');
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
  patterns: [LIST_BULLET, AMOUNT, YEAR, LIST_NUMBER],
  description: 'Short and borderline blocks follow their neighbours (jusText): kept between body paragraphs, dropped among boilerplate.',
  get examples(): RuleExamples {
    const filmTable = [
      'Films about repeated days',
      'This list collects films in which characters live the same stretch of time again and again, with the year each was first shown and a short account of the story.',
      'The oldest films on the list come from the years after the war, when a day lived twice was mostly a device for a ghost story or a moral tale about second chances.',
      'Later films made the loop itself the subject, and many of them borrow the rules of a game: the hero learns a little more each round until the day finally lets him go.',
      'Film',
      'Year',
      'Description',
      'Harbour Lights',
      '1952',
      'A lighthouse keeper relives the night of the great storm until he saves the crew of a fishing boat.',
      'The Long Tuesday',
      '1978',
      'A schoolteacher wakes up every morning on the same wet Tuesday in a seaside town out of season.',
      'Second Shift',
      '1994',
      'Two nurses on a night ward find that the clock goes back to ten each time a patient dies.',
      'Loop Line',
      '2009',
      'A commuter train keeps arriving at the same station, and only the driver notices it.',
      'See also',
      'References',
    ];
    return {
      match: [
        // The story's last paragraph under a donation box, a paywall notice under it: the article goes on past the box.
        { document: storyPastDonationBox().join('\n'), block: 9, kept: true, role: 'body' },
        // A table's rows: title, year, description. A year between two cells is no boilerplate.
        { document: filmTable.join('\n'), block: 15, kept: true, role: 'body' },
        // A paper's references, each number printed on its own line: the numbers are no boilerplate.
        {
          document: [
            ...stormArticle(5),
            ...STORM_MORE_PARAGRAPHS,
            'References',
            '1. 1.',
            'Marsh AT, Okafor B: Winter storms and school closures in rural counties. J Rural Educ. 2019, 12: 101-118.',
            '2. 2.',
            'Lindqvist P: Power line failures under high winds: a review. Energy Grid Rev. 2017, 8: 44-59.',
            '3. 3.',
            'Haddad R, Pryce O: Bus services and rural pupils. Transport Policy. 2015, 31: 9-17.',
          ].join('\n'),
          block: 14,
          kept: true,
          role: 'body',
        },
        // The last line of a hard-wrapped paragraph at the end of the text (a cleaned article read
        // again): the end of the text is no evidence of chrome.
        {
          document: [
            ...stormArticle(2),
            'Parents were told to check the council website for updates, and to keep children away from fallen lines and flooded roads until the road reopens on',
            'Station Street.',
          ].join('\n'),
          block: 4,
          kept: true,
          role: 'body',
        },
        // A sentence under a photo's credit and its "Click to enlarge" button: the photo sits inside the article.
        {
          document: [
            ...stormArticle(3),
            '(Credit: Getty Images)',
            'Click to enlarge',
            'The council will meet on Tuesday to decide when the schools reopen.',
          ].join('\n'),
          block: 6,
          kept: true,
          role: 'body',
        },
        // A short heading between paragraphs of the story takes their class.
        { document: [...stormArticle(2), 'Schools', ...STORM_PARAGRAPHS.slice(2, 4)].join('\n'), block: 3, kept: true, role: 'body' },
        // A sentence under the borderline paragraphs kept beside a paywall's prompts ends the article.
        {
          document: [
            'Study finds sleeping ants remember their nests | Field Notes',
            'Log in',
            'Register',
            'Study finds sleeping ants remember their nests',
            'Researchers in Ghent say wood ants replay the way home during rest',
            'By Hanne Verbeke-Lowe | 4 June 2024',
            'Wood ants that are allowed to rest after learning a new way back to the nest find it faster the next day than ants that are kept awake, according to a study from Ghent University.',
            'Create a free account to continue reading',
            "You've read all your free articles this month. Create an account or log in to keep reading, and get our nature newsletter.",
            'Create an account',
            'Already registered? Log in',
            'The team, led by biologist Pieter de Smedt, trained 60 ants to find honey behind one of four coloured gates. Half were then gently disturbed whenever they stopped moving.',
            '"The rested ants took the right gate 81 per cent of the time, the tired ones only 55," de Smedt said. "That is close to chance."',
            'The results were published in the journal Insect Memory.',
          ].join('\n'),
          block: 13,
          kept: true,
          role: 'body',
        },
        // An article's last sentence under a borderline paragraph (an ad between) ends the article.
        {
          document: [
            'Village hall reopens after flood repairs',
            'By Tomasz Wierzbicki',
            'The village hall in Lower Ashby reopened on Saturday, eight months after the river burst its banks and filled the main room with a metre of water and mud.',
            "Volunteers stripped the plaster, dried the walls and laid a new floor, and the parish council paid for new wiring with a grant from the county's flood recovery fund.",
            'Advertisement',
            'The first booking is a wedding party next month.',
            'The hall committee hopes the cafe will open again before the summer holidays.',
            'Related stories',
            'Bridge closed for repairs',
          ].join('\n'),
          block: 6,
          kept: true,
          role: 'body',
        },
        // A sign-up box and a donation appeal mid-article interrupt the story as an ad does: the
        // sentence between them has body text on both sides beyond the boxes.
        {
          document: [
            'Harbour ferry fares to rise in spring',
            'By Ines Carvalho-Moor',
            'The harbour ferry will cost more from April, the port authority said on Tuesday, after fuel and repair bills rose for the third year running and the old diesel boats needed new engines.',
            'A single trip will cost 3.20 euros instead of 2.80, and a book of ten tickets will go up by four euros.',
            'Get our free newsletter',
            'The best of the city, every morning. Join 40,000 readers.',
            'Sign up',
            "Season tickets stay at last year's price, the authority said.",
            'Our journalism is funded by readers like you. Please donate today to keep local news free for everyone.',
            'Donate now',
            'Commuters who buy a yearly pass before March will keep the lower fare until the end of the year, and students will still travel at half price.',
            'The authority said the rise would pay for two electric boats that are due to arrive next year.',
            'Related stories',
            'Bridge closed for repairs',
          ].join('\n'),
          block: 7,
          kept: true,
          role: 'body',
        },
        // A list's items share its fate: the programme's last entries are kept with the first ones,
        // though only share buttons and related links follow the list.
        {
          document: [
            'Harvest week comes back to the market hall',
            'The market hall will hold its harvest week again this autumn, after two years in which the building was closed for repairs to its roof and the old glass lantern over the main floor.',
            'Growers from the valley will sell fruit, bread and cheese every day, and the town band will play on the opening night. Entry to every event is free.',
            'Programme of the week',
            '• Apple pressing with the orchard society',
            '• Soup supper from the valley farms',
            '• Bread baking in the old bakehouse',
            '• Quiz night with stall holder prizes',
            '• Harvest dance with the town band',
            '• Pumpkin carving for the children',
            'Share this:',
            'Facebook',
            'Twitter',
            'Email',
            'Related',
            'Market hall roof repairs finished',
          ].join('\n'),
          block: 9,
          kept: true,
          role: 'body',
        },
        // A recipe's ingredients between its serving note and its method: the trees read one line
        // as chrome, and the list's other lines and heading are not dropped around it.
        {
          document: [
            'Far breton aux pruneaux - Cuisine du Marché',
            'Recettes',
            'Desserts',
            'Imprimer',
            'Partager sur Pinterest',
            'Far breton aux pruneaux',
            "Un dessert simple de début d'été, à préparer avec des pruneaux bien moelleux, comme on le fait en Bretagne.",
            'Pour 6 personnes. Préparation : 15 minutes. Cuisson : 40 minutes.',
            'Ingrédients',
            '250 g de pruneaux',
            '3 œufs',
            '80 g de sucre',
            '60 g de farine',
            '30 cl de lait entier',
            '1 pincée de sel',
            'Préparation',
            '1. Préchauffez le four à 180 °C et beurrez un plat à gratin.',
            '2. Lavez les pruneaux, équeutez-les et répartissez-les dans le plat.',
            '3. Fouettez les œufs avec le sucre, ajoutez la farine et le sel, puis versez le lait petit à petit.',
            "4. Versez la pâte sur les pruneaux et faites cuire 40 minutes, jusqu'à ce que le dessus soit bien doré.",
            'Noter cette recette',
            'Inscrivez-vous à notre newsletter et recevez une recette chaque semaine.',
            'Vous aimerez aussi',
            'Tarte fine aux abricots',
            'Flan pâtissier maison',
          ].join('\n'),
          block: 12,
          language: 'fr',
          kept: true,
          role: 'body',
        },
        // A sentence under a paywall notice, with an app pitch the trees were unsure of above the
        // notice: the pitch is a stray label between the sentence and the story above it.
        {
          document: [
            'The Lakeside Courier | Local news you can trust',
            'Council approves new ferry timetable',
            'By Rosa Lindqvist, Transport Reporter',
            'Published 9:41 AM EST, Tue March 5, 2024 | Updated 11:02 AM EST, Tue March 5, 2024',
            'Share via Email',
            'Share on WhatsApp',
            'Copy link',
            'The council approved a new ferry timetable on Monday night that adds two early crossings on weekdays and a late boat on Fridays and Saturdays from the first of May.',
            'Councillors said the change followed a survey in which nearly 2,000 commuters asked for a crossing before seven in the morning.',
            'Get the free Lakeside Courier app for breaking news alerts',
            'Download on the App Store',
            'You have 2 free articles left this month. Subscribe for unlimited access.',
            'The ferry operator said it would hire four more crew members to run the extra boats, and that fares would not change this year.',
            'Story continues below',
            'Residents on the east shore, who have campaigned for a late boat for years, welcomed the decision.',
            'Rosa Lindqvist covers transport and the lakeshore towns for the Courier. She joined the paper in 2019.',
            'Join the conversation',
            'Comments are reviewed before they appear. Please read our community guidelines before posting.',
            'More from Transport',
            'Bus depot to close for repairs',
            'New cycle lane opens on Harbour Road',
            'Trains cancelled after storm damage',
          ].join('\n'),
          block: 12,
          kept: true,
          role: 'body',
        },
      ],
      noMatch: [
        // A short sentence between paragraphs: the learned trees are sure of it already, and this rule revises only unsure blocks.
        {
          document: [
            'Russia and Turkey agree to talks on Syria',
            'Mr Trump and Mr Putin spoke informally multiple times last week at a summit in Vietnam, where they reportedly agreed on several principles for the future of war-torn Syria.',
            'He said it was done.',
            'The Kremlin has said that Russia is trying to get Mr Assad to agree to potential peace initiatives drafted by Russia, Iran and Turkey, and that talks would go on.',
          ].join('\n'),
          block: 2,
          kept: true,
          role: 'body',
        },
      ],
    };
  },
  options: { proseWords: PROSE_WORDS, proseMaxRescues: PROSE_MAX_RESCUES, longProseWords: LONG_PROSE.words, longProseShort: 'leave' },
  apply(context) {
    const { blocks, decisions } = context;
    const classes = new Array<ContextClass>(blocks.length);
    const pitches: number[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const decision = decisions[i];
      const category = decision?.certainty === 'certain' ? decision.verdict.category : undefined;
      classes[i] =
        (category && (INTERRUPTIONS.has(category) || INTERRUPTING_RULES.has(decision!.rule))) || isYearOrListNumber(blocks[i]!, decision)
          ? 'transparent'
          : classOf(decision);
      if (category && PITCHES.has(category)) pitches.push(i);
    }
    const sentenceClasses = withPitchesTransparent(classes, pitches);
    const plain = new Neighbours(classes);
    const forSentences = sentenceClasses === classes ? plain : new Neighbours(sentenceClasses);
    const decided = new BlockVerdicts(blocks.length);
    // A long paragraph of prose is never dropped on its neighbours' evidence alone (issue 18).
    const longProseWords = Number(context.options?.['longProseWords'] ?? LONG_PROSE.words);
    const longProseShort = String(context.options?.['longProseShort'] ?? 'leave');
    // On a listing or a product page the entries' sentences stand between headlines, prices and
    // buttons: there a sentence is never dropped on its neighbours' evidence, as long prose is nowhere.
    const entries = isEntriesPage(context.page);
    const standsOnItsOwn = (i: number): boolean =>
      (longProseWords > 0 && isLongProse(blocks[i]!, context.language, longProseWords)) || (entries && isSentence(blocks[i]!.features));
    const proseKept = keep(
      'body',
      entries
        ? `a sentence of a ${context.page!.type} page: its neighbours alone do not make it chrome`
        : 'a long paragraph of prose: its neighbours alone do not make it chrome',
      'likely',
    );
    // One verdict object per kind and document: every block it decides shares it.
    const betweenBody = keep('body', 'short block between body paragraphs', 'likely');
    const listItemKept = keep('body', 'an item of a list whose items above were kept', 'likely');
    const amongBoilerplate = chrome('other', 'short block among boilerplate', 'likely');
    const lastLine = keep('body', "the text's last line, right under its paragraph", 'likely');
    // Short blocks first, against the context-free classes (tables built on first need).
    const resolved = classes.slice();
    for (let i = 0; i < classes.length; i++) {
      if (classes[i] !== 'short') continue;
      const sentence = isSentence(blocks[i]!.features);
      const around = sentence ? forSentences : plain;
      const previous = around.before(i);
      const next = around.after(i);
      let good: boolean;
      // The end of the text is no evidence of chrome under the paragraph right above it: a cleaned
      // text read again ends with the last line of the article.
      const lastUnderText = i === classes.length - 1 && i > 0 && classes[i - 1] === 'good';
      if (lastUnderText) {
        resolved[i] = 'good';
        decided.set(i, lastLine);
        continue;
      }
      if (previous === 'good' && next === 'good') good = true;
      else if (previous === 'bad' && next === 'bad') good = false;
      else if (previous === 'bad') good = around.beforeNearGood(i) === 'near-good';
      // A complete sentence right under body text (sure or borderline, with at most an ad, a
      // share bar or a pitch box between) ends the article rather than starting the chrome: its
      // last paragraph.
      else good = around.afterNearGood(i) === 'near-good' || (sentence && isTextAbove(sentenceClasses, blocks, i));
      if (!good && standsOnItsOwn(i)) {
        // The trees leaned to dropping it, and so do its neighbours: weak evidence against a paragraph.
        if (longProseShort === 'keep') {
          resolved[i] = 'good';
          decided.set(i, proseKept);
        }
        continue;
      }
      resolved[i] = good ? 'good' : 'bad';
      decided.set(i, good ? betweenBody : amongBoilerplate);
    }
    // Then borderline blocks: kept unless boilerplate on both sides (and not one of a page's few
    // isolated prose paragraphs).
    const proseWords = Number(context.options?.['proseWords'] ?? PROSE_WORDS);
    const maxRescues = Number(context.options?.['proseMaxRescues'] ?? PROSE_MAX_RESCUES);
    const isolatedProse: number[] = [];
    const isolatedVerdict = chrome('other', 'borderline block with boilerplate on both sides', 'likely');
    const nextToBody = keep('body', 'borderline block next to body paragraphs', 'likely');
    const resolvedPlain = new Neighbours(resolved);
    const resolvedForSentences = sentenceClasses === classes ? resolvedPlain : new Neighbours(withPitchesTransparent(resolved, pitches));
    for (let i = 0; i < classes.length; i++) {
      if (classes[i] !== 'near-good') continue;
      const features = blocks[i]!.features;
      const around = isSentence(features) ? resolvedForSentences : resolvedPlain;
      const isolated = around.before(i) === 'bad' && around.after(i) === 'bad';
      if (isolated && standsOnItsOwn(i)) decided.set(i, proseKept);
      else {
        if (isolated && features.endsWithPunctuation && features.words >= proseWords) isolatedProse.push(i);
        decided.set(i, isolated ? isolatedVerdict : nextToBody);
      }
    }
    if (isolatedProse.length <= maxRescues && isolatedProse.length > 0) {
      const rescued = keep('body', 'a borderline paragraph of prose, one of the few on the page between boilerplate', 'likely');
      for (const i of isolatedProse) decided.set(i, rescued);
    }
    // A sentence right under a paragraph this pass kept (an ad or share bar between) ends the
    // article rather than starting the chrome, as it does under body text.
    for (let i = 1; i < classes.length; i++) {
      const verdict = decided.get(i);
      if ((verdict !== isolatedVerdict && verdict !== amongBoilerplate) || !isSentence(blocks[i]!.features)) continue;
      let above = i - 1;
      while (above > 0 && sentenceClasses[above] === 'transparent') above--;
      if (decided.get(above)?.kept) decided.set(i, nextToBody);
    }
    // The items of a list share its fate: once this pass kept an item of entries (a calendar of
    // events, steps, findings: several words each), the items below it in the same list are kept
    // too, rather than each weighed against the chrome under the list's end.
    let listKept = false;
    for (let i = 0; i < classes.length; i++) {
      const block = blocks[i]!;
      if (!isListEntry(block.text, block.features)) {
        listKept = false;
        continue;
      }
      const verdict = decided.get(i);
      if ((verdict ?? decisions[i]?.verdict)?.kept === true) listKept = true;
      else if (listKept && verdict === amongBoilerplate) decided.set(i, listItemKept);
    }
    keepAmountLists(blocks, decisions, decided);
    // A paragraph of prose right under a pitch box (a donation appeal, a paywall notice) with the
    // article's text above the box: the article going on past the box, whatever the trees made of
    // its chrome-heavy surroundings.
    let pastPitch: RuleVerdict | undefined;
    for (const p of pitches) {
      const i = p + 1;
      // Not a paragraph some rule read as part of the box (appeal-box's sentences of an appeal).
      const category = decisions[i]?.verdict.category;
      if (i >= blocks.length || classes[i] !== 'bad' || decisions[i]?.certainty === 'certain' || (category && PITCHES.has(category)))
        continue;
      if (!isLongProse(blocks[i]!, context.language, PAST_PITCH_PROSE.words, PAST_PITCH_PROSE.sentences)) continue;
      if (!isTextAbove(sentenceClasses, blocks, i)) continue;
      pastPitch ??= keep('body', "a paragraph under a pitch box, the article's text above it", 'likely');
      decided.set(i, pastPitch);
    }
    return decided;
  },
};

export default rule;
