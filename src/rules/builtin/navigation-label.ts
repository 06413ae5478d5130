import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/** Menu entries, breadcrumbs, skip links, pagination and archive widgets. */
export default phraseRule({
  id: 'navigation-label',
  category: 'navigation',
  description: 'Menu entries, breadcrumbs, skip links, pagination and archive widgets.',
  maxWords: 25,
  patterns: [
    /^(?:home|home page|homepage|menu|main menu|search|search this (?:site|blog)|go|back|next|previous|prev|more|close|open|top|back to top|return to top|skip to (?:main )?content|skip to (?:main|navigation|sidebar|search)\b.*$|site map|sitemap|sections|topics|categories|tags|archives?|blogroll|links|select (?:month|category)|page \d+(?: of \d+)?|newer posts?|older posts?|next (?:post|page|article|story)|previous (?:post|page|article|story)|loading|view all|see all|show more|load more|read more|continue reading|full story|more stories|not now|no,? thanks|maybe later|dismiss|uncategorized|filed under:?|posted in:?|tagged:?|labels?:?)[.:»›>]*$/,
    /^(?:newer post )?(?:older post )?home$|^newer post older post\b/,
    /^(?:[\p{L}&' -]{1,30} ?[>»›/] ?){2,8}[\p{L}&' -]{1,40}$/u,
    /^(?:tags|tagged|filed under|categories|posted in|topics):/,
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4} \(\d+\)$/,
    /^(?:\d+|«|»|‹|›|<|>|first|last|next|prev|previous)(?: (?:\d+|«|»|‹|›|<|>|…|\.\.\.|first|last|next|prev|previous)){2,}$/,
    // German: "Startseite", "Zum Inhalt springen", "Zurück zur Übersicht", "Nach oben", "Kategorie: News".
    /^(?:startseite|zur startseite|menü|hauptmenü|navigation|menü schließen|menü öffnen|suche|suchen|suchbegriff|zurück|weiter|nach oben|nach oben scrollen|zum seitenanfang|seitenanfang|zur übersicht|alle artikel|alle beiträge|alle anzeigen|mehr anzeigen|mehr laden|weitere laden|weitere artikel laden|weiterlesen|mehr lesen|mehr erfahren|mehr|schließen|öffnen|kategorien|schlagwörter|schlagworte|stichwörter|stichworte|themen|archiv|seite \d+(?: von \d+)?|nächste seite|vorherige seite|nächster artikel|vorheriger artikel|nächster beitrag|vorheriger beitrag|ältere beiträge|neuere beiträge|ältere einträge|neuere einträge|ältere artikel|neuere artikel|sitemap|monat auswählen|kategorie auswählen|unkategorisiert)[.:»›>]*$/,
    /^(?:direkt |springe |springen )?zu(?:m|r)? (?:inhalt|hauptinhalt|navigation|hauptnavigation|hauptmenü|suche|fußzeile|footer|seitenanfang|seitenende)(?: springen| wechseln)?$/,
    /^(?:zurück (?:zu|zum|zur)|direkt (?:zu|zum|zur)|springe (?:zu|zum|zur)|gehe (?:zu|zum|zur))(?: [\p{L}\d-]+){1,2}$/u,
    /^(?:kategorie|kategorien|schlagwörter|schlagworte|stichwörter|stichworte|themen|abgelegt unter|veröffentlicht in|veröffentlicht unter|rubrik|ressort):/,
    /^(?:sie sind hier|sie befinden sich hier|du bist hier)\b/,
    // French: "Accueil", "Aller au contenu", "Retour en haut de page", "Lire la suite".
    /^(?:accueil|page d['’]accueil|retour à l['’]accueil|menu principal|rechercher|recherche|retour|suivant|précédent|haut de page|retour en haut(?: de (?:la )?page)?|aller au contenu(?: principal)?|passer au contenu(?: principal)?|aller au menu|voir tout|voir tous|voir plus|afficher plus|charger plus|lire la suite|en savoir plus|fermer|catégories|rubriques|mots-clés|mots clés|page suivante|page précédente|article suivant|article précédent|articles plus anciens|articles plus récents|non classé)[.:»›>]*$/,
    /^(?:catégories?|mots-clés|mots clés|tags|rubriques?|thèmes?|publié dans|classé dans)\s?:|^vous êtes ici\b/,
    // Spanish: "Inicio", "Saltar al contenido", "Ver más", "Leer más".
    /^(?:inicio|portada|menú|menú principal|buscar|búsqueda|volver|atrás|siguiente|anterior|ir arriba|volver arriba|subir|saltar al contenido(?: principal)?|ir al contenido(?: principal)?|ver todo|ver todos|ver más|cargar más|leer más|seguir leyendo|más|cerrar|categorías|etiquetas|archivo|archivos|página siguiente|página anterior|entrada siguiente|entrada anterior|artículo siguiente|artículo anterior|entradas anteriores|sin categoría)[.:»›>]*$/,
    /^(?:categorías?|etiquetas|temas|archivado en|publicado en)\s?:|^(?:usted está|estás|está usted) aquí(?![\p{L}])/u,
    // Italian: "Vai al contenuto", "Torna su", "Leggi tutto".
    /^(?:cerca|ricerca|indietro|avanti|successivo|precedente|torna su|torna all['’]inizio|torna alla home|vai al contenuto(?: principale)?|salta al contenuto(?: principale)?|vedi tutti|vedi tutto|mostra altro|mostra di più|carica altri|leggi di più|leggi tutto|continua a leggere|altro|chiudi|categorie|argomenti|archivio|pagina successiva|pagina precedente|articolo successivo|articolo precedente|senza categoria)[.:»›>]*$/,
    /^(?:categorie|categoria|argomenti|pubblicato in)\s?:|^sei qui\b/,
    // Portuguese: "Início", "Página inicial", "Voltar ao topo", "Leia mais".
    /^(?:início|página inicial|pesquisar|pesquisa|voltar|próximo|próxima|voltar ao topo|ir para o topo|topo|ir para o conteúdo(?: principal)?|pular para o conteúdo|saltar para o conteúdo|ver tudo|ver todos|ver mais|carregar mais|leia mais|continuar lendo|continue lendo|continuar a ler|mais|fechar|categorias|arquivo|arquivos|próxima página|página anterior|próximo artigo|artigo anterior|sem categoria)[.:»›>]*$/,
    /^(?:categorias?|temas|publicado em|arquivado em)\s?:|^você está aqui\b/,
    // Dutch: "Ga naar de inhoud", "Terug naar boven", "Lees meer".
    /^(?:startpagina|hoofdmenu|zoeken|zoek|terug|volgende|vorige|naar boven|terug naar boven|ga naar (?:de )?inhoud|naar (?:de )?inhoud|direct naar (?:de )?inhoud|spring naar (?:de )?inhoud|bekijk alles|toon meer|meer laden|lees meer|lees verder|verder lezen|meer|sluiten|categorieën|onderwerpen|archief|volgende pagina|vorige pagina|volgend artikel|vorig artikel|oudere berichten|nieuwere berichten|ongecategoriseerd)[.:»›>]*$/,
    /^(?:categorie|categorieën|onderwerpen|geplaatst in)\s?:|^(?:u bent|je bent) hier\b/,
    // Month archive entries: "März 2019 (4)", "janvier 2020 (12)", "enero 2021 (3)".
    /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus) \d{4} \(\d+\)$/,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        { text: 'Home', kept: false, category: 'navigation' },
        { text: 'Skip to content', kept: false, category: 'navigation' },
        { text: 'Home » News » World', kept: false, category: 'navigation' },
        { text: 'Back to top', kept: false, category: 'navigation' },
        { text: 'Not now', kept: false, category: 'navigation' },
        { text: 'Select Month', kept: false, category: 'navigation' },
        { text: 'Newer Post Older Post Home', kept: false, category: 'navigation' },
        { text: 'June 2012 (14)', kept: false, category: 'navigation' },
        { text: '1 2 3 4 Next', kept: false, category: 'navigation' },
        { text: 'Tags: politics, elections', kept: false, category: 'navigation' },
        { text: 'Startseite', language: 'de', kept: false, category: 'navigation' },
        { text: 'Zum Inhalt springen', language: 'de', kept: false, category: 'navigation' },
        { text: 'Zurück zur Übersicht', language: 'de', kept: false, category: 'navigation' },
        { text: 'Nach oben', language: 'de', kept: false, category: 'navigation' },
        { text: 'Kategorie: Allgemein', language: 'de', kept: false, category: 'navigation' },
        { text: 'März 2019 (4)', language: 'de', kept: false, category: 'navigation' },
        { text: 'Accueil', language: 'fr', kept: false, category: 'navigation' },
        { text: 'Aller au contenu', language: 'fr', kept: false, category: 'navigation' },
        { text: 'Retour en haut de page', language: 'fr', kept: false, category: 'navigation' },
        { text: 'Catégories : Politique', language: 'fr', kept: false, category: 'navigation' },
        { text: 'Inicio', language: 'es', kept: false, category: 'navigation' },
        { text: 'Saltar al contenido', language: 'es', kept: false, category: 'navigation' },
        { text: 'Leer más', language: 'es', kept: false, category: 'navigation' },
        { text: 'Vai al contenuto', language: 'it', kept: false, category: 'navigation' },
        { text: 'Torna su', language: 'it', kept: false, category: 'navigation' },
        { text: 'Página inicial', language: 'pt', kept: false, category: 'navigation' },
        { text: 'Voltar ao topo', language: 'pt', kept: false, category: 'navigation' },
        { text: 'Próxima página', language: 'pt', kept: false, category: 'navigation' },
        { text: 'Ga naar de inhoud', language: 'nl', kept: false, category: 'navigation' },
        { text: 'Terug naar boven', language: 'nl', kept: false, category: 'navigation' },
        { text: 'Volgende pagina', language: 'nl', kept: false, category: 'navigation' },
        { text: 'Filed under: Politics, Housing', kept: false, category: 'navigation' },
        { text: 'Sie sind hier: Startseite > Politik > Inland', language: 'de', kept: false, category: 'navigation' },
        { text: 'Etiquetas: política, vivienda', language: 'es', kept: false, category: 'navigation' },
        { text: 'Sei qui: Home / Cronaca', language: 'it', kept: false, category: 'navigation' },
        { text: 'Você está aqui: Início > Notícias', language: 'pt', kept: false, category: 'navigation' },
        { text: 'U bent hier: Home > Nieuws', language: 'nl', kept: false, category: 'navigation' },
      ],
      noMatch: [
        { text: 'Home prices rose for the fifth month in a row, the survey found.', kept: true },
        { text: 'Next year the council plans to double the budget.', kept: true },
        { text: 'Zurück in der Heimat erzählte er von seinen Erlebnissen im Gebirge.', language: 'de', kept: true },
        { text: 'Suche nach Vermissten im Harz wird am Montag fortgesetzt', language: 'de', kept: true },
        { text: 'Retour sur une semaine agitée à l’Assemblée nationale.', language: 'fr', kept: true },
        { text: 'Inicio de curso escolar marcado por la falta de profesores.', language: 'es', kept: true },
        { text: 'Meer dan de helft van de Nederlanders wil een ander kabinet.', language: 'nl', kept: true },
      ],
    };
  },
});
