import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
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

/**
 * The staff page starts with src/boot.ts, an entry of its own loaded `async` (with its imports preloaded), so it runs as
 * soon as it arrives rather than after the app's larger files: as one more script of index.html it would be bundled
 * into the app's entry and wait for all of it.
 */
const bootFirst = (): Plugin => ({
  name: 'xinfang-boot-first',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      if (!ctx.filename.endsWith('index.html')) return;
      if (ctx.server) return [{ tag: 'script', attrs: { type: 'module', src: '/src/boot.ts' }, injectTo: 'head-prepend' }];
      const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
      if (boot?.type !== 'chunk') throw new Error('the boot entry is missing from the build');
      const tags: HtmlTagDescriptor[] = [
        { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: '/' + boot.fileName }, injectTo: 'head-prepend' },
        ...boot.imports.map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: '/' + file },
          injectTo: 'head-prepend',
        })),
      ];
      return tags;
    },
  },
});

export default defineConfig({
  plugins: [react(), portalPages(), bootFirst(), precompress()],
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
    rolldownOptions: {
      input: { main: 'index.html', portal: 'portal.html', boot: 'src/boot.ts' },
      // React in a chunk of its own: otherwise it rides in the small chunk the boot script shares with the app, which
      // must then arrive before that script can run.
      // The shared vocabulary's small modules in one chunk too: split by the entries and pages that use each, they made
      // six files of a few hundred bytes each, which held the first screen's reads back (HTTP/1.1: six at a time).
      // events.ts stays out: it brings zod.
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'vocabulary', test: /[\\/]packages[\\/]domain[\\/]src[\\/](?!events)\w+\.ts$/ },
          ],
        },
      },
    },
  },
});
