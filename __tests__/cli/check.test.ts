// --check, --list-different and the check report formats, through the real CLI.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strip } from '../../src/index.js';
import { fixText } from '../../cli/edit.js';
import { runPith, scratchDir } from '../helpers.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const ESC = '\u001b[';
const seedInput = readFileSync(join(fixtures, 'seed-independent', 'input.txt'), 'utf8');
/** The seed article with its chrome removed by the library, and how many blocks a check reports. */
const seedCleaned = fixText(seedInput, (text) => strip(text)).text;
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
    expect(lines).toContainEqual(
      expect.stringMatching(/^seed\.txt:7:1 +donation\s+donation-appeal\s+"Your support makes all the difference\."$/),
    );
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
    expect(report.files[0].chrome[0]).toEqual({
      line: 3,
      column: 1,
      category: 'donation',
      rule: 'donation-appeal',
      reason: expect.any(String),
      text: expect.stringMatching(/^Your support helps us/),
    });
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

  it('reports a chrome first line: a phrase rule match is chrome, not the title', async () => {
    const run = await runPith(['--check', '-q'], { stdin: 'Share on Facebook\n' });
    expect(run).toEqual({
      code: 1,
      stdout: '<stdin>:1:1  share        share-bar  "Share on Facebook"\n\n✖ 1 chrome block in 1 file (pith --write removes them)\n',
      stderr: '',
    });
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
    for (const args of [
      ['--check', '--write'],
      ['--out-dir', 'o', '--check'],
      ['--explain', '--check'],
    ]) {
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

describe('protected regions: every mode judges a file the same way', () => {
  const frontMatter = ['---', 'layout: post', '---'];
  const headline = '# Harbour plan approved';
  const paragraph =
    'The council approved the new harbour plan on Tuesday evening after months of debate between residents and the port authority.';
  const later = 'The plan was approved by a large majority of the councillors present, and work is expected to begin in the spring.';
  /** Front matter whose title is a chrome phrase, a share line, an ignored pitch, fenced code, a newsletter line. */
  const mixed = [
    '---',
    'title: Share on Facebook',
    '---',
    '',
    headline,
    '',
    paragraph,
    '',
    'Share on Facebook',
    '',
    '<!-- pith-ignore-start -->',
    'Subscribe to our newsletter',
    '<!-- pith-ignore-end -->',
    '',
    '```text',
    'Sign up for our newsletter',
    '',
    '  indented();',
    '```',
    '',
    later,
    '',
    'Sign up for our newsletter',
    '',
  ].join('\n');
  const protectedLines = [1, 2, 3, 11, 12, 13, 15, 16, 18, 19];

  /** Each test runs pith several times; a slow shared machine must not fail them. */
  const SLOW = 30_000;

  function markdownWorkspace(files: Record<string, string>): string {
    const root = scratchDir('pith-protect-');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
    return root;
  }

  it(
    'plain output keeps the front matter, the heading and the one real paragraph',
    async () => {
      const root = markdownWorkspace({ 'post.md': [...frontMatter, '', headline, '', paragraph, ''].join('\n') });
      const run = await runPith(['post.md'], { cwd: root });
      expect(run).toEqual({ code: 0, stdout: [...frontMatter, headline, paragraph, ''].join('\n'), stderr: '' });
    },
    SLOW,
  );

  it(
    'a clean article after front matter keeps its headline, and --check finds nothing',
    async () => {
      const root = markdownWorkspace({ 'post.md': [...frontMatter, '', headline, '', paragraph, '', later, ''].join('\n') });
      expect((await runPith(['post.md'], { cwd: root })).stdout).toBe([...frontMatter, headline, paragraph, later, ''].join('\n'));
      const { files } = JSON.parse((await runPith(['--format', 'json', 'post.md'], { cwd: root })).stdout);
      expect(files[0].blocks.find((block: { text: string }) => block.text === headline)).toMatchObject({
        kept: true,
        role: 'title',
        rule: 'page-title',
      });
      expect(await runPith(['--check', '-q', 'post.md'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    },
    SLOW,
  );

  it(
    'passes front matter, pith-ignore regions and fenced code through in plain output, --out-dir, JSON and --explain',
    async () => {
      const root = markdownWorkspace({ 'post.md': mixed });
      const expected = [
        '---',
        'title: Share on Facebook',
        '---',
        headline,
        paragraph,
        '<!-- pith-ignore-start -->',
        'Subscribe to our newsletter',
        '<!-- pith-ignore-end -->',
        '```text',
        'Sign up for our newsletter',
        '  indented();',
        '```',
        later,
        '',
      ].join('\n');
      expect((await runPith(['post.md'], { cwd: root })).stdout).toBe(expected);
      expect((await runPith(['--out-dir', 'out', '-q', 'post.md'], { cwd: root })).code).toBe(0);
      expect(readFileSync(join(root, 'out', 'post.md'), 'utf8')).toBe(expected);

      const { files } = JSON.parse((await runPith(['--format', 'json', 'post.md'], { cwd: root })).stdout);
      const byLine = (line: number) => files[0].blocks.find((block: { line: number }) => block.line === line);
      for (const line of protectedLines)
        expect(byLine(line)).toMatchObject({
          text: mixed.split('\n')[line - 1],
          kept: true,
          role: 'body',
          category: null,
          rule: 'protected',
        });
      expect(byLine(2).reason).toBe('inside Markdown front matter (protected)');
      expect(byLine(12).reason).toBe('between pith-ignore markers (protected)');
      expect(byLine(16).reason).toBe('inside a fenced code block (protected)');
      expect(files[0].blocks.map((block: { index: number }) => block.index)).toEqual([...files[0].blocks.keys()]);
      for (const block of files[0].blocks) expect(mixed.slice(block.start, block.end)).toBe(block.text);

      const explain = (await runPith(['--explain', 'post.md'], { cwd: root })).stdout;
      expect(explain).toMatch(/^\+ {2}2:1 +body +protected +title: Share on Facebook\n +inside Markdown front matter \(protected\)$/m);
      expect(explain).toMatch(/^\+ 16:1 +body +protected +Sign up for our newsletter\n +inside a fenced code block \(protected\)$/m);
      expect(explain).toMatch(/^- 23:1 +newsletter +newsletter-signup +Sign up for our newsletter$/m);
    },
    SLOW,
  );

  it(
    '--check reports exactly the blocks that plain and JSON output drop',
    async () => {
      const root = markdownWorkspace({ 'post.md': mixed, 'post.txt': mixed });
      const json = JSON.parse((await runPith(['--format', 'json', 'post.md', 'post.txt'], { cwd: root })).stdout);
      const check = JSON.parse((await runPith(['--check', '--format', 'json', 'post.md', 'post.txt'], { cwd: root })).stdout);
      for (const [i, file] of json.files.entries()) {
        const dropped = file.blocks
          .filter((block: { kept: boolean }) => !block.kept)
          .map(({ line, column, category, rule, reason, text }: Record<string, unknown>) => ({
            line,
            column,
            category,
            rule,
            reason,
            text,
          }));
        expect(check.files[i].chrome).toEqual(dropped);
      }
      // The Markdown file's protected lines are never chrome; its two chrome lines are.
      expect(check.files[0].chrome.map((finding: { line: number; rule: string }) => [finding.line, finding.rule])).toEqual([
        [9, 'share-bar'],
        [23, 'newsletter-signup'],
      ]);
      // In a .txt file only the pith-ignore region is protected: the front matter's title and the fenced pitch are judged.
      const reported = check.files[1].chrome.map((finding: { line: number }) => finding.line);
      expect(reported).toEqual(expect.arrayContaining([9, 16, 23]));
      const frontMatterTitle = json.files[1].blocks.find((block: { line: number }) => block.line === 2);
      expect(frontMatterTitle.rule).not.toBe('protected');
      for (const line of [11, 12, 13]) expect(reported).not.toContain(line);
      // Plain output is the JSON's text: the same blocks kept.
      expect((await runPith(['post.md'], { cwd: root })).stdout).toBe(json.files[0].text);
    },
    SLOW,
  );
});

describe('--check counts what --write removes', () => {
  it('reports the same blocks and characters to remove as --write then removes', async () => {
    const root = workspace();
    cpSync(join(root, 'seed.txt'), join(root, 'copy.txt'));
    const check = await runPith(['--check', 'seed.txt'], { cwd: root });
    const write = await runPith(['--write', 'copy.txt'], { cwd: root });
    const counts = (stderr: string) =>
      /: [\d,]+ blocks? kept, ([\d,]+) (?:to remove|removed) \(([\d,]+) characters?\)/.exec(stderr)?.slice(1);
    expect(counts(check.stderr)).toBeDefined();
    expect(counts(check.stderr)).toEqual(counts(write.stderr));
    expect(Number(counts(write.stderr)![1]!.replace(/,/g, ''))).toBe(
      seedInput.length - readFileSync(join(root, 'copy.txt'), 'utf8').length,
    );
  });
});
