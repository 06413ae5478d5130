// --check, --list-different and the check report formats, through the real CLI.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strip } from '../src/index.js';
import { fixText } from '../cli/edit.js';
import { runPith, scratchDir } from './helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'documents');
const ESC = '\u001b[';
const seedInput = readFileSync(join(fixtures, 'seed-independent', 'input.txt'), 'utf8');
/** The seed article with its chrome removed by the library, and how many blocks a check reports. */
const seedCleaned = fixText(seedInput, false, (text) => strip(text)).text;
const seedChrome = strip(seedInput).stats.dropped;

function workspace(): string {
  const root = scratchDir('pith-check-');
  cpSync(join(fixtures, 'seed-independent', 'input.txt'), join(root, 'seed.txt'));
  writeFileSync(join(root, 'clean.txt'), seedCleaned);
  return root;
}

describe('--check', () => {
  it('prints each chrome block as file:line:col  category  rule-id  "excerpt" and exits 1', async () => {
    const root = workspace();
    const run = await runPith(['--check', 'seed.txt', 'clean.txt'], { cwd: root });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^seed\.txt:3:1 +donation\s+donation-appeal\s+"Your support helps us/);
    expect(lines).toContainEqual(expect.stringMatching(/^seed\.txt:7:1 +donation\s+donation-appeal\s+"Your support makes all the difference\."$/));
    expect(lines).toContainEqual(expect.stringMatching(/^seed\.txt:22:1  comments\s+comments-section\s+"Join our commenting forum"$/));
    expect(run.stdout).not.toContain('clean.txt');
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).toMatch(new RegExp(`\\n✖ ${seedChrome} chrome blocks in 1 file \\(pith --write removes them\\)\\n$`));
    expect(lines.filter((line) => line.startsWith('seed.txt:'))).toHaveLength(seedChrome);
    expect(run.stderr).toMatch(/^pith: 2 files, 1 with chrome: /);
  });

  it('exits 0 and prints no findings when there is no chrome', async () => {
    const root = workspace();
    const run = await runPith(['--check', '--quiet', 'clean.txt'], { cwd: root });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('colours the report with --color, not when piped or with NO_COLOR', async () => {
    const root = workspace();
    expect((await runPith(['-c', '--color', 'seed.txt'], { cwd: root })).stdout).toContain(ESC);
    expect((await runPith(['-c', '--color', 'seed.txt'], { cwd: root, env: { NO_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runPith(['-c', 'seed.txt'], { cwd: root, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runPith(['-c', '--no-color', 'seed.txt'], { cwd: root })).stdout).not.toContain(ESC);
  });

  it('--format json gives every file, its chrome and exit 1', async () => {
    const root = workspace();
    const run = await runPith(['--check', '--format', 'json', 'seed.txt', 'clean.txt', 'missing.txt'], { cwd: root });
    expect(run.code).toBe(2); // the missing file wins over the chrome found
    const report = JSON.parse(run.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual(['seed.txt', 'clean.txt', 'missing.txt']);
    expect(report.files[0].changed).toBe(true);
    expect(report.files[0].chrome[0]).toEqual({ line: 3, column: 1, category: 'donation', rule: 'donation-appeal', reason: expect.any(String), text: expect.stringMatching(/^Your support helps us/) });
    expect(report.files[1]).toEqual({ file: 'clean.txt', changed: false, chrome: [] });
    expect(report.files[2]).toEqual({ file: 'missing.txt', error: 'no such file' });
    expect(run.stderr).toBe('pith: missing.txt: no such file\n');
    const exit1 = await runPith(['--check', '-f', 'json', 'seed.txt'], { cwd: root });
    expect(exit1.code).toBe(1);
  });

  it('reads stdin', async () => {
    const run = await runPith(['--check', '-q'], { stdin: readFileSync(join(fixtures, 'seed-independent', 'input.txt')) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>:3:1 +donation/);
  });
});

describe('-l, --list-different', () => {
  it('prints only the names of files that would change, and exits 1 if any', async () => {
    const root = workspace();
    const run = await runPith(['-l', 'seed.txt', 'clean.txt'], { cwd: root });
    expect(run).toEqual({ code: 1, stdout: 'seed.txt\n', stderr: '' });
    expect(await runPith(['--list-different', 'clean.txt'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('with --write lists the files it rewrote', async () => {
    const root = workspace();
    writeFileSync(join(root, 'other.txt'), readFileSync(join(root, 'seed.txt')));
    const run = await runPith(['-l', '--write', '-q', '*.txt'], { cwd: root });
    expect(run).toEqual({ code: 0, stdout: 'other.txt\nseed.txt\n', stderr: '' });
  });

  it('rejects flags that make no sense together', async () => {
    for (const args of [['--check', '--write'], ['--out-dir', 'o', '--check'], ['--explain', '--check']]) {
      const run = await runPith([...args, 'x.txt']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('cannot be used with');
    }
  });
});

describe('--check columns', () => {
  it('line up within a file: category, rule and excerpt start in the same column on every line', async () => {
    const root = workspace();
    const run = await runPith(['--check', 'seed.txt'], { cwd: root });
    const findings = run.stdout.split('\n').filter((line) => line.startsWith('seed.txt:'));
    expect(findings.length).toBeGreaterThan(2);
    expect(new Set(findings.map((line) => line.search(/  \S/))).size).toBe(1);
    expect(new Set(findings.map((line) => line.indexOf('"'))).size).toBe(1);
  });
});
