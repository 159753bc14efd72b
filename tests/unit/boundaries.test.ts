import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
// Spelt in two pieces so that a grep for Electron imports finds only the real ones.
const ELECTRON = ['elec', 'tron'].join('');

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const boundaryRules = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];
  return (result?.messages ?? []).filter((m) => boundaryRules.includes(m.ruleId ?? '')).map((m) => m.message);
}

describe('the process boundaries enforced by ESLint', () => {
  it('refuse Electron outside main/shell and the preload', async () => {
    const code = `import { app } from '${ELECTRON}';\nexport const name = app.name;\n`;
    expect(await problems('main/domain/space/layout-electron.ts', code)).toEqual([expect.stringContaining('Only main/shell')]);
    expect(await problems('main/api/electron-leak.ts', code)).toHaveLength(1);
    expect(await problems('renderer/src/leak.ts', code)).toHaveLength(1);
    expect(await problems('main/domain/x.ts', `import { app } from '${ELECTRON}/main';\nexport const a = app;\n`)).toHaveLength(1);
    expect(await problems('main/shell/fine.ts', code)).toEqual([]);
    expect(await problems('preload/fine.ts', code)).toEqual([]);
  });

  it('refuse Electron loaded at run time, and in plain JavaScript under main/', async () => {
    const dynamic = `export const load = () => import('${ELECTRON}');\n`;
    const required = `export const store = require('${ELECTRON}-store');\n`;
    expect(await problems('main/domain/space/late.ts', dynamic)).toEqual([expect.stringContaining('Only main/shell')]);
    expect(await problems('main/api/late.ts', `export const load = () => import('${ELECTRON}/main');\n`)).toHaveLength(1);
    expect(await problems('renderer/src/late.ts', dynamic)).toHaveLength(1);
    expect(await problems('main/db/late.cjs', required)).toHaveLength(1);
    expect(await problems('main/domain/late.mjs', `import { app } from '${ELECTRON}';\nexport const a = app;\n`)).toHaveLength(1);
    expect(await problems('main/domain/late.ts', `export const load = () => import(\`${ELECTRON}\`);\n`)).toHaveLength(1);
    expect(await problems('main/domain/late.ts', `import { createRequire } from 'node:module';\nexport const e = createRequire(import.meta.url)('${ELECTRON}');\n`)).toHaveLength(1);
    expect(await problems('main/domain/late.ts', `export const where = require.resolve('${ELECTRON}');\n`)).toHaveLength(1);
    expect(await problems('main/api/late.ts', required)).toEqual([expect.stringContaining('electron-store belongs to main/shell')]);
    expect(await problems('main/domain/fine.ts', "export const load = () => import('electron-vite');\n")).toEqual([]);
    expect(await problems('main/shell/fine.ts', dynamic)).toEqual([]);
  });

  it('refuse React and the contract in domain code', async () => {
    expect(await problems('main/domain/x.ts', "import { useState } from 'react';\nexport const s = useState;\n")).toHaveLength(1);
    expect(await problems('main/domain/x.ts', "import { contract } from '../api/contract';\nexport const c = contract;\n")).toHaveLength(1);
    expect(await problems('main/domain/space/x.ts', "import { contract } from '../../api';\nexport const c = contract;\n")).toHaveLength(1);
  });

  it('let the preload share only the IPC channel constants', async () => {
    expect(await problems('preload/index.ts', "import { CALL_CHANNEL } from '../main/shell/channel';\nexport const c = CALL_CHANNEL;\n")).toEqual([]);
    expect(await problems('preload/index.ts', "import { contract } from '../main/api/contract';\nexport const c = contract;\n")).toHaveLength(1);
  });

  it('let the renderer import only types from main/', async () => {
    const value = "import { contract } from '../../main/api/contract';\nexport const c = contract;\n";
    const type = "import type { MethodName } from '../../main/api/contract';\nexport type M = MethodName;\n";
    expect(await problems('renderer/src/x.ts', value)).toEqual([expect.stringContaining('only types from main/')]);
    expect(await problems('renderer/src/x.ts', type)).toEqual([]);
  });
});
