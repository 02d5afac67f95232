import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The web app lives in web/ and is built into dist/web, which the server serves (with an SPA
 * fallback for every GET outside /api). In development, `vite` proxies /api to the server.
 */
export default defineConfig({
  root: path.join(projectRoot, 'web'),
  publicDir: path.join(projectRoot, 'web/public'),
  plugins: [react()],
  build: {
    outDir: path.join(projectRoot, 'dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    // Two entries: the app (index.html) and the script and styles of the pages the server renders
    // (the public door), whose built names the server reads from the manifest.
    manifest: true,
    rollupOptions: {
      input: {
        app: path.join(projectRoot, 'web/index.html'),
        door: path.join(projectRoot, 'web/src/door/entry.ts'),
      },
    },
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
