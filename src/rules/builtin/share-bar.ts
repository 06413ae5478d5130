import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

const NETWORKS =
  'facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|email|e-mail|mail|print|tumblr|digg|stumbleupon|delicious|del\\.icio\\.us|google\\+?|google buzz|buzz|newsvine|flipboard|pocket|telegram|instagram|youtube|rss|sms|messenger|xing|wechat|weibo|mix|tweet|share|like|pin it|copy link|permalink|bookmark';

/** Button words of share bars per language (no word is another word plus a suffix of the list, so a run of them parses one way). */
const BUTTONS = {
  de: 'teilen|drucken|twittern|tweeten|mailen|versenden|verschicken|weiterempfehlen|empfehlen|merken|pinnen|speichern|link kopieren|per e-mail|per mail|druckversion|pdf',
  fr: 'partager|imprimer|envoyer|tweeter|enregistrer|copier le lien|par e-mail|par mail|courriel',
  es: 'compartir|imprimir|enviar|tuitear|guardar|copiar enlace|copiar link|por correo|correo',
  it: 'condividi|stampa|invia|salva|copia link|copia il link|per e-mail',
  pt: 'compartilhar|compartilhe|partilhar|partilhe|imprimir|enviar|guardar|salvar|copiar link|copiar o link|por e-mail',
  nl: 'delen|deel|printen|afdrukken|mailen|versturen|opslaan|kopieer link|link kopiëren|per e-mail',
} as const;

/** A block that is nothing but network names and the language's share buttons ("Facebook Twitter Drucken"). */
const buttonRun = (words: string) => new RegExp(`^(?:(?:${NETWORKS}|${words})[\\s|,·•/:]*){1,12}$`);

