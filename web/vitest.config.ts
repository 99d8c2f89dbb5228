import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two tiers: pure unit tests (*.test.ts, Node) and component tests (*.test.tsx) that render the real antd components
// in jsdom and drive them as a user would (Testing Library).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts'] } },
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
