import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Two tiers: pure unit tests (*.test.ts, Node) and component tests (*.test.tsx) that render the real antd components
// in jsdom and drive them as a user would (Testing Library).
// The shared vocabulary is read from its TypeScript source (the `source` export condition), never a stale build.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  test: {
    projects: [
      {
        extends: true,
        ssr: { resolve: { conditions: ['source'] } },
        test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        // A user's clicks and typing through antd take seconds on a loaded machine.
        test: {
          name: 'component',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
