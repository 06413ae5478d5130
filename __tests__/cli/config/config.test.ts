// Config files through the real CLI: discovery nearest to each file, --config, --no-config,
// --print-config, what a config can set, one-line errors with exit 2, and the shipped JSON Schema.

import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeRules, builtinRules } from '../../../src/index.js';
import { stopwordLanguages } from '../../../src/features/stopwords.js';
import { runPith, scratchDir } from '../../helpers.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'documents');

const HOUSE = [
  'The harbour authority approved the plan on Tuesday after a long debate with residents about the cost of the work.',
  'Support our journalism at coastal-ledger.example/give',
  'Read our podcast notes at coastal-ledger.example/podcast',
  'Subscribe to our podcast for more harbour news every week.',
  'Work on the new quay is expected to start in the spring and to last for about two years, the authority said.',
  '',
].join('\n');

const PROSE = [
  'A quiet morning at the harbour',
  'The council met on Tuesday evening to discuss the new harbour plan, which residents and the port authority have debated for months.',
  'The plan was approved by a large majority of the councillors present, and work is expected to begin in the spring.',
  'Fishermen said they welcomed the decision but worried about the noise during the two years of building work on the quay.',
  '',
].join('\n');

function workspace(): string {
  const root = scratchDir('pith-config-');
  writeFileSync(join(root, 'house.txt'), HOUSE);
  cpSync(join(fixtures, 'harbour-solar', 'input.txt'), join(root, 'solar.txt'));
  return root;
}

const rulesOf = async (root: string, args: string[]): Promise<Array<{ rule: string; text: string; kept: boolean }>> =>
  JSON.parse((await runPith(['-f', 'json', ...args], { cwd: root })).stdout).files[0].blocks;

