import { phraseRule } from '../phrases.js';

/** Headings of related-article lists and recommendation widgets. */
export default phraseRule({
  id: 'related-links',
  category: 'related',
  description: 'Headings of related-article lists, recommendations and most-read widgets.',
  maxWords: 12,
  patterns: [
    /^(?:related|related (?:articles?|stories|posts?|content|links|coverage|news|topics|videos?|reading|items)|more (?:on|about) (?:this|the) (?:story|topic)|more from\b.*$|more in\b.*$|more (?:news|stories|headlines|articles|videos?)|recommended(?: (?:for you|articles|stories|reading))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also (?:read|see|on)\b.*$|see also|read (?:more|next|also)|further reading|popular(?: (?:posts|stories|articles|now))?|most (?:popular|read|viewed|shared|emailed|commented)(?: (?:stories|articles|posts|now|today|this week))?|trending(?: now| stories)?|top (?:stories|news|headlines)|latest (?:news|stories|headlines|posts|articles|videos?)|recent (?:posts|articles|stories|comments|entries)|editor'?s picks|what'?s (?:hot|new|popular)|don'?t miss|around the web|from (?:around )?the web|in (?:case you missed it|other news)|elsewhere(?: on (?:the web|\w+))?|promoted (?:stories|content|links)|sponsored (?:stories|content))[.:!»›]*$/,
    /^(?:related|read more|see also|also read|more):/,
  ],
  examples: {
    match: ['Related Articles', 'Most Popular', 'You may also like', 'Recent Posts', 'More from Politics', 'Read more: Why the vote matters', 'Top Stories'],
    noMatch: ['Related charges were dropped in 2010.', 'The most popular option among voters was the second.'],
  },
});
