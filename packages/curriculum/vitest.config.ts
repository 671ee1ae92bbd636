import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases and the CLI tests start processes; on a busy two-core
    // machine that can take longer than the 5 s default. This guards against hangs, nothing more.
    testTimeout: 60_000,
  },
});
