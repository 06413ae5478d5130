import { BlockVerdicts, keep, type DocumentRule, type RuleContext, type RuleExamples } from '../rule.js';
import type { AnalysedBlock } from '../../types.js';
import { isEntriesPage, isLongProse } from '../context.js';

/** A block counts as prose-like from this many words (and two sentences, ordinary stopword density). */
const PROSE_WORDS = 20;
/** The rules kept less than this share of the page's prose-like words: they wiped the page out. */
const MIN_KEPT_SHARE = 0.2;
/**
 * ... and fewer words than this (trafilatura's fallback also looks at the extract's absolute size):
 * a page that kept an article is not wiped out.
 */
const MAX_KEPT_WORDS = 100;
/** Pages with fewer prose-like words than this have no main text to lose (a menu, an error page). */
const MIN_PROSE_WORDS = 60;

/**
 * A page that is not an article (a listing, a record, a product, a reference) holds its text in
 * lines of a few words, not paragraphs: a line from this many words, without link separators,
 * counts as a text line.
 */
const LINE_WORDS = 4;
/** The rules kept less than this share of such a page's text lines' words: they wiped it out. */
const MIN_KEPT_LINE_SHARE = 0.4;
/** A sentence of running text (a product's description, an entry's summary): dropped by the trees, it still comes back. */
const SENTENCE_WORDS = 8;
function isSentence(block: AnalysedBlock, language: string): boolean {
  return isLongProse(block, language, SENTENCE_WORDS, 1);
}

/** Rules that drop a line on its neighbours' or its position's evidence alone, not on its own text. */
const CONTEXT_ONLY: ReadonlySet<string> = new Set(['neighbour-context', 'end-of-article', 'article-region']);

const TEAPOT = [
  'Tetera de hierro fundido 0,8 litros – Casa Norte',
  'Envío gratis a partir de 40 €',
  'Inicio › Cocina › Teteras',
  'Tetera de hierro fundido, 0,8 litros',
  '39,90 €',
  'Añadir al carrito',
  'Quedan 3 unidades',
  'Descripción',
  'Tetera tradicional de hierro fundido con filtro de acero inoxidable, esmaltada por dentro para que el agua no tome sabor a metal y apta para todas las cocinas.',
  'Características',
  'Capacidad: 0,8 litros (4 tazas)',
  'Material: hierro fundido esmaltado',
  'Apta para: gas, vitrocerámica e inducción',
  'Opiniones de clientes',
  '4,8 de 5 (31 opiniones)',
  'Escribir una opinión',
  'Productos relacionados',
  'Pago seguro',
  '© Casa Norte',
].join('\n');

