/// <reference types="vitest/config" />
// Vite builds the Word add-in task pane (and its preview) into dist/addin; Vitest runs every test project.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  root: resolve(root, 'addin'),
  publicDir: resolve(root, 'addin/public'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(root, 'dist/addin'),
    emptyOutDir: true,
    // React + Fluent UI make one ~600 kB chunk; fine for a task pane served from localhost.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        taskpane: resolve(root, 'addin/taskpane.html'),
        preview: resolve(root, 'addin/preview.html'),
      },
    },
  },
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true },
  test: {
    root,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root,
          include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'addin/**/*.test.{ts,tsx}', 'extension/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root,
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
