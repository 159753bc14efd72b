#!/usr/bin/env node
// `relais` once linked or installed from a checkout (`npm link`): runs the TypeScript sources
// through tsx, exactly as `npm run relais --` does.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/main.ts');
