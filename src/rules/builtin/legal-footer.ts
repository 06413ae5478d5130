import { phraseRule } from '../phrases.js';

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
  ],
  examples: {
    match: ['© 2024 Example Media Ltd. All rights reserved.', 'Privacy Policy', 'Terms of Use | Privacy Policy | Contact Us', 'This material may not be published, broadcast, rewritten or redistributed.'],
    noMatch: ['The court ruled that the copyright claim was invalid because the photograph was taken in 1921.'],
  },
});
