// The command line as a user meets it: inputs, formats, errors, exit codes, colour, pipes.

import { readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, runPith, runPithProcess, scratchDir } from '../helpers.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const seed = join(fixtures, 'seed-independent', 'input.txt');
const seedExpected = readFileSync(join(fixtures, 'seed-independent', 'expected.txt'), 'utf8');
const solar = join(fixtures, 'harbour-solar', 'input.txt');
const solarExpected = readFileSync(join(fixtures, 'harbour-solar', 'expected.txt'), 'utf8');
const scratch = scratchDir('pith-cli-');
const ESC = '\u001b[';

describe('cleaning', () => {
  it('reads stdin when no file is given', async () => {
    const run = await runPith([], { stdin: readFileSync(seed) });
    expect(run).toEqual({ code: 0, stdout: seedExpected, stderr: '' });
  });

  it('reads stdin for "-"', async () => {
    const run = await runPith(['-'], { stdin: readFileSync(solar) });
    expect(run.stdout).toBe(solarExpected);
  });

  it('cleans stdin with no arguments exactly as with "-" and the default options', async () => {
    const stdin = readFileSync(solar);
    const [bare, explicit] = await Promise.all([runPith([], { stdin }), runPith(['-f', 'text', '--view', 'auto', '-'], { stdin })]);
    expect(bare).toEqual(explicit);
  });

  it('writes several files in order', async () => {
    const run = await runPith([solar, seed]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(solarExpected + seedExpected);
  });

  it('ends the output with a newline even when the input has none', async () => {
    expect(readFileSync(seed, 'utf8').endsWith('\n')).toBe(false);
    const run = await runPith([seed]);
    expect(run.stdout.endsWith('Korean nuclear crisis through talks.\n')).toBe(true);
  });

  it('keeps CRLF line endings', async () => {
    const run = await runPith([join(fixtures, 'crlf-recipe', 'input.txt')]);
    expect(run.stdout).toContain('evenings\r\nA cheap');
    expect(run.stdout.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('prints nothing for an empty input', async () => {
    expect(await runPith([], { stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--disable switches a rule off', async () => {
    const rulesUsed = async (args: string[]) =>
      JSON.parse((await runPith(['-f', 'json', ...args, seed])).stdout).files[0].blocks.map((block: { rule: string }) => block.rule);
    expect(await rulesUsed([])).toContain('comments-section');
    const run = await rulesUsed(['--disable', 'comments-section,appeal-box']);
    expect(run).not.toContain('comments-section');
    expect(run).not.toContain('appeal-box');
    expect(run).toContain('donation-appeal');
    const unknown = await runPith(['--disable', 'no-such-rule', seed]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('pith: --disable: unknown rule id "no-such-rule" (see pith rules)\n');
  });
});

describe('--format json', () => {
  it('gives every block with role, category, rule, reason and offsets that map back to the input', async () => {
    const run = await runPith(['--format', 'json', seed]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.schemaVersion).toBe(1);
    expect(output.files).toHaveLength(1);
    const [file] = output.files;
    expect(file.file).toBe(seed);
    expect(file.text).toBe(seedExpected);
    const input = readFileSync(seed, 'utf8');
    for (const block of file.blocks) {
      expect(input.slice(block.start, block.end)).toBe(block.text);
      expect(input.split('\n')[block.line - 1]!.slice(block.column - 1)).toMatch(
        new RegExp(`^${block.text.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
      expect(typeof block.rule).toBe('string');
      expect(typeof block.reason).toBe('string');
      expect(block.kept ? block.category : block.role).toBe(block.kept ? null : 'chrome');
    }
    const glued = file.blocks.filter((block: { line: number }) => block.line === 7);
    expect(
      glued.map((block: { text: string; kept: boolean; category: string | null }) => [block.text.slice(0, 20), block.kept, block.category]),
    ).toEqual([
      ['Your support makes a', false, 'donation'],
      ['Donald Trump has spo', true, null],
    ]);
    expect(file.blocks[0]).toMatchObject({ role: 'title', kept: true, line: 1, column: 1, start: 0 });
    expect(file.blocks[1]).toMatchObject({ role: 'standfirst', kept: true });
  });

  it('groups several inputs per file', async () => {
    const output = JSON.parse((await runPith(['-f', 'json', solar, seed])).stdout);
    expect(output.files.map((file: { file: string }) => file.file)).toEqual([solar, seed]);
  });
});

describe('--explain', () => {
  it('marks each block kept (+) or dropped (-) with its rule, without colour when piped', async () => {
    const run = await runPith(['--explain', seed]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).toMatch(/^\+\s+1:1\s+title\s+page-title\s+Donald Trump/m);
    expect(run.stdout).toMatch(/^-\s+3:1\s+donation\s+donation-appeal\s+Your support helps us/m);
    expect(run.stdout).toMatch(/^-\s+7:1\s+donation\s+donation-appeal\s+Your support makes all the difference\.$/m);
    expect(run.stdout).toMatch(/^\+\s+7:39\s+body\s+/m);
    expect(run.stdout).toContain('25 blocks: 15 kept, 10 dropped');
  });

  it('colours with --color, and not with NO_COLOR or --no-color', async () => {
    expect((await runPith(['--explain', '--color', seed])).stdout).toContain(ESC);
    expect((await runPith(['--explain', '--no-color', seed])).stdout).not.toContain(ESC);
    expect((await runPith(['--explain', seed], { env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('honours FORCE_COLOR as chalk defines it, also on a pipe: 1-3 and "" or "true" colour, 0 and "false" do not', async () => {
    // Nine independent processes (no files written): run side by side.
    const colours = (args: string[], values: string[]) =>
      Promise.all(
        values.map(async (value) => ({ value, colour: (await runPith(args, { env: { FORCE_COLOR: value } })).stdout.includes(ESC) })),
      );
    const [on, forced, off, noColor] = await Promise.all([
      colours(['--explain', seed], ['1', '3', '', 'true']),
      colours(['--explain', '--color', seed], ['0', 'false']),
      colours(['--explain', seed], ['0', 'false']),
      colours(['--explain', '--no-color', seed], ['3']),
    ]);
    expect(on.filter(({ colour }) => !colour)).toEqual([]);
    expect(forced.filter(({ colour }) => !colour)).toEqual([]);
    expect(off.filter(({ colour }) => colour)).toEqual([]);
    expect(noColor.filter(({ colour }) => colour)).toEqual([]);
  });
});

describe('pith rules', () => {
  it('lists every rule with id, phase, category and description', async () => {
    const run = await runPith(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^donation-appeal\s+lexical\s+donation\s+Donation and membership appeals/m);
    expect(run.stdout).toMatch(/^neighbour-context\s+context\s+body\s+/m);
  });

  it('lists them as JSON', async () => {
    const { rules } = JSON.parse((await runPith(['rules', '--format', 'json'])).stdout);
    expect(rules.find((rule: { id: string }) => rule.id === 'end-of-article')).toEqual({
      id: 'end-of-article',
      phase: 'context',
      targets: 'comments',
      description: expect.stringContaining('boilerpipe'),
      enabled: true,
      examples: expect.arrayContaining([
        expect.objectContaining({ expected: 'match', kept: false, category: 'comments', decidedBy: { rule: 'end-of-article' } }),
      ]),
    });
    // The examples are the rules' documentation: each rule shows at least one with its outcome.
    for (const rule of rules as { id: string; examples: { expected: string; kept?: boolean }[] }[]) {
      expect([rule.id, rule.examples.some((example) => example.expected === 'match' && typeof example.kept === 'boolean')]).toEqual([
        rule.id,
        true,
      ]);
    }
  });
});

describe('bad input', () => {
  it('reports a missing file, a directory and a binary file, and still cleans the rest', async () => {
    const binary = join(scratch, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const folder = join(scratch, 'folder');
    mkdirSync(folder, { recursive: true });
    const run = await runPith([join(scratch, 'missing.txt'), folder, binary, solar]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(solarExpected);
    expect(run.stderr.split('\n')).toEqual([
      // Arguments are expanded before any file is read: the empty folder is reported first.
      `pith: the folder "${folder}" holds no .txt, .md, .markdown, .text files (--ext chooses others)`,
      `pith: ${join(scratch, 'missing.txt')}: no such file`,
      `pith: ${binary}: binary file (contains NUL bytes), not text`,
      '',
    ]);
  });

  it('reports an unreadable file', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const locked = join(scratch, 'locked.txt');
    writeFileSync(locked, 'text');
    chmodSync(locked, 0o000);
    const run = await runPith([locked]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`pith: ${locked}: permission denied\n`);
  });

  it('warns about invalid UTF-8 and cleans the text anyway', async () => {
    const file = join(scratch, 'latin1.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' society meets on Friday evenings.\n')]));
    const run = await runPith([file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`pith: ${file}: warning: invalid UTF-8; bad bytes replaced by U+FFFD\n`);
    expect(run.stdout).toBe('Caf\uFFFD society meets on Friday evenings.\n');
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const file = join(scratch, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title of the piece\n', 'utf16le')]));
    expect((await runPith([file])).stdout).toBe('Title of the piece\n');
  });

  it('rejects an unknown option with exit code 2', async () => {
    const run = await runPith(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });

  it('exits quietly when the reader of stdout goes away (pith big.txt | head -1)', () => {
    const big = join(scratch, 'big.txt');
    writeFileSync(big, readFileSync(seed, 'utf8').concat('\n').repeat(3000));
    const shell = spawnSync('bash', ['-c', `set -o pipefail; node ${BIN} ${big} | head -1; echo "status=$?"`], { encoding: 'utf8' });
    expect(shell.stderr).toBe('');
    expect(shell.stdout).toMatch(/^[^\n]+\nstatus=0\n$/);
  });
});

describe('help and version', () => {
  it('prints the version from package.json, from bin/pith.js before loading the CLI and from the CLI with other flags', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    expect(await runPithProcess(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await runPith(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints usage with examples and exit codes', async () => {
    const run = await runPith(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: pith [options] [command] [files...]');
    expect(run.stdout).toContain('Exit codes: 0 ok, 2 usage or input/output error, 130/143 interrupted.');
  });
});

describe('--preset, --lang, --view', () => {
  it('--preset precision drops the standfirst that balanced keeps; recall keeps at least as much', async () => {
    const lines = async (preset: string) => (await runPith(['--preset', preset, seed])).stdout.split('\n');
    const balanced = await lines('balanced');
    const precision = await lines('precision');
    const recall = await lines('recall');
    const standfirst = 'Their call came a day after Mr Putin met with Syrian President Bashar al-Assad';
    expect(balanced).toContain(standfirst);
    expect(precision).not.toContain(standfirst);
    expect(recall.length).toBeGreaterThanOrEqual(balanced.length);
    expect((await runPith(['--preset', 'greedy', seed])).code).toBe(2);
  });

  it('--lang sets the language the JSON reports, and --view the view', async () => {
    const run = await runPith(['-f', 'json', '--lang', 'de', '--view', 'wrapped', solar]);
    const [file] = JSON.parse(run.stdout).files;
    expect(file.language).toBe('de');
    expect(file.view).toBe('wrapped');
    const auto = JSON.parse((await runPith(['-f', 'json', solar])).stdout).files[0];
    expect([auto.language, auto.view]).toEqual(['en', 'blocks']);
  });
});
