import { defineConfig } from 'vitest/config';

// The shared vocabulary is read from its TypeScript source (the `source` export condition), never a stale build.
export default defineConfig({
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
