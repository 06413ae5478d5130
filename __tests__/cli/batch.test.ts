// Batch cleaning through the real CLI: globs, ignore files, --out-dir, -j, the summary and the progress bar.

import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strip } from '../../src/index.js';
import { BIN, runPith, scratchDir } from '../helpers.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const documents = readdirSync(fixtures).filter((name) => !name.startsWith('.'));
/** What `pith FILE` prints for a fixture: the library's cleaned text (the rules' quality is tested elsewhere). */
const expectedOf = (name: string): string => strip(readFileSync(join(fixtures, name, 'input.txt'), 'utf8')).text;

/** A folder of articles: every fixture document as <name>/input.txt, plus `copies` more copies to make a batch. */
function articleTree(copies = 0): string {
  const root = scratchDir('pith-batch-');
  for (const name of documents) cpSync(join(fixtures, name, 'input.txt'), join(root, 'news', name, 'input.txt'));
  for (let i = 0; i < copies; i++) {
    const name = documents[i % documents.length]!;
    cpSync(join(fixtures, name, 'input.txt'), join(root, 'more', `${String(i).padStart(3, '0')}-${name}.txt`));
  }
  return root;
}

function listTree(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

describe('file and glob arguments', () => {
  it('expands globs in argument order, each file once, sorted within a glob', async () => {
    const root = articleTree();
    const first = `news/${documents[1]}/input.txt`;
    const run = await runPith([first, 'news/*/input.txt'], { cwd: root });
    expect(run.code).toBe(0);
    const rest = [...documents].sort().filter((name) => name !== documents[1]);
    expect(run.stdout).toBe([documents[1]!, ...rest].map(expectedOf).join(''));
  });

  it('skips node_modules and what the .gitignore of the current folder ignores', async () => {
    const root = articleTree();
    cpSync(join(root, 'news'), join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(root, '.gitignore'), `news/${documents[0]}/\n`);
    const run = await runPith(['-l', '**/*.txt'], { cwd: root });
    const listed = run.stdout.split('\n').filter(Boolean);
    expect(listed).not.toContain(`news/${documents[0]}/input.txt`);
    expect(listed.some((file) => file.includes('node_modules'))).toBe(false);
    expect(listed).toContain(`news/${documents[1]}/input.txt`);
  });

  it('--ignore-path adds an ignore file', async () => {
    const root = articleTree();
    writeFileSync(
      join(root, 'skip.txt'),
      documents
        .slice(1)
        .map((name) => `news/${name}/`)
        .join('\n'),
    );
    const run = await runPith(['-l', '--ignore-path', 'skip.txt', 'news/**/*.txt'], { cwd: root });
    expect(run.stdout).toBe(`news/${documents[0]}/input.txt\n`);
    const missing = await runPith(['--ignore-path', 'nope', 'news/**/*.txt'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`pith: --ignore-path ${join(root, 'nope')}: no such file`);
  });

  it('a glob that matches nothing is exit 2, unless --no-error-on-unmatched-pattern', async () => {
    const root = articleTree();
    const run = await runPith(['news/*/nothing-*.txt', `news/${documents[0]}/input.txt`], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pith: no files match the pattern "news/*/nothing-*.txt"\n');
    expect(run.stdout).toBe(expectedOf(documents[0]!));
    const allowed = await runPith(['--no-error-on-unmatched-pattern', 'news/*/nothing-*.txt', `news/${documents[0]}/input.txt`], {
      cwd: root,
    });
    expect(allowed).toEqual({ code: 0, stdout: expectedOf(documents[0]!), stderr: '' });
  });
});

describe('--out-dir', () => {
  it('writes each cleaned file under DIR at its path relative to the current folder, with a summary', async () => {
    const root = articleTree();
    const out = join(root, 'clean');
    const run = await runPith(['--out-dir', 'clean', '*/*/input.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(listTree(out)).toEqual(documents.map((name) => `news/${name}/input.txt`).sort());
    for (const name of documents) expect(readFileSync(join(out, 'news', name, 'input.txt'), 'utf8')).toBe(expectedOf(name));
    expect(run.stderr).toMatch(
      new RegExp(`^pith: ${documents.length} files: [\\d,]+ blocks kept, [\\d,]+ removed \\([\\d,]+ characters\\) in \\d+\\.\\d s\\n$`),
    );
    expect((await runPith(['-q', '-o', 'clean2', '*/*/input.txt'], { cwd: root })).stderr).toBe('');
  });

  it('refuses stdin and files outside the current folder', async () => {
    const root = articleTree();
    expect((await runPith(['--out-dir', join(root, 'o'), '-'], { cwd: root, stdin: 'text' })).code).toBe(2);
    const outside = await runPith(['--out-dir', 'o', join(fixtures, documents[0]!, 'input.txt')], { cwd: root });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is outside the current folder');
  });
});

describe('-j, --jobs', () => {
  it('gives the same output in the same order with one worker or several', async () => {
    const root = articleTree(40);
    // Written files with three workers (an odd split of the batches), printed ones with two.
    const runs = await Promise.all(['1', '3'].map((jobs) => runPith(['-j', jobs, '--out-dir', `out${jobs}`, 'more/*.txt'], { cwd: root })));
    for (const run of runs) expect(run.code).toBe(0);
    const files = listTree(join(root, 'out1'));
    expect(files).toHaveLength(40);
    expect(listTree(join(root, 'out3'))).toEqual(files);
    for (const file of files) expect(readFileSync(join(root, 'out3', file), 'utf8')).toBe(readFileSync(join(root, 'out1', file), 'utf8'));
    const printed = await Promise.all(['1', '2'].map((jobs) => runPith(['-j', jobs, 'more/*.txt'], { cwd: root })));
    expect(printed[1]!.stdout).toBe(printed[0]!.stdout);
    expect(printed[0]!.stdout).toBe(files.map((file) => readFileSync(join(root, 'out1', file), 'utf8')).join(''));
  }, 60_000);

  it('rejects a job count that is not a whole number of at least 1', async () => {
    const run = await runPith(['-j', '0', 'x.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected a whole number of at least 1');
  });
});

describe('progress bar', () => {
  // `script` gives the CLI a terminal, as a user at a shell has.
  const underTerminal = (args: string, env: Record<string, string>, cwd: string): string =>
    spawnSync('script', ['-qec', `node ${BIN} ${args}`, '/dev/null'], { cwd, encoding: 'utf8', env: { ...process.env, CI: '', ...env } })
      .stdout;

  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? it : it.skip)('shows files done, total, rate and ETA on a terminal; not with --quiet or CI', () => {
    const root = articleTree(20);
    mkdirSync(join(root, 'o'));
    expect(underTerminal("-o o 'more/*.txt'", {}, root)).toMatch(/\d+\/20 files \| \d+ files\/s \| ETA/);
    expect(underTerminal("-q -o o 'more/*.txt'", {}, root)).not.toContain('files/s');
    expect(underTerminal("-o o 'more/*.txt'", { CI: 'true' }, root)).not.toContain('files/s');
  });
});
