// What kind of page a document is, read from its text before the context rules run: they cut "the
// rest of the page" or "a borderline block among chrome" on an article's terms, and those terms
// destroy a forum thread, a shop's product page or a listing (issue 18). Where the evidence is
// weak the page is `other`, and the context rules hold back.

import type { AnalysedBlock, PageKind } from '../types.js';
import type { Decision } from './rule.js';
import { isDiscussionPage } from './builtin/comment-thread.js';
import { stopwordThresholds } from '../features/language.js';
import { TEXT_DENSITY } from './justext.js';
import { CHARACTER_CLASSES, holdsAny } from '../features/tokenize.js';

/** A price: a currency sign or code next to a number ("$24.99", "24,99 €", "EUR 12"). */
const PRICE = /(?:[$€£¥]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|eur\b|usd\b|gbp\b|chf\b)|(?:^|\s)(?:eur|usd|gbp|chf)\s?\d)/u;

/** What only a shop's product page says (the widgets and headings around one product), as a whole label. */
const COMMERCE = new RegExp(
  `^(?:${[
    // English
    'add to (?:cart|basket|bag|wish ?list)',
    'buy (?:it )?now',
    'in stock',
    'out of stock',
    'sold out',
    '(?:only )?\\d+ (?:left|in stock)',
    'free (?:shipping|delivery|returns)',
    'quantity',
    'qty',
    'sku',
    'item (?:no|number)',
    'product (?:details|description|information|specifications)',
    'specifications',
    'tech specs',
    'customer reviews',
    'write a review',
    'be the first to review',
    'secure (?:checkout|payment)',
    // German
    'in den warenkorb',
    'jetzt kaufen',
    'auf lager',
    'lieferbar',
    'artikelnummer',
    'produktbeschreibung',
    'kundenbewertungen',
    'versandkostenfrei',
    // French
    'ajouter au panier',
    'en stock',
    'acheter',
    'descriptif',
    'avis clients',
    'livraison gratuite',
    'paiement sécurisé',
    // Spanish
    'añadir al carrito',
    'agregar al carrito',
    'comprar',
    'en existencias',
    'quedan \\d+ unidades',
    'opiniones de clientes',
    'escribir una opinión',
    'envío gratis',
    'pago seguro',
    'características',
    // Italian, Dutch, Chinese
    'aggiungi al carrello',
    'in winkelwagen',
    'op voorraad',
    '加入购物车',
    '立即购买',
    '商品详情',
  ].join('|')})(?![\\p{L}])`,
  'u',
);
const COMMERCE_MAX_WORDS = 6;
/** Distinct commerce labels that make a page a product page (with a price), or without one. */
const PRODUCT_SIGNS_WITH_PRICE = 2;
const PRODUCT_SIGNS = 3;
/** A shop's label this many times under a paragraph (one per product), with a price: a shop's list of products. */
const SHOP_LIST_LABELS = 2;
/** How close under a description a product's widget sits, in blocks. */
const WIDGET_DISTANCE = 3;

/** A paragraph of running text: enough words, a sentence end, the stopword density of prose. */
const PARAGRAPH_WORDS = 20;
/** Prose that makes a page an article: this many words in such paragraphs, at least two of them. */
const ARTICLE_PROSE_WORDS = 100;
const ARTICLE_PARAGRAPHS = 2;

/** An entry of a listing: a headline, then a teaser of a sentence or two. */
const ENTRY_WORDS = { min: 8, max: 60 } as const;
const HEADLINE_WORDS = { min: 2, max: 16 } as const;
/**
 * Entries that make a page a listing, when two thirds of its prose are teasers under headlines: an
 * article's paragraphs follow paragraphs, a listing's follow a headline each.
 */
const LISTING_ENTRIES = 8;
/** Words in consecutive paragraphs that read as an article's body, not a listing's teasers. */
const ARTICLE_RUN_WORDS = 100;

/**
 * A field of a record: a short label, a colon, a value (`Title: Old pals`, `Authors: West, Arthur`).
 * Catalogue pages, search results and data sheets hold their content in such lines, under labels
 * that repeat from record to record.
 */
const FIELD = /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}):\s+\S/u;
const FIELD_MAX_WORDS = 30;
/** A label is a record's when it comes back this often, and a page of records has this many such labels. */
const FIELD_REPEATS = 3;
const RECORD_LABELS = 2;
/** Fields that make a page one of records: this many, and this many for every paragraph of prose. */
const RECORD_FIELDS = 12;
const FIELDS_PER_PARAGRAPH = 3;

/** A field's label (lower-cased), when the block is a field of a record. */
export function fieldLabel({ features, text }: AnalysedBlock): string | undefined {
  // No colon, no field: most blocks are ruled out by the counting pass's character bits (':' is a code symbol).
  if (features.words > FIELD_MAX_WORDS || !holdsAny(features, CHARACTER_CLASSES.codeSymbol)) return undefined;
  return FIELD.exec(text)?.[1]?.toLowerCase();
}

/**
 * The records a page holds: the labels that come back from record to record (in the order they
 * first appear) and how many fields carry them, when they make records: several labels, many
 * fields, and a field followed by a field of another label as often as not (a record's fields come
 * one after the other; a list of "Source: headline" lines, or "Posted by:" over each comment, repeats
 * one label). Blocks a phrase rule dropped are not counted. Undefined when the page has no records.
 */
