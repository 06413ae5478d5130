import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/** Whole-block headings of related-article lists ("Related Articles", "Lesen Sie auch"). */
const HEADINGS: readonly RegExp[] = [
  /^(?:related|related (?:articles?|stories|posts?|content|links|coverage|news|topics|videos?|reading|items)|more (?:on|about) (?:this|the) (?:story|topic)|more from\b.*$|more in\b.*$|more (?:news|stories|headlines|articles|videos?)|recommended(?: (?:for you|articles|stories|reading))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also (?:read|see|on)\b.*$|see also|read (?:more|next|also)|further reading|popular(?: (?:posts|stories|articles|now))?|most (?:popular|read|viewed|shared|emailed|commented)(?: (?:stories|articles|posts|now|today|this week))?|trending(?: now| stories)?|top (?:stories|news|headlines)|latest (?:news|stories|headlines|posts|articles|videos?)|recent (?:posts|articles|stories|comments|entries)|editor'?s'? picks|up next|what'?s (?:hot|new|popular)|don'?t miss|around the web|from (?:around )?the web|in (?:case you missed it|other news)|elsewhere(?: on (?:the web|\w+))?|promoted (?:stories|content|links)|sponsored (?:stories|content))[.:!»›]*$/,
  // A Q&A site's pointer under its question (Stack Exchange: "Browse other questions tagged python").
  /^browse other questions tagged\b|^not the answer you're looking for\?/,
  // An aggregator's pointer under each summary: "Read more at The Nation", "Read the full story on BBC News".
  /^read (?:more|the (?:full|whole) (?:story|article|report)) (?:at|on) [^.!?]{1,40}$/,
  // German: "Mehr zum Thema", "Lesen Sie auch", "Das könnte Sie auch interessieren", "Meistgelesen".
  /^(?:mehr zum thema|mehr dazu|mehr zu diesem thema|zum thema|passend zum thema|lesen sie auch|lesen sie mehr|lies auch|auch lesen|auch interessant|ebenfalls interessant|siehe auch|weitere artikel|weitere beiträge|weitere themen|weitere nachrichten|weitere meldungen|weitere news|weitere videos|weiterführende links|weiterführende artikel|ähnliche artikel|ähnliche beiträge|ähnliche themen|verwandte artikel|verwandte beiträge|verwandte themen|passende artikel|passende beiträge|empfehlungen|empfehlungen (?:der|aus der) redaktion|unsere empfehlungen?|redaktionsempfehlungen?|empfohlene artikel|(?:das|dies|diese artikel) (?:könnte|könnten) (?:sie|dich) (?:auch |ebenfalls )?interessieren|(?:das|dies) (?:könnte|dürfte) (?:ihnen|dir) auch gefallen|(?:sie|du) (?:könnten|könntest) (?:auch|ebenfalls) interessiert sein|auch spannend|meistgelesen|meistgelesene artikel|meist gelesen|am meisten gelesen|meistgelesene beiträge|beliebte artikel|beliebte beiträge|beliebteste artikel|neueste artikel|neueste beiträge|neue beiträge|aktuelle beiträge|letzte beiträge|neueste nachrichten|top-themen|top themen|topthemen|top-artikel|im überblick)[.:!»›]*$/,
  // French: "À lire aussi", "Sur le même sujet", "Les plus lus", "Vous aimerez aussi".
  /^(?:à lire aussi|a lire aussi|lire aussi|à lire également|lire également|à lire|voir aussi|à voir aussi|à voir également|sur le même sujet|sur le même thème|dans la même rubrique|articles? similaires|articles? liés|articles? connexes|articles? recommandés|vous aimerez aussi|vous aimerez peut-être aussi|vous pourriez aussi aimer|ça peut vous intéresser|cela pourrait vous intéresser|ces articles peuvent vous intéresser|à découvrir aussi|à découvrir également|les plus lus|les plus populaires|les plus partagés|les plus commentés|les plus consultés|dernières actualités|derniers articles|articles récents|dernières nouvelles|nos derniers articles|pour aller plus loin|recommandé pour vous|la sélection de la rédaction)[.:!»›\s]*$/,
  // Spanish: "Te puede interesar", "Noticias relacionadas", "Lo más leído".
  /^(?:te puede interesar|le puede interesar|también te puede interesar|también le puede interesar|te podría interesar|puede interesarte|quizás te interese|te recomendamos|le recomendamos|recomendados|recomendado para ti|noticias relacionadas|artículos relacionados|notas relacionadas|temas relacionados|relacionados|relacionadas|contenido relacionado|lee también|lea también|ver también|vea también|mira también|puedes ver|puede ver|más noticias|más leídas|más leídos|lo más leído|lo más visto|más vistos|más populares|últimas noticias|lo último|te puede gustar|también te puede gustar|más sobre este tema)[.:!»›]*$/,
  // Italian: "Leggi anche", "Articoli correlati", "I più letti".
  /^(?:leggi anche|leggi pure|vedi anche|potrebbe interessarti|ti potrebbe interessare|potrebbero interessarti|ti potrebbe piacere|articoli correlati|notizie correlate|correlati|articoli simili|post correlati|i più letti|più letti|più lette|più visti|più popolari|ultime notizie|ultimi articoli|articoli recenti|consigliati|ti consigliamo|da non perdere|altre notizie|approfondimenti)[.:!»›]*$/,
  // Portuguese: "Leia também", "Veja também", "Notícias relacionadas", "Mais lidas".
  /^(?:leia também|leia mais|veja também|veja mais|confira também|você também pode gostar|você pode gostar|também pode gostar|pode interessar|pode interessar-lhe|também pode interessar|notícias relacionadas|artigos relacionados|matérias relacionadas|posts relacionados|relacionados|relacionadas|mais lidas|mais lidos|mais vistos|mais populares|mais notícias|últimas notícias|recomendados|recomendado para você|mais sobre o assunto)[.:!»›]*$/,
  // Dutch: "Lees ook", "Meer over dit onderwerp", "Meest gelezen".
  /^(?:lees ook|lees meer|zie ook|bekijk ook|meer over dit onderwerp|meer nieuws|gerelateerde artikelen|gerelateerd|gerelateerde berichten|gerelateerde verhalen|ook interessant|dit vind je misschien ook leuk|misschien ook interessant|aanbevolen|meest gelezen|best gelezen|populaire artikelen|laatste nieuws|recente berichten|recente artikelen|meer artikelen|andere artikelen)[.:!»›]*$/,
  // Chinese: "相关阅读" (related reading), "推荐阅读" (recommended), "热门文章" (popular).
  /^(?:相关阅读|相关新闻|相关文章|相关报道|相关链接|推荐阅读|延伸阅读|热门文章|热门推荐|猜你喜欢)[:：]?$/u,
];

