import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/** Footer links per language; a block that is only these ("Impressum | Datenschutz | Kontakt") is a footer. */
const LEGAL = {
  de: 'impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|datenschutzinformationen|datenschutzeinstellungen|datenschutz-einstellungen|privatsphäre-einstellungen|agb|allgemeine geschäftsbedingungen|nutzungsbedingungen|haftungsausschluss|kontakt|kontaktformular|über uns|wir über uns|barrierefreiheit|erklärung zur barrierefreiheit|barrierefreiheitserklärung|mediadaten|cookie-einstellungen|cookie-richtlinie|cookie-richtlinien|rechtliche hinweise|rechtliches|widerrufsbelehrung|leichte sprache|gebärdensprache|hilfe|faq|verträge hier kündigen|vertrag kündigen',
  fr: "mentions légales|politique de confidentialité|confidentialité|données personnelles|protection des données|vie privée|conditions générales|conditions générales d['’]utilisation|conditions générales de vente|conditions d['’]utilisation|cgu|cgv|contact|contactez-nous|nous contacter|qui sommes-nous ?\\??|à propos|a propos|plan du site|accessibilité|gestion des cookies|paramètres des cookies|aide|recrutement|charte de modération",
  es: 'aviso legal|política de privacidad|privacidad|política de cookies|términos y condiciones|condiciones de uso|términos de uso|condiciones generales|contacto|contáctanos|contáctenos|quiénes somos|quienes somos|sobre nosotros|mapa del sitio|mapa web|accesibilidad|ayuda|preguntas frecuentes|trabaja con nosotros',
  it: "note legali|privacy|privacy policy|informativa (?:sulla )?privacy|cookie policy|termini e condizioni|condizioni d['’]uso|condizioni generali|contatti|contattaci|chi siamo|mappa del sito|accessibilità|lavora con noi|dichiarazione di accessibilità",
  pt: 'aviso legal|política de privacidade|privacidade|política de cookies|termos de uso|termos e condições|termos de serviço|contato|contacto|contactos|fale conosco|quem somos|sobre nós|mapa do site|acessibilidade|ajuda|expediente|trabalhe conosco|estatuto editorial',
  nl: 'privacy|privacybeleid|privacyverklaring|privacy- en cookiebeleid|cookiebeleid|algemene voorwaarden|gebruiksvoorwaarden|voorwaarden|disclaimer|colofon|contact|over ons|toegankelijkheid|sitemap|veelgestelde vragen|vacatures|klantenservice',
} as const;

