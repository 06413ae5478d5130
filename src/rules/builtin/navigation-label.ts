import { phraseRule } from '../phrases.js';

/** Menu entries, breadcrumbs, skip links, pagination and archive widgets. */
export default phraseRule({
  id: 'navigation-label',
  category: 'navigation',
  description: 'Menu entries, breadcrumbs, skip links, pagination and archive widgets.',
  maxWords: 25,
  patterns: [
    /^(?:home|home page|homepage|menu|main menu|search|search this (?:site|blog)|go|back|next|previous|prev|more|close|open|top|back to top|return to top|skip to (?:main )?content|skip to (?:main|navigation|sidebar|search)\b.*$|site map|sitemap|sections|topics|categories|tags|archives?|blogroll|links|select (?:month|category)|page \d+(?: of \d+)?|newer posts?|older posts?|next (?:post|page|article|story)|previous (?:post|page|article|story)|loading|view all|see all|show more|load more|read more|continue reading|full story|more stories|uncategorized|filed under:?|posted in:?|tagged:?|labels?:?)[.:»›>]*$/,
    /^(?:newer post )?(?:older post )?home$|^newer post older post\b/,
    /^(?:[\p{L}&' -]{1,30} ?[>»›/] ?){2,8}[\p{L}&' -]{1,40}$/u,
    /^(?:tags|tagged|filed under|categories|posted in|topics):/,
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4} \(\d+\)$/,
    /^(?:\d+|«|»|‹|›|<|>|first|last|next|prev|previous)(?: (?:\d+|«|»|‹|›|<|>|…|\.\.\.|first|last|next|prev|previous)){2,}$/,
  ],
  examples: {
    match: ['Home', 'Skip to content', 'Home » News » World', 'Back to top', 'Select Month', 'Newer Post Older Post Home', 'June 2012 (14)', '1 2 3 4 Next', 'Tags: politics, elections'],
    noMatch: ['Home prices rose for the fifth month in a row, the survey found.', 'Next year the council plans to double the budget.'],
  },
});
