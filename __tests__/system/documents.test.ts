// Document fixtures: fixtures/documents/<name>/input.txt must clean to expected.txt exactly, both
// through the library and through the real command line, and every block's decision must match
// decisions.tsv (so a changed decision shows up as a named one-line diff). The command line cleans
// them all in one `pith --out-dir` run per view (a process per document cost ~0.5 s each), and
// prints one document per view to standard output. meta.json's "view" is
// passed where a document has one (default: auto). expected.txt and decisions.tsv pin today's
// behaviour; regenerate them with `node scripts/fixtures.mjs --update` (after `npm run build`)
// and review the diff. How good that behaviour is, against gold.txt, is __tests__/system/regression.test.ts.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strip } from '../../src/index.js';
import type { BlockDecision, StripOptions } from '../../src/index.js';
import { runPith, scratchDir } from '../helpers.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const names = readdirSync(root).sort();

/**
 * Documents whose cleaned text loses more when cleaned again (a bug, not a wish: the test fails
 * when one becomes idempotent, so delete its line then).
 */
const NOT_IDEMPOTENT: Record<string, string> = {};

const viewOf = (name: string): 'blocks' | 'wrapped' | undefined => {
  const metaFile = join(root, name, 'meta.json');
  return existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { view?: 'blocks' | 'wrapped' }).view : undefined;
};
const views = [...new Set(names.map(viewOf))];

let decisionsTsv: (blocks: BlockDecision[]) => string;
/** The folder `pith --out-dir` wrote each view's documents to (at <name>/input.txt). */
const cleanedBy = new Map<string | undefined, string>();
beforeAll(async () => {
  ({ decisionsTsv } = (await import('../../scripts/fixture-lib.mjs' as string)) as { decisionsTsv: typeof decisionsTsv });
  const out = scratchDir('pith-documents-');
  await Promise.all(
    views.map(async (view) => {
      const dir = join(out, view ?? 'auto');
      const inputs = names.filter((name) => viewOf(name) === view).map((name) => join(name, 'input.txt'));
      const run = await runPith([...(view ? ['--view', view] : []), '-q', '--out-dir', dir, ...inputs], { cwd: root });
      expect({ view, code: run.code, stderr: run.stderr }).toEqual({ view, code: 0, stderr: '' });
      cleanedBy.set(view, dir);
    }),
  );
});

describe.each(names)('fixture %s', (name) => {
  const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
  const expected = readFileSync(join(root, name, 'expected.txt'), 'utf8');
  const view = viewOf(name);
  const options: StripOptions = view ? { view } : {};

  it('strip() returns the expected text', () => {
    expect(strip(input, options).text).toBe(expected);
  });

  it('every decision matches decisions.tsv', () => {
    const pinned = readFileSync(join(root, name, 'decisions.tsv'), 'utf8');
    expect(decisionsTsv(strip(input, options).blocks)).toBe(pinned);
  });

  it('`pith --out-dir DIR input.txt` writes the expected text', () => {
    expect(readFileSync(join(cleanedBy.get(view)!, name, 'input.txt'), 'utf8')).toBe(expected);
  });

  // One document of each view through standard output as well (the first in order).
  if (names.find((other) => viewOf(other) === view) === name) {
    it('`pith input.txt` prints the expected text', async () => {
      const { stdout, code } = await runPith([...(view ? ['--view', view] : []), join(root, name, 'input.txt')]);
      expect(code).toBe(0);
      expect(stdout).toBe(expected);
    });
  }

  if (name in NOT_IDEMPOTENT) {
    it(`cleaning the cleaned text still removes more (known: ${NOT_IDEMPOTENT[name]})`, () => {
      expect(strip(expected).text).not.toBe(expected);
    });
  } else {
    it('cleaning the cleaned text removes nothing more', () => {
      expect(strip(expected).text).toBe(expected);
    });
  }
});

it('has the founding example among the fixtures', () => {
  expect(names).toContain('seed-independent');
});
