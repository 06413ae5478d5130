import { phraseRule } from '../phrases.js';

/** Comment sections: their headings, counters, forms and moderation notices. */
export default phraseRule({
  id: 'comments-section',
  category: 'comments',
  description: 'Comment section headings, counters, comment forms and moderation notices.',
  maxWords: 40,
  patterns: [
    /^(?:\d+ )?(?:comments?|responses?|replies|reader comments|discussion|discuss)(?: \(\d+\))?[:.]?$/,
    /^(?:post|add|leave|write|submit|view|show|hide|read|see) (?:a |your |all |the )?(?:\d+ )?(?:comments?|reply|replies|responses?)\b/,
    /^(?:leave a reply|reply|cancel reply|comment policy|comment rules|report abuse|report comment|flag)(?:$|[^\p{L}\s,])/u,
    /\bjoin (?:our|the) (?:commenting forum|conversation|discussion)\b/,
    /\b(?:your|the) comment (?:has|could|will|must|is)\b/,
    /\b(?:will not|won't) be published\b/,
    /\brequired fields are marked\b/,
    /\bnotify me of (?:new|follow-?up) (?:comments|posts)\b/,
    /\b(?:be the first|log in|sign in|register) to (?:comment|post a comment|leave a comment|reply)\b/,
    /\bcomments? (?:are|is) (?:closed|moderated|disabled)\b/,
    /\bhave your say\b/,
    /^(?:name|e-?mail|website|url|comment)(?: \(required\)| \*|:)/,
    /\bcomments? powered by\b/,
    /\b(?:preview|previewing) your comment\b/,
    /\bthe letters and numbers you (?:entered|see)\b/,
    /\bwhat do you think\?$/,
    /^\d+ (?:people|users|readers) (?:commented|responded|have commented)\b/,
    /^trackback\b|\btrackback url\b/,
  ],
  examples: {
    match: [
      'Join our commenting forum',
      'Comments',
      '12 Comments',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Post a comment',
      'Name (required)',
    ],
    noMatch: [
      'The minister declined to comment on the report.',
      'Comments made by the senator on Tuesday drew sharp criticism from both parties, who said the remarks were out of line with the committee’s work.',
    ],
  },
});
