import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (apps/api) listens on 3000; in development the portal proxies to it so the browser
// sees a single origin, which keeps cookies first-party and the API's same-origin check happy.
// 127.0.0.1 rather than localhost: Node may resolve localhost to ::1, where the API (bound to
// 0.0.0.0, IPv4) is not listening.
const API = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    // Must run before react(): it generates src/routeTree.gen.ts and splits each route's code.
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
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
  build: { sourcemap: true },
});
