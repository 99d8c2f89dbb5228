import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { precompress } from './vite-precompress';

/** In development, /portal and its pages get portal.html, as the server gives them in production. */
const portalPages = (): Plugin => ({
  name: 'xinfang-portal-pages',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/portal(\/[^.]*)?(\?.*)?$/.test(req.url)) req.url = '/portal.html';
      next();
    });
  },
});

export default defineConfig({
  plugins: [react(), portalPages(), precompress()],
  // The shared vocabulary is compiled from its TypeScript source (the `source` export condition).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  // Two entries: the staff app (index.html) and the public portal (portal.html), which shares no chunk with antd.
  // Pages load lazily; the shared antd chunk is the largest (docs/PERFORMANCE.md § Measurements behind code choices),
  // so warn well below the old single bundle.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: { input: { main: 'index.html', portal: 'portal.html' } },
  },
});
