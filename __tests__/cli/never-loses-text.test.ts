// The CLI never loses or hides a user's text (issue 16), run as a user runs it: named files that an
// ignore file covers, folders, an output folder over the inputs, Ctrl-C in the middle of --write,
// a full standard output, read-only files, flags that cannot hold together.

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strip } from '../../src/index.js';
import { fixText } from '../../cli/edit.js';
import { batches } from '../../cli/batch.js';
import { BIN, runPith, scratchDir } from '../helpers.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const solarInput = readFileSync(join(fixtures, 'harbour-solar', 'input.txt'), 'utf8');
const solarCleaned = strip(solarInput).text;
const seedInput = readFileSync(join(fixtures, 'seed-independent', 'input.txt'), 'utf8');
const seedFixed = fixText(seedInput, (text) => strip(text)).text;
const isRoot = process.getuid?.() === 0;

/** A project whose data folder is git-ignored, as data folders usually are. */
function project(): string {
  const root = scratchDir('pith-safe-');
  mkdirSync(join(root, 'data'));
  mkdirSync(join(root, 'docs', 'deep'), { recursive: true });
  writeFileSync(join(root, '.gitignore'), 'data/\n');
  writeFileSync(join(root, 'data', 'x.txt'), solarInput);
  writeFileSync(join(root, 'docs', 'a.txt'), solarInput);
  writeFileSync(join(root, 'docs', 'deep', 'b.md'), seedInput);
  writeFileSync(join(root, 'docs', 'notes.csv'), 'a,b\n1,2\n');
  return root;
}

describe('a file named on the command line is always cleaned', () => {
  it('prints, checks, writes and copies a named file that .gitignore covers', async () => {
    const root = project();
    expect(await runPith(['data/x.txt'], { cwd: root })).toEqual({ code: 0, stdout: solarCleaned, stderr: '' });
    const check = await runPith(['--check', 'data/x.txt'], { cwd: root });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^data\/x\.txt:\d+:\d+ /);
    const copy = await runPith(['-q', '-o', 'out', 'data/x.txt'], { cwd: root });
    expect(copy.code).toBe(0);
    expect(readFileSync(join(root, 'out', 'data', 'x.txt'), 'utf8')).toBe(solarCleaned);
    const write = await runPith(['-q', '--write', 'data/x.txt'], { cwd: root });
    expect(write.code).toBe(0);
    expect(readFileSync(join(root, 'data', 'x.txt'), 'utf8')).not.toBe(solarInput);
  });

  it('skips ignored files in globs and folders, says so when that is all a glob matched, and --no-ignore includes them', async () => {
    const root = project();
    const glob = await runPith(['data/*.txt'], { cwd: root });
    expect(glob).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pith: the pattern "data/*.txt" matched only ignored files (1 file; --no-ignore includes them)\n',
    });
    const listed = await runPith(['-l', '.'], { cwd: root });
    expect(listed.stdout.split('\n').filter(Boolean).sort()).toEqual(['docs/a.txt', 'docs/deep/b.md']);
    const all = await runPith(['-l', '--no-ignore', '.'], { cwd: root });
    expect(all.stdout.split('\n').filter(Boolean).sort()).toEqual(['data/x.txt', 'docs/a.txt', 'docs/deep/b.md']);
  });
});

describe('folders as arguments', () => {
  it('expand to their text files (.txt, .md, .markdown, .text), sorted, and --ext chooses others', async () => {
    const root = project();
    const run = await runPith(['docs'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(solarCleaned + strip(seedInput).text);
    const csv = await runPith(['-f', 'ndjson', '--ext', 'csv', 'docs/'], { cwd: root });
    expect(
      csv.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { file: string }).file),
    ).toEqual(['docs/notes.csv']);
    const none = await runPith(['--ext', 'rst', 'docs'], { cwd: root });
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'pith: the folder "docs" holds no .rst files (--ext chooses others)\n' });
  });
});

