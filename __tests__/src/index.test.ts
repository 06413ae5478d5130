// The library as code uses it: `import { strip } from 'pith'`, pure, same object as the JSON output.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strip, type DocumentRule, type DocumentVerdicts, type RuleContext, type RuleVerdict } from '../../src/index.js';
import { chrome } from '../../src/rules/rule.js';
import { runPith } from '../helpers.js';
import { emptyConfig, stripOptionsFor } from '../../cli/config/resolved.js';
import { translateFlags, withFlags } from '../../cli/config/translate.js';
import type { CleanOptions } from '../../cli/options.js';

const root = join(import.meta.dirname, '..', '..');
const seed = join(root, 'fixtures', 'documents', 'seed-independent', 'input.txt');

it('returns the object that --format json prints for the file', async () => {
  const input = readFileSync(seed, 'utf8');
  const { files } = JSON.parse((await runPith(['--format', 'json', seed])).stdout);
  expect({ file: seed, ...strip(input) }).toEqual(files[0]);
});

it('splits a chrome sentence glued to the first body sentence', () => {
  const result = strip(
    'Mayor resigns after protests\nPlease donate now to keep us going.The mayor resigned on Friday after a week of protests outside the town hall in the old market square.\n' +
      'Her deputy will lead the council until an election can be held, which officials said would be in the spring at the earliest.\n',
  );
  expect(result.blocks.map((block) => [block.text, block.kept, block.line, block.column])).toEqual([
    ['Mayor resigns after protests', true, 1, 1],
    ['Please donate now to keep us going.', false, 2, 1],
    ['The mayor resigned on Friday after a week of protests outside the town hall in the old market square.', true, 2, 36],
    [
      'Her deputy will lead the council until an election can be held, which officials said would be in the spring at the earliest.',
      true,
      3,
      1,
    ],
  ]);
});

it('cuts a chrome label glued to the first body sentence off as its own block', () => {
  const result = strip(
    'Mayor resigns after protests\nShare this article The mayor resigned on Friday after a week of protests outside the town hall in the old market square.\n' +
      'Advertisement Her deputy will lead the council until an election can be held, which officials said would be in the spring at the earliest.\n',
  );
  expect(result.blocks.map((block) => [block.text.trim(), block.kept, block.line, block.column])).toEqual([
    ['Mayor resigns after protests', true, 1, 1],
    ['Share this article', false, 2, 1],
    ['The mayor resigned on Friday after a week of protests outside the town hall in the old market square.', true, 2, 20],
    ['Advertisement', false, 3, 1],
    [
      'Her deputy will lead the council until an election can be held, which officials said would be in the spring at the earliest.',
      true,
      3,
      15,
    ],
  ]);
});

it('cuts off a label glued without a space, and a run of share buttons, before the sentence', () => {
  const sentence = 'The council voted on Tuesday to close the harbour road for the summer, the mayor said.';
  for (const label of ['Share this article', 'Story continues below advertisement', 'Sign up for our newsletter', 'Tweet Email Print '])
    expect(strip(`Harbour road to close\n${label}${sentence}\n`).blocks.map((block) => [block.text.trim(), block.kept])).toEqual([
      ['Harbour road to close', true],
      [label.trim(), false],
      [sentence, true],
    ]);
});

it('leaves a label word that starts a sentence, or a label before a fragment, in its line', () => {
  const lines = (input: string) => strip(input).blocks.map((block) => block.line);
  expect(lines('Advertisement revenue fell by a third in the second quarter, the company said.\n')).toEqual([1]);
  expect(lines('Title\nAdvertisement Standards\n')).toEqual([1, 2]);
  for (const line of [
    'Advertisements in the paper fell by a third in the second quarter, the company said.',
    'Sponsored by the council, the festival runs for three days in the old market square.',
    'Email The Harbour Gazette at the newsroom address with your letters and photographs.',
  ])
    expect(strip(`Title\n${line}\n`).blocks.map((block) => block.text)).toEqual(['Title', line]);
});

it('does not split inside abbreviations or web addresses', () => {
  const texts = (input: string) => strip(input).blocks.map((block) => block.text);
  expect(texts('Mr.Smith met Dr.Jones at www.example.Com today.')).toHaveLength(1);
});

it('is importable by package name, with type declarations', () => {
  const probe = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "import { strip } from 'pith'; console.log(strip('Hello world.\\n').text.trim())"],
    { cwd: root, encoding: 'utf8' },
  );
  expect(probe.stderr).toBe('');
  expect(probe.stdout).toBe('Hello world.\n');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  expect(pkg.exports['.'].types).toBe('./dist/src/index.d.ts');
  expect(readFileSync(join(root, pkg.exports['.'].types), 'utf8')).toContain('export declare function strip(');
});

