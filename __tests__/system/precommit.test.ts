// The pre-commit hooks for real: the pre-commit framework installs this checkout as a node hook
// repository (.pre-commit-hooks.yaml), refuses a commit that adds chrome (pith-check), and
// pith-fix removes it, with pre-commit running several pith processes at once over the files.

import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { parse } from 'yaml';
import { strip } from '../../src/index.js';
import { fixText } from '../../cli/edit.js';
import { scratchDir } from '../helpers.js';

const checkout = join(import.meta.dirname, '..', '..');
const fixtures = join(checkout, 'fixtures', 'documents');
const article = readFileSync(join(fixtures, 'seed-independent', 'input.txt'));
/** What pith-fix should leave (the library's edit; the rule set's quality is tested elsewhere). */
const cleaned = fixText(article.toString('utf8'), (text) => strip(text)).text;

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = preCommit.status === 0;
/**
 * Why, in the suite's name (jest --verbose, reporters, IDEs) and on the console. Jest prints
 * nothing at all, console included, for a file whose tests are all skipped when it runs several
 * files: the snippet test below always runs, so the note shows in `npm test` too.
 */
const skipped = 'skipped: the `pre-commit` framework is not installed; apt install pre-commit (.ci/run installs it)';
if (!available) console.warn(`pre-commit hooks: ${skipped}`);

