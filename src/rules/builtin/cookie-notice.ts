import { phraseRule } from '../phrases.js';

/** Cookie and consent notices. */
export default phraseRule({
  id: 'cookie-notice',
  category: 'cookie',
  description: 'Cookie banners and consent notices.',
  maxWords: 80,
  patterns: [
    /\b(?:uses?|use of|accept|allow|enable|our|these|third-party) cookies\b/,
    /\bcookie (?:policy|settings|preferences|notice|consent)\b/,
    /\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b/,
    /\b(?:manage|accept|reject) (?:all )?(?:consent|cookies|preferences)\b/,
    /\bjavascript (?:is )?(?:disabled|required|must be enabled)\b|\b(?:enable|turn on) javascript\b/,
    /\byour browser (?:does not|doesn't) support\b/,
  ],
  examples: {
    match: [
      'We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.',
      'Accept all cookies',
      'Please enable JavaScript to view the comments.',
    ],
    noMatch: ['She baked cookies for the whole street every Christmas.'],
  },
});