it('keeps the core pure: no file system, process or colour in src/', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\bfrom 'node:(?:fs|child_process|process)|\bprocess\.|from 'chalk'/.test(readFileSync(path, 'utf8'))) offenders.push(path);
    }
  };
  walk(join(root, 'src'));
  expect(offenders).toEqual([]);
});

it('runs a document rule of the caller, whether it returns its verdicts in a Map or in another Map-like object', () => {
  const page =
    'Mayor resigns after protests\nThe mayor resigned on Friday after a week of protests outside the town hall in the old market square.\nAdvert: Ten ways to stay warm\nHer deputy will lead the council until an election can be held, which officials said would be in the spring at the earliest.\n';
  const verdict = chrome('advertising', 'house rule: "Advert:" teaser', 'certain');
  const teasers = (context: RuleContext) => context.blocks.flatMap((block) => (block.text.startsWith('Advert:') ? [block.index] : []));
  const asMap: DocumentRule = {
    kind: 'document',
    id: 'house-adverts',
    phase: 'role',
    targets: 'advertising',
    description: 'Advert teasers',
    examples: { match: [], noMatch: [] },
    apply: (context) => new Map(teasers(context).map((index) => [index, verdict])),
  };
  const byIndex = (indexes: number[]): DocumentVerdicts => {
    const verdicts: (RuleVerdict | undefined)[] = [];
    for (const index of indexes) verdicts[index] = verdict;
    return { get: (index) => verdicts[index], forEach: (callback) => verdicts.forEach((found, index) => found && callback(found, index)) };
  };
  const asArray: DocumentRule = { ...asMap, apply: (context) => byIndex(teasers(context)) };
  for (const rule of [asMap, asArray]) {
    const { blocks } = strip(page, { rules: [rule] });
    expect(blocks.map((block) => [block.kept, block.rule])).toEqual([
      [true, 'page-title'],
      [true, expect.any(String)],
      [false, 'house-adverts'],
      [true, expect.any(String)],
    ]);
  }
});

