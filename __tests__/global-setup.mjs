// Jest globalSetup: the CLI tests run the built command line (bin/pith.js loads dist/bundle/cli.js),
// so a source edited after the last build would have them test old code without a word. Fails the
// run at once, before any test, when a file under src/ or cli/ (or package.json, bin/) is newer than
// the bundle, or the bundle is missing. `npm test` builds first; after an edit, run `npm run build`
// (incremental: seconds) before `npx jest ...`. PITH_SKIP_BUILD_CHECK=1 skips the check.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The newest file under `target` (a file or a folder), as [mtime in ms, path]. */
function newest(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return [0, target];
  if (!stat.isDirectory()) return [stat.mtimeMs, target];
  let best = [0, target];
  for (const entry of fs.readdirSync(target)) {
    const found = newest(path.join(target, entry));
    if (found[0] > best[0]) best = found;
  }
  return best;
}

export default function checkBuildIsFresh() {
  if (process.env.PITH_SKIP_BUILD_CHECK === '1') return;
  const bundle = path.join(root, 'dist', 'bundle', 'cli.js');
  const built = fs.statSync(bundle, { throwIfNoEntry: false });
  if (!built) throw new Error('pith tests: dist/bundle/cli.js is missing; run `npm run build` first (npm test does).');
  const [changed, file] = ['src', 'cli', 'bin', 'package.json']
    .map((name) => newest(path.join(root, name)))
    .reduce((a, b) => (b[0] > a[0] ? b : a));
  if (changed > built.mtimeMs) {
    throw new Error(
      `pith tests: ${path.relative(root, file)} is newer than the build (dist/bundle/cli.js), so the CLI tests would run old code; run \`npm run build\` first (npm test does).`,
    );
  }
}
