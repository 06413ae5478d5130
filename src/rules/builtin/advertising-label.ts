import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/** Advertisement labels and sponsored-link boxes. */
export default phraseRule({
  id: 'advertising-label',
  category: 'advertising',
  description: 'Advertisement labels, sponsored links and ad-choice notices.',
  maxWords: 20,
  patterns: [
    /^(?:advertisements?|advertising|advert|ad|ads|sponsored|sponsored links?|sponsored content|paid content|paid post|promoted|promotion|partner content|story continues (?:below|after) (?:this )?(?:advertisement|ad)|article continues below(?: this)? (?:advertisement|ad)|continue reading (?:the main story|below)|(?:your )?ad ?choices|ads by \w+|advertise(?: with us| here)?|close (?:ad|advertisement)|skip (?:ad|advertisement))[.:]?$/,
    /\b(?:adchoices|ads by google|advertisement feature)\b/,
    // Chinese: "广告" (advertisement), "推广" (promoted).
    /^(?:广告|推广|赞助内容)$/u,
    // German: "Anzeige", "Werbung", "Weiterlesen nach der Anzeige", "Dieser Beitrag enthält Werbung".
    /^[*(]?(?:anzeige|werbung|reklame)[)*]?[.:]?(?: [\p{L}\d-]+)?$/u,
    /^(?:gesponsert|gesponserter (?:inhalt|beitrag|artikel|link)|gesponserte (?:inhalte|links|beiträge)|sponsored post|werbehinweis|affiliate-?links?|partnerlinks?|werbelinks?|werben sie (?:bei uns|hier)|werben|mediadaten|anzeige schalten|anzeigen schalten|anzeigen aufgeben|bezahlte partnerschaft|in kooperation mit [\p{L}\d .&-]{1,40}|präsentiert von [\p{L}\d .&-]{1,40})[.:]?$/u,
    /\b(?:weiterlesen|lesen sie weiter|weiter) nach der (?:anzeige|werbung)\b|\b(?:artikel|text|beitrag) (?:geht|wird) (?:nach|unter) der (?:anzeige|werbung) weiter\b/,
    /\b(?:dieser|der|dieses) (?:beitrag|artikel|post|video) enthält (?:werbung|affiliate-?links|werbelinks|produktplatzierungen)\b/,
    // French: "Publicité", "Contenu sponsorisé", "La suite après cette publicité".
    /^(?:publicité|annonce|sponsorisé|contenu sponsorisé|article sponsorisé|contenu partenaire|contenu de marque|en partenariat avec [\p{L}\d .&-]{1,40})[.:]?$/u,
    /\bla suite (?:de l['’]article |de cet article )?(?:après|sous) (?:cette |la )?(?:publicité|annonce)(?![\p{L}])/u,
    // Spanish: "Publicidad", "Contenido patrocinado", "Sigue leyendo después de la publicidad".
    /^(?:publicidad|anuncio|patrocinado|contenido patrocinado|contenido de marca|contenido publicitario|espacio publicitario)[.:]?$/,
    /\b(?:sigue|continúa|continua|seguir) (?:leyendo )?(?:después|debajo|tras) (?:de )?(?:la |el |esta )?(?:publicidad|anuncio)\b/,
    // Italian: "Pubblicità", "Contenuto sponsorizzato", "L'articolo continua dopo la pubblicità".
    /^(?:pubblicità|sponsorizzato|contenuto sponsorizzato|annuncio|contenuto a pagamento|pubbliredazionale)[.:]?$/,
    /\bcontinua (?:a leggere )?(?:dopo|sotto) (?:la pubblicità|l['’]annuncio|la pubblicita)(?![\p{L}])/u,
    // Portuguese: "Publicidade", "Conteúdo patrocinado", "Continua depois da publicidade".
    /^(?:publicidade|anúncio|patrocinado|conteúdo patrocinado|conteúdo de marca|conteúdo publicitário)[.:]?$/,
    /\bcontinu[ae] (?:a ler |lendo )?(?:depois|após) (?:da |a )?publicidade\b/,
    // Dutch: "Advertentie", "Gesponsord", "Lees verder na de advertentie".
    /^(?:advertentie|advertenties|gesponsord|gesponsorde (?:inhoud|content|links?)|adverteren|adverteer(?: bij ons)?|partnercontent)[.:]?$/,
    /\b(?:lees |artikel gaat )?verder (?:na|onder) de advertentie\b/,
    // Interstitial labels between an ad (or a video) and the rest of the story.
    /^(?:the )?(?:story|article|text|content|post|report) continues (?:below|after|under|beneath)(?: (?:this |the )?(?:advertisement|advert|ad|video|break|sponsored message))?[.:]?$/,
    /^scroll (?:down )?to continue(?: reading| with (?:the )?(?:content|article|story))?[.:]?$/,
    /^continue reading (?:after|below) (?:the |this )?(?:ad|advert|advertisement)[.:]?$|^(?:advertisement|ad|sponsored) ?[-–—:|] ?(?:scroll (?:down )?to continue(?: reading)?|continue reading below|story continues below)[.:]?$/,
    /^(?:fortsetzung|weiter) (?:nach|unter) der (?:anzeige|werbung)\b|\blesen sie nach der (?:anzeige|werbung) weiter\b/,
    /\b(?:l['’]article|la suite de l['’]article) (?:continue|se poursuit) (?:après|sous|ci-dessous)(?![\p{L}])/u,
    /\b(?:el artículo|la noticia|el texto) (?:continúa|sigue) (?:después|debajo|tras|abajo)(?![\p{L}])/u,
    /\bl['’]articolo (?:continua|prosegue) (?:sotto|dopo|più sotto)(?![\p{L}])/u,
    /\b(?:a matéria|a reportagem|o artigo|a notícia|o texto) continua (?:após|depois|abaixo)(?![\p{L}])/u,
    /\b(?:het )?artikel gaat (?:hieronder|verder onder)\b/,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        // WordPress.com prints the plural above its ads.
        { text: 'Advertisements', kept: false, category: 'advertising' },
        { text: 'Advertisement', kept: false, category: 'advertising' },
        { text: '广告', language: 'zh', kept: false, category: 'advertising' },
        { text: 'Sponsored Links', kept: false, category: 'advertising' },
        { text: 'Story continues below advertisement', kept: false, category: 'advertising' },
        { text: 'Ads by Google', kept: false, category: 'advertising' },
        { text: 'Advertise with us', kept: false, category: 'advertising' },
        { text: 'Anzeige', language: 'de', kept: false, category: 'advertising' },
        { text: 'Werbung', language: 'de', kept: false, category: 'advertising' },
        { text: '*Werbung', language: 'de', kept: false, category: 'advertising' },
        { text: 'Weiterlesen nach der Anzeige', language: 'de', kept: false, category: 'advertising' },
        { text: 'Dieser Beitrag enthält Werbung.', language: 'de', kept: false, category: 'advertising' },
        { text: 'Publicité', language: 'fr', kept: false, category: 'advertising' },
        { text: 'La suite après cette publicité', language: 'fr', kept: false, category: 'advertising' },
        { text: 'Publicidad', language: 'es', kept: false, category: 'advertising' },
        { text: 'Contenido patrocinado', language: 'es', kept: false, category: 'advertising' },
        { text: 'Pubblicità', language: 'it', kept: false, category: 'advertising' },
        { text: 'Publicidade', language: 'pt', kept: false, category: 'advertising' },
        { text: 'Continua depois da publicidade', language: 'pt', kept: false, category: 'advertising' },
        { text: 'Advertentie', language: 'nl', kept: false, category: 'advertising' },
        { text: 'Gesponsord', language: 'nl', kept: false, category: 'advertising' },
        { text: 'Advertisement feature', kept: false, category: 'advertising' },
        { text: 'Gesponserter Inhalt', language: 'de', kept: false, category: 'advertising' },
        { text: 'Sigue leyendo después de la publicidad', language: 'es', kept: false, category: 'advertising' },
        { text: 'Continua a leggere dopo la pubblicità', language: 'it', kept: false, category: 'advertising' },
        { text: 'Lees verder onder de advertentie', language: 'nl', kept: false, category: 'advertising' },
        { text: 'Article continues below', kept: false, category: 'advertising' },
        { text: 'Scroll to continue with content', kept: false, category: 'advertising' },
        { text: 'Continue reading after the ad', kept: false, category: 'advertising' },
        { text: 'Fortsetzung nach der Anzeige', language: 'de', kept: false, category: 'advertising' },
        { text: 'L’article continue ci-dessous', language: 'fr', kept: false, category: 'advertising' },
        { text: 'La noticia continúa debajo', language: 'es', kept: false, category: 'advertising' },
        { text: 'L’articolo continua sotto', language: 'it', kept: false, category: 'advertising' },
        { text: 'A reportagem continua após o anúncio', language: 'pt', kept: false, category: 'advertising' },
        { text: 'Het artikel gaat hieronder verder', language: 'nl', kept: false, category: 'advertising' },
      ],
      noMatch: [
        { text: 'Advertising revenue fell by a third in the second quarter, hitting the company’s shares.', kept: true },
        {
          text: 'Die Anzeige gegen den Bürgermeister wurde am Freitag von der Staatsanwaltschaft zurückgewiesen.',
          language: 'de',
          kept: true,
        },
        { text: 'Werbung für Tabak ist in Deutschland seit Jahren stark eingeschränkt.', language: 'de', kept: true },
        { text: 'La publicité en ligne a progressé de 10 % l’an dernier.', language: 'fr', kept: true },
        { text: 'La publicidad institucional se disparó en año electoral.', language: 'es', kept: true },
        { text: 'De advertentie-inkomsten van de krant daalden sterk.', language: 'nl', kept: true },
      ],
    };
  },
});
