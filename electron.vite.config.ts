import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { RENDERER_CSP } from './main/api/csp';

const root = import.meta.dirname;

/** The migrations are read from disk next to the main bundle (see main/db/migrations.ts). */
function copyMigrations(): Plugin {
  return {
    name: 'relais-copy-migrations',
    closeBundle() {
      const from = path.join(root, 'main/db/migrations');
      const to = path.join(root, 'out/main/migrations');
      fs.mkdirSync(to, { recursive: true });
      for (const file of fs.readdirSync(from).filter((name) => name.endsWith('.sql'))) {
        fs.copyFileSync(path.join(from, file), path.join(to, file));
      }
    },
  };
}

/** One CSP for the app:// window and the HTTP bridge, written into index.html from main/api/csp.ts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'relais-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) =>
        context.server
          ? html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
          : html.replace('%RELAIS_CSP%', RENDERER_CSP),
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: path.join(root, 'main/shell/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: path.join(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path.join(root, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: path.join(root, 'out/renderer'),
      rollupOptions: { input: path.join(root, 'renderer/index.html') },
      chunkSizeWarningLimit: 2500,
      // Fonts stay files: the CSP allows fonts from the app itself only, not data: URLs.
      assetsInlineLimit: 0,
    },
  },
});
