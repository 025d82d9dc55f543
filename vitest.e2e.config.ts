import { defineConfig } from 'vitest/config';

// End-to-end suite: drives the built extension in real Chromium and Firefox ESR. One browser at
// a time (the CI machine has 2 cores), so files run one after another in a single fork.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    env: { TZ: 'UTC' },
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
