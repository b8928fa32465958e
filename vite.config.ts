import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadTreePlugin } from './web/src/build/preloadTreePlugin';
import { embedBuildPlugins } from './web/src/embed/embedBuildPlugins';

// The app lives in web/, its static files (articles, demo page) in public/, the build in dist/.
export default defineConfig({
  root: resolve(import.meta.dirname, 'web'),
  publicDir: resolve(import.meta.dirname, 'public'),
  base: './',
  // Not a single-page app: a missing article must be a 404, not index.html served in its place.
  appType: 'mpa',
  plugins: [
    react(),
    // The pages' entries import their React tree after starting the parse; the tree downloads at once.
    preloadTreePlugin(),
    // The embed (issue 4): dist/embed.js, the loader, built apart as a classic script; size budgets.
    embedBuildPlugins({
      loaderEntry: resolve(import.meta.dirname, 'web/src/embed/loader.ts'),
      embedPage: resolve(import.meta.dirname, 'web/embed.html'),
    }),
  ],
  resolve: {
    // vis-timeline's HTML filter: every string it would filter is escaped instead (see the module).
    alias: [{ find: /^xss$/, replacement: resolve(import.meta.dirname, 'web/src/timeline/textInsteadOfXss.ts') }],
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // Every browser the app supports preloads modules itself; the polyfill would cost the embed 0.6 kB.
    modulePreload: { polyfill: false },
    // rolldownOptions: Vite 8 bundles with Rolldown; rollupOptions is its deprecated alias.
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'web/index.html'),
        embed: resolve(import.meta.dirname, 'web/embed.html'),
      },
    },
  },
});
