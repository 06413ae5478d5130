// When the engine switches from its cold paths to its warm ones, in one place, and the one switch
// that pins either. Every pair gives the same answers (__tests__/src/rules/literal-gate.test.ts,
// __tests__/src/features/features.test.ts and __tests__/src/rules/learned/tree.test.ts hold them to it, with each path pinned); they differ
// only in what they cost. A warm path has a set-up cost (making a WebAssembly module, a table, an
// automaton) that a short run would not earn back, so `auto` takes it once a run has done enough
// work; `js` never takes it, `wasm` from the first call (tests, and `--explain` debugging with
// PITH_ENGINE=js|wasm, which the CLI reads and passes as StripOptions.engine).

/**
 * Which paths the engine takes. `auto`: the warm ones once the run has done the work below; `js`:
 * plain JavaScript always (no WebAssembly kernel, no stopword key table, no literal index);
 * `wasm`: the warm ones from the first call (the WebAssembly kernels where WebAssembly exists,
 * the key table, the literal indexes).
 */
export type EnginePath = 'auto' | 'js' | 'wasm';

export const ENGINE_PATHS: readonly EnginePath[] = ['auto', 'js', 'wasm'];

/** Characters counted by countWords before the block-counting module is made (features/block-counts.ts). */
export const WASM_AFTER_CHARS = 1 << 16;
/** Tokens counted before a stopword set's key table is built; before, the Set answers (features/tokenize.ts). */
export const TABLE_AFTER_TOKENS = 4096;
/** Rows walked by descent before the forest's WebAssembly walk is made (rules/learned/tree.ts). */
export const WASM_AFTER_ROWS = 4096;
/** Texts a pattern search (a document rule's) runs before it indexes its patterns' literals (rules/phrases.ts). */
export const INDEX_AFTER_CALLS = 256;

let pinned: EnginePath = 'auto';

/** The path in force (StripOptions.engine during a strip, else `auto`). */
export function enginePath(): EnginePath {
  return pinned;
}

/** Runs `work` with `path` in force (synchronously: strip is), then restores the one before. */
export function withEnginePath<T>(path: EnginePath | undefined, work: () => T): T {
  if (path === undefined || path === pinned) return work();
  const before = pinned;
  pinned = path;
  try {
    return work();
  } finally {
    pinned = before;
  }
}

/** Whether to take a warm path, having done `done` units of work where `auto` waits for `after`. */
export function warm(done: number, after: number): boolean {
  return pinned === 'auto' ? done >= after : pinned === 'wasm';
}
