// Every regular expression the ReDoS check (redos.test.ts) runs: the built-in rules' patterns and
// each pipeline module's list. redos-coverage.test.ts holds the sources to this list.

import { builtinRules } from '../src/index.js';
import { SEGMENT_PATTERNS } from '../src/blocks/segment.js';
import { WRAPPED_PATTERNS } from '../src/blocks/wrapped.js';
import { VIEW_PATTERNS } from '../src/blocks/view.js';
import { FEATURE_PATTERNS } from '../src/features/features.js';
import { TOKEN_PATTERNS } from '../src/features/tokenize.js';
import { LANGUAGE_PATTERNS } from '../src/features/language.js';
import { STOPWORD_PATTERNS } from '../src/features/stopwords.js';
import { PHRASE_PATTERNS } from '../src/rules/phrases.js';
import { LITERAL_PATTERNS } from '../src/rules/literals.js';
import { CHAR_PATTERNS } from '../src/chars.js';

export const rulePatterns = builtinRules.flatMap((rule) => (rule.patterns ?? []).map((pattern, index) => ({ where: `${rule.id} #${index}`, pattern })));

const modules = { SEGMENT_PATTERNS, WRAPPED_PATTERNS, VIEW_PATTERNS, FEATURE_PATTERNS, TOKEN_PATTERNS, LANGUAGE_PATTERNS, STOPWORD_PATTERNS, PHRASE_PATTERNS, LITERAL_PATTERNS, CHAR_PATTERNS };
export const pipelinePatterns = Object.entries(modules).flatMap(([list, patterns]) => patterns.map((pattern, index) => ({ where: `${list} #${index}`, pattern })));
