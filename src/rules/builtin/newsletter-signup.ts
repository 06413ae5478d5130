import { phraseRule } from '../phrases.js';

/** Newsletter and e-mail sign-up boxes. */
export default phraseRule({
  id: 'newsletter-signup',
  category: 'newsletter',
  description: 'Newsletter and e-mail alert sign-up boxes.',
  maxWords: 45,
  patterns: [
    /^(?:newsletters?|sign up|email alerts?|e-mail alerts?|get alerts)[.!:]?$/,
    /\bsign(?: |-)?up (?:for|to) (?:our|the|my|a|free|daily|weekly)\b/,
    // "A ... B": the (?<skip>) prefix jumps atomically to the first A, so A.*B is one linear scan (ReDoS-safe).
    /^(?=(?<skip>[^]*?)\b(?:our|the|daily|weekly|free|email|e-mail) (?:\w+ )?newsletters?\b)\k<skip>(?:our|the|daily|weekly|free|email|e-mail) (?:\w+ )?newsletters?\b.*\b(?:sign up|subscribe|inbox|delivered|get|receive)\b/,
    /^(?=(?<skip>[^]*?)\b(?:sign up|subscribe|register)\b)\k<skip>(?:sign up|subscribe|register)\b.*\b(?:newsletters?|inbox|email updates|e-mail updates)\b/,
    /\b(?:delivered|straight|direct(?:ly)?) to your inbox\b/,
    /\benter your e-?mail(?: address)?\b/,
    /\b(?:get|receive) (?:our |the )?(?:latest )?(?:news|stories|posts|updates|headlines) (?:by|via|in your) e-?mail\b/,
    /\bsubscribe (?:via|by) e-?mail\b/,
    /\bemail address:?$/,
    /\bplease enter a valid e-?mail\b/,
    /\bthanks? (?:you )?for (?:signing up|subscribing)\b/,
    // Any language: a short label naming a newsletter ("Cicero Newsletter", "Der Morgen-Newsletter").
    /^(?:[\p{L}\d&'’.-]+ ){0,3}(?:[\p{L}\d-]+-)?newsletter[.!:]?$/u,
    // German: "Newsletter abonnieren", "Melden Sie sich für unseren Newsletter an", "direkt in Ihr Postfach".
    /^(?:newsletter (?:abonnieren|bestellen|anmelden|abbestellen)|zum newsletter(?: anmelden)?|newsletter-?anmeldung|e-mail-benachrichtigungen?)[.!:]?$/,
    /\bnewsletter (?:abonnieren|bestellen|anfordern|abonniert)\b|\bnewsletter-?anmeldung\b/,
    /\b(?:zum|für (?:unseren|den|einen)) (?:[\p{L}-]+ )?newsletter (?:an|anmelden)\b/u,
    /\b(?:melde dich|melden sie sich|registrieren sie sich|registriere dich|trage dich|tragen sie sich) (?:jetzt |hier |kostenlos |gratis )*(?:für|zum|zu unserem|in unseren) (?:[\p{L}-]+ )?newsletter\b/u,
    /\b(?:in (?:ihr|dein|ihren|deinen|das) (?:e-mail-)?(?:postfach|posteingang))\b/,
    /\b(?:ihre|deine|geben sie ihre|gib deine) e-?mail-?adresse (?:ein|eingeben)\b/,
    /\bbitte (?:geben sie )?eine gültige e-?mail\b|\b(?:vielen )?dank für (?:ihre|deine) (?:anmeldung|newsletter-anmeldung)\b/,
    // French: "Inscrivez-vous à notre newsletter", "dans votre boîte mail", "lettre d'information".
    /^(?:lettres? d['’]information|newsletters? gratuites?|recevoir la newsletter|s['’]inscrire à la newsletter)[.!:]?$/,
    /\b(?:inscrivez-vous|abonnez-vous|inscription|s['’]inscrire|s['’]abonner|recevez) (?:à|a|gratuitement à) (?:notre|la|nos|nos différentes) (?:[\p{L}-]+ )?(?:newsletters?|lettres? d['’]information)\b/u,
    /\bdans votre boîte (?:mail|e-?mail|aux lettres|de réception)\b/,
    /\b(?:saisissez|entrez|indiquez|renseignez) votre (?:adresse )?(?:e-?mail|mail|courriel)\b/,
    // Spanish: "Suscríbete a nuestro newsletter", "en tu bandeja de entrada", "boletín".
    /^(?:boletín|boletines|boletín de noticias|recibe nuestro boletín)[.!:]?$/,
    /\b(?:suscríbete|suscribete|suscríbase|regístrate|registrate|apúntate|inscríbete) (?:gratis )?(?:a|en|al) (?:nuestro|nuestra|nuestros|el|la|los) (?:[\p{L}-]+ )?(?:newsletters?|boletín|boletines)\b/u,
    /\ben tu (?:correo|bandeja de entrada|email|e-mail|buzón)\b/,
    /\b(?:introduce|ingresa|escribe|indica) tu (?:correo|e-?mail|dirección de correo)\b/,
    // Italian: "Iscriviti alla newsletter", "nella tua casella di posta".
    /\b(?:iscriviti|iscrivetevi|abbonati|ricevi) (?:gratis )?(?:alla|alle|la|le) (?:nostra |nostre )?(?:[\p{L}-]+ )?newsletters?\b/u,
    /\bnella tua (?:casella|casella di posta|inbox|email)\b|\binserisci (?:la tua|il tuo) (?:e-?mail|indirizzo)\b/,
    // Portuguese: "Assine a nossa newsletter", "na sua caixa de entrada".
    /\b(?:assine|inscreva-se|cadastre-se|subscreva|receba) (?:gratuitamente )?(?:a|na|no|em|o) (?:nossa |nosso )?(?:[\p{L}-]+ )?(?:newsletters?|boletim)\b/u,
    /\bna sua caixa de (?:entrada|e-?mail|correio)\b|\b(?:digite|insira|informe|introduza) (?:o )?seu (?:e-?mail|endereço de e-?mail)\b/,
    // Dutch: "Schrijf je in voor onze nieuwsbrief", "in je mailbox".
    /^(?:nieuwsbrief|nieuwsbrieven|nieuwsbrief ontvangen|aanmelden nieuwsbrief)[.!:]?$/,
    /\b(?:schrijf (?:je|u) in|meld (?:je|u) aan|abonneer (?:je|u)|ontvang|neem) (?:gratis )?(?:voor |op )?(?:onze|de|het) (?:[\p{L}-]+ )?nieuwsbrief\b/u,
    /\bin je (?:mailbox|inbox)\b|\bvul (?:je|uw) e-?mailadres in\b/,
  ],
  examples: {
    match: [
      { text: 'Sign up for our daily newsletter', kept: false, category: 'newsletter' },
      { text: 'Get the best stories delivered to your inbox every morning.', kept: false, category: 'newsletter' },
      { text: 'Enter your email address:', kept: false, category: 'newsletter' },
      { text: 'Newsletter', kept: false, category: 'newsletter' },
      { text: 'Subscribe via email', kept: false, category: 'newsletter' },
      { text: 'Cicero Newsletter', language: 'de', kept: false, category: 'newsletter' },
      { text: 'Newsletter abonnieren', language: 'de', kept: false, category: 'newsletter' },
      { text: 'Melden Sie sich jetzt für unseren kostenlosen Newsletter an und erhalten Sie die wichtigsten Nachrichten direkt in Ihr Postfach.', language: 'de', kept: false, category: 'newsletter' },
      { text: 'Lettre d’information', language: 'fr', kept: false, category: 'newsletter' },
      { text: 'Inscrivez-vous à notre newsletter', language: 'fr', kept: false, category: 'newsletter' },
      { text: 'Suscríbete a nuestro boletín', language: 'es', kept: false, category: 'newsletter' },
      { text: 'Iscriviti alla newsletter', language: 'it', kept: false, category: 'newsletter' },
      { text: 'Inscreva-se na nossa newsletter', language: 'pt', kept: false, category: 'newsletter' },
      { text: 'Schrijf je in voor onze nieuwsbrief', language: 'nl', kept: false, category: 'newsletter' },
    ],
    noMatch: [
      { text: 'The newsletter, which she started in 2009, now has 40,000 readers and has become the main source of income for her small studio in Leeds, she said.', kept: true },
      { text: 'Investigators found the email address on a server in Ohio.', kept: true },
      { text: 'Der Newsletter des Vereins erscheint seit 1998 viermal im Jahr und wird an rund 3000 Mitglieder in ganz Bayern verschickt, sagte der Vorsitzende am Montag.', language: 'de', kept: true },
      { text: 'La lettre d’information du ministère a été envoyée à tous les maires de la région.', language: 'fr', kept: true },
      { text: 'El boletín oficial publicó el decreto el pasado martes.', language: 'es', kept: true },
      { text: 'De nieuwsbrief van de gemeente verschijnt elke maand.', language: 'nl', kept: true },
    ],
  },
});