describe('--out-dir never writes over an input', () => {
  it('refuses an output path that is the input, suggesting --write, and leaves the input as it was', async () => {
    const root = project();
    const run = await runPith(['-o', '.', 'docs/a.txt'], { cwd: root });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pith: --out-dir . would write over the input docs/a.txt with its cleaned text; use --write to clean files in place\n',
    });
    expect(readFileSync(join(root, 'docs', 'a.txt'), 'utf8')).toBe(solarInput);
  });

  it('excludes the output folder from the inputs: a second run does not clean clean/ into clean/clean/', async () => {
    const root = project();
    for (let i = 0; i < 2; i++) expect((await runPith(['-q', '-o', 'clean', '**/*.txt'], { cwd: root })).code).toBe(0);
    expect(existsSync(join(root, 'clean', 'clean'))).toBe(false);
    expect(readdirSync(join(root, 'clean'), { recursive: true }).sort()).toEqual(['docs', join('docs', 'a.txt')]);
  });

  it('says in words when a file is in the way of an output folder', async () => {
    const root = project();
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out', 'docs'), 'a file where a folder goes');
    const run = await runPith(['-q', '-o', 'out', 'docs/a.txt'], { cwd: root });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `pith: docs/a.txt: a file is in the way of a folder (${join(root, 'out', 'docs')})\n`,
    });
  });

  it('refuses an output path that is a file, in words', async () => {
    const root = project();
    const run = await runPith(['-o', 'docs/a.txt', 'docs/deep/b.md'], { cwd: root });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'pith: --out-dir docs/a.txt: is a file, not a folder\n' });
  });
});

describe('standard output', () => {
  it('a full disk is one line and exit 2, not a crash', () => {
    if (!existsSync('/dev/full')) return console.warn('skipped: no /dev/full here');
    const run = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" "$1" > /dev/full`, 'sh', join(fixtures, 'harbour-solar', 'input.txt')],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('pith: stdout: no space left on device\n');
  });

  it('a reader that goes away (| head -1) ends the run quietly with exit 0', () => {
    const root = project();
    for (let i = 0; i < 40; i++) writeFileSync(join(root, 'docs', `copy-${i}.txt`), solarInput);
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" docs | head -1; echo "exit \${PIPESTATUS[0]}"`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stdout).toBe(`${solarCleaned.split('\n')[0]}\nexit 0\n`);
    expect(run.stderr).toBe('');
  });
});

describe('--write and permissions', () => {
  it('refuses a read-only file (exit 2, named) and still rewrites the others', async () => {
    const root = project();
    writeFileSync(join(root, 'seed.txt'), seedInput);
    chmodSync(join(root, 'docs', 'a.txt'), 0o444);
    const run = await runPith(['-q', '--write', 'docs/a.txt', 'seed.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pith: docs/a.txt: read-only file; not rewritten (chmod u+w docs/a.txt allows it)\n');
    expect(readFileSync(join(root, 'docs', 'a.txt'), 'utf8')).toBe(solarInput);
    expect(statSync(join(root, 'docs', 'a.txt')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(root, 'seed.txt'), 'utf8')).toBe(seedFixed);
  });

  it('warns that a hard-linked file gets a new inode, its other names keeping the old text', async () => {
    const root = project();
    writeFileSync(join(root, 'seed.txt'), seedInput);
    linkSync(join(root, 'seed.txt'), join(root, 'seed-link.txt'));
    const run = await runPith(['-q', '--write', 'seed.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('pith: seed.txt: warning: has 2 hard links; replaced by a new file, the other links keep the old text\n');
    expect(readFileSync(join(root, 'seed.txt'), 'utf8')).toBe(seedFixed);
    expect(readFileSync(join(root, 'seed-link.txt'), 'utf8')).toBe(seedInput);
  });

  it('keeps the owner and group of a file another user owns (root)', async () => {
    if (!isRoot) return console.warn('skipped: needs root to own a file as another user');
    const root = project();
    writeFileSync(join(root, 'seed.txt'), seedInput);
    spawnSync('chown', ['1234:2345', join(root, 'seed.txt')]);
    expect((await runPith(['-q', '--write', 'seed.txt'], { cwd: root })).code).toBe(0);
    const after = statSync(join(root, 'seed.txt'));
    expect([after.uid, after.gid]).toEqual([1234, 2345]);
  });
});

/** Runs `pith --write *.txt` on a pseudo-terminal (python3's pty), sends Ctrl-C once the first file is done. */
function interruptOnTerminal(cwd: string, key: 'ctrl-c' | 'sigterm'): Promise<{ code: number; output: string }> {
  const script = `
import os, pty, sys, select, signal, re
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1], sys.argv[2], '--write', '-j', '1', '*.txt'])
out = b''
sent = False
while True:
    if not sent and re.search(rb' [1-9][0-9]*/[0-9]+ files', out):
        if sys.argv[3] == 'ctrl-c': os.write(fd, b'\\x03')
        else: os.kill(pid, signal.SIGTERM)
        sent = True
    r, _, _ = select.select([fd], [], [], 0.05)
    if r:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data: break
        out += data
_, status = os.waitpid(pid, 0)
sys.stdout.write(str(os.waitstatus_to_exitcode(status)) + '\\n' + out.decode('utf8', 'replace'))
`;
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', script, process.execPath, BIN, key], { cwd, env: { ...process.env, CI: '', NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const newline = stdout.indexOf('\n');
      resolve({ code: Number(stdout.slice(0, newline)), output: stdout.slice(newline + 1) });
    });
  });
}

