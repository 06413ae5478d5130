/**
 * Jest runs the TypeScript sources as ESM (chalk 5 is ESM-only). ts-jest only transpiles, file by
 * file, because tsconfig.json sets `isolatedModules` (ts-jest 29 reads it from there; its own
 * option of that name is deprecated); type checking is `npm run typecheck`.
 */
/** Test files that `npm test` leaves to `npm run test:integration`. */
const INTEGRATION_TESTS = ['/__tests__/system/precommit\\.test\\.ts$', '/__tests__/system/dask\\.test\\.ts$'];

export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  // Tests run the CLI as a process; on a loaded 2-core machine one can take seconds. A hang still fails.
  testTimeout: 60_000,
  // Jest's default on 2 cores is one worker, in band: every CLI test then waits on its process with
  // the other core idle. Two workers keep both busy.
  maxWorkers: 2,
  roots: ['<rootDir>/__tests__'],
  // Beside the tests, __tests__/ holds their helpers (helpers.ts, system/patterns.ts, global-setup.mjs).
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Tests of pith inside other tools that Node does not bring (the pre-commit framework, a Dask
  // cluster: Debian packages) run as `npm run test:integration`, which CI runs after npm test.
  testPathIgnorePatterns: process.env.PITH_INTEGRATION === '1' ? ['/node_modules/'] : ['/node_modules/', ...INTEGRATION_TESTS],
  // Fails at once when src/ or cli/ changed after the last build: the CLI tests run the bundle.
  globalSetup: '<rootDir>/__tests__/global-setup.mjs',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
};
