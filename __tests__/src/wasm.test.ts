// The WebAssembly modules in the repository are what scripts/wasm.mjs makes (forest-walk.wat;
// count-words.wat, from tokenize.ts's constants) and assembles: a change to the generator or to a
// constant without `npm run wasm` fails here, not at run time.

import fs from 'node:fs';
import { COUNT_CONSTANTS } from '../../src/features/tokenize.js';
import { RESULT_WIDTH } from '../../src/features/block-counts.js';

describe('generated WebAssembly (npm run wasm)', () => {
  it('is up to date with its WebAssembly text', async () => {
    const { generate } = (await import('../../scripts/wasm.mjs' as string)) as { generate(constants: object): Promise<[string, string][]> };
    const files = await generate({ ...COUNT_CONSTANTS, RESULT_WIDTH });
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const [file, content] of files) expect({ file, content: fs.readFileSync(file, 'utf8') }).toEqual({ file, content });
  });
});
