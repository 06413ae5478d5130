import { phraseRule } from '../phrases.js';

/** Donation and membership appeals that sit in or around an article ("Your support helps us ..."). */
export default phraseRule({
  id: 'donation-appeal',
  category: 'donation',
  description: 'Donation and membership appeals asking readers to fund the publication.',
  maxWords: 80,
  patterns: [
    /\byour (?:support|donation|contribution|gift)s? (?:helps?|makes?|allows?|keeps?|means?|enables?|powers?|is vital|matters)\b/,
    /\b(?:make|making) a (?:one-off |one-time |monthly |tax-deductible |small )?(?:donation|contribution|gift)\b/,
    /\b(?:donate|give|contribute) (?:now|today|here|monthly|once)\b/,
    /^(?:donate|support us|support our work|make a donation|become a (?:member|supporter|patron))[.!]?$/,
    /\bsupport (?:our|independent|quality|local|investigative|public[- ]service) (?:journalism|reporting|newsroom|work|media)\b/,
    /\b(?:become|join as) a (?:member|supporter|patron|sustaining member)\b/,
    /\bchip in\b/,
    /\breader[- ](?:funded|supported)\b/,
    /\bsupport (?:us|the \w+) (?:from|for) (?:as little as|just) /,
    /\b(?:please )?consider (?:supporting|donating|a donation|making a)\b/,
    /\bwe (?:rely|depend) on (?:readers|donations|your support|the generosity)\b/,
  ],
  examples: {
    match: [
      'Your support helps us to tell the story',
      'Your support makes all the difference.',
      'Please consider making a donation to keep our journalism free for everyone.',
      'Support independent journalism. Donate now.',
      'Become a member today',
      'We rely on readers like you. Chip in from as little as $1.',
    ],
    noMatch: [
      'The charity said the donation would fund a new children’s ward at the hospital.',
      'Mr Putin hosted Mr Assad at a Black Sea resort ahead of a summit later this week.',
      'Members of the committee will vote on Tuesday.',
    ],
  },
});