/** Share bars and social-network buttons. */
export default phraseRule({
  id: 'share-bar',
  category: 'share',
  description: 'Share bars, social buttons and social counters.',
  maxWords: 30,
  patterns: [
    new RegExp(`^(?:(?:${NETWORKS})(?: this(?: article| story| page| post)?)?[\\s|,·•/]*){1,12}$`),
    /^share (?:this|on|via|the|with|article|story|page|post|your)\b/,
    // Chinese: "分享到微博" (share to Weibo), "分享".
    /^分享(?:到\S{1,8})?$/u,
    /^(?:follow|like|find|join|connect with) (?:us|me) on\b/,
    /^(?:share|tweet|like|pin|email|print)(?: this)?[:!]?$/,
    /^\d[\d,.]*k? (?:shares|likes|tweets|retweets|pins|views)\b/,
    /^(?:click to|click here to) (?:share|email|print|tweet)\b/,
    /^(?:send|e-?mail) (?:this|to a friend)\b/,
    /^(?:print|email|share|save)(?: this)? (?:article|story|page|post|recipe|gallery|photo|video)\b/,
    // German: "Teilen", "Artikel teilen", "Teilen Sie dies mit:", "Rezept drucken", "Folgen Sie uns auf".
    buttonRun(BUTTONS.de),
    /^(?:jetzt )?teilen(?:$|[:!.]| (?:sie|auf|per|via|mit)\b)/,
    /^(?:diesen |den )?(?:artikel|beitrag|seite|rezept|bild|bilder|video|link|galerie|story) (?:teilen|drucken|versenden|verschicken|empfehlen|weiterempfehlen|merken|speichern|mailen|kopieren)(?:$|[:!.]| (?:auf|per|via|bei)\b)/,
    /^(?:folgen sie|folge|folgt) uns (?:auf|bei|in)\b/,
    /^(?:artikel |beitrag |seite )?per e-?mail (?:versenden|verschicken|senden|teilen|empfehlen|weiterleiten)\b/,
    /^(?:bei|auf) (?:pinterest|facebook|twitter|x|whatsapp|instagram|flipboard|linkedin|xing|reddit|threads|bluesky|mastodon) (?:merken|speichern|teilen|pinnen)\b/,
    // French: "Partager", "Partager sur Facebook", "Imprimer l'article", "Suivez-nous sur".
    buttonRun(BUTTONS.fr),
    /^partager(?:$|[:!.]| (?:sur|par|via|l['’]article|cet article|cette page|la page)\b)/,
    /^(?:imprimer|envoyer|partager) (?:l['’]article|cet article|la page|cette page|par e-?mail|à un ami)\b/,
    /^(?:suivez|retrouvez|rejoignez)[- ]nous (?:sur|on)\b/,
    // Spanish: "Compartir", "Compartir en Facebook", "Síguenos en".
    buttonRun(BUTTONS.es),
    /^compartir(?:$|[:!.]| (?:en|por|vía|via|esta noticia|este artículo|la noticia|el artículo)(?![\p{L}]))/u,
    /^(?:imprimir|enviar|compartir) (?:esta noticia|este artículo|la noticia|el artículo|por (?:e-?mail|correo|whatsapp))(?![\p{L}])/u,
    /^(?:síguenos|siguenos|síganos|sígannos|sigue(?:nos)?|encuéntranos) (?:en|por)\b/,
    // Italian: "Condividi", "Condividi su Facebook", "Seguici su".
    buttonRun(BUTTONS.it),
    /^condividi(?:$|[:!.]| (?:su|via|con|questo articolo|l['’]articolo|la notizia)\b)/,
    /^(?:stampa|invia|condividi) (?:questo articolo|l['’]articolo|la notizia|per e-?mail|via e-?mail)\b/,
    /^(?:seguici|seguiteci) (?:su|anche su)\b/,
    // Portuguese: "Compartilhar", "Partilhe no Facebook", "Siga-nos no Instagram".
    buttonRun(BUTTONS.pt),
    /^(?:compartilh|partilh)(?:ar|e)(?:$|[:!.]| (?:no|na|nas|nos|em|por|via|este artigo|esta notícia|a notícia|o artigo)(?![\p{L}]))/u,
    /^(?:imprimir|enviar|compartilhar|partilhar) (?:este artigo|esta notícia|a notícia|o artigo|por e-?mail)(?![\p{L}])/u,
    /^(?:siga-nos|sigam-nos|segue-nos|nos siga|siga nos|siga a gente|acompanhe-nos) (?:no|na|nas|nos|em|pelo|pela)\b/,
    // Dutch: "Delen", "Deel dit artikel", "Volg ons op".
    buttonRun(BUTTONS.nl),
    /^(?:delen|deel)(?:$|[:!.]| (?:op|via|dit|dit artikel|artikel|deze pagina)\b)/,
    /^(?:artikel |dit artikel )?(?:printen|afdrukken|mailen|versturen|delen)(?:$| (?:op|via|per)\b)/,
    /^volg (?:ons|ons ook|mij) (?:op|via)\b/,
    // Gift links and reading lists: "Gift this article", "Send any friend a story", "Save for later".
    /^(?:(?:gift|give) (?:this|the) (?:article|story)|send (?:any|a) friend (?:a|this) (?:story|article))[.!]?$|^save (?:for later|to read later)$/,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        { text: '分享到微信', language: 'zh', kept: false, category: 'share' },
        { text: 'Gift this article', kept: false, category: 'share' },
        { text: 'Facebook', kept: false, category: 'share' },
        { text: 'Share this article', kept: false, category: 'share' },
        { text: 'Tweet', kept: false, category: 'share' },
        { text: 'Follow us on Twitter', kept: false, category: 'share' },
        { text: 'Facebook Twitter Email Print', kept: false, category: 'share' },
        { text: '1.2K shares', kept: false, category: 'share' },
        { text: 'Email to a friend', kept: false, category: 'share' },
        { text: 'Teilen', language: 'de', kept: false, category: 'share' },
        { text: 'Facebook Twitter WhatsApp Drucken', language: 'de', kept: false, category: 'share' },
        { text: 'Artikel teilen:', language: 'de', kept: false, category: 'share' },
        { text: 'Teilen Sie dies mit:', language: 'de', kept: false, category: 'share' },
        { text: 'Rezept drucken', language: 'de', kept: false, category: 'share' },
        { text: 'Folgen Sie uns auf Instagram', language: 'de', kept: false, category: 'share' },
        { text: 'Auf X teilen', language: 'de', kept: false, category: 'share' },
        { text: 'Weiterempfehlen Drucken', language: 'de', kept: false, category: 'share' },
        { text: 'Partager', language: 'fr', kept: false, category: 'share' },
        { text: 'Partager sur Facebook', language: 'fr', kept: false, category: 'share' },
        { text: 'Imprimer', language: 'fr', kept: false, category: 'share' },
        { text: 'Suivez-nous sur Twitter', language: 'fr', kept: false, category: 'share' },
        { text: 'Compartir', language: 'es', kept: false, category: 'share' },
        { text: 'Compartir en WhatsApp', language: 'es', kept: false, category: 'share' },
        { text: 'Síguenos en Facebook', language: 'es', kept: false, category: 'share' },
        { text: 'Condividi', language: 'it', kept: false, category: 'share' },
        { text: 'Condividi su Facebook', language: 'it', kept: false, category: 'share' },
        { text: 'Seguici su Instagram', language: 'it', kept: false, category: 'share' },
        { text: 'Compartilhar', language: 'pt', kept: false, category: 'share' },
        { text: 'Partilhe no Facebook', language: 'pt', kept: false, category: 'share' },
        { text: 'Siga-nos no Instagram', language: 'pt', kept: false, category: 'share' },
        { text: 'Delen', language: 'nl', kept: false, category: 'share' },
        { text: 'Deel dit artikel', language: 'nl', kept: false, category: 'share' },
        { text: 'Volg ons op Twitter', language: 'nl', kept: false, category: 'share' },
        { text: 'Tweet this | Email this | Print this', kept: false, category: 'share' },
        { text: 'Share on Facebook', kept: false, category: 'share' },
        { text: 'Tweet this!', kept: false, category: 'share' },
        { text: 'Click to share on Twitter (Opens in new window)', kept: false, category: 'share' },
        { text: 'Save this recipe', kept: false, category: 'share' },
        { text: 'Artikel per E-Mail versenden', language: 'de', kept: false, category: 'share' },
        { text: 'Bei Pinterest merken', language: 'de', kept: false, category: 'share' },
        { text: 'Envoyer cet article à un ami', language: 'fr', kept: false, category: 'share' },
        { text: 'Compartir · Tuitear · Copiar enlace', language: 'es', kept: false, category: 'share' },
        { text: 'Imprimir esta noticia', language: 'es', kept: false, category: 'share' },
        { text: 'Condividi | Copia link', language: 'it', kept: false, category: 'share' },
        { text: 'Stampa questo articolo', language: 'it', kept: false, category: 'share' },
        { text: 'Compartilhar | Salvar | Copiar link', language: 'pt', kept: false, category: 'share' },
        { text: 'Imprimir este artigo', language: 'pt', kept: false, category: 'share' },
        { text: 'Delen | Opslaan | Kopieer link', language: 'nl', kept: false, category: 'share' },
        { text: 'Dit artikel printen', language: 'nl', kept: false, category: 'share' },
      ],
      noMatch: [
        { text: 'Facebook said on Tuesday it would change how it ranks news in users’ feeds.', kept: true },
        { text: 'Twitter users were quick to respond.', kept: true },
        { text: 'Teilen ist für viele Familien selbstverständlich geworden, sagt die Soziologin.', language: 'de', kept: true },
        { text: 'Die beiden Brüder teilen sich seit Jahren eine kleine Wohnung in der Altstadt.', language: 'de', kept: true },
        { text: 'Partager les tâches ménagères reste un défi pour beaucoup de couples.', language: 'fr', kept: true },
        { text: 'Compartir coche al trabajo ahorra dinero, según el estudio.', language: 'es', kept: true },
        { text: 'Condividere i dati sanitari è un tema delicato per il governo.', language: 'it', kept: true },
        { text: 'Compartilhar experiências ajuda os alunos, disse a professora.', language: 'pt', kept: true },
        { text: 'Delen van kennis is de kern van het project, zegt de onderzoeker.', language: 'nl', kept: true },
      ],
    };
  },
});