describe("README's pre-commit snippet", () => {
  it("names package.json's repository, the tag of its version, and hooks that .pre-commit-hooks.yaml defines", () => {
    const readme = readFileSync(join(checkout, 'README.md'), 'utf8');
    const snippet = /```yaml\n(# \.pre-commit-config\.yaml\n[^]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    const [entry] = (parse(snippet!) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] }).repos;
    const pkg = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };
    expect(`git+${entry!.repo}.git`).toBe(pkg.repository.url);
    expect(entry!.rev).toBe(`v${pkg.version}`);
    const defined = (parse(readFileSync(join(checkout, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((hook) => hook.id);
    expect(defined).toEqual(['pith-check', 'pith-fix']);
    for (const hook of entry!.hooks) expect(defined).toContain(hook.id);
  });
});

// pre-commit installs a node hook repository as if from git: `npm install` with the dev
// dependencies (which runs `prepare`, the build), `npm pack` (the build again), `npm install -g` of
// the tarball. From this checkout's source that takes one to two minutes here, most of the suite's
// time budget, and proves what other tests prove already: that `npm install` builds from a clean
// checkout (CI's own install) and that the packed tarball installs and runs (package.test.ts). So
// by default the hook repository is this checkout as it packs, already built (the files `npm pack`
// takes, a package.json without the build step and dev dependencies), and pre-commit installs that:
// its hooks, entries, file filters, parallel runs and exit codes are what is tested here.
// PITH_PRECOMMIT_FROM_SOURCE=1 (`npm run test:integration` sets it) gives pre-commit the source
// instead, tracked and new files as they are, and it builds them as a user's pre-commit does.
//
// pre-commit keeps a repository's environment in PRE_COMMIT_HOME per repository and revision
// (`pre-commit try-repo` would not: it uses a store of its own). So the snapshot lives in a stable
// cache folder at a path named by its commit, and a fixed identity and date make that commit depend
// on the content only: an unchanged checkout reuses the environment it built (as a user's second
// commit does), and any change makes a new snapshot, installed afresh.
const fromSource = process.env.PITH_PRECOMMIT_FROM_SOURCE === '1';
const cache = join(checkout, 'node_modules', '.cache', 'pith-pre-commit');
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'pith test',
  GIT_AUTHOR_EMAIL: 'test@pith.invalid',
  GIT_COMMITTER_NAME: 'pith test',
  GIT_COMMITTER_EMAIL: 'test@pith.invalid',
  GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2000-01-01T00:00:00Z',
  PRE_COMMIT_HOME: join(cache, 'home'),
  PRE_COMMIT_COLOR: 'never',
  // npm inside pre-commit: packages from npm's cache when it has them, no audit or funding requests.
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: gitEnv });
}

function git(args: string[], cwd: string): string {
  const result = run('git', args, cwd);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** The checkout's tracked and new files (not ignored ones): what a commit of it would hold. */
function sourceFiles(): string[] {
  const files = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], checkout).split('\0').filter(Boolean);
  return files.filter((file) => existsSync(join(checkout, file))); // deleted but not yet staged
}

/** The files `npm pack` puts in the package (dist/ as `npm test` built it), without running the build. */
function packedFiles(): string[] {
  const packed = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], checkout);
  if (packed.status !== 0) throw new Error(`npm pack --dry-run: ${packed.stderr}`);
  return (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
}

/** package.json as installed from a registry: no build step, no dev dependencies. */
function builtPackageJson(): string {
  const pkg = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete pkg.devDependencies;
  delete pkg.scripts;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * This checkout (as it packs, or its source), committed in a repository of its own at
 * `<cache>/hook-<commit>` (kept there when one with that commit is there already).
 */
function snapshotOfCheckout(): { repo: string; rev: string } {
  mkdirSync(cache, { recursive: true });
  const repo = mkdtempSync(join(cache, 'snapshot-'));
  for (const file of fromSource ? sourceFiles() : [...packedFiles(), '.pre-commit-hooks.yaml']) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(checkout, file), join(repo, file));
  }
  if (!fromSource) writeFileSync(join(repo, 'package.json'), builtPackageJson());
  git(['init', '-q'], repo);
  git(['add', '-A', '--force'], repo); // dist/ included, whatever a copied ignore file says
  git(['commit', '-q', '-m', 'snapshot'], repo);
  const rev = git(['rev-parse', 'HEAD'], repo);
  const kept = join(cache, `hook-${rev}`);
  try {
    renameSync(repo, kept);
  } catch {
    rmSync(repo, { recursive: true, force: true }); // the same content is there already (or another run is putting it there)
    utimesSync(kept, new Date(), new Date()); // in use again: not old (forgetOldSnapshots)
  }
  return { repo: kept, rev };
}

/**
 * A run of the test is this long at most: a snapshot older than this, of other content, is no
 * longer in use (another checkout sharing node_modules, or a worktree, may be using a younger one).
 */
const SNAPSHOT_MINUTES = 60;

/**
 * Snapshots of other contents left by earlier runs, and (pre-commit gc) their environments:
 * pre-commit keeps those of configs that still exist, this run's among them.
 */
function forgetOldSnapshots(current: string, user: string): void {
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    const old = Date.now() - statSync(path).mtimeMs > SNAPSHOT_MINUTES * 60_000;
    if ((name.startsWith('hook-') || name.startsWith('snapshot-')) && path !== current && old)
      rmSync(path, { recursive: true, force: true });
  }
  expect(run('pre-commit', ['gc'], user).status).toBe(0);
}

const installed = fromSource ? 'built by pre-commit from the source' : 'this checkout as it packs';
(available ? describe : describe.skip)(available ? `pre-commit hooks (${installed})` : `pre-commit hooks (${skipped})`, () => {
  it('pith-check refuses a commit with chrome; pith-fix removes it (several processes at once); then the commit goes in', () => {
    const hooks = snapshotOfCheckout();
    const user = scratchDir('pith-user-repo-');
    git(['init', '-q'], user);
    writeFileSync(
      join(user, '.pre-commit-config.yaml'),
      // pith-fix on demand (`pre-commit run pith-fix --hook-stage manual`): both hooks share the repository's environment,
      // where `pre-commit try-repo` would build a second one in a store of its own.
      `repos:\n  - repo: ${hooks.repo}\n    rev: ${hooks.rev}\n    hooks:\n      - id: pith-check\n      - id: pith-fix\n        stages: [manual]\n`,
    );
    const names = Array.from({ length: 8 }, (_, i) => `article-${i}.txt`);
    for (const name of names) writeFileSync(join(user, name), article);
    writeFileSync(join(user, 'notes.py'), 'print("Subscribe to our newsletter")\n'); // not a text/Markdown file: not checked
    expect(run('pre-commit', ['install'], user).status).toBe(0);
    git(['add', '-A'], user);

    const refused = run('git', ['commit', '-m', 'add articles'], user);
    expect(refused.status).not.toBe(0);
    const output = refused.stdout + refused.stderr; // git shows a hook's output on stderr
    expect(output).toMatch(/pith \(no chrome in text\)\.+Failed/);
    expect(output).toMatch(/^article-0\.txt:3:1 +donation\s+donation-appeal\s+"Your support helps us/m);
    expect(run('git', ['rev-parse', '--verify', 'HEAD'], user).status).not.toBe(0); // nothing was committed

    const fixed = run('pre-commit', ['run', 'pith-fix', '--hook-stage', 'manual', '--files', ...names, 'notes.py'], user);
    expect(fixed.status).toBe(1); // pre-commit fails a hook that changed files, so that they are reviewed
    expect(fixed.stdout).toMatch(/pith \(remove chrome\)\.+Failed/);
    expect(fixed.stdout).toContain('files were modified by this hook');
    for (const name of names) expect(readFileSync(join(user, name), 'utf8')).toBe(cleaned);
    expect(readFileSync(join(user, 'notes.py'), 'utf8')).toContain('Subscribe');

    git(['add', '-A'], user);
    const accepted = run('git', ['commit', '-m', 'add articles'], user);
    expect(accepted.stdout + accepted.stderr).toMatch(/pith \(no chrome in text\)\.+Passed/);
    expect(accepted.status).toBe(0);
    forgetOldSnapshots(hooks.repo, user);
  }, 300_000);
});
