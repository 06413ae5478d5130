import { phraseRule } from '../phrases.js';

/** Advertisement labels and sponsored-link boxes. */
export default phraseRule({
  id: 'advertising-label',
  category: 'advertising',
  description: 'Advertisement labels, sponsored links and ad-choice notices.',
  maxWords: 20,
  patterns: [
    /^(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored links?|sponsored content|paid content|paid post|promoted|promotion|partner content|story continues (?:below|after) (?:this )?(?:advertisement|ad)|article continues below(?: this)? (?:advertisement|ad)|continue reading (?:the main story|below)|(?:your )?ad ?choices|ads by \w+|advertise(?: with us| here)?|close (?:ad|advertisement)|skip (?:ad|advertisement))[.:]?$/,
    /\b(?:adchoices|ads by google|advertisement feature)\b/,
  ],
  examples: {
    match: ['Advertisement', 'Sponsored Links', 'Story continues below advertisement', 'Ads by Google', 'Advertise with us'],
    noMatch: ['Advertising revenue fell by a third in the second quarter, hitting the company’s shares.'],
  },
});
