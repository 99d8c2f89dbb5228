import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './vite-precompress';

export default defineConfig({
  plugins: [react(), precompress()],
  // The shared vocabulary is compiled from its TypeScript source (the `source` export condition).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  // Pages load lazily; the shared antd chunk is the largest (docs/PERFORMANCE.md § Measurements behind code choices), so warn well below the old
  // single bundle.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
});