/**
 * Pointers that lead a headline of their own ("Lesen Sie auch: Headline", "Lea también: Headline"):
 * the headline can be long, so these are matched in blocks of up to POINTER_WORDS words.
 */
const POINTERS: readonly RegExp[] = [
  // English: "Related: Headline", "Read more: Headline"
  /^(?:related|read more|see also|also read|more|(?:read )?more (?:about|on)):/,
  // German
  /^(?:mehr zum thema|mehr dazu|lesen sie auch|lesen sie hier|lesen sie mehr|lies auch|lies hier|lies mehr|auch lesen|siehe auch|das könnte sie auch interessieren|auch interessant|weiterlesen|zum thema)\s?[:»›>|]/,
  // French
  /^(?:à lire aussi|a lire aussi|lire aussi|à lire également|lire également|à lire|voir aussi|à voir|sur le même sujet|pour aller plus loin)\s?[:»›>|]/,
  // Spanish
  /^(?:te puede interesar|le puede interesar|lee también|lea también|lea más|lee más|lea además|ver también|vea también|mira también|puedes ver|puede ver|también puedes leer|noticia relacionada|relacionado|relacionada|más información|leer más)\s?[:»›>|]/,
  // Italian
  /^(?:leggi anche|vedi anche|leggi|approfondisci|potrebbe interessarti)\s?[:»›>|]/,
  // Portuguese
  /^(?:leia também|leia mais|leia|veja também|veja mais|veja|saiba mais|confira|relacionada|relacionado)\s?[:»›>|]/,
  // Dutch
  /^(?:lees ook|lees meer|zie ook|bekijk ook|lees)\s?[:»›>|]/,
];

const HEADING_WORDS = 12;
const POINTER_WORDS = 30;

