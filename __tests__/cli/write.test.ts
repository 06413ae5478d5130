// --write through the real CLI: chrome removed in place, atomically, everything kept byte for byte,
// and no user file ever truncated or half-written (read-only target, full disk, killed mid-batch).

import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { strip } from '../../src/index.js';
import { fixText } from '../../cli/edit.js';
import { BIN, runPith, scratchDir } from '../helpers.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const seedInput = readFileSync(join(fixtures, 'seed-independent', 'input.txt'));
/** What --write should leave of the seed article (the library's edit; the rule set's quality is tested elsewhere). */
const seedCleaned = fixText(seedInput.toString('utf8'), (text) => strip(text)).text;
const isRoot = process.getuid?.() === 0;

function workspace(): string {
  const root = scratchDir('pith-write-');
  writeFileSync(join(root, 'seed.txt'), seedInput);
  writeFileSync(join(root, 'clean.txt'), seedCleaned);
  cpSync(join(fixtures, 'crlf-recipe', 'input.txt'), join(root, 'crlf.txt'));
  return root;
}

/** A small tmpfs (root only): for a read-only or a full file system. Undefined where mounting is not allowed. */
function mountTmpfs(options: string): string | undefined {
  if (!isRoot) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'pith-mnt-'));
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0 ? dir : undefined;
}
const unmount = (dir: string): void => {
  if (spawnSync('umount', [dir]).status === 0) rmSync(dir, { recursive: true, force: true });
};

