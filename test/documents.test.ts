// Document fixtures: fixtures/documents/<name>/input.txt must clean to expected.txt exactly,
// both through the library and through the real command line.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strip } from '../src/index.js';
import { runPith } from './helpers.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'documents');
const names = readdirSync(root).sort();

describe.each(names)('fixture %s', (name) => {
  const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
  const expected = readFileSync(join(root, name, 'expected.txt'), 'utf8');

  it('strip() returns the expected text', () => {
    expect(strip(input).text).toBe(expected);
  });

  it('`pith input.txt` prints the expected text', async () => {
    const { stdout, code } = await runPith([join(root, name, 'input.txt')]);
    expect(code).toBe(0);
    expect(stdout).toBe(expected);
  });

  it('cleaning the cleaned text removes nothing more', () => {
    expect(strip(expected).text).toBe(expected);
  });
});

it('has the founding example among the fixtures', () => {
  expect(names).toContain('seed-independent');
});