/** Built when asked for (`pith rules`, the tests): a run of the rules does not make them. */
function examples(): RuleExamples {
  return {
    match: [
      { text: 'Related Articles', kept: false, category: 'related' },
      { text: '相关阅读', language: 'zh', kept: false, category: 'related' },
      { text: 'Browse other questions tagged python regex', kept: false, category: 'related' },
      { text: 'Read more at The Harbour Gazette', kept: false, category: 'related' },
      { text: "Not the answer you're looking for? Browse other questions tagged regex.", kept: false, category: 'related' },
      { text: 'Most Popular', kept: false, category: 'related' },
      { text: "Editors' picks", kept: false, category: 'related' },
      { text: 'Read more about: Transport, Local politics', kept: false, category: 'related' },
      { text: 'You may also like', kept: false, category: 'related' },
      { text: 'Recent Posts', kept: false, category: 'related' },
      { text: 'More from Politics', kept: false, category: 'related' },
      { text: 'Read more: Why the vote matters', kept: false, category: 'related' },
      { text: 'RELATED: Harbour trust buys the old customs house to open a museum of the fishing fleet', kept: false, category: 'related' },
      { text: 'Top Stories', kept: false, category: 'related' },
      { text: 'Mehr zum Thema', language: 'de', kept: false, category: 'related' },
      { text: 'Lesen Sie auch', language: 'de', kept: false, category: 'related' },
      { text: 'Das könnte Sie auch interessieren!', language: 'de', kept: false, category: 'related' },
      { text: 'Empfehlungen der Redaktion', language: 'de', kept: false, category: 'related' },
      {
        text: 'Lesen Sie auch: Warum die Bahn im Winter so oft zu spät kommt und was die Verkehrsministerin dagegen tun will',
        language: 'de',
        kept: false,
        category: 'related',
      },
      { text: 'À lire aussi', language: 'fr', kept: false, category: 'related' },
      { text: 'Lire aussi : La réforme des retraites adoptée', language: 'fr', kept: false, category: 'related' },
      { text: 'Sur le même sujet', language: 'fr', kept: false, category: 'related' },
      { text: 'Te puede interesar', language: 'es', kept: false, category: 'related' },
      { text: 'Noticias relacionadas', language: 'es', kept: false, category: 'related' },
      {
        text: 'Lea también: El Gobierno aprueba el nuevo presupuesto para el año que viene tras meses de negociaciones con la oposición',
        language: 'es',
        kept: false,
        category: 'related',
      },
      { text: 'Leggi anche', language: 'it', kept: false, category: 'related' },
      { text: 'Articoli correlati', language: 'it', kept: false, category: 'related' },
      { text: 'Leggi anche: Il governo vara la manovra', language: 'it', kept: false, category: 'related' },
      { text: 'Leia também', language: 'pt', kept: false, category: 'related' },
      { text: 'Veja também: Governo anuncia novo pacote de obras', language: 'pt', kept: false, category: 'related' },
      { text: 'Lees ook', language: 'nl', kept: false, category: 'related' },
      { text: 'Meest gelezen', language: 'nl', kept: false, category: 'related' },
      { text: 'Lees ook: Kabinet wil meer geld voor defensie', language: 'nl', kept: false, category: 'related' },
    ],
    noMatch: [
      { text: 'Related charges were dropped in 2010.', kept: true },
      { text: 'The most popular option among voters was the second.', kept: true },
      { text: 'Lesen Sie auch die Packungsbeilage, bevor Sie das Medikament einnehmen, rät der Apotheker.', language: 'de', kept: true },
      { text: 'Zum Thema Klimaschutz äußerte sich die Ministerin am Montag nicht.', language: 'de', kept: true },
      { text: 'Lea el informe completo antes de votar, pidió el diputado.', language: 'es', kept: true },
      { text: 'Leggi e decreti vengono pubblicati sulla Gazzetta Ufficiale.', language: 'it', kept: true },
      { text: 'Veja como ficou a nova ponte sobre o rio.', language: 'pt', kept: true },
      { text: 'Lees de brief van de minister aan de Tweede Kamer.', language: 'nl', kept: true },
    ],
  };
}

/** Headings of related-article lists and recommendation widgets, and "Read also: Headline" pointers. */
export default phraseRule({
  id: 'related-links',
  category: 'related',
  description: 'Headings of related-article lists, recommendations and most-read widgets.',
  maxWords: HEADING_WORDS,
  patterns: HEADINGS,
  also: [{ maxWords: POINTER_WORDS, patterns: POINTERS }],
  get examples() {
    return examples();
  },
});
