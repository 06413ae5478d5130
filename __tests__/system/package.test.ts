// The published package works as a user gets it: `npm pack` (what npm publish uploads: package.json
// "files"), installed globally into a fresh prefix, and its `pith` command run from there: the
// version, a check that finds chrome (exit 1), and a fixture cleaned to its expected text. The
// library entry ("exports", "types") is imported from the installed copy too. `npm run pack-check`
// runs this test alone, after publint (package.json fields against the files).
//
// The install takes the dependencies from npm's cache (--prefer-offline): the network is used only
// for one the cache lacks (a fresh machine's first run).

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { scratchDir } from '../helpers.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const fixture = join(root, 'fixtures', 'documents', 'harbour-solar');

/** Runs the installed `pith` with `stdin`; resolves with its exit code and output (a non-zero exit is not an error here). */
function pith(bin: string, args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(bin, args, { env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
    child.stdin!.end(stdin);
  });
}

describe('the packed package, installed globally', () => {
  const dir = scratchDir('pith-pack-');
  const prefix = join(dir, 'prefix');
  let tarball = '';

  beforeAll(async () => {
    // --ignore-scripts: npm test has just built dist/ (__tests__/global-setup.mjs checks that it is fresh).
    const packed = await run('npm', ['pack', root, '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: dir });
    tarball = join(dir, packed.stdout.trim().split('\n').pop()!);
    await run(
      'npm',
      ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
      { cwd: dir },
    );
  }, 180_000);

  it('packs the files the package needs and no build caches', async () => {
    const { stdout } = await run('tar', ['tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    for (const needed of [
      'package/bin/pith.js',
      'package/dist/bundle/cli.js',
      'package/dist/src/index.js',
      'package/dist/src/index.d.ts',
      'package/schema/pith-output.schema.json',
      'package/README.md',
    ]) {
      expect(files).toContain(needed);
    }
    expect(
      files.filter((file) => file.endsWith('.tsbuildinfo') || file.startsWith('package/__tests__/') || file.startsWith('package/src/')),
    ).toEqual([]);
  });

  it('runs `pith --version`, `pith --check` and cleans a fixture from the installed bin', async () => {
    const bin = join(prefix, 'bin', 'pith');
    const [version, check, cleaned] = await Promise.all([
      pith(bin, ['--version'], ''),
      pith(bin, ['--check'], 'Share on Facebook\n'),
      pith(bin, ['--view', 'blocks', join(fixture, 'input.txt')], ''),
    ]);
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('share-bar');
    expect(cleaned).toEqual({ code: 0, stdout: readFileSync(join(fixture, 'expected.txt'), 'utf8'), stderr: '' });
  });

  it('exports the library with its types from the installed copy', async () => {
    const installed = join(prefix, 'lib', 'node_modules', pkg.name);
    expect(existsSync(join(installed, 'dist', 'src', 'index.d.ts'))).toBe(true);
    const library = (await import(pathToFileURL(join(installed, 'dist', 'src', 'index.js')).href)) as typeof import('../../src/index.js');
    expect(library.strip('A headline\nShare on Facebook\n').text).toBe('A headline\n');
  });
});