/**
 * trafilatura's fallback, on text: when the rules kept almost nothing of the prose a page holds
 * (a forum thread, a product page or a listing read as a page of chrome), the prose paragraphs
 * dropped on weak evidence (learned or context verdicts) come back. Phrase-rule chrome (certain)
 * stays dropped. The reader came for something; a page that loses all of it is the worst outcome.
 * A page that is not an article holds its text in lines, not paragraphs: there the text lines
 * dropped on their neighbours' evidence (and, on a product or listing page, sentences the trees
 * dropped) come back when the rules kept too little of them.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'page-fallback',
  phase: 'context',
  targets: 'body',
  description:
    "When the rules kept almost none of a page's prose, the prose paragraphs they dropped without certainty come back (trafilatura's fallback).",
  options: {
    proseWords: PROSE_WORDS,
    minKeptShare: MIN_KEPT_SHARE,
    maxKeptWords: MAX_KEPT_WORDS,
    minProseWords: MIN_PROSE_WORDS,
    lineWords: LINE_WORDS,
    minKeptLineShare: MIN_KEPT_LINE_SHARE,
  },
  get examples(): RuleExamples {
    return {
      match: [
        // A page with no article (a club's opening hours): the neighbour pass drops its text lines
        // between the menu and the footer; they come back.
        {
          document: [
            'Opening hours | Kendal Bike Kitchen',
            'Home',
            'About',
            'Workshops',
            'Shop',
            'Contact',
            'Opening hours',
            'Tuesday and Thursday evenings from six until nine',
            'Saturday mornings from ten until one',
            'Closed on bank holidays and over Christmas',
            'Bring your own bike and we lend you the tools',
            'Donations towards new parts are welcome',
            'Find us',
            'Unit 4, Mill Yard, Kendal',
            'Follow us',
            'Facebook',
            'Instagram',
            '© Kendal Bike Kitchen 2024',
          ].join('\n'),
          block: 8,
          kept: true,
          role: 'body',
        },
      ],
      noMatch: [
        // A product page: the trees drop the description and the neighbour pass the specifications
        // between the shop's buttons; record-fields, before this rule, brings both back.
        { document: TEAPOT, block: 8, language: 'es', kept: true, role: 'body' },
        { document: TEAPOT, block: 12, language: 'es', kept: true, role: 'body' },
        // An article was kept: a reader's comment under it stays dropped.
        {
          document: [
            'Storm closes schools across the county',
            'All schools in the county will be closed on Monday after the storm brought down trees and power lines across the region, officials said on Sunday evening.',
            'The council said that buses would not run until the roads had been cleared and checked, which could take until the middle of the week according to its engineers.',
            'Parents were told to check the council website for updates, and to keep children away from fallen lines and flooded roads until further notice.',
            '3 Comments',
            'Anna — March 18, 2024, 4:09 pm',
            'Thanks for the update. We were wondering whether the school bus would come tomorrow morning, and now we know that it will not, so we can make other plans for the children.',
          ].join('\n'),
          block: 6,
          kept: false,
          category: 'comments',
        },
      ],
    };
  },
  apply(context) {
    const { blocks, decisions, language, options, page } = context;
    const decided = new BlockVerdicts(blocks.length);
    if (page && page.type !== 'article' && keepTextLines(context, decided)) return decided;
    const proseWords = Number(options?.['proseWords'] ?? PROSE_WORDS);
    const minKeptShare = Number(options?.['minKeptShare'] ?? MIN_KEPT_SHARE);
    const minProseWords = Number(options?.['minProseWords'] ?? MIN_PROSE_WORDS);
    const maxKeptWords = Number(options?.['maxKeptWords'] ?? MAX_KEPT_WORDS);
    let prose = 0;
    let kept = 0;
    const restorable: number[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const decision = decisions[i];
      const words = blocks[i]!.features.words;
      const isKept = decision?.verdict.kept ?? true;
      if (isKept && decision?.verdict.role !== 'title') kept += words;
      // Comments under an article are not the page's main text, even when they outweigh it.
      if (!isLongProse(blocks[i]!, language, proseWords) || (!isKept && decision?.verdict.category === 'comments')) continue;
      prose += words;
      if (!isKept && decision?.certainty !== 'certain') restorable.push(i);
    }
    if (prose < minProseWords || kept >= minKeptShare * prose || kept >= maxKeptWords || restorable.length === 0) return decided;
    const verdict = keep('body', `prose the rules dropped on a page where they kept ${kept} of ${prose} prose words`, 'likely');
    for (const i of restorable) decided.set(i, verdict);
    return decided;
  },
};

/**
 * On a page that is not an article: when the rules kept less than MIN_KEPT_LINE_SHARE of its
 * text lines' words, the text lines dropped without certainty come back. True when it restored.
 */
function keepTextLines({ blocks, decisions, language, options, page }: RuleContext, decided: BlockVerdicts): boolean {
  const lineWords = Number(options?.['lineWords'] ?? LINE_WORDS);
  const minShare = Number(options?.['minKeptLineShare'] ?? MIN_KEPT_LINE_SHARE);
  let text = 0;
  let kept = 0;
  const restorable: number[] = [];
  // On a page read as a product or a listing, the trees' verdict on a sentence is weak evidence too.
  const sentences = isEntriesPage(page);
  for (let i = 0; i < blocks.length; i++) {
    const decision = decisions[i];
    const { features } = blocks[i]!;
    if (decision?.certainty === 'certain' || features.words < lineWords || features.linkMarkers > 0) continue;
    if (decision?.verdict.kept === false && decision.verdict.category === 'comments') continue;
    text += features.words;
    if (decision?.verdict.kept ?? true) kept += features.words;
    else if (CONTEXT_ONLY.has(decision!.rule) || (sentences && isSentence(blocks[i]!, language))) restorable.push(i);
  }
  if (restorable.length === 0 || kept >= minShare * text) return false;
  const verdict = keep(
    'body',
    `a text line of a ${page!.type} page where the rules kept ${kept} of its ${text} words of text lines`,
    'likely',
  );
  for (const i of restorable) decided.set(i, verdict);
  return true;
}

export default rule;
