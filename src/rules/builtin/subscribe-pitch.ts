import { phraseRule } from '../phrases.js';

/** Subscription and paywall pitches ("Subscribe to ... Premium", "Start your subscription today"). */
export default phraseRule({
  id: 'subscribe-pitch',
  category: 'subscribe',
  description: 'Subscription and paywall pitches that sell access to the publication.',
  maxWords: 50,
  patterns: [
    /^subscribe(?: now| today| here)?[.!]?$/,
    /^subscribe to\b/,
    /\bsubscribe (?:now|today|for|and|to (?:our|read|get|continue|unlock))\b/,
    /\b(?:start|begin|get|try|renew|upgrade) (?:your |a |an )?(?:free |digital |premium |\w+ premium )?(?:subscription|trial)\b/,
    /\bsubscription (?:today|now|offer|required)\b/,
    /\bsubscribers? (?:only|exclusive)\b/,
    /\b(?:already a subscriber|for subscribers|subscriber benefits|subscribe for full access)\b/,
    // Atomic jumps to the first "access" and the first price word after it keep the scan linear (ReDoS-safe).
    /^(?=(?<skip>[^]*?)\b(?:unlimited|full) (?:digital )?access\b)\k<skip>(?:unlimited|full) (?:digital )?access\b(?=(.*?\b(?:for|from|just|only)\b))\2.*[$€£]/,
    /\bto continue reading\b/,
    /\b(?:free|risk-free) trial\b/,
    /\bsubscribe to (?:our )?(?:rss|feed|podcast|channel|this blog|posts|comments)\b/,
  ],
  examples: {
    match: [
      'Subscribe to Independent Premium to bookmark this article',
      'Want to bookmark your favourite articles and stories to read or reference later? Start your Independent Premium subscription today.',
      'Subscribe',
      'Already a subscriber? Log in to continue reading.',
      'Get unlimited digital access for just $1 a week.',
    ],
    noMatch: [
      'More than two million people subscribe to the streaming service, the company said in its annual report, a rise of 12 percent on last year and the highest figure since it launched.',
      'The subscription model has changed the music industry.',
    ],
  },
});
