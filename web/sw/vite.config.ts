import { defineConfig } from 'vite';

/**
 * The offline worker (offline.ts), built after the app into its dist as /sw.js: one self-contained classic script
 * (a module worker is not yet everywhere), at an address that does not change with its content, as a worker's must
 * not; served no-cache like the pages (server/src/http/web-files.ts), so a new release's is seen at once.
 */
export default defineConfig({
  publicDir: false,
  // Workbox's checks and logs are for development; a library build leaves process.env to its user, and a worker has none.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    minify: true,
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'sw/offline.ts', formats: ['iife'], name: 'xinfangOffline', fileName: () => 'sw.js' },
  },
});
