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
  ],
  examples: {
    match: [
      'Sign up for our daily newsletter',
      'Get the best stories delivered to your inbox every morning.',
      'Enter your email address:',
      'Newsletter',
      'Subscribe via email',
    ],
    noMatch: [
      'The newsletter, which she started in 2009, now has 40,000 readers and has become the main source of income for her small studio in Leeds, she said.',
      'Investigators found the email address on a server in Ohio.',
    ],
  },
});
