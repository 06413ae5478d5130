import { keep, type DocumentRule, type RuleVerdict } from '../rule.js';
import { isBody } from '../context.js';
import type { AnalysedBlock } from '../../types.js';

const MIN_RUN = 3;
const MAX_LINE_CHARS = 200;
// Marks of program text: statement ends, brackets, assignments, calls, comments, prompts.
const CODE_MARK = /[;{}]\s*$|^\s*[{}()[\]]|\w\([^()]*\)|[=!<>]=|=>|^\s*(?:\/\/|#|--|\$ |>>> )|^\s*(?:function|const|let|var|return|import|export|from|def|class|if|else|for|while|public|private|static|void|int|SELECT|FROM|WHERE)\b/u;

function isCodeLike(block: AnalysedBlock): boolean {
  return block.features.chars <= MAX_LINE_CHARS && CODE_MARK.test(block.text);
}

/**
 * Program listings inside technical articles come out as runs of short, symbol-heavy lines that
 * read as boilerplate one by one. A run of three or more code-like lines next to article text is
 * part of the article.
 */
const rule: DocumentRule = {
  kind: 'document',
  id: 'code-block',
  phase: 'context',
  targets: 'body',
  description: 'A run of three or more code-like lines (brackets, semicolons, calls) next to article text is a listing in the article.',
  patterns: [CODE_MARK],
  examples: {
    match: [
      {
        document: [
          'Fetching data in the browser',
          'The most useful part of the new interface is the fetch function, which takes a URL and returns a promise that resolves to the response once the headers have arrived.',
          'fetch("/data.json").then(function(res) {',
          'if (res.ok) {',
          'return res.json();',
          '}',
          '});',
          'The response object also tells you whether the request succeeded, so that you can show an error to the reader instead of an empty page.',
        ].join('\n'),
        block: 3,
      },
    ],
    noMatch: [
      {
        document: 'Home\nNews\nSport\nif (x) {\ny = 1;\n}\nContact\nPrivacy',
        block: 4,
      },
    ],
  },
  apply({ blocks, decisions }) {
    const decided = new Map<number, RuleVerdict>();
    let start = 0;
    while (start < blocks.length) {
      if (!isCodeLike(blocks[start]!)) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < blocks.length && (isCodeLike(blocks[end + 1]!) || blocks[end + 1]!.features.words === 0)) end++;
      if (end - start + 1 >= MIN_RUN && (isBody(decisions[start - 1]) || isBody(decisions[end + 1]))) {
        for (let i = start; i <= end; i++) {
          if (decisions[i]?.certainty !== 'certain') decided.set(i, keep('body', `in a code listing (lines ${blocks[start]!.line}-${blocks[end]!.line}) next to article text`, 'likely'));
        }
      }
      start = end + 1;
    }
    return decided;
  },
};

export default rule;
