// The WebAssembly modules in the repository are what scripts/wasm.mjs makes of their text
// (forest-walk.wat, itself generated; count-words.wat, written by hand): a change to either text
// without `npm run wasm` fails here, not at run time.

import fs from 'node:fs';

describe('generated WebAssembly (npm run wasm)', () => {
  it('is up to date with its WebAssembly text', async () => {
    const { generate } = (await import('../scripts/wasm.mjs' as string)) as { generate(): Promise<[string, string][]> };
    const files = await generate();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const [file, content] of files) expect({ file, content: fs.readFileSync(file, 'utf8') }).toEqual({ file, content });
  });
});