describe('Ctrl-C during --write on a terminal', () => {
  const hasPython = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;

  it.each(['ctrl-c', 'sigterm'] as const)(
    '%s: leaves no temporary file, every file whole, the terminal restored, and says what was done',
    async (key) => {
      if (!hasPython) return console.warn('skipped: python3 (for a pseudo-terminal) is not installed');
      const root = scratchDir('pith-int-');
      for (let i = 0; i < 400; i++) writeFileSync(join(root, `${String(i).padStart(3, '0')}.txt`), seedInput);
      const { code, output } = await interruptOnTerminal(root, key);
      expect(code).toBe(key === 'ctrl-c' ? 130 : 143);
      expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const texts = readdirSync(root).map((name) => readFileSync(join(root, name), 'utf8'));
      for (const text of texts) expect([seedInput, seedFixed]).toContain(text);
      const rewritten = texts.filter((text) => text === seedFixed).length;
      expect(rewritten).toBeGreaterThan(0);
      expect(output).toContain(
        `pith: interrupted (${key === 'ctrl-c' ? 'SIGINT' : 'SIGTERM'}): ${rewritten} ${rewritten === 1 ? 'file' : 'files'} rewritten`,
      );
      // The progress bar hid the cursor and turned line wrap off; both come back.
      expect(output.lastIndexOf('\u001b[?25h')).toBeGreaterThan(output.lastIndexOf('\u001b[?25l'));
      expect(output.lastIndexOf('\u001b[?7h')).toBeGreaterThan(output.lastIndexOf('\u001b[?7l'));
    },
  );
});

describe('streamed output', () => {
  it('--format json is one document, the same bytes as JSON.stringify(document, null, 2)', async () => {
    const root = project();
    const run = await runPith(['-f', 'json', 'docs'], { cwd: root });
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as { files: Array<{ file: string; text: string }> };
    expect(run.stdout).toBe(JSON.stringify(document, null, 2) + '\n');
    expect(document.files.map((file) => file.file)).toEqual(['docs/a.txt', 'docs/deep/b.md']);
    expect(document.files[0]!.text).toBe(solarCleaned);
    const none = await runPith(['-f', 'json', '--no-error-on-unmatched-pattern', 'nothing/*.txt'], { cwd: root });
    expect(JSON.parse(none.stdout)).toEqual({ schemaVersion: 1, pith: expect.any(String), files: [] });
  });

  it('--format ndjson is one JSON object per file per line, with the fields of a json entry', async () => {
    const root = project();
    const [json, ndjson] = await Promise.all([
      runPith(['-f', 'json', 'docs'], { cwd: root }),
      runPith(['-f', 'ndjson', 'docs'], { cwd: root }),
    ]);
    const lines = ndjson.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual((JSON.parse(json.stdout) as { files: unknown[] }).files);
    const check = await runPith(['--check', '-f', 'ndjson', 'docs'], { cwd: root });
    expect(check.code).toBe(1);
    expect(
      check.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { file: string }).file),
    ).toEqual(['docs/a.txt', 'docs/deep/b.md']);
  });

  it('starts with batches of one file and grows them, so the first result comes early', () => {
    const sizes = batches(
      Array.from({ length: 1000 }, (_, i) => i),
      2,
    ).map((batch) => batch.length);
    expect(sizes.slice(0, 6)).toEqual([1, 1, 2, 2, 4, 4]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(32);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(1000);
    expect(sizes.at(-1)).toBe(1);
  });
});

