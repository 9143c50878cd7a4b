/** Builds the web client into dist/web/, served by the API server under /app. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The build runs before every start: keep its output to the list of files.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
