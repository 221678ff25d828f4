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
    // Two cores shared by several runs: a test that loads the corpus may wait its turn for seconds.
    testTimeout: 30_000,
  },
});
