import { phraseRule } from '../phrases.js';
import { STORM_PARAGRAPHS } from '../example-article.js';
import type { RuleExamples } from '../rule.js';
import { EDIT_WORD } from '../../blocks/segment.js';

/**
 * A wiki section's edit links: MediaWiki prints them right after the heading ("History[edit]",
 * "Етимологія[ред. | ред. код]"), and the blocks stage cuts them off it (blocks/segment.ts), so
 * the heading is judged as a heading and the links go. Two or three labels between "|"s in
 * brackets, or one of the wikis' words for "edit" alone.
 */
export default phraseRule({
  id: 'edit-links',
  category: 'navigation',
  description: 'A wiki section\'s edit links cut off its heading: "[edit]", "[edit | edit source]".',
  maxWords: 8,
  patterns: [/^\[[^\]|]{1,30}(?: \| [^\]|]{1,30}){1,2}\]$/u, new RegExp(`^\\[${EDIT_WORD}\\]$`, 'u')],
  get examples(): RuleExamples {
    return {
      match: [
        { text: '[edit | edit source]', kept: false, category: 'navigation' },
        { document: 'History[edit]', block: 1, kept: false, category: 'navigation' },
        { document: 'Etymologie[editovat | editovat zdroj]', block: 1, kept: false, category: 'navigation' },
      ],
      noMatch: [
        // The heading itself, between the section's paragraphs.
        { document: [STORM_PARAGRAPHS[0], 'History[edit]', ...STORM_PARAGRAPHS.slice(1, 3)].join('\n'), block: 1, kept: true },
      ],
    };
  },
});
