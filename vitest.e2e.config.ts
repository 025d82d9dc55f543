import { defineConfig } from 'vitest/config';

// End-to-end suite: drives the built extension in real Chromium. One browser at a time
// (the CI machine has 2 cores), so files run one after another in a single fork.
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
    // The Firefox smoke test speaks WebDriver BiDi over the WebSocket that Node 22 has built in.
    execArgv: Number(process.versions.node.split('.')[0]) < 22 ? ['--experimental-websocket'] : [],
  },
});
