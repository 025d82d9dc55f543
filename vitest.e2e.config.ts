import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end suite: drives the built extension in real Chromium and Firefox ESR. One browser at
// a time (the CI machine has 2 cores), so files run one after another in a single fork.
export default defineConfig({
  // The extension's own `@/` paths, for the pure modules a test computes its expectations with
  // (the save writers, the engine and its forced-clean options); nothing that reaches `browser.*` is
  // imported into this Node suite.
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
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