describe('protected regions (the markdown option; pith-ignore markers in any text)', () => {
  const paragraph =
    'The council approved the new harbour plan on Tuesday evening after months of debate between residents and the port authority.';
  const page = [
    '---',
    'title: Share on Facebook',
    '---',
    '',
    '# Harbour plan approved',
    '',
    paragraph,
    '',
    '```',
    'Sign up for our newsletter',
    '```',
    '',
    'Share on Facebook',
    '',
  ].join('\r\n');
  const decisions = (result: ReturnType<typeof strip>) =>
    result.blocks.map((block) => [block.index, block.line, block.text, block.kept, block.rule]);

  it('passes Markdown front matter and fenced code through as kept blocks the rules never saw', () => {
    const result = strip(page, { markdown: true });
    expect(decisions(result)).toEqual([
      [0, 1, '---', true, 'protected'],
      [1, 2, 'title: Share on Facebook', true, 'protected'],
      [2, 3, '---', true, 'protected'],
      [3, 5, '# Harbour plan approved', true, 'page-title'],
      [4, 7, paragraph, true, 'standfirst'],
      [5, 9, '```', true, 'protected'],
      [6, 10, 'Sign up for our newsletter', true, 'protected'],
      [7, 11, '```', true, 'protected'],
      [8, 13, 'Share on Facebook', false, 'share-bar'],
    ]);
    expect(result.blocks[1]).toMatchObject({
      role: 'body',
      category: null,
      column: 1,
      split: false,
      endLine: 2,
      reason: 'inside Markdown front matter (protected)',
    });
    expect(result.blocks[6]!.reason).toBe('inside a fenced code block (protected)');
    for (const block of result.blocks) expect(page.slice(block.start, block.end)).toBe(block.text);
    expect(result.text).toBe(
      ['---', 'title: Share on Facebook', '---', '# Harbour plan approved', paragraph, '```', 'Sign up for our newsletter', '```', ''].join(
        '\r\n',
      ),
    );
    expect(result.stats).toEqual({
      blocks: 9,
      kept: 8,
      dropped: 1,
      inputChars: page.length,
      keptChars: result.text.length - 8 * '\r\n'.length,
    });
  });

  it('judges front matter and fences as text when the input is not Markdown', () => {
    const result = strip(page);
    expect(result.blocks.some((block) => block.rule === 'protected')).toBe(false);
    expect(result.blocks.map((block) => block.line)).toEqual([1, 2, 3, 5, 7, 9, 10, 11, 13]);
    expect(result.blocks.find((block) => block.text === 'Sign up for our newsletter')).toMatchObject({
      kept: false,
      category: 'newsletter',
    });
  });

  it('protects a pith-ignore region in any text, markers included', () => {
    const text = `Harbour plan approved\n${paragraph}\n<!-- pith-ignore-start -->\nSubscribe to our newsletter\n<!-- pith-ignore-end -->\nSubscribe to our newsletter\n`;
    expect(decisions(strip(text))).toEqual([
      [0, 1, 'Harbour plan approved', true, 'page-title'],
      [1, 2, paragraph, true, 'standfirst'],
      [2, 3, '<!-- pith-ignore-start -->', true, 'protected'],
      [3, 4, 'Subscribe to our newsletter', true, 'protected'],
      [4, 5, '<!-- pith-ignore-end -->', true, 'protected'],
      [5, 6, 'Subscribe to our newsletter', false, 'subscribe-pitch'],
    ]);
    expect(strip(text).blocks[3]!.reason).toBe('between pith-ignore markers (protected)');
  });

  it('runs an unclosed fence to the end, and reads unclosed front matter as text', () => {
    const fenced = strip(`# Notes\n${paragraph}\n~~~~\nShare on Facebook\n~~~\nShare on Facebook\n`, { markdown: true });
    expect(fenced.blocks.slice(2).map((block) => [block.text, block.rule])).toEqual([
      ['~~~~', 'protected'],
      ['Share on Facebook', 'protected'],
      ['~~~', 'protected'],
      ['Share on Facebook', 'protected'],
    ]);
    const open = strip(`---\nShare on Facebook\n${paragraph}\n`, { markdown: true });
    expect(open.blocks.some((block) => block.rule === 'protected')).toBe(false);
  });

  it('writes the original protected lines in the wrapped view, joined or as they were', () => {
    const wrapped = [
      '---',
      'title: Share on Facebook',
      '---',
      '',
      '# Harbour plan approved',
      '',
      'The council approved the new harbour plan on Tuesday evening after months of',
      'debate between residents and the port authority, who had argued about it.',
      '',
      '```',
      '    indented  code',
      '```',
      '',
    ].join('\n');
    const joined = strip(wrapped, { markdown: true, view: 'wrapped' });
    expect(joined.blocks.filter((block) => block.rule === 'protected').map((block) => block.text)).toEqual([
      '---',
      'title: Share on Facebook',
      '---',
      '```',
      '    indented  code',
      '```',
    ]);
    expect(joined.text).toBe(
      [
        '---',
        'title: Share on Facebook',
        '---',
        '# Harbour plan approved',
        'The council approved the new harbour plan on Tuesday evening after months of debate between residents and the port authority, who had argued about it.',
        '```',
        '    indented  code',
        '```',
        '',
      ].join('\n'),
    );
    expect(strip(wrapped, { markdown: true, view: 'wrapped', originalLines: true }).text).toBe(wrapped);
  });
});

it('decides every fixture document alike on each engine path (StripOptions.engine), and the CLI reads PITH_ENGINE', async () => {
  const folder = join(root, 'fixtures', 'documents');
  for (const name of readdirSync(folder)) {
    const text = readFileSync(join(folder, name, 'input.txt'), 'utf8');
    const wasm = strip(text, { engine: 'wasm' });
    expect({ name, result: strip(text, { engine: 'js' }) }).toEqual({ name, result: wasm });
    expect({ name, result: strip(text) }).toEqual({ name, result: wasm });
  }
  const run = await runPith(['--format', 'json', seed], { env: { PITH_ENGINE: 'js' } });
  const { file: _file, ...result } = (JSON.parse(run.stdout) as { files: Record<string, unknown>[] }).files[0]!;
  expect(result).toEqual(JSON.parse(JSON.stringify(strip(readFileSync(seed, 'utf8')))));
  // PITH_ENGINE reaches strip as a setting of the run, like --preset (cli/cli.ts reads it).
  expect(stripOptionsFor(withFlags(emptyConfig(), translateFlags({} as CleanOptions, { PITH_ENGINE: 'js' }))).engine).toBe('js');
  expect(stripOptionsFor(withFlags(emptyConfig(), translateFlags({} as CleanOptions, {}))).engine).toBeUndefined();
});
