import { BlockVerdicts, keep, type DocumentRule, type RuleExamples } from '../rule.js';
import { isBody } from '../context.js';
import type { AnalysedBlock } from '../../types.js';
import { CHARACTER_CLASSES, holdsAny } from '../../features/tokenize.js';

const MIN_RUN = 3;
/**
 * Technical articles interleave listings with prose ("Submitting it would look like this:"), which
 * the trees read as boilerplate next to code. Code lines at most MAX_GAP worded blocks apart are
 * one listing, and the sentences between them are part of it (block view).
 */
const MAX_GAP = 3;
/** Worded blocks between two listings at most for the second to go with the first (a line of text introducing it). */
const LISTING_GAP = 1;
const MAX_LINE_CHARS = 200;
// Marks of program text: statement ends, brackets, assignments (`port = 8080`), calls, comments, prompts, markup
// tags, object-literal keys (`method: "POST",`). A line that starts with lynx's link number
// (`[12]Sport`) is a link, not a bracket.
const CODE_MARK =
  /[;{}]\s*$|^\s*(?:[{}()\]]|\[(?!\d{1,4}\]\p{L}))|\w\([^()]*\)|[=!<>]=|=>|^\s*(?:\/\/|#|--|\$ |>>> )|^\s*(?:function|const|let|var|return|import|export|from|def|class|if|else|for|while|public|private|static|void|int|SELECT|FROM|WHERE)\b|^\s*<\/?[a-z!][^<>]{0,200}>|^\s*[\w.$-]+ ?= ?\S|^\s*(?:["'][\w$ .-]+["']|[\w$]+)\s?:\s?(?:["'\d[{]|true|false|null|function).*(?:[,{[]|["'])$/u;

// Each of CODE_MARK's marks holds one of ; { } ( = : anywhere, or starts (after spaces) with a
// bracket, a comment or prompt sign, a tag or a keyword. These two tests rule out most prose
// before CODE_MARK's nine alternatives are tried at every position: the features' bit for those
// symbols (was a character-class search: ~21 ms a corpus pass), and an anchored start (irregexp
// tries it at the start only), where the two as one alternation were tried at every position
// (measured: 49 -> ~27 ms over the corpus's short blocks).
const CODE_START =
  /^\s*(?:[)[\]/#$<>-]|(?:function|const|let|var|return|import|export|from|def|class|if|else|for|while|public|private|static|void|int|SELECT|FROM|WHERE)\b)/u;

function isCodeLike(block: AnalysedBlock): boolean {
  return (
    block.features.chars <= MAX_LINE_CHARS &&
    (holdsAny(block.features, CHARACTER_CLASSES.codeSymbol) || CODE_START.test(block.text)) &&
    CODE_MARK.test(block.text)
  );
}

/**
 * Program listings inside technical articles come out as runs of short, symbol-heavy lines that
 * read as boilerplate one by one. Three or more code-like lines, at most MAX_GAP blocks apart,
 * next to or around article text are part of the article, with the prose between them.
 */
/** Statements' and calls' marks: a line of a program, not a bracketed label ("[] Headline", "[Menu]"). */
const PROGRAM_MARK = /[;{}=()]/;

/** Most of the listing's worded lines carry a program's marks. */
function isProgram(blocks: readonly AnalysedBlock[], start: number, end: number): boolean {
  let lines = 0;
  let marked = 0;
  for (let i = start; i <= end; i++) {
    if (blocks[i]!.features.words === 0) continue;
    lines++;
    if (PROGRAM_MARK.test(blocks[i]!.text)) marked++;
  }
  return 2 * marked > lines;
}

const rule: DocumentRule = {
  kind: 'document',
  id: 'code-block',
  phase: 'context',
  targets: 'body',
  description:
    'Three or more code-like lines (brackets, semicolons, calls, tags) at most three blocks apart, next to article text, are a listing in the article, with the prose between them.',
  patterns: [CODE_MARK, CODE_START, PROGRAM_MARK],
  get examples(): RuleExamples {
    return {
      match: [
        // A configuration file's lines: sections and assignments.
        {
          document: [
            'Configuring the build server',
            'The server reads its settings from a small file in the project folder when it starts, and every setting it leaves out takes the default value shown in the example below.',
            'A minimal file looks like this:',
            '[server]',
            'port = 8080',
            'workers = 4',
            '[cache]',
            'max_size = 2GB',
            'Restart the server after you change the file, because it reads the settings only once when it starts and keeps them until it stops.',
          ].join('\n'),
          block: 5,
          kept: true,
          role: 'body',
        },
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
          kept: true,
          role: 'body',
        },
        // A terminal dump: a module, a line of text the trees drop, then its tests. The tests are the
        // next part of the listing kept just above, not a stray run of bracketed lines.
        {
          document: [
            'A cow in JavaScript',
            '',
            'Tests are the part of a project that nobody wants to write and everybody is glad to have when a',
            'change breaks something. This week we look at how to test a small browser module without a build',
            'step, with nothing more than a test runner and an assertion library loaded from the page.',
            '',
            'Here is a small module that defines a cow, with a constructor that gives every cow a name and a',
            'method that lets one cow greet another by that name. It is the example of the previous episode:',
            '',
            '(function(exports) {',
            '  function Cow(name) {',
            '    this.name = name || "Anon cow";',
            '  }',
            '  exports.Cow = Cow;',
            '  Cow.prototype.greets = function(target) {',
            '    return this.name + " greets " + target;',
            '  };',
            '})(this);',
            '',
            'And its tests:',
            '',
            'var expect = chai.expect;',
            '',
            'describe("Cow", function() {',
            '  it("has a default name", function() {',
            '    expect(new Cow().name).to.equal("Anon cow");',
            '  });',
            '});',
            '',
            'Open the page in a browser and the runner lists every test with a green mark, or a red one with the',
            'reason when an expectation fails. Next week we will run the same tests from the command line.',
          ].join('\n'),
          views: ['wrapped'],
          block: 14,
          kept: true,
          role: 'body',
        },
        {
          // The sentence between two pieces of a listing belongs to the article.
          document: [
            'Fetching data in the browser',
            'The most useful part of the new interface is the fetch function, which takes a URL and returns a promise that resolves to the response once the headers have arrived.',
            'fetch("/submit", {',
            'method: "POST",',
            'Then read the answer:',
            '}).then(function(res) {',
            'return res.json();',
            '});',
          ].join('\n'),
          block: 4,
          kept: true,
          role: 'body',
        },
      ],
      noMatch: [
        {
          document: 'Home\nNews\nSport\nif (x) {\ny = 1;\n}\nContact\nPrivacy',
          block: 4,
          kept: false,
          category: 'other',
        },
      ],
    };
  },
  options: { maxGap: MAX_GAP },
  apply({ blocks, decisions, options, view }) {
    const decided = new BlockVerdicts(blocks.length);
    if (blocks.length < MIN_RUN) return decided; // too few lines for a listing
    // In the wrapped view a listing is one paragraph already, and a gap is a whole paragraph: no bridging.
    const maxGap = view === 'wrapped' ? 0 : Number(options?.['maxGap'] ?? MAX_GAP);
    // A line some rule is sure is chrome, with words ("[edit | edit source]" cut off a wiki heading,
    // a share bar), is no line of a listing however bracketed it is.
    const isCodeLine = (i: number): boolean =>
      isCodeLike(blocks[i]!) && !(decisions[i]?.certainty === 'certain' && blocks[i]!.features.words > 0);
    let start = 0;
    let keptEnd = -Infinity;
    while (start < blocks.length) {
      if (!isCodeLine(start)) {
        start++;
        continue;
      }
      // The listing runs on while the next code line is no more than maxGap worded blocks away.
      let end = start;
      let codeLines = 1;
      let gap = 0;
      for (let j = start + 1; j < blocks.length; j++) {
        const block = blocks[j]!;
        if (isCodeLine(j)) {
          end = j;
          codeLines++;
          gap = 0;
        } else if (block.features.words > 0 && (decisions[j]?.certainty === 'certain' || ++gap > maxGap)) break;
      }
      while (end + 1 < blocks.length && blocks[end + 1]!.features.words === 0) end++;
      // Next to article text, or the next part of a listing kept just above (a program and its
      // tests, with a line of text between them that the trees dropped).
      let anchored =
        isBody(decisions[start - 1]) || isBody(decisions[end + 1]) || (start - keptEnd <= LISTING_GAP + 1 && isProgram(blocks, start, end));
      for (let i = start; i <= end && !anchored; i++) anchored = isBody(decisions[i]);
      if (codeLines >= MIN_RUN && anchored) {
        const verdict = keep(
          'body',
          `in a code listing (lines ${blocks[start]!.line}-${blocks[end]!.line}) next to article text`,
          'likely',
        );
        for (let i = start; i <= end; i++) {
          if (decisions[i]?.certainty !== 'certain') decided.set(i, verdict);
        }
        keptEnd = end;
      }
      start = end + 1;
    }
    return decided;
  },
};

export default rule;
