import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/** Cookie and consent notices. */
export default phraseRule({
  id: 'cookie-notice',
  category: 'cookie',
  description: 'Cookie banners and consent notices.',
  maxWords: 80,
  patterns: [
    /\b(?:uses?|using|use of|accept|allow|enable|our|these|third-party) cookies\b/,
    /\bcookie (?:policy|settings|preferences|notice|consent)\b/,
    /\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b/,
    /\b(?:manage|accept|reject) (?:all )?(?:consent|cookies|preferences)\b/,
    /\bjavascript (?:is )?(?:disabled|required|must be enabled)\b|\b(?:enable|turn on) javascript\b/,
    /\byour browser (?:does not|doesn't) support\b/,
    // German: "Diese Website verwendet Cookies", "Cookies akzeptieren", "Datenschutzeinstellungen".
    /\b(?:verwendet|verwenden|nutzt|nutzen|setzt|setzen|benutzt|benutzen|speichert) (?:[\p{L}-]+ )?cookies\b/u,
    /\bcookies? (?:akzeptieren|zulassen|ablehnen|erlauben|verwalten|zustimmen)\b|\bcookie-?(?:einstellungen|richtlinie|hinweis|banner|zustimmung|erklärung)\b/,
    /\b(?:datenschutzeinstellungen|privatsphäre-einstellungen|privatsphäreeinstellungen)\b|\b(?:alle )?(?:akzeptieren|zustimmen) und (?:weiter|schließen|fortfahren)\b/,
    /\beinwilligung (?:widerrufen|erteilen|verwalten|geben)\b|\bwir respektieren (?:deine|ihre) privatsphäre\b/,
    /\b(?:durch die|mit der) (?:weitere )?nutzung (?:dieser|der|unserer) (?:website|webseite|seite)\b/,
    /\b(?:inhalte?|den inhalt) von (?:[\p{L}\d.-]+ ){1,2}(?:zu laden|anzuzeigen|zu sehen|laden)\b|\bexterne(?:n|r)? inhalte? (?:laden|anzeigen|aktivieren|erlauben)\b/u,
    /\bjavascript (?:aktivieren|ist deaktiviert)\b|\bbitte aktivieren sie javascript\b/,
    // French: "Ce site utilise des cookies", "Tout accepter", "En poursuivant votre navigation".
    /\b(?:utilise|utilisons|utilisent|accepter|accepte|acceptez|refuser|gérer|paramétrer|dépose|déposer) (?:les |des |nos |ces )?cookies\b/,
    /\b(?:politique|gestion|paramètres|préférences|bandeau) (?:de |des |relative aux )?cookies\b/,
    /\ben poursuivant (?:votre|la) navigation\b|\btout (?:accepter|refuser)\b|\bgérer (?:mes|vos) (?:choix|préférences|cookies)\b/,
    // Spanish: "Este sitio utiliza cookies", "Aceptar cookies", "Si continúa navegando".
    /\b(?:utiliza|utilizamos|usa|usamos|aceptar|acepto|acepta|rechazar|configurar) (?:las |nuestras |estas )?cookies\b/,
    /\b(?:política|configuración|uso|aviso) de cookies\b|\bsi (?:continúa|continúas|sigue|sigues) navegando\b|\baceptar (?:todo|todas|y cerrar|y continuar)\b/,
    // Italian: "Questo sito utilizza cookie", "Accetta tutti", "Proseguendo la navigazione".
    /\b(?:utilizza|utilizziamo|usa|usiamo|accetta|accetto|rifiuta|gestisci) (?:i )?cookie\b/,
    /\b(?:informativa|politica) (?:sui|sull['’]uso dei|dei) cookie\b|\bproseguendo (?:la|nella) navigazione\b|\baccetta tutti\b/,
    // Portuguese: "Este site utiliza cookies", "Aceitar todos", "Ao continuar a navegar".
    /\b(?:utiliza|utilizamos|usa|usamos|aceitar|aceito|rejeitar) (?:os )?cookies\b|\bpolítica de cookies\b/,
    /\bao continuar (?:a navegar|navegando)\b|\baceitar (?:todos|e fechar|e continuar)\b/,
    // Dutch: "Deze website gebruikt cookies", "Cookies accepteren", "Alles accepteren".
    /\b(?:gebruikt|gebruiken|plaatst|plaatsen) (?:[\p{L}-]+ )?cookies\b/u,
    /\bcookies? (?:accepteren|weigeren|toestaan|instellingen)\b|\bcookiebeleid\b|\bcookie-?instellingen\b|\bcookieverklaring\b|\balles accepteren\b/,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        {
          text: 'We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.',
          kept: false,
          category: 'cookie',
        },
        { text: 'Accept all cookies', kept: false, category: 'cookie' },
        { text: 'Please enable JavaScript to view the comments.', kept: false, category: 'cookie' },
        {
          text: 'Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu bieten.',
          language: 'de',
          kept: false,
          category: 'cookie',
        },
        { text: 'Cookies akzeptieren', language: 'de', kept: false, category: 'cookie' },
        { text: 'Klicken Sie auf den Button, um den Inhalt von YouTube zu laden.', language: 'de', kept: false, category: 'cookie' },
        {
          text: 'Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.',
          language: 'fr',
          kept: false,
          category: 'cookie',
        },
        {
          text: 'Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.',
          language: 'es',
          kept: false,
          category: 'cookie',
        },
        { text: 'Questo sito utilizza cookie. Accetta tutti', language: 'it', kept: false, category: 'cookie' },
        {
          text: 'Este site utiliza cookies. Ao continuar a navegar, concorda com a política de cookies.',
          language: 'pt',
          kept: false,
          category: 'cookie',
        },
        { text: 'Deze website gebruikt cookies. Alles accepteren', language: 'nl', kept: false, category: 'cookie' },
        { text: 'This website uses cookies to improve your experience.', kept: false, category: 'cookie' },
        // A consent dialog's first paragraph, printed above the page by a text dump.
        {
          text: 'Harbour Media would like to share data about your visits with our partners using cookies and similar tools, to personalise content and offers, with your consent.',
          kept: false,
          category: 'cookie',
        },
        { text: 'Cookie settings', kept: false, category: 'cookie' },
        { text: 'By continuing to browse this site, you agree to our terms.', kept: false, category: 'cookie' },
        { text: 'Your browser does not support the video tag.', kept: false, category: 'cookie' },
        { text: 'Akzeptieren und weiter', language: 'de', kept: false, category: 'cookie' },
        { text: 'Wir respektieren Ihre Privatsphäre', language: 'de', kept: false, category: 'cookie' },
        {
          text: 'Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.',
          language: 'de',
          kept: false,
          category: 'cookie',
        },
        { text: 'Bitte aktivieren Sie JavaScript, um dieses Video abzuspielen.', language: 'de', kept: false, category: 'cookie' },
        { text: 'Nous utilisons des cookies pour améliorer votre expérience.', language: 'fr', kept: false, category: 'cookie' },
        { text: 'Politique de cookies', language: 'fr', kept: false, category: 'cookie' },
        { text: 'Tout accepter', language: 'fr', kept: false, category: 'cookie' },
        { text: 'Configurar cookies', language: 'es', kept: false, category: 'cookie' },
        { text: 'Si continúas navegando, aceptas su uso.', language: 'es', kept: false, category: 'cookie' },
        { text: 'Utilizziamo i cookie per migliorare la tua esperienza.', language: 'it', kept: false, category: 'cookie' },
        { text: 'Informativa sui cookie', language: 'it', kept: false, category: 'cookie' },
        { text: 'Aceitar cookies', language: 'pt', kept: false, category: 'cookie' },
        {
          text: 'Ao continuar navegando, você concorda com a nossa política de privacidade.',
          language: 'pt',
          kept: false,
          category: 'cookie',
        },
        { text: 'Wij gebruiken cookies', language: 'nl', kept: false, category: 'cookie' },
        { text: 'Cookies accepteren', language: 'nl', kept: false, category: 'cookie' },
      ],
      noMatch: [
        { text: 'She baked cookies for the whole street every Christmas.', kept: true },
        {
          text: 'Die Bäckerei am Marktplatz backt seit drei Generationen Lebkuchen nach dem Rezept der Großmutter.',
          language: 'de',
          kept: true,
        },
        { text: 'Le Conseil d’État a rappelé les règles de navigation sur la Loire.', language: 'fr', kept: true },
        { text: 'La navegación por el río quedó suspendida durante dos días.', language: 'es', kept: true },
      ],
    };
  },
});