describe('--write', () => {
  it('removes the chrome in place, keeping the rest byte for byte (no final newline stays none)', async () => {
    const root = workspace();
    const run = await runPith(['--write', 'seed.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^pith: 1 file, 1 rewritten: \d+ blocks kept, \d+ removed \([\d,]+ characters\) in /);
    const written = readFileSync(join(root, 'seed.txt'), 'utf8');
    expect(written).toBe(seedCleaned);
    expect(written).toMatch(/^Donald Trump and Vladimir Putin hold hour-long phone call/);
    expect(written).not.toContain('Your support helps us');
    expect(written.endsWith('\n')).toBe(false);
    for (const line of written.split('\n')) expect(seedInput.toString('utf8')).toContain(line);
  });

  it('keeps CRLF line endings and the file mode, and rewrites only files that change', async () => {
    const root = workspace();
    chmodSync(join(root, 'crlf.txt'), 0o640);
    const clean = statSync(join(root, 'clean.txt'));
    const before = readFileSync(join(root, 'crlf.txt'), 'utf8');
    expect((await runPith(['-w', '-q', 'crlf.txt', 'clean.txt'], { cwd: root })).code).toBe(0);
    const after = readFileSync(join(root, 'crlf.txt'), 'utf8');
    expect(after).not.toBe(before);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of after.split('\r\n').filter(Boolean)) expect(before).toContain(line + '\r\n');
    expect(statSync(join(root, 'crlf.txt')).mode & 0o777).toBe(0o640);
    const cleanAfter = statSync(join(root, 'clean.txt'));
    expect([cleanAfter.ino, cleanAfter.mtimeMs]).toEqual([clean.ino, clean.mtimeMs]);
  });

  it('changes nothing the second time, and --check passes afterwards', async () => {
    const root = workspace();
    await runPith(['--write', '*.txt'], { cwd: root });
    const first = Object.fromEntries(readdirSync(root).map((name) => [name, readFileSync(join(root, name))]));
    const second = await runPith(['--write', '*.txt'], { cwd: root });
    expect(second.stderr).toMatch(/^pith: 3 files, 0 rewritten: /);
    for (const [name, bytes] of Object.entries(first)) expect(readFileSync(join(root, name))).toEqual(bytes);
    expect((await runPith(['--check', '*.txt'], { cwd: root })).code).toBe(0);
  });

  it('leaves Markdown front matter, fenced code and pith-ignore regions alone', async () => {
    const root = workspace();
    const markdown = [
      '---',
      'title: Share on Facebook',
      '---',
      '',
      '# The harbour plan',
      '',
      'The council met on Tuesday evening to discuss the new harbour plan, which residents and the port authority have debated for months.',
      '',
      'Share on Facebook',
      '',
      '<!-- pith-ignore-start -->',
      'Subscribe to our newsletter',
      '<!-- pith-ignore-end -->',
      '',
      '```text',
      'Sign up for our newsletter',
      '```',
      '',
      'The plan was approved by a large majority of the councillors present, and work is expected to begin in the spring.',
      '',
    ].join('\n');
    writeFileSync(join(root, 'post.md'), markdown);
    const check = await runPith(['--check', '-q', 'post.md'], { cwd: root });
    expect(check.stdout).toMatch(/^post\.md:9:1  share\s+share-bar\s+"Share on Facebook"\n/m);
    const reported = [...check.stdout.matchAll(/^post\.md:(\d+):/gm)].map((match) => Number(match[1]));
    for (const protectedLine of [1, 2, 3, 11, 12, 13, 15, 16, 17]) expect(reported).not.toContain(protectedLine);
    await runPith(['--write', 'post.md'], { cwd: root });
    const written = readFileSync(join(root, 'post.md'), 'utf8');
    expect(written).toMatch(/^---\ntitle: Share on Facebook\n---\n\n/);
    expect(written).toContain(
      '\n<!-- pith-ignore-start -->\nSubscribe to our newsletter\n<!-- pith-ignore-end -->\n\n```text\nSign up for our newsletter\n```\n',
    );
    expect(written).not.toContain('\nShare on Facebook');
    expect(written).not.toMatch(/\n\n\n/); // paragraphs stay one blank line apart
  });

  it('keeps the encoding: UTF-16 and UTF-8 byte-order marks are written back', async () => {
    const root = workspace();
    const text = seedInput.toString('utf8');
    writeFileSync(join(root, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(root, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect((await runPith(['-w', 'utf16.txt', 'bom.txt'], { cwd: root })).code).toBe(0);
    const cleaned = seedCleaned;
    expect(readFileSync(join(root, 'utf16.txt'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cleaned, 'utf16le')]));
    expect(readFileSync(join(root, 'bom.txt'))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cleaned)]));
  });

  it('does not rewrite a file with invalid UTF-8 (its bytes would be lost), and does the rest', async () => {
    const root = workspace();
    const latin1 = Buffer.concat([seedInput, Buffer.from('\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(join(root, 'latin1.txt'), latin1);
    const run = await runPith(['-w', 'latin1.txt', 'seed.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pith: latin1.txt: invalid UTF-8; not rewritten (its bad bytes would be lost)\n');
    expect(readFileSync(join(root, 'latin1.txt'))).toEqual(latin1);
    expect(readFileSync(join(root, 'seed.txt'), 'utf8')).toBe(seedCleaned);
  });

  it('refuses stdin', async () => {
    const run = await runPith(['--write', '-'], { stdin: 'text' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pith: --write: stdin has no file to write to; give file names\n');
  });
});

describe('no user file is truncated or half-written', () => {
  it('reports a read-only target and still does the other files', async () => {
    const root = workspace();
    let folder: string | undefined;
    let release: () => void;
    if (!isRoot) {
      folder = join(root, 'locked');
      mkdirSync(folder);
      writeFileSync(join(folder, 'a.txt'), seedInput);
      chmodSync(folder, 0o555);
      release = () => chmodSync(folder!, 0o755);
    } else {
      // root writes through permissions; a read-only file system stops everyone.
      folder = mountTmpfs('size=1m');
      if (!folder) return console.warn('skipped: cannot mount a tmpfs here to make a read-only folder');
      writeFileSync(join(folder, 'a.txt'), seedInput);
      spawnSync('mount', ['-o', 'remount,ro', folder]);
      const mounted = folder;
      release = () => unmount(mounted);
    }
    try {
      const run = await runPith(['--write', join(folder, 'a.txt'), 'seed.txt'], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(
          `^pith: ${join(folder, 'a.txt')}: (cannot be written \\(read-only file system\\); not rewritten|cannot create a temporary file in .* \\(permission denied\\); nothing written)$`,
          'm',
        ),
      );
      expect(readFileSync(join(folder, 'a.txt'))).toEqual(seedInput);
      expect(readFileSync(join(root, 'seed.txt'), 'utf8')).toBe(seedCleaned);
    } finally {
      release();
    }
  });

  it('reports a full disk and leaves the file and no temporary file behind', async () => {
    const disk = mountTmpfs('size=128k');
    if (!disk) return console.warn('skipped: cannot mount a small tmpfs here (needs root)');
    try {
      writeFileSync(join(disk, 'article.txt'), seedInput);
      // Fill the rest of the file system.
      try {
        for (let i = 0; ; i++) writeFileSync(join(disk, `filler-${i}`), Buffer.alloc(16 * 1024, 120));
      } catch {
        /* ENOSPC: full */
      }
      const run = await runPith(['--write', 'article.txt'], { cwd: disk });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('pith: article.txt: no space left on device\n');
      expect(readFileSync(join(disk, 'article.txt'))).toEqual(seedInput);
      expect(readdirSync(disk).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      unmount(disk);
    }
  });

  it('killed mid-batch, every file is either as it was or completely cleaned', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pith-kill-'));
    const count = 600;
    for (let i = 0; i < count; i++) writeFileSync(join(root, `${String(i).padStart(3, '0')}.txt`), seedInput);
    const cleaned = seedCleaned;
    const child = spawn(process.execPath, [BIN, '--write', '-j', '2', '*.txt'], { cwd: root, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill as soon as the batch is under way.
    for (
      let tries = 0;
      tries < 500 && !readdirSync(root).some((name) => name.endsWith('.tmp') || readFileSync(join(root, name), 'utf8') === cleaned);
      tries++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    await exited;
    let done = 0;
    for (const name of readdirSync(root)) {
      if (name.endsWith('.tmp')) continue; // a temporary file may be left; never a user file
      const text = readFileSync(join(root, name), 'utf8');
      expect([seedInput.toString('utf8'), cleaned]).toContain(text);
      if (text === cleaned) done++;
    }
    expect(readdirSync(root).filter((name) => !name.endsWith('.tmp'))).toHaveLength(count);
    expect(done).toBeLessThan(count);
    rmSync(root, { recursive: true, force: true });
    expect(existsSync(root)).toBe(false);
  }, 30_000);
});