describe('options that cannot hold together, and option values', () => {
  it.each([
    [
      ['--explain', '-f', 'json'],
      'pith: --explain prints a text explanation; --format json already holds every decision and its reason: use one\n',
    ],
    [['-f', 'json', '-o', 'out'], 'pith: --out-dir writes cleaned text files; it cannot be used with --format json\n'],
    [
      ['-f', 'ndjson', '--write'],
      'pith: --write rewrites files in place; it cannot be used with --format ndjson (--check --format ndjson reports the chrome)\n',
    ],
  ])('%j is refused, naming both', async (args, message) => {
    const root = project();
    expect(await runPith([...args, 'docs/a.txt'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('--write on piped text says that --write needs files', async () => {
    const run = await runPith(['--write'], { stdin: 'Some text.\n' });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pith: --write rewrites files in place and needs file names; to clean piped text, run pith without it\n',
    });
  });

  it('-j above the number of cores is clamped with a note', async () => {
    const root = project();
    const run = await runPith(['-j', '999', 'docs/a.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(solarCleaned);
    expect(run.stderr).toMatch(/^pith: -j 999: this machine has [\d,]+ cores?; using \d+\n$/);
  });

  it('an unknown PITH_ENGINE is a usage error, not silently ignored', async () => {
    expect(await runPith([], { stdin: 'Text.\n', env: { PITH_ENGINE: 'turbo' } })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pith: PITH_ENGINE=turbo: expected auto, js, wasm\n',
    });
  });

  it('unknown rule ids are errors in `pith rules` too', async () => {
    expect(await runPith(['rules', '--disable', 'nosuchrule'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pith: --disable: unknown rule id "nosuchrule" (see pith rules)\n',
    });
  });
});

describe('help and errors a user meets', () => {
  it('`pith help` is the help', async () => {
    const run = await runPith(['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: pith /);
  });

  it('`pith rule` suggests `pith rules`', async () => {
    expect(await runPith(['rule'], { cwd: scratchDir('pith-typo-') })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pith: rule: no such file; did you mean "pith rules"?\n',
    });
  });

  it('option errors have the same "pith: ..." style as the rest', async () => {
    const run = await runPith(['--no-such-flag']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("pith: unknown option '--no-such-flag'");
  });

  it('counts in words: one block is "1 block"', async () => {
    const root = scratchDir('pith-words-');
    writeFileSync(join(root, 'one.txt'), 'A single sentence of body text that stays where it is.\n');
    const run = await runPith(['--check', 'one.txt'], { cwd: root });
    expect(run.stderr).toMatch(/^pith: 1 file, 0 with chrome: 1 block kept, 0 to remove \(0 characters\) in \d+\.\d s\n$/);
  });
});

describe('--stdin-filepath', () => {
  it('judges piped text with the config of that path and names it so', async () => {
    const root = scratchDir('pith-stdin-path-');
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', '.pithrc.json'), JSON.stringify({ rules: { 'donation-appeal': 'off' } }));
    cpSync(join(fixtures, 'seed-independent', 'input.txt'), join(root, 'seed.txt'));
    const plain = await runPith(['--check'], { cwd: root, stdin: seedInput });
    const judged = await runPith(['--check', '--stdin-filepath', 'sub/seed.txt'], { cwd: root, stdin: seedInput });
    expect(plain.stdout).toMatch(/^<stdin>:\d+:\d+ +donation /m);
    expect(judged.stdout).not.toMatch(/donation-appeal/);
    expect(judged.stdout).toMatch(/^sub\/seed\.txt:\d+:\d+ /m);
  });
});
