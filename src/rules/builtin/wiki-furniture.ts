import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/**
 * What MediaWiki prints around every article, in a crawl's or a dump's text: the skip links at the
 * top, the "From Wikipedia, the free encyclopedia" tagline, the stub notice under a short article
 * and the "Retrieved from" line with the page's address. Beside a wiki stub's two sentences they
 * outweigh the article, and nothing but their wording tells them apart.
 */
export default phraseRule({
  id: 'wiki-furniture',
  category: 'other',
  description:
    'MediaWiki page furniture: "Jump to navigation", "From Wikipedia, the free encyclopedia", stub notices, "Retrieved from https://...".',
  maxWords: 30,
  patterns: [
    /^jump to (?:navigation|search|content)(?: jump to (?:navigation|search))?$/,
    // Older MediaWiki skins (still common in crawls): "Jump to: navigation, search", "Wechseln zu: Navigation, Suche".
    /^(?:jump to|wechseln zu|aller à ?|saltar a|vai a): (?:navigation|navegación|navigazione), (?:search|suche|rechercher|búsqueda|ricerca)$/u,
    /^from [\p{L}][\p{L} .-]{0,30}, the (?:free|open) encyclopa?edia\.?$|^retrieved from ["“]?https?:/u,
    /^this (?:article|page|section)(?: about [^.]{1,80})? is a stub(?:\.|$)|^you can help [\p{L}][\p{L} .-]{0,30} by expanding it\b/u,
    // German: "Zur Navigation springen", "Aus Wikipedia, der freien Enzyklopädie", "Abgerufen von „https://...“".
    /^zur (?:navigation|suche) springen(?: zur suche springen)?$/,
    /^aus [\p{L}][\p{L} .-]{0,30}, der freien enzyklopädie\.?$|^abgerufen von [„"“]?https?:/u,
    // French: "Aller à la navigation", "Un article de Wikipédia, l'encyclopédie libre", "Ce document provient de « https://... »".
    /^aller (?:à|au) (?:la navigation|la recherche|contenu)(?: aller à la recherche)?$/,
    /^un article de [\p{L}][\p{L} .-]{0,30}, l'encyclopédie libre\.?$|^ce document provient de [«"“]?\s?https?:/u,
    // Spanish: "Ir a la navegación", "De Wikipedia, la enciclopedia libre", "Obtenido de «https://...»".
    /^ir a la (?:navegación|búsqueda)(?: ir a la búsqueda)?$/,
    /^de [\p{L}][\p{L} .-]{0,30}, la enciclopedia libre\.?$|^obtenido de [«"“]?https?:/u,
    // Italian: "Vai alla navigazione", "Da Wikipedia, l'enciclopedia libera", "Estratto da "https://..."".
    /^vai alla (?:navigazione|ricerca)(?: vai alla ricerca)?$/,
    /^da [\p{L}][\p{L} .-]{0,30}, l'enciclopedia libera\.?$|^estratto da ["“«]?https?:/u,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        { text: 'Jump to navigation Jump to search', kept: false, category: 'other' },
        { text: 'Jump to: navigation, search', kept: false, category: 'other' },
        { text: 'Wechseln zu: Navigation, Suche', language: 'de', kept: false, category: 'other' },
        { text: 'Aller à : navigation, rechercher', language: 'fr', kept: false, category: 'other' },
        { text: 'From Wikipedia, the free encyclopedia', kept: false, category: 'other' },
        {
          text: 'This article about a village in Norland is a stub. You can help Wikipedia by expanding it.',
          kept: false,
          category: 'other',
        },
        { text: 'Zur Navigation springen Zur Suche springen', language: 'de', kept: false, category: 'other' },
        { text: 'Aus Wikipedia, der freien Enzyklopädie', language: 'de', kept: false, category: 'other' },
        { text: 'Aller à la navigation Aller à la recherche', language: 'fr', kept: false, category: 'other' },
        { text: 'Un article de Wikipédia, l’encyclopédie libre.', language: 'fr', kept: false, category: 'other' },
        { text: 'Ir a la navegación Ir a la búsqueda', language: 'es', kept: false, category: 'other' },
        {
          text: 'Obtenido de «https://es.wikipedia.org/w/index.php?title=Ostervold&oldid=1»',
          language: 'es',
          kept: false,
          category: 'other',
        },
        { text: 'Vai alla navigazione Vai alla ricerca', language: 'it', kept: false, category: 'other' },
        { text: 'Da Wikipedia, l’enciclopedia libera.', language: 'it', kept: false, category: 'other' },
      ],
      noMatch: [
        {
          text: 'From the first page, the free encyclopedia that anyone could edit was an experiment, and its founders did not expect it to last the year.',
          kept: true,
        },
        {
          text: 'This article is a stub, the editor admitted, and the paper will print the full story of the sawmill fire on Saturday.',
          kept: true,
        },
      ],
    };
  },
});
