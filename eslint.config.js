import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every rule is an error, whatever a preset says, except these, which print without failing `npm run lint`.
const WARN_ONLY = new Set(['max-lines']);
const asError = (entry) => {
  const [severity, ...options] = Array.isArray(entry) ? entry : [entry];
  return severity === 'warn' || severity === 1 ? ['error', ...options] : entry;
};
const errorsOnly = (configs) =>
  configs.map((c) =>
    c.rules ? { ...c, rules: Object.fromEntries(Object.entries(c.rules).map(([r, e]) => [r, WARN_ONLY.has(r) ? e : asError(e)])) } : c,
  );

const config = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      ecmaVersion: 2023,
      sourceType: 'module',
      // Type-aware rules: each file is checked with the tsconfig.json nearest to it; the few files no tsconfig
      // includes get a default project.
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs', 'server/vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // A switch over a union names every member, even with a default: a new status or action is a lint error
      // wherever it has not been decided.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Tests and translation tables grow with what they cover; generated files are as long as what they describe.
    files: [
      '**/*.test.{ts,tsx}',
      'server/src/test/**',
      'e2e/tests/**',
      'web/src/i18n/**',
      'web/src/features/portal/i18n/**',
      '**/*.gen.ts',
    ],
    rules: { 'max-lines': 'off' },
  },
  {
    // antd is reached through web/src/ui only: one place to upgrade or swap it and to keep its conventions.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'antd', message: "Import antd's components from web/src/ui." }],
          patterns: [{ group: ['antd/*', '@ant-design/*'], message: "Import antd's components and icons from web/src/ui." }],
        },
      ],
    },
  },
  {
    // The signed-in frame and the work list are the staff's first screen and are drawn without antd: nothing here may
    // import it, statically, nor web/src/ui's barrel that carries it (a lazy import() of an antd part is how they use
    // one). docs/PERFORMANCE.md § Web.
    files: [
      'web/src/main.tsx',
      'web/src/App.tsx',
      'web/src/boot.ts',
      'web/src/firstScreens.ts',
      'web/src/ui/plain/**/*.{ts,tsx}',
      'web/src/features/layout/**/*.{ts,tsx}',
      'web/src/pages/PetitionsPage.tsx',
      'web/src/features/petitions/components/{PetitionList,DeadlineCell,labels}.tsx',
      'web/src/features/stats/components/StatFilterTag.tsx',
      'web/src/features/notifications/components/MessageBell.tsx',
      'web/src/features/auth/components/SessionRecovery.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'antd', message: 'The first screen is drawn without antd (web/src/ui/plain).' }],
          patterns: [
            {
              group: ['antd/*', '@ant-design/*'],
              message: 'The first screen is drawn without antd: use web/src/ui/plain, or load an antd part with a lazy import().',
            },
            {
              // web/src/ui and its modules, but for ui/plain and the date formats.
              regex: '(^|/)ui(/(?!plain(/|$)|format$)[^/]+)?$',
              message: 'The first screen is drawn without antd: use web/src/ui/plain, or load an antd part with a lazy import().',
            },
          ],
        },
      ],
    },
  },
  {
    // 网上信访 is its own light entry for petitioners on slow phones: none of the staff app's weight may reach it
    // (antd and web/src/ui, ECharts, i18next and the staff strings, react-query, react-router).
    files: ['web/src/features/portal/**/*.{ts,tsx}', 'web/src/portal/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['antd', 'echarts', 'i18next', 'react-i18next', 'react-router', '@tanstack/react-query', 'dayjs'].map((name) => ({
            name,
            message: 'The portal is its own light entry: plain HTML, its own router and strings (docs/ARCHITECTURE.md).',
          })),
          patterns: [
            {
              group: [
                'antd/*',
                '@ant-design/*',
                'echarts/*',
                'dayjs/*',
                '**/ui',
                '**/ui/*',
                '**/i18n',
                '**/i18n/*',
                '!./i18n',
                '!../i18n',
                '!./i18n/*',
              ],
              message: 'The portal is its own light entry: nothing of the staff app (antd, web/src/ui, ECharts, the staff strings).',
            },
          ],
        },
      ],
    },
  },
  {
    // Settings come from server/src/config.ts, the one reader of the environment; tests and their harness, like
    // scripts/, bench/ and e2e/, are not the product and may read it.
    files: ['server/src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    ignores: ['server/src/config.ts', '**/*.test.{ts,tsx}', 'server/src/test/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through server/src/config.ts.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']",
          message: 'Read settings through server/src/config.ts.',
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Module boundaries: no import cycles anywhere in server/src and web/src, and a server feature uses another
  // feature only through that feature's index.ts (its surface), never its repository or service directly.
  {
    files: ['server/src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The TypeScript parser for the files an import leads to (without it they are not read and no cycle is seen).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['server/tsconfig.json', 'web/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...[
    { files: ['server/src/features/*/*.ts'], up: '\\.\\./' },
    // A feature's subfolder (workflow/actions/) reaches other features two levels up.
    { files: ['server/src/features/*/*/**/*.ts'], up: '\\.\\./\\.\\./' },
  ].map(({ files, up }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${up}[a-z-]+/(?!index\\.js$)`,
              message: "Import another feature only through its surface: '../<feature>/index.js'.",
            },
          ],
        },
      ],
    },
  })),
);

export default errorsOnly(config);
