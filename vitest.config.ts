import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    // content/ is validated and rendered once per run, not once per test file that reads it.
    globalSetup: ['tests/setup/content-snapshot.ts'],
    setupFiles: ['tests/setup/use-snapshot.ts'],
    // Test files in one worker share loaded modules (zod schemas, remark, the corpus snapshot)
    // instead of importing them again per file: about a third of the CPU time of an isolated run.
    // Tests therefore must not leave module state behind (none mocks modules or mutates shared data).
    isolate: false,
    // Two cores shared by several runs: a test that loads the corpus may wait its turn for seconds.
    testTimeout: 30_000,
  },
});
