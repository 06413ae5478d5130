import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/**
 * What a blog or publishing platform prints around every post: the footer that files it ("This
 * entry was posted in ... Bookmark the permalink."), reading-time labels and a business site's
 * call-to-action buttons.
 */
export default phraseRule({
  id: 'post-furniture',
  category: 'other',
  description: 'Post footers ("Bookmark the permalink"), reading-time labels ("5 min read") and call-to-action buttons ("Get a quote").',
  maxWords: 40,
  patterns: [
    /\bbookmark the permalink\b/,
    /^this (?:entry|post|article) was (?:posted|filed|published) (?:in|under|on|by)\b/,
    /^\d{1,3} ?-?min(?:ute)?s?\.? read$/,
    /^(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd):? (?:about |approx\.? |ca\.? |environ |circa |aprox\.? )?\d{1,3} ?(?:min|mins|minutes?|minuten|minutos|minuti)\.?$/,
    /^(?:get|request) (?:a|your|an instant|a free|my) (?:free )?(?:quote|estimate|consultation)(?: today| now)?[.!]?$/,
    // German: "Setze ein Lesezeichen auf den Permalink", "3 Min. Lesezeit", "Angebot anfordern".
    /\blesezeichen auf den permalink\b|^dieser (?:eintrag|beitrag) wurde (?:unter|in) \S/,
    /^\d{1,3} ?(?:min\.?|minuten) (?:lesezeit|lesedauer)$|^(?:jetzt )?(?:kostenloses |unverbindliches )?angebot anfordern[.!]?$/,
    // French: "Vous pouvez la mettre en favoris avec ce permalien", "5 min de lecture", "Demander un devis".
    /\bavec ce permalien\b|^cette entrée a été publiée (?:dans|le)(?![\p{L}])/u,
    /^\d{1,3} ?min(?:utes)? de lecture$|^(?:demander|demandez|obtenir) (?:un|votre) devis(?: gratuit)?[.!]?$/,
    // Spanish: "Guarda el enlace permanente", "5 min de lectura", "Solicita presupuesto".
    /\bguarda el enlace permanente\b|^esta entrada (?:fue publicada|se publicó) (?:en|el)\b/,
    /^\d{1,3} ?min(?:utos)? de lectura$|^(?:solicitar|solicita|pide|pedir) (?:un |tu )?presupuesto(?: gratis| sin compromiso)?[.!]?$/,
    // Italian: "Contrassegna il permalink", "5 min di lettura", "Richiedi un preventivo".
    /\bcontrassegna il permalink\b|^questa voce è stata pubblicata in\b/,
    /^\d{1,3} ?min(?:uti)? di lettura$|^(?:richiedi|chiedi|richiedere) (?:un )?preventivo(?: gratuito)?[.!]?$/,
    // Portuguese: "Adicione o link permanente aos seus favoritos", "5 min de leitura", "Peça um orçamento".
    /\blink permanente aos (?:seus )?favoritos\b|^esta entrada foi publicada em\b/,
    /^\d{1,3} ?min(?:utos)? de leitura$|^(?:peça|pedir|solicite|solicitar) (?:um |seu )?orçamento(?: grátis| gratuito)?[.!]?$/,
    // Dutch: "Bookmark de permalink", "5 min leestijd", "Offerte aanvragen".
    /\bbookmark de permalink\b|^dit (?:bericht|item) (?:werd|is) geplaatst in\b/,
    /^\d{1,3} ?min(?:uten)? leestijd$|^(?:gratis )?offerte aanvragen[.!]?$|^vraag (?:een |gratis )?offerte aan[.!]?$/,
    // The audio version's player label ("Listen to this article · 4 min"), and the newsroom's footer
    // lines: how to reach the reporter, the corrections policy, the standards.
    /^(?:listen to|play) (?:this |the )?(?:article|story)(?: ?[·•|-]? ?\d{1,3} ?min(?:ute)?s?)?$/,
    /^(?:contact the (?:reporter|author|writer)\b|have a (?:news )?tip\?)|^(?:corrections policy|editorial standards|our standards)(?:$|:)/,
    // A journal's article tools: citing, permissions, access and metrics.
    /^(?:cite this (?:article|paper|chapter)|download (?:citation|citations|article pdf|pdf)|(?:rights|reprints) and permissions|access through your institution|purchase (?:pdf|this article|article|access)|submit (?:a|your) manuscript|article metrics)$/,
    /^(?:metrics:? )?[\d,.]+ (?:accesses|downloads)\b/,
    // Chinese: the editor's credit under the story, "责任编辑：王晓丽".
    /^(?:责任编辑|编辑)[:：]\s?\S{2,6}$/u,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        { text: 'Listen to this article · 4 min', kept: false, category: 'other' },
        { text: 'Cite this article', kept: false, category: 'other' },
        { text: '责任编辑：陈立群', language: 'zh', kept: false, category: 'other' },
        { text: 'Access through your institution', kept: false, category: 'other' },
        { text: 'Metrics: 2,310 accesses, 5 citations', kept: false, category: 'other' },
        { text: 'Have a news tip? Write to the newsroom.', kept: false, category: 'other' },
        { text: 'This entry was posted in Local news and tagged storm, schools. Bookmark the permalink.', kept: false, category: 'other' },
        { text: 'Bookmark the permalink.', kept: false, category: 'other' },
        { text: 'This post was filed under Weather', kept: false, category: 'other' },
        { text: '6 min read', kept: false, category: 'other' },
        { text: 'Reading time: 4 minutes', kept: false, category: 'other' },
        { text: 'Get a free quote today', kept: false, category: 'other' },
        { text: 'Dieser Beitrag wurde unter Allgemein veröffentlicht.', language: 'de', kept: false, category: 'other' },
        { text: '3 Min. Lesezeit', language: 'de', kept: false, category: 'other' },
        { text: 'Ajoutez-le à vos favoris avec ce permalien.', language: 'fr', kept: false, category: 'other' },
        { text: 'Demander un devis gratuit', language: 'fr', kept: false, category: 'other' },
        { text: 'Esta entrada fue publicada en Noticias. Guarda el enlace permanente.', language: 'es', kept: false, category: 'other' },
        { text: '4 min de lectura', language: 'es', kept: false, category: 'other' },
        { text: 'Questa voce è stata pubblicata in Cronaca.', language: 'it', kept: false, category: 'other' },
        { text: 'Richiedi un preventivo gratuito', language: 'it', kept: false, category: 'other' },
        { text: 'Esta entrada foi publicada em Notícias.', language: 'pt', kept: false, category: 'other' },
        { text: 'Peça um orçamento grátis', language: 'pt', kept: false, category: 'other' },
        { text: 'Dit bericht werd geplaatst in Nieuws.', language: 'nl', kept: false, category: 'other' },
        { text: 'Offerte aanvragen', language: 'nl', kept: false, category: 'other' },
      ],
      noMatch: [
        {
          text: 'The mayor asked the contractor for a quote before the council met, and the figure came in far above what the budget allowed for the repairs.',
          kept: true,
        },
        {
          text: 'This entry fee will rise next year, the museum said, to pay for the new wing and longer opening hours at weekends.',
          kept: true,
        },
      ],
    };
  },
});