export function pageRecords({ blocks, decisions }: Omit<PageEvidence, 'language'>): { labels: Set<string>; fields: number } | undefined {
  const counts = new Map<string, number>();
  const labelled: (string | undefined)[] = blocks.map((block, i) => {
    if (decisions[i]?.certainty === 'certain' && !decisions[i]!.verdict.kept) return undefined;
    const label = fieldLabel(block);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
    return label;
  });
  const labels = new Set<string>();
  let fields = 0;
  for (const [label, count] of counts) {
    if (count < FIELD_REPEATS) continue;
    labels.add(label);
    fields += count;
  }
  let changes = 0;
  for (let i = 1; i < labelled.length; i++) {
    const [previous, label] = [labelled[i - 1], labelled[i]];
    if (previous && label && previous !== label && labels.has(previous) && labels.has(label)) changes++;
  }
  return labels.size >= RECORD_LABELS && fields >= RECORD_FIELDS && 2 * changes >= fields ? { labels, fields } : undefined;
}

interface PageEvidence {
  blocks: readonly AnalysedBlock[];
  decisions: readonly (Decision | undefined)[];
  language: string;
}

/**
 * The page's kind from its text: a discussion (posts signed like a forum's), a product page (a
 * price and a shop's labels), an article (paragraphs of prose), a listing (many teaser entries and
 * little prose), or other. Phrase-rule chrome is not evidence of the content.
 */
export function classifyPage({ blocks, decisions, language }: PageEvidence): PageKind {
  if (isDiscussionPage(blocks, decisions))
    return { type: 'discussion', reason: 'posts signed like a forum thread above the first paragraph' };
  const { stopwordsLow } = stopwordThresholds(language, TEXT_DENSITY);
  const commerce = new Set<string>();
  let widgetsUnderProse = 0;
  let lastProse = -Infinity;
  let price = false;
  let proseWords = 0;
  let paragraphs = 0;
  let proseBlocks = 0;
  let entries = 0;
  let headlineAbove = false;
  let runWords = 0;
  let longestRun = 0;
  for (let i = 0; i < blocks.length; i++) {
    const { features, text } = blocks[i]!;
    if (decisions[i]?.certainty === 'certain' && !decisions[i]!.verdict.kept) continue;
    if (features.words <= COMMERCE_MAX_WORDS) {
      const label = COMMERCE.exec(features.normalized);
      if (label) {
        commerce.add(label[0].replace(/\d+/g, '#'));
        if (i - lastProse <= WIDGET_DISTANCE) widgetsUnderProse++;
      }
    }
    if (!price && features.words <= ENTRY_WORDS.max && holdsAny(features, CHARACTER_CLASSES.asciiDigit) && PRICE.test(text)) price = true;
    const prose = features.endsWithPunctuation && features.stopwordDensity >= stopwordsLow;
    if (prose && features.words >= PARAGRAPH_WORDS) {
      proseWords += features.words;
      paragraphs++;
      lastProse = i;
    }
    if (prose && features.words >= ENTRY_WORDS.min) {
      proseBlocks++;
      if (headlineAbove && features.words <= ENTRY_WORDS.max) entries++;
      runWords += features.words;
      longestRun = Math.max(longestRun, runWords);
    } else runWords = 0;
    headlineAbove = !features.endsWithPunctuation && features.words >= HEADLINE_WORDS.min && features.words <= HEADLINE_WORDS.max;
  }
  if (commerce.size >= PRODUCT_SIGNS || (price && commerce.size >= PRODUCT_SIGNS_WITH_PRICE))
    return { type: 'product', reason: `a shop's labels (${[...commerce].slice(0, 3).join(', ')})${price ? ' and a price' : ''}` };
  // A shop's list of products repeats one widget under every product's description ("Add to
  // basket"); a sidebar of deals beside an article has its widgets under prices and names only.
  if (price && widgetsUnderProse >= SHOP_LIST_LABELS)
    return {
      type: 'product',
      reason: `a shop's list of products (${widgetsUnderProse} times "${[...commerce][0]}" under a description) and a price`,
    };
  const article = proseWords >= ARTICLE_PROSE_WORDS && paragraphs >= ARTICLE_PARAGRAPHS;
  if (entries >= LISTING_ENTRIES && entries * 3 >= proseBlocks * 2 && longestRun < ARTICLE_RUN_WORDS)
    return { type: 'listing', reason: `${entries} entries of a headline and a teaser, ${proseBlocks - entries} other paragraphs` };
  const records = pageRecords({ blocks, decisions });
  if (records && records.fields >= FIELDS_PER_PARAGRAPH * paragraphs)
    return {
      type: 'listing',
      reason: `${records.fields} fields of records (${[...records.labels].slice(0, 3).join(', ')}), ${paragraphs} paragraphs`,
    };
  if (article) return { type: 'article', reason: `${paragraphs} paragraphs of prose (${proseWords} words)` };
  return { type: 'other', reason: 'too little prose to read it as an article' };
}

/** The patterns above, for the ReDoS check in the test suite. */
export const PAGE_TYPE_PATTERNS: readonly RegExp[] = [PRICE, COMMERCE, FIELD, /\d+/g];
