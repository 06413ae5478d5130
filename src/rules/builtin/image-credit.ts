import { patternSearch, quote } from '../phrases.js';
import { chrome, type DocumentRule, type RuleVerdict, type RuleExamples } from '../rule.js';

/**
 * A credit label at the end of the block, followed only by a short name: "Foto: dpa",
 * "Bild: Jahr Media", "… im Abendrot. Bild: TebNad/Shutterstock.com", "(Credit: NASA)",
 * "Crédits photos : Bestimage", "(crédito: Agência Brasil)". The name may not hold another colon,
 * so a sentence that merely says "Das Bild: ein Mann am Fenster, der …" runs past the limit.
 */
const CREDIT_LABEL =
  /(?:^|[\s([/|.,;–-])(?:fotos?|bild(?:er|quelle)?|foto(?:quelle|grafie|grafía)|photos?|photograph|picture|image|credits?|crédits?(?: photos?)?|créditos?|photo credit|image credit|titelbild|beitragsbild|imagen|zdjęcie|fot\.)\s?:\s?[^:\s][^:]{0,60}$/u;
/** A copyright sign opening a bracketed or slashed credit: "(© FEI/Jon Stroud)", "/ (c) Kab Niang". */
const BRACKETED_COPYRIGHT = /\(©\s?[\p{L}\d][^©()]{0,60}\)?$|(?:^|\/\s?)\(c\) \S[^()]{0,40}$/u;
/** A picture agency closing the block after a slash, bracket or "via": "(Jim Watson/AFP/Getty Images)", "Photo by Ana on Unsplash". */
const AGENCY =
  /(?:[/|(]\s?|\bvia |\bon )(?:getty images|shutterstock(?:\.com)?|istock(?:photo)?(?:\.com)?|imago(?: images)?|picture[ -]alliance(?:\/dpa)?|dpa|afp|reuters|keystone|unsplash|pixabay|adobe ?stock)\)?$/u;
const PATTERNS: readonly RegExp[] = [CREDIT_LABEL, BRACKETED_COPYRIGHT, AGENCY];

/** Captions run to a couple of sentences; longer blocks that end in a credit are articles quoting one. */
const MAX_WORDS = 50;

const search = patternSearch(PATTERNS);

/** Examples sit between two paragraphs of an article, as credits do (a first line alone is the page title). */
function inArticle(credit: string): { document: string; block: number } {
  const headline = 'Neue Brücke über den Fluss eröffnet';
  const opening = 'Nach drei Jahren Bauzeit ist die neue Brücke am Montag für den Verkehr freigegeben worden, wie die Stadt mitteilte.';
  const closing = 'Die alte Brücke soll im Frühjahr abgerissen werden; bis dahin bleibt sie für Fußgänger und Radfahrer offen.';
  return { document: [headline, opening, credit, closing].join('\n'), block: 2 };
}

/**
 * Photo credits, and the captions they sign. Readers of the cleaned text get the picture neither
 * way, and trafilatura's annotators count "Foto: dpa" lines as boilerplate. Copyright footers
 * ("© 2024 Verlag") are legal-footer's.
 * A context rule that runs last, not a phrase rule: the learned trees read phrase-rule chrome
 * around a block, and a credit over the first paragraph (certain chrome) made them drop whole
 * articles. Here it only takes out the credit itself.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'image-credit',
  phase: 'context',
  targets: 'other',
  description: 'Photo credits and the captions they sign ("Foto: dpa", "Bild: …/Shutterstock.com", "(Credit: NASA)", "/Getty Images").',
  patterns: PATTERNS,
  get examples(): RuleExamples {
    return {
      match: [
        'Foto: dpa',
        'Der Bürgermeister bei der Eröffnung der neuen Brücke am Montag. Foto: Stadt Neustadt/Max Muster',
        'Sonnenuntergang über dem Hafen. Bild: Muster/Shutterstock.com',
        '(© Verband/Erika Beispiel)',
        'Crédits photos : Agence Exemple',
        'Una vista del puerto al amanecer (Foto: Juan Ejemplo/Pool via REUTERS).',
        'Commuters wait for a delayed train at the station. (Jane Doe/AFP/Getty Images)',
        'Photo by Sam Example on Unsplash',
        '(Credit: Example Observatory)',
      ].map((credit) => ({ ...inArticle(credit), language: 'de', kept: false, category: 'other' as const })),
      noMatch: [
        'Foto-Tipps: So gelingen Bilder bei Nacht',
        'Das Bild: ein Mann am Fenster, der auf die Straße sieht: still, fast reglos.',
        'The agency said it had received the photos from Reuters on Monday and checked them before publishing.',
        'Credit cards are accepted at the door.',
      ].map((caption) => ({ ...inArticle(caption), language: 'de', kept: true, role: 'body' as const })),
    };
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    blocks.forEach((block, i) => {
      if (decisions[i]?.certainty === 'certain' || block.features.words > MAX_WORDS) return;
      const found = search(block.features.normalized);
      if (found !== undefined) decided.set(i, chrome('other', `photo credit ${quote(found.trim())}`, 'likely'));
    });
    return decided;
  },
};

export default rule;
