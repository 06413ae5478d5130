// Config files that used to be accepted silently, or reported in a misleading way, through the real
// CLI: a package.json that does not parse on the config search's way, empty configs, configs that
// hold something other than an object of settings, a syntax error in pith.config.mjs, and language
// codes pith has no stopwords for (--lang and the config's `language`). Each is one line on stderr
// naming the file and the reason, nothing on stdout, and exit 2.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stopwordLanguages } from '../../../src/features/stopwords.js';
import { runPith, scratchDir } from '../../helpers.js';

const ARTICLE = [
  'The harbour authority approved the plan on Tuesday after a long debate with residents about the cost of the work.',
  'Work on the new quay is expected to start in the spring and to last for about two years, the authority said.',
  '',
].join('\n');

/** A folder holding `files` (path: content) and article.txt at `articleAt` (a sub-folder, or the root). */
function workspace(files: Record<string, string>, articleAt = '.'): string {
  const root = scratchDir('pith-config-errors-');
  for (const [path, content] of Object.entries({ ...files, [join(articleAt, 'article.txt')]: ARTICLE })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} parses`);
}

const LANGUAGES = `expected auto (detect) or the code of a language pith has stopwords for: ${stopwordLanguages().join(', ')}`;

const BROKEN_PACKAGE_JSON = '{"name": "site", "pith": {"rules": {"share-bar": "off"}},}';
const MODULE_SYNTAX_ERROR = ['export default {', '  rules: {', "    'share-bar': ,", '  },', '};', ''].join('\n');

// Each test starts pith (a syntax error: and `node --check`); a busy machine must not fail them.
const SLOW = 60_000;

type Case = [what: string, files: Record<string, string>, args: string[], reason: (root: string) => string];

const cases: Case[] = [
  [
    'a package.json that does not parse, in the folder of the input',
    { 'package.json': BROKEN_PACKAGE_JSON },
    ['article.txt'],
    (root) => `${join(root, 'package.json')}: ${jsonError(BROKEN_PACKAGE_JSON)}`,
  ],
  ['an empty .pithrc.json', { '.pithrc.json': '' }, ['article.txt'], (root) => `${join(root, '.pithrc.json')}: empty config file`],
  [
    'a .pithrc.json of blank lines',
    { '.pithrc.json': '\n  \n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.json')}: empty config file`,
  ],
  [
    'a .pithrc.json holding []',
    { '.pithrc.json': '[]\n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.json')}: must hold an object (a JSON object of settings), found an array`,
  ],
  [
    'a .pithrc.json holding null',
    { '.pithrc.json': 'null\n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.json')}: must hold an object (a JSON object of settings), found null`,
  ],
  [
    'a .pithrc.json holding a string',
    { '.pithrc.json': '"balanced"\n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.json')}: must hold an object (a JSON object of settings), found a string`,
  ],
  // V8 quotes the text around the error with its newlines; the report stays on one line.
  [
    'a .pithrc.json whose JSON error quotes several lines',
    { '.pithrc.json': '{\n  "preset": x\n}\n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.json')}: Unexpected token 'x', "{ "preset": x } " is not valid JSON`,
  ],
  ['an empty .pithrc.yaml', { '.pithrc.yaml': '' }, ['article.txt'], (root) => `${join(root, '.pithrc.yaml')}: empty config file`],
  [
    'a .pithrc.yaml of comments only',
    { '.pithrc.yaml': '# preset: recall\n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.yaml')}: empty config file`,
  ],
  [
    'a .pithrc.yaml holding a scalar',
    { '.pithrc.yaml': 'balanced\n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.yaml')}: must hold a mapping of settings (key: value lines), found a string`,
  ],
  [
    'a .pithrc.yaml holding a list',
    { '.pithrc.yaml': '- preset: recall\n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.yaml')}: must hold a mapping of settings (key: value lines), found a list`,
  ],
  [
    'a package.json whose "pith" is null',
    { 'package.json': '{"name": "site", "pith": null}' },
    ['article.txt'],
    (root) => `${join(root, 'package.json')}: "pith" must hold an object of settings, found null`,
  ],
  [
    'a syntax error in pith.config.mjs: its line and column',
    { 'pith.config.mjs': MODULE_SYNTAX_ERROR },
    ['article.txt'],
    (root) => `${join(root, 'pith.config.mjs')}:3:18: SyntaxError: Unexpected token ','`,
  ],
  [
    'a pith.config.mjs without a default export',
    { 'pith.config.mjs': "export const rules = { 'share-bar': 'off' };\n" },
    ['article.txt'],
    (root) => `${join(root, 'pith.config.mjs')}: has no default export (export default { ... })`,
  ],
  [
    'a pith.config.mjs that throws',
    { 'pith.config.mjs': "throw new TypeError('no settings today');\n" },
    ['article.txt'],
    (root) => `${join(root, 'pith.config.mjs')}: TypeError: no settings today`,
  ],
  [
    'a pith.config.mjs exporting an array',
    { 'pith.config.mjs': 'export default [];\n' },
    ['article.txt'],
    (root) => `${join(root, 'pith.config.mjs')}: must export an object of settings (export default { ... }), found an array`,
  ],
  [
    'a language name in a config',
    { '.pithrc.json': '{"language": "english"}' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.json')}: language: ${LANGUAGES} (did you mean "en"?)`,
  ],
  [
    'a language code pith has no stopwords for in a config',
    { '.pithrc.yaml': 'language: xx\n' },
    ['article.txt'],
    (root) => `${join(root, '.pithrc.yaml')}: language: ${LANGUAGES}`,
  ],
  [
    '--config an empty file',
    { 'settings.json': '' },
    ['--config', 'settings.json', 'article.txt'],
    (root) => `${join(root, 'settings.json')}: empty config file`,
  ],
  [
    '--config a YAML list',
    { 'settings.yaml': '- a\n- b\n' },
    ['--config', 'settings.yaml', 'article.txt'],
    (root) => `${join(root, 'settings.yaml')}: must hold a mapping of settings (key: value lines), found a list`,
  ],
  [
    '--config a package.json without "pith"',
    { 'package.json': '{"name": "site"}' },
    ['--config', 'package.json', 'article.txt'],
    (root) => `${join(root, 'package.json')}: no "pith" key`,
  ],
  [
    '--config a pith.config.mjs with a syntax error',
    { 'conf/pith.config.mjs': MODULE_SYNTAX_ERROR },
    ['--config', 'conf/pith.config.mjs', 'article.txt'],
    (root) => `${join(root, 'conf', 'pith.config.mjs')}:3:18: SyntaxError: Unexpected token ','`,
  ],
];

