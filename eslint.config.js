// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Process boundaries, as Signal Desktop enforces its process suffixes:
 * - only main/shell (and the sandboxed preload) import Electron;
 * - main/domain imports neither Electron nor React, nor the transports around it;
 * - the renderer imports nothing from main/ but types.
 */
const ELECTRON = [
  { name: 'electron', message: 'Only main/shell and preload/ may import Electron: put this behind the contract.' },
  { name: 'electron-store', message: 'electron-store belongs to main/shell (UI preferences only).' },
];
const ELECTRON_PATHS = [{ group: ['electron/*'], message: 'Only main/shell and preload/ may import Electron.' }];
const REACT = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@mui/*', 'i18next', 'react-i18next'], message: 'Main-process code never imports the UI.' },
];
const SHELL = [{ group: ['**/shell/*', '**/shell'], message: 'Only Electron code may import main/shell.' }];
const TRANSPORTS = [
  { group: ['**/api/*', '**/api', '**/cli/*', '**/cli', '**/web/*', '**/web'], message: 'Domain code does not know the contract or its transports.' },
];
const MAIN_VALUES = [
  { group: ['**/main/**', '**/main'], allowTypeImports: true, message: 'The renderer imports only types from main/ (use `import type`).' },
];
// The sandboxed preload is bundled alone: it may share the IPC channel's constants, nothing else.
const PRELOAD_VALUES = [
  { regex: '(^|/)main/(?!shell/channel$)', allowTypeImports: true, message: 'The preload imports only main/shell/channel and types.' },
];

const restrict = (paths, patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] });
// no-restricted-imports sees only static imports: a dynamic import() (of a string or a plain template)
// or any call given the module's name (require, createRequire(…)(…), require.resolve) too.
const loadedAtRuntime = (pattern, message) => [
  { selector: `ImportExpression[source.value=${pattern}]`, message },
  { selector: `ImportExpression > TemplateLiteral[expressions.length=0][quasis.0.value.cooked=${pattern}]`, message },
  { selector: `CallExpression[arguments.0.value=${pattern}]`, message },
];
const noElectronAtRuntime = {
  'no-restricted-syntax': [
    'error',
    ...loadedAtRuntime('/^electron([/](main|renderer|common|utility))?$/', ELECTRON[0].message),
    ...loadedAtRuntime('/^electron-store$/', ELECTRON[1].message),
  ],
};
const MAIN_CODE = 'main/**/*.{ts,tsx,js,mjs,cjs}';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: [MAIN_CODE], ignores: ['main/shell/**'], rules: { ...restrict(ELECTRON, [...ELECTRON_PATHS, ...REACT, ...SHELL]), ...noElectronAtRuntime } },
  {
    files: ['main/domain/**/*.{ts,tsx,js,mjs,cjs}', 'main/db/**/*.{ts,tsx,js,mjs,cjs}'],
    rules: restrict(ELECTRON, [...ELECTRON_PATHS, ...REACT, ...SHELL, ...TRANSPORTS]),
  },
  { files: ['main/shell/**/*.ts'], rules: restrict([], REACT) },
  { files: ['preload/**/*.ts'], rules: restrict([], [...REACT, ...PRELOAD_VALUES]) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs['recommended-latest'].rules, ...restrict(ELECTRON, [...ELECTRON_PATHS, ...MAIN_VALUES]), ...noElectronAtRuntime },
  },
  { files: ['tests/**/*.ts', '*.config.ts', 'bin/**'], rules: { ...restrict(ELECTRON, ELECTRON_PATHS), 'no-console': 'off' } },
  // Playwright reads a fixture's dependencies from its (possibly empty) destructuring pattern.
  { files: ['tests/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  { files: ['main/cli/**', 'main/web/serve.ts'], rules: { 'no-console': 'off' } },
);