describe('discovery', () => {
  it('uses the config nearest to each file: .pithrc.json, .pithrc.yaml, pith.config.mjs, package.json#pith', async () => {
    const root = workspace();
    writeFileSync(join(root, '.pithrc.json'), JSON.stringify({ rules: { 'share-bar': 'off' } }));
    for (const [folder, file, content] of [
      ['yaml', '.pithrc.yaml', 'rules:\n  cookie-notice: "off"\n'],
      ['mjs', 'pith.config.mjs', "export default { rules: { 'legal-footer': 'off' } };\n"],
      ['pkg', 'package.json', JSON.stringify({ name: 'x', pith: { rules: { 'login-prompt': 'off' } } })],
    ] as const) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, file), content);
      cpSync(join(root, 'solar.txt'), join(root, folder, 'solar.txt'));
    }
    mkdirSync(join(root, 'plain'));
    writeFileSync(join(root, 'plain', 'package.json'), '{"name": "no-pith-key"}');
    cpSync(join(root, 'solar.txt'), join(root, 'plain', 'solar.txt'));
    const run = await runPith(['--check', '-f', 'json', 'solar.txt', '*/solar.txt'], { cwd: root });
    const rules = Object.fromEntries(
      JSON.parse(run.stdout).files.map((file: { file: string; chrome: Array<{ rule: string }> }) => [
        file.file,
        new Set(file.chrome.map((finding) => finding.rule)),
      ]),
    );
    expect(rules['solar.txt'].has('share-bar')).toBe(false);
    expect(rules['plain/solar.txt'].has('share-bar')).toBe(false); // a package.json without "pith" is passed over
    expect([rules['yaml/solar.txt'].has('cookie-notice'), rules['yaml/solar.txt'].has('share-bar')]).toEqual([false, true]);
    expect(rules['mjs/solar.txt'].has('legal-footer')).toBe(false);
    expect(rules['pkg/solar.txt'].has('login-prompt')).toBe(false);
  });

  it('--config FILE for every file, --no-config for none, stdin searched from the current folder', async () => {
    const root = workspace();
    writeFileSync(join(root, '.pithrc.json'), JSON.stringify({ rules: { 'share-bar': 'off' } }));
    writeFileSync(join(root, 'other.yaml'), 'rules:\n  cookie-notice: "off"\n');
    const used = async (args: string[]) => new Set((await rulesOf(root, [...args, 'solar.txt'])).map((block) => block.rule));
    expect((await used([])).has('share-bar')).toBe(false);
    expect((await used(['--no-config'])).has('share-bar')).toBe(true);
    const other = await used(['--config', 'other.yaml']);
    expect([other.has('share-bar'), other.has('cookie-notice')]).toEqual([true, false]);
    const stdin = await runPith(['-f', 'json'], { cwd: root, stdin: readFileSync(join(root, 'solar.txt')) });
    expect(JSON.parse(stdin.stdout).files[0].blocks.some((block: { rule: string }) => block.rule === 'share-bar')).toBe(false);
    const missing = await runPith(['--config', 'nope.json', 'solar.txt'], { cwd: root });
    expect(missing).toMatchObject({ code: 2, stderr: `pith: ${join(root, 'nope.json')}: no such file\n` });
  });

  it('applies the config of the current folder to stdin when pith is given no arguments at all', async () => {
    const root = workspace();
    writeFileSync(join(root, '.pithrc.json'), JSON.stringify({ rules: { 'share-bar': 'off' } }));
    const stdin = readFileSync(join(root, 'solar.txt'));
    const [bare, dash, none] = await Promise.all([[], ['-'], ['--no-config']].map((args) => runPith(args, { cwd: root, stdin })));
    expect(bare).toEqual({ code: 0, stdout: dash.stdout, stderr: '' });
    expect(bare.stdout).not.toBe(none.stdout);
  });

  it('--print-config FILE prints the settings that apply to it', async () => {
    const root = workspace();
    writeFileSync(
      join(root, '.pithrc.json'),
      JSON.stringify({ preset: 'recall', rules: { 'share-bar': 'off', 'text-density': { stopwordsLow: 0.25 } }, allow: ['podcast'] }),
    );
    const run = await runPith(['--print-config', 'solar.txt'], { cwd: root });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ config: join(root, '.pithrc.json'), preset: 'recall', allow: ['podcast'], customRules: [] });
    expect(printed.rules['share-bar']).toBe('off');
    expect(printed.rules['donation-appeal']).toBe('on');
    expect(printed.rules['text-density']).toMatchObject({ stopwordsLow: 0.25, stopwordsHigh: expect.any(Number) });
    expect(Object.keys(printed.rules)).toEqual(builtinRules.map((rule) => rule.id));
    const none = JSON.parse((await runPith(['--no-config', '--print-config', 'solar.txt'], { cwd: root })).stdout);
    expect(none.config).toBeNull();
  });

  it('comments: keep in a config, --comments on the command line (which wins), and --print-config agree with the run', async () => {
    const root = workspace();
    const article = [
      'Storm closes schools across the county',
      'All schools in the county will be closed on Monday after the storm brought down trees and power lines across the region, officials said.',
      'The council said that buses would not run until the roads had been cleared and checked, which could take until the middle of the week.',
      'Parents were told to check the council website for updates, and to keep children away from fallen lines and flooded roads.',
      '3 Comments',
      'Anna — March 18, 2024, 4:09 pm',
      'Thanks for the update, we were wondering whether the school bus would come tomorrow morning.',
      'Reply',
      'Tom — March 18, 2024, 5:12 pm',
      'Our road is still blocked by a fallen oak, so the council should send a crew up the valley first.',
      'Reply',
      '',
    ].join('\n');
    writeFileSync(join(root, 'storm.txt'), article);
    const comment = 'Thanks for the update, we were wondering whether the school bus would come tomorrow morning.';
    const roleOf = async (args: string[]) => (await rulesOf(root, [...args, 'storm.txt'])).find((block) => block.text === comment);
    expect(await roleOf([])).toMatchObject({ kept: false, role: 'chrome' });
    expect(await roleOf(['--comments', 'keep'])).toMatchObject({ kept: true, role: 'comment' });
    writeFileSync(join(root, '.pithrc.json'), JSON.stringify({ comments: 'keep' }));
    expect(await roleOf([])).toMatchObject({ kept: true, role: 'comment' });
    expect(await roleOf(['--comments', 'drop'])).toMatchObject({ kept: false });
    expect(JSON.parse((await runPith(['--print-config', 'storm.txt'], { cwd: root })).stdout).comments).toBe('keep');
    expect(JSON.parse((await runPith(['--comments', 'drop', '--print-config', 'storm.txt'], { cwd: root })).stdout).comments).toBe('drop');
    const bad = await runPith(['--comments', 'some', 'storm.txt'], { cwd: root });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/--comments.*drop, keep/)]);
    writeFileSync(join(root, '.pithrc.json'), JSON.stringify({ comments: 'all' }));
    const badConfig = await runPith(['storm.txt'], { cwd: root });
    expect([badConfig.code, badConfig.stderr]).toEqual([2, expect.stringMatching(/comments: expected one of drop, keep\n$/)]);
  });

  it.each(['precision', 'balanced', 'recall'] as const)(
    '--print-config tells the truth for a config with "preset": "%s" (what the run applies)',
    async (preset) => {
      const root = workspace();
      writeFileSync(join(root, '.pithrc.json'), JSON.stringify({ preset }));
      const printed = JSON.parse((await runPith(['--print-config', 'solar.txt'], { cwd: root })).stdout) as {
        preset: string;
        rules: Record<string, unknown>;
      };
      expect(printed.preset).toBe(preset);
      // What a run with this preset uses: the library's own rule list.
      const active = new Map(activeRules({ preset }).map((rule) => [rule.id, rule]));
      for (const rule of builtinRules) {
        const used = active.get(rule.id);
        expect([rule.id, printed.rules[rule.id]]).toEqual([rule.id, !used ? 'off' : used.options ? used.options : 'on']);
      }
      const standfirst = printed.rules['standfirst'];
      const threshold = (printed.rules['learned-classifier'] as { good: number }).good;
      if (preset === 'precision') expect([standfirst, threshold]).toEqual(['off', 0.85]);
      else expect(standfirst).not.toBe('off');
      // The run agrees: under precision no block is decided by a rule that --print-config lists as off.
      const run = JSON.parse((await runPith(['-f', 'json', 'solar.txt'], { cwd: root })).stdout) as {
        files: Array<{ blocks: Array<{ rule: string }> }>;
      };
      for (const block of run.files[0]!.blocks)
        expect([block.rule, printed.rules[block.rule] ?? 'not built in']).not.toEqual([block.rule, 'off']);
    },
  );
});

