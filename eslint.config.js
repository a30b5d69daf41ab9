import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers import one way: data -> query -> store -> features -> app. Each zone lists what a layer
// may not reach into; features never import each other.
const layerZones = [
  { target: './src/data', from: ['./src/query', './src/store', './src/features', './src/app'] },
  { target: './src/query', from: ['./src/store', './src/features', './src/app'] },
  { target: './src/store', from: ['./src/features', './src/app'] },
  { target: './src/features', from: ['./src/app'] },
  // Shared display pieces know no layer, so that any layer may use them.
  {
    target: './src/components',
    from: ['./src/data', './src/query', './src/store', './src/features', './src/app'],
  },
  {
    target: './src/lib',
    from: [
      './src/data',
      './src/query',
      './src/store',
      './src/features',
      './src/app',
      './src/components',
    ],
  },
  ...['reviews', 'controls', 'charts', 'library'].map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // No module imports, even through others or by import(), one that imports it back.
      'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: false }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Review text is untrusted: render it as text.',
        },
      ],
    },
  },
);
