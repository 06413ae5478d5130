import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/** A publisher's own app advertised on its article pages ("Get the app", "Read in the app"). */
export default phraseRule({
  id: 'app-promotion',
  category: 'advertising',
  description: 'Promotion of the publisher’s app: install prompts, store badges and "open in the app" links.',
  maxWords: 30,
  patterns: [
    /^(?:get|download|install|try) (?:the|our)(?: free| new)?(?: [\p{L}\d&'’-]+){0,2} app[.!]?$/u,
    /^(?:open|read|continue reading|view|listen|watch|see)(?: (?:this|the) (?:story|article|video|post))? in (?:the |our )?app[.!]?$/,
    /\b(?:download|get|install) (?:the |our )(?:free |new )?(?:[\p{L}\d&'’-]+ ){0,2}app (?:for (?:ios|iphone|ipad|android|free|the latest)|on (?:ios|iphone|ipad|android|your)|now)\b/u,
    /\b(?:available|download(?: it)?|get it) on (?:the )?(?:app store|google play)\b|\bapp store (?:and|or|&) google play\b/,
    /^(?:now )?available (?:for|on) (?:ios|iphone|ipad|android)(?: (?:and|&|or) (?:ios|iphone|ipad|android))?[.!]?$/,
    // German: "App herunterladen", "Holen Sie sich die App", "In der App lesen".
    /^(?:jetzt )?(?:die |unsere |zur )?(?:[\p{L}-]+-)?app (?:herunterladen|laden|installieren|holen|öffnen|entdecken)[.!]?$/u,
    /\b(?:laden sie|lade dir|holen sie sich|hol dir) (?:jetzt )?(?:die|unsere) (?:kostenlose )?(?:[\p{L}-]+-)?app\b|^in der app (?:öffnen|lesen|weiterlesen|ansehen)[.!]?$/u,
    // French: "Téléchargez notre application", "Lire dans l'appli".
    /^(?:télécharger|téléchargez|installer|installez|essayez) (?:l['’]|notre |la )(?:application|appli|app)(?![\p{L}])/u,
    /\b(?:ouvrir|lire|continuer|voir) (?:dans|sur) l['’](?:application|appli|app)(?![\p{L}])/u,
    // Spanish: "Descarga nuestra aplicación", "Leer en la app".
    /^(?:descarga|descargue|descargar|instala|baja) (?:la|nuestra|gratis la) (?:app|aplicación)(?![\p{L}])/u,
    /\b(?:abrir|leer|ver|seguir leyendo|sigue leyendo) en la (?:app|aplicación)(?![\p{L}])/u,
    // Italian: "Scarica l'app", "Leggi nell'app".
    /^(?:scarica|scaricate|installa) (?:l['’]|la nostra |la )app\b|\b(?:apri|leggi|continua a leggere) (?:nell['’]|sull['’]|nella )app\b/u,
    // Portuguese: "Baixe o aplicativo", "Ler no app".
    /^(?:baixe|baixar|descarregue|descarregar|instale) (?:o|a|nosso|nossa|o nosso|a nossa) (?:app|aplicativo|aplicação)(?![\p{L}])|\b(?:abrir|ler|continuar lendo) (?:no|na) (?:app|aplicativo|aplicação)(?![\p{L}])/u,
    // Dutch: "Download de app", "Lees verder in de app".
    /^(?:download|installeer) (?:de|onze|gratis de) (?:[\p{L}-]+-)?app\b|\b(?:open|lees|lees verder|bekijk) in de app\b/u,
    // The install prompt with its pitch after a colon or dash: "Get the app: breaking news alerts on your phone".
    /^(?:get|download|install|try) (?:the|our)(?: free| new)?(?: [\p{L}\d&'’-]+){0,2} app ?[:–—-] ?\S/u,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        { text: 'Get the app: stay up to date with breaking news alerts on your phone.', kept: false, category: 'advertising' },
        { text: 'Get the app', kept: false, category: 'advertising' },
        { text: 'Download the Harbour Post app', kept: false, category: 'advertising' },
        { text: 'Read this story in the app', kept: false, category: 'advertising' },
        { text: 'Open in app', kept: false, category: 'advertising' },
        { text: 'Available on iPhone and Android', kept: false, category: 'advertising' },
        { text: 'Download our free news app for iPhone and Android to get alerts as stories break.', kept: false, category: 'advertising' },
        { text: 'Our puzzles are also available on the App Store', kept: false, category: 'advertising' },
        { text: 'Jetzt die Tagblatt-App herunterladen', language: 'de', kept: false, category: 'advertising' },
        { text: 'Holen Sie sich die kostenlose App für Ihr Smartphone', language: 'de', kept: false, category: 'advertising' },
        { text: 'Téléchargez notre application gratuite', language: 'fr', kept: false, category: 'advertising' },
        { text: 'Lire dans l’appli', language: 'fr', kept: false, category: 'advertising' },
        { text: 'Descarga nuestra aplicación gratuita', language: 'es', kept: false, category: 'advertising' },
        { text: 'Sigue leyendo en la app', language: 'es', kept: false, category: 'advertising' },
        { text: 'Scarica l’app del giornale', language: 'it', kept: false, category: 'advertising' },
        { text: 'Baixe o aplicativo e receba alertas', language: 'pt', kept: false, category: 'advertising' },
        { text: 'Lees verder in de app', language: 'nl', kept: false, category: 'advertising' },
      ],
      noMatch: [
        {
          text: 'The council said residents could report fallen trees through its app or by phone, and that crews would visit every street by Friday.',
          kept: true,
        },
        { text: 'Die App der Stadtwerke zeigt jetzt auch die Abfahrtszeiten der Busse an.', language: 'de', kept: true },
        { text: 'L’application de la loi a pris plus de temps que prévu.', language: 'fr', kept: true },
      ],
    };
  },
});
