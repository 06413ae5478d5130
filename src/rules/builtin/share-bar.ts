import { phraseRule } from '../phrases.js';

const NETWORKS =
  'facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|email|e-mail|mail|print|tumblr|digg|stumbleupon|delicious|del\\.icio\\.us|google\\+?|google buzz|buzz|newsvine|flipboard|pocket|telegram|instagram|youtube|rss|sms|messenger|xing|wechat|weibo|mix|tweet|share|like|pin it|copy link|permalink|bookmark';

/** Share bars and social-network buttons. */
export default phraseRule({
  id: 'share-bar',
  category: 'share',
  description: 'Share bars, social buttons and social counters.',
  maxWords: 30,
  patterns: [
    new RegExp(`^(?:(?:${NETWORKS})(?: this(?: article| story| page| post)?)?[\\s|,·•/]*){1,12}$`),
    /^share (?:this|on|via|the|with|article|story|page|post|your)\b/,
    /^(?:follow|like|find|join|connect with) (?:us|me) on\b/,
    /^(?:share|tweet|like|pin|email|print)(?: this)?[:!]?$/,
    /^\d[\d,.]*k? (?:shares|likes|tweets|retweets|pins|views)\b/,
    /^(?:click to|click here to) (?:share|email|print|tweet)\b/,
    /^(?:send|e-?mail) (?:this|to a friend)\b/,
    /^(?:print|email|share|save)(?: this)? (?:article|story|page|post|recipe|gallery|photo|video)\b/,
  ],
  examples: {
    match: ['Facebook', 'Share this article', 'Tweet', 'Follow us on Twitter', 'Facebook Twitter Email Print', '1.2K shares', 'Email to a friend'],
    noMatch: ['Facebook said on Tuesday it would change how it ranks news in users’ feeds.', 'Twitter users were quick to respond.'],
  },
});