/** Copyright lines, legal links and site footers. */
export default phraseRule({
  id: 'legal-footer',
  category: 'legal',
  description: 'Copyright lines, legal links and site footers.',
  maxWords: 60,
  patterns: [
    /(?:^|\s)(?:© ?[\p{L}\d]|\(c\) ?\d{4}|copyright (?:© ?)?\d{4}|copyright ©)/u,
    /^copyright\b/,
    /\ball rights reserved\b/,
    /^(?:privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|legal|legal notices?|disclaimer|accessibility|contact(?: us)?|about(?: us)?|about me|advertise|careers|jobs|faqs?|help|feedback|corrections|imprint|impressum|site index|rss feeds?|press|media kit|customer service)$/,
    /\b(?:privacy policy|terms of (?:use|service)|terms (?:and|&) conditions)\b.*\b(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us)\b/,
    /\bthis (?:material|article|content) may not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/,
    /\bpowered by (?:wordpress|blogger|typepad|drupal|vbulletin)\b/,
    // German: "Impressum", "Datenschutzerklärung", "Alle Rechte vorbehalten", "Impressum | Datenschutz | AGB".
    /\balle rechte vorbehalten\b/,
    new RegExp(`^(?:(?:${LEGAL.de})[\\s|,·•/-]*){1,12}$`),
    /\b(?:nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung|verwendung) (?:nur )?(?:mit|nach) (?:ausdrücklicher |schriftlicher |vorheriger )?(?:genehmigung|zustimmung|erlaubnis)\b/,
    /^haftungs(?:ausschluss|beschränkung|hinweis)\b/,
    // French: "Mentions légales", "Tous droits réservés", "Politique de confidentialité".
    /\btous droits réservés\b|\breproduction (?:interdite|strictement interdite)\b/,
    new RegExp(`^(?:(?:${LEGAL.fr})[\\s|,·•/-]*){1,12}$`),
    // Spanish: "Aviso legal", "Todos los derechos reservados", "Política de privacidad".
    /\btodos los derechos reservados\b|\b(?:queda )?prohibida (?:la |su )?(?:reproducción|copia)\b/,
    new RegExp(`^(?:(?:${LEGAL.es})[\\s|,·•/-]*){1,12}$`),
    // Italian: "Note legali", "Tutti i diritti riservati", "P.IVA 01234567890".
    /\btutti i diritti (?:sono )?riservati\b|\b(?:p\.? ?iva|partita iva)\s?:? ?(?:it ?)?\d{11}\b/,
    new RegExp(`^(?:(?:${LEGAL.it})[\\s|,·•/-]*){1,12}$`),
    // Portuguese: "Todos os direitos reservados", "Política de privacidade", "Termos de uso".
    /\btodos os direitos reservados\b/,
    new RegExp(`^(?:(?:${LEGAL.pt})[\\s|,·•/-]*){1,12}$`),
    // Dutch: "Alle rechten voorbehouden", "Privacyverklaring", "Algemene voorwaarden".
    /\balle rechten voorbehouden\b/,
    new RegExp(`^(?:(?:${LEGAL.nl})[\\s|,·•/-]*){1,12}$`),
  ],
  get examples(): RuleExamples {
    return {
      match: [
        { text: '© 2024 Example Media Ltd. All rights reserved.', kept: false, category: 'legal' },
        { text: 'Privacy Policy', kept: false, category: 'legal' },
        { text: 'Terms of Use | Privacy Policy | Contact Us', kept: false, category: 'legal' },
        { text: 'This material may not be published, broadcast, rewritten or redistributed.', kept: false, category: 'legal' },
        { text: 'Impressum', language: 'de', kept: false, category: 'legal' },
        { text: 'Datenschutzerklärung', language: 'de', kept: false, category: 'legal' },
        { text: 'Impressum | Datenschutz | AGB | Kontakt', language: 'de', kept: false, category: 'legal' },
        { text: 'Alle Rechte vorbehalten.', language: 'de', kept: false, category: 'legal' },
        { text: 'Nachdruck nur mit Genehmigung des Verlags.', language: 'de', kept: false, category: 'legal' },
        { text: 'Mentions légales', language: 'fr', kept: false, category: 'legal' },
        { text: 'Tous droits réservés', language: 'fr', kept: false, category: 'legal' },
        { text: 'Politique de confidentialité', language: 'fr', kept: false, category: 'legal' },
        { text: 'Aviso legal', language: 'es', kept: false, category: 'legal' },
        { text: 'Todos los derechos reservados.', language: 'es', kept: false, category: 'legal' },
        { text: 'Note legali', language: 'it', kept: false, category: 'legal' },
        { text: 'Tutti i diritti riservati', language: 'it', kept: false, category: 'legal' },
        { text: 'Todos os direitos reservados.', language: 'pt', kept: false, category: 'legal' },
        { text: 'Termos de uso', language: 'pt', kept: false, category: 'legal' },
        { text: 'Alle rechten voorbehouden', language: 'nl', kept: false, category: 'legal' },
        { text: 'Privacyverklaring · Algemene voorwaarden', language: 'nl', kept: false, category: 'legal' },
        { text: '© 2024 Harbour Media Ltd', kept: false, category: 'legal' },
        { text: 'Copyright Harbour Media Group', kept: false, category: 'legal' },
        { text: 'All rights reserved.', kept: false, category: 'legal' },
        { text: 'Terms of use', kept: false, category: 'legal' },
        { text: 'Proudly powered by WordPress', kept: false, category: 'legal' },
        {
          text: 'Haftungshinweis: Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links.',
          language: 'de',
          kept: false,
          category: 'legal',
        },
        { text: 'Aviso legal | Política de privacidad | Contacto', language: 'es', kept: false, category: 'legal' },
      ],
      noMatch: [
        { text: 'The court ruled that the copyright claim was invalid because the photograph was taken in 1921.', kept: true },
        {
          text: 'Der Datenschutz der Patienten müsse auch in der Pandemie gewahrt bleiben, forderte die Landesbeauftragte.',
          language: 'de',
          kept: true,
        },
        { text: 'Die Mentions légales fehlen auf vielen französischen Websites.', language: 'de', kept: true },
        {
          text: 'La protection des données personnelles est au cœur du nouveau règlement européen adopté hier.',
          language: 'fr',
          kept: true,
        },
        { text: 'El aviso legal del Gobierno llegó demasiado tarde para los afectados.', language: 'es', kept: true },
        { text: 'De privacy van burgers staat onder druk, stelt de toezichthouder.', language: 'nl', kept: true },
      ],
    };
  },
});
