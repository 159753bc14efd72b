import fs from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, log: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('matches electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships the prebuilt SQLite binding as is and closes the Electron fuses', () => {
    expect(config).toMatchObject({
      npmRebuild: false,
      asarUnpack: ['**/*.node'],
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
      },
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      nsis: { oneClick: false, perMachine: false },
    });
    // An empty list would let the deb install where Electron's libraries are missing.
    expect((config.deb as { depends?: unknown } | undefined)?.depends).toBeUndefined();
  });

  it('gives the deb the project page and maintainer electron-builder refuses to build it without', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { homepage?: string; author?: { name?: string; email?: string } };
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author).toEqual({ name: expect.any(String), email: expect.stringContaining('@') });
  });
});