describe('bad config files: one line naming the file and the problem, exit 2', () => {
  it.each(cases)(
    '%s',
    async (_what, files, args, reason) => {
      const root = workspace(files);
      expect(await runPith(args, { cwd: root })).toEqual({ code: 2, stdout: '', stderr: `pith: ${reason(root)}\n` });
    },
    SLOW,
  );

  it(
    'a package.json that does not parse in a folder above the input, but not above the nearest config',
    async () => {
      const root = workspace(
        { 'package.json': '{"name": "site"', 'near/.pithrc.json': '{"preset": "recall"}', 'near/article.txt': ARTICLE },
        'far',
      );
      const [far, near] = await Promise.all(['far/article.txt', 'near/article.txt'].map((file) => runPith([file], { cwd: root })));
      expect(far).toEqual({ code: 2, stdout: '', stderr: `pith: ${join(root, 'package.json')}: ${jsonError('{"name": "site"')}\n` });
      expect(near).toEqual({ code: 0, stdout: ARTICLE, stderr: '' });
    },
    SLOW,
  );
});

describe('--lang takes auto or a language pith has stopwords for', () => {
  const usage = (value: string, reason: string) =>
    `pith: option '--lang <code>' argument '${value}' is invalid. ${reason}\n(pith --help for usage)\n`;

  it.each([
    ['english', `${LANGUAGES} (did you mean "en"?)`],
    ['en-GB', `${LANGUAGES} (did you mean "en"?)`],
    ['xx', LANGUAGES],
    ['zz-ZZ', LANGUAGES],
    ['', LANGUAGES],
  ])(
    '--lang %j is a usage error',
    async (value, reason) => {
      const root = workspace({});
      expect(await runPith(['--lang', value, 'article.txt'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: usage(value, reason) });
    },
    SLOW,
  );

  it(
    '--lang auto detects the language, also over a config that names one; a config may say auto',
    async () => {
      const root = workspace({ 'de.yaml': 'language: de\n', 'auto.yaml': 'language: auto\n' });
      const language = async (args: string[]) => {
        const run = await runPith(['-f', 'json', ...args, 'article.txt'], { cwd: root });
        expect([run.code, run.stderr]).toEqual([0, '']);
        return JSON.parse(run.stdout).files[0].language as string;
      };
      const runs = [
        ['--config', 'de.yaml'],
        ['--config', 'de.yaml', '--lang', 'auto'],
        ['--config', 'auto.yaml'],
        ['--config', 'auto.yaml', '--lang', 'de'],
      ];
      expect(await Promise.all(runs.map(language))).toEqual(['de', 'en', 'en', 'de']);
    },
    SLOW,
  );
});