describe('what a config sets', () => {
  it('adds house rules (phrases and patterns with a category) and allow-lists phrases', async () => {
    const root = workspace();
    writeFileSync(
      join(root, '.pithrc.yaml'),
      [
        'customRules:',
        '  - id: house-appeal',
        '    category: donation',
        '    phrases: ["Support our journalism at"]',
        '    patterns: ["^Read our \\\\w+ notes at \\\\S+$"]',
        'allow:',
        '  - subscribe to our podcast',
      ].join('\n'),
    );
    const blocks = await rulesOf(root, ['house.txt']);
    const byStart = (start: string) => blocks.find((block) => block.text.startsWith(start))!;
    expect(byStart('Support our journalism')).toMatchObject({ kept: false, rule: 'house-appeal', category: 'donation' });
    expect(byStart('Read our podcast notes')).toMatchObject({ kept: false, rule: 'house-appeal' });
    expect(byStart('Subscribe to our podcast')).toMatchObject({ kept: true, rule: 'allow-list' });
    expect((await runPith(['--check', '-q', 'house.txt'], { cwd: root })).stdout).toMatch(
      /^house\.txt:2:1  donation\s+house-appeal\s+"Support our journalism/,
    );
  });

  it('sets rule options (text-density thresholds) and a preset', async () => {
    const root = workspace();
    writeFileSync(join(root, 'prose.txt'), PROSE);
    // text-density alone among the statistical rules, so that its thresholds decide.
    const others = Object.fromEntries(
      builtinRules.filter((rule) => rule.phase === 'statistical' && rule.id !== 'text-density').map((rule) => [rule.id, 'off']),
    );
    const decided = async (textDensity: object) => {
      writeFileSync(join(root, '.pithrc.json'), JSON.stringify({ preset: 'precision', rules: { ...others, 'text-density': textDensity } }));
      return (await rulesOf(root, ['prose.txt'])).filter((block) => block.rule === 'text-density').map((block) => block.kept);
    };
    expect(await decided({})).toContain(true);
    const strict = await decided({ stopwordsLow: 0.9, stopwordsHigh: 0.95 });
    expect(strict.length).toBeGreaterThan(0);
    expect(strict).not.toContain(true);
  });
});

