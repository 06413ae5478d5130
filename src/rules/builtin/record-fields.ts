import { keep, type DocumentRule, type RuleExamples, type RuleVerdict } from '../rule.js';
import { fieldLabel, pageRecords } from '../page-type.js';
import { balladRecords } from '../example-article.js';

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
  description: "On a page of records (labels that repeat from record to record), the records' fields are content.",
  get examples(): RuleExamples {
    return {
      match: [
        // The trees drop a printer's and a shelfmark's field as a short line among chrome.
        { document: CATALOGUE, block: 7, kept: true, role: 'body' },
        { document: CATALOGUE, block: 8, kept: true, role: 'body' },
      ],
      noMatch: [
        // Navigation above the records stays navigation.
        { document: CATALOGUE, block: 1, kept: false, category: 'navigation' },
        // So does the page's footer: a phrase rule's verdict stands.
        { document: CATALOGUE, block: 22, kept: false, category: 'legal' },
      ],
    };
  },
  apply(context) {
    const decided = new Map<number, RuleVerdict>();
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

export default rule;
