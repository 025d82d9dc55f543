/**
 * `npm run build:cli` (run by `npm ci` as `prepare`): the CLI and its worker as plain JavaScript
 * modules in cli/dist, so `sift` starts without a TypeScript loader. Dependencies (linkedom,
 * Readability) stay imports from node_modules.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // No public/ copying, no .env reading: this is a Node program.
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: here('./dist'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { sift: here('./sift.ts'), worker: here('./worker.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs' },
    },
  },
});
