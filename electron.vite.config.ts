import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { RENDERER_CSP } from './main/api/csp';

const root = import.meta.dirname;

/** Files the main process reads from disk next to its bundle: the migrations (main/db/migrations.ts) and resources. */
function copyRuntimeFiles(): Plugin {
  const copy = (from: string, to: string) => {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) copy(path.join(from, entry.name), path.join(to, entry.name));
      else fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
    }
  };
  return {
    name: 'relais-copy-runtime-files',
    closeBundle() {
      copy(path.join(root, 'main/db/migrations'), path.join(root, 'out/main/migrations'));
      // Texts the main process reads at run time (main/domain/common/resources.ts), e.g. the default charter.
      copy(path.join(root, 'resources/charter'), path.join(root, 'out/main/resources/charter'));
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
    plugins: [copyRuntimeFiles()],
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
