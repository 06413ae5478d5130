import { keep, type DocumentRule, type RuleContext, type RuleExamples, type RuleVerdict } from '../rule.js';
import { fieldLabel, pageRecords } from '../page-type.js';
import { balladRecords } from '../example-article.js';
import { hasProseStopwords } from '../context.js';
import type { AnalysedBlock } from '../../types.js';

/** A sentence ends inside the block and text follows ("It boils fast. – Bea, Leeds"). */
const SENTENCE_BREAK = /[.!?][»"”’)]?\s/u;
/** A product page's review or description: this many words of running text with a sentence in it. */
const REVIEW_WORDS = 8;
/** A heading over a product's specifications ("Specifications", "Características"). */
const HEADING_WORDS = 4;

const KETTLE = [
  'Brightwater enamel jug, 1 litre – Fenwick Home',
  'Home / Kitchen / Jugs',
  'Brightwater enamel jug, 1 litre',
  '£24.00',
  'Add to basket',
  'In stock',
  'Description',
  'A white enamel jug with a navy rim, pressed from one sheet of steel and fired twice, so that it takes boiling water straight from the kettle and cold milk straight from the fridge.',
  'Specifications',
  'Capacity: 1 litre',
  'Material: enamelled steel',
  'Dishwasher safe: yes',
  'Customer reviews',
  'I use it for watering the herbs on the windowsill. It pours cleanly and has not chipped yet – Ola, York',
  'Write a review',
  'Customers also bought',
  '© Fenwick Home',
].join('\n');

const CATALOGUE = [
  'Search results - Riverside Ballad Archive',
  'Home',
  'Browse',
  'The archive holds printed ballad sheets collected by the county library between 1850 and 1920, most of them sold for a penny in markets and at fairs.',
  'Each record gives the title of a sheet, its first line, the printer and the shelfmark under which it can be ordered in the reading room.',
  ...balladRecords(4),
  'Next page',
  '© Riverside Library',
].join('\n');

/**
 * A page of records (a library catalogue, search results, a data sheet) holds its content in
 * fields: short `Label: value` lines under labels that come back from record to record. Read one
 * by one they look like chrome (short, no sentence, among other short lines), and the trees and the
 * neighbour pass drop them; on a listing whose records they are, they are what the reader came for.
 * Fields a phrase rule dropped stay dropped.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'record-fields',
  phase: 'context',
  targets: 'body',
  description:
    "On a page of records (labels that repeat from record to record), the records' fields are content; on a product page, its specifications, description and reviews.",
  patterns: [SENTENCE_BREAK],
  get examples(): RuleExamples {
    return {
      match: [
        // The trees drop a printer's and a shelfmark's field as a short line among chrome.
        { document: CATALOGUE, block: 7, kept: true, role: 'body' },
        { document: CATALOGUE, block: 8, kept: true, role: 'body' },
        // A product page: the neighbour pass drops its specifications among the shop's buttons, the
        // trees a review that ends in the reviewer's name.
        { document: KETTLE, block: 10, kept: true, role: 'body' },
        { document: KETTLE, block: 13, kept: true, role: 'body' },
      ],
      noMatch: [
        // Navigation above the records stays navigation.
        { document: CATALOGUE, block: 1, kept: false, category: 'navigation' },
        // So does the page's footer: a phrase rule's verdict stands.
        { document: CATALOGUE, block: 22, kept: false, category: 'legal' },
        // A product page's shop furniture is no specification.
        { document: KETTLE, block: 15, kept: false, category: 'other' },
      ],
    };
  },
  apply(context) {
    const decided = new Map<number, RuleVerdict>();
    if (context.page?.type === 'product') return productContent(context, decided);
    if (context.page?.type !== 'listing') return decided;
    const records = pageRecords(context);
    if (!records) return decided;
    context.blocks.forEach((block, i) => {
      const decision = context.decisions[i];
      if (!decision || decision.verdict.kept || decision.certainty === 'certain') return;
      const label = fieldLabel(block);
      if (label && records.labels.has(label)) decided.set(i, keep('body', `a field of one of the page's records ("${label}:")`, 'likely'));
    });
    return decided;
  },
};

/** Dropped by the trees or a context rule, not by a phrase rule. */
function undecidedlyDropped(context: RuleContext, i: number): boolean {
  const decision = context.decisions[i];
  return decision !== undefined && !decision.verdict.kept && decision.certainty !== 'certain';
}

/**
 * A product page (one record): its specifications (two or more `Label: value` lines in a row) and
 * the heading over them, and its description's and reviews' running text (a sentence in it, even
 * when a reviewer's name ends the line) are what the reader came for.
 */
function productContent(context: RuleContext, decided: Map<number, RuleVerdict>): Map<number, RuleVerdict> {
  const { blocks, language } = context;
  const isField = (block: AnalysedBlock | undefined): boolean => block !== undefined && fieldLabel(block) !== undefined;
  const specification = keep('body', "one of the product's specifications (a run of `Label: value` lines)", 'likely');
  const heading = keep('body', "the heading over the product's specifications", 'likely');
  const text = keep('body', 'running text on a product page (its description or a review)', 'likely');
  blocks.forEach((block, i) => {
    if (!undecidedlyDropped(context, i)) return;
    const { features } = block;
    if (isField(block) && (isField(blocks[i - 1]) || isField(blocks[i + 1]))) decided.set(i, specification);
    else if (
      isField(blocks[i + 1]) &&
      isField(blocks[i + 2]) &&
      features.words <= HEADING_WORDS &&
      !features.endsWithPunctuation &&
      features.linkMarkers === 0
    )
      decided.set(i, heading);
    else if (
      features.words >= REVIEW_WORDS &&
      (features.endsWithPunctuation || SENTENCE_BREAK.test(block.text)) &&
      hasProseStopwords(block, language)
    )
      decided.set(i, text);
  });
  return decided;
}

export default rule;