describe('bad configs: one line naming the file and the key path, exit 2', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['.pithrc.json', JSON.stringify({ rules: { 'no-such-rule': 'off' } }), /: rules\.no-such-rule: unknown rule id \(see pith rules\)$/],
    [
      '.pithrc.json',
      JSON.stringify({ rules: { 'text-density': { stopwordsLow: 'high' } } }),
      /: rules\.text-density\.stopwordsLow: expected a number$/,
    ],
    [
      '.pithrc.json',
      JSON.stringify({ rules: { 'text-density': { nope: 1 } } }),
      /: rules\.text-density\.nope: unknown option of text-density/,
    ],
    ['.pithrc.json', JSON.stringify({ rules: { 'share-bar': 'of' } }), /: rules\.share-bar: expected "on", "off"$/],
    ['.pithrc.json', JSON.stringify({ preset: 'fast' }), /: preset: expected one of precision, balanced, recall$/],
    ['.pithrc.json', JSON.stringify({ colour: true }), /: colour: unknown key/],
    [
      '.pithrc.json',
      JSON.stringify({ customRules: [{ id: 'x', category: 'donation', patterns: ['(a+)+$'] }] }),
      /: customRules\[0\]\.patterns\[0\]: unsafe regular expression \/\(a\+\)\+\$\/: it can backtrack catastrophically/,
    ],
    [
      '.pithrc.json',
      JSON.stringify({ customRules: [{ id: 'x', category: 'donation', patterns: ['(unclosed'] }] }),
      /: customRules\[0\]\.patterns\[0\]: not a valid regular expression/,
    ],
    [
      '.pithrc.json',
      JSON.stringify({ customRules: [{ id: 'share-bar', category: 'share', phrases: ['x'] }] }),
      /: customRules\[0\]\.id: "share-bar" is already a rule id$/,
    ],
    [
      '.pithrc.json',
      JSON.stringify({ customRules: [{ id: 'x', category: 'gossip', phrases: ['x'] }] }),
      /: customRules\[0\]\.category: expected one of donation, /,
    ],
    ['.pithrc.json', '{"rules": {', /\.pithrc\.json: .*JSON/],
    ['.pithrc.yaml', 'rules: [unclosed', /\.pithrc\.yaml: /],
  ];
  it.each(cases)('%s %s', async (file, content, message) => {
    const root = workspace();
    writeFileSync(join(root, file), content);
    const run = await runPith(['solar.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.trimEnd()).toMatch(new RegExp(`^pith: ${join(root, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(run.stderr.trimEnd()).toMatch(message);
  });
});

describe('the JSON Schema of the config', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schema', 'pith-config.schema.json'), 'utf8'));

  it('knows every rule, and the options of rules that have them', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(builtinRules.map((rule) => rule.id).sort());
    expect(schema.properties.rules.additionalProperties).toBe(false);
    for (const rule of builtinRules.filter((candidate) => candidate.options)) {
      const objectForm = schema.properties.rules.properties[rule.id].anyOf.find((branch: { type: string }) => branch.type === 'object');
      expect(Object.keys(objectForm.properties).sort()).toEqual(Object.keys(rule.options!).sort());
    }
  });

  it('offers exactly the languages pith has stopwords for, and auto', () => {
    expect(schema.properties.language).toMatchObject({ type: 'string', enum: ['auto', ...stopwordLanguages()] });
  });
});
