import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig } from 'vite';

// The API (apps/api) listens on 3000; in development the portal proxies to it so the browser
// sees a single origin, which keeps cookies first-party and the API's same-origin check happy.
// 127.0.0.1 rather than localhost: Node may resolve localhost to ::1, where the API (bound to
// 0.0.0.0, IPv4) is not listening.
const API = 'http://127.0.0.1:3000';

export default defineConfig(({ mode }) => ({
  plugins: [
    // Must run before react(): it generates src/routeTree.gen.ts and splits each route's code.
    // Loaders are split too (by default they stay in the entry, and with them every feature's
    // api.ts and schemas); each in its own chunk, so a page's data is requested before its
    // component's code has arrived.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      codeSplittingOptions: {
        defaultBehavior: [
          ['loader'],
          ['component'],
          ['pendingComponent'],
          ['errorComponent'],
          ['notFoundComponent'],
        ],
      },
    }),
    react(),
    // `pnpm --filter @preceptor/portal analyze`: what each chunk weighs, compressed, and why it
    // is there (bundle-stats.html, outside dist so it is never served).
    mode === 'analyze' &&
      visualizer({ filename: 'bundle-stats.html', template: 'treemap', gzipSize: true, brotliSize: true }),
  ],
  server: {
    port: 5173,
    strictPort: true,
    // changeOrigin stays false: the API compares Origin with Host, both must remain the portal's.
    proxy: {
      '/trpc': { target: API, changeOrigin: false },
      '/health': { target: API, changeOrigin: false },
      // Certificate PDFs are plain GET downloads from the API, outside tRPC.
      '/certificates': { target: API, changeOrigin: false },
      // List exports and cohort summaries: plain GET downloads too.
      '/exports': { target: API, changeOrigin: false },
    },
  },
  preview: { port: 5173 },
  // The identifier check's worker (features/reflections/identifier-checker.ts) is a module
  // worker: ES output, so it shares the page's module format and CSP ('self').
  worker: { format: 'es' },
  build: { sourcemap: true },
}));
