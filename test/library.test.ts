// The library as code uses it: `import { strip } from 'pith'`, pure, same object as the JSON output.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strip, BlockVerdicts, type DocumentRule, type RuleContext } from '../src/index.js';
import { chrome } from '../src/rules/rule.js';
import { runPith } from './helpers.js';

const root = join(import.meta.dirname, '..');
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
    ['Her deputy will lead the council until an election can be held, which officials said would be in the spring at the earliest.', true, 3, 1],
  ]);
});

it('does not split inside abbreviations or web addresses', () => {
  const texts = (input: string) => strip(input).blocks.map((block) => block.text);
  expect(texts('Mr.Smith met Dr.Jones at www.example.Com today.')).toHaveLength(1);
});

it('is importable by package name, with type declarations', () => {
  const probe = spawnSync(process.execPath, ['--input-type=module', '-e', "import { strip } from 'pith'; console.log(strip('Hello world.\\n').text.trim())"], { cwd: root, encoding: 'utf8' });
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

it('runs a document rule of the caller, whether it returns its verdicts in a Map or in BlockVerdicts', () => {
  const page = 'Mayor resigns after protests\nThe mayor resigned on Friday after a week of protests outside the town hall in the old market square.\nAdvert: Ten ways to stay warm\nHer deputy will lead the council until an election can be held, which officials said would be in the spring at the earliest.\n';
  const verdict = chrome('advertising', 'house rule: "Advert:" teaser', 'certain');
  const teasers = (context: RuleContext) => context.blocks.flatMap((block) => (block.text.startsWith('Advert:') ? [block.index] : []));
  const asMap: DocumentRule = { kind: 'document', id: 'house-adverts', phase: 'role', targets: 'advertising', description: 'Advert teasers', examples: { match: [], noMatch: [] }, apply: (context) => new Map(teasers(context).map((index) => [index, verdict])) };
  const asArray: DocumentRule = { ...asMap, apply: (context) => teasers(context).reduce((verdicts, index) => verdicts.set(index, verdict), new BlockVerdicts(context.blocks.length)) };
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
