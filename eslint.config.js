// ESLint checks code quality; Prettier (run by `npm run lint` and `npm run format`) owns formatting,
// so eslint-config-prettier switches off the rules that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import pattern that keeps a file out of these top-level folders (README, "Layout"). */
function layout(folders) {
  return {
    group: folders.flatMap((folder) => [`@/${folder}/**`, `**/${folder}/**`]),
    message:
      'See the layout rule in the README: lib/ ships, tools/ builds and measures, scripts/ and tests/ stay apart.',
  };
}

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // What ships: the pure core, the components and the extension's own files. It runs in the
    // extension, so it never reaches for build, test or measuring code; the pure core and the
    // components run in Node and in tests too, so they never reach for the extension APIs either.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.ts', 'entrypoints/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layout(['tools', 'scripts', 'tests'])] }] },
  },
  {
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            '#imports',
            'wxt/browser',
            'wxt/utils/storage',
            'webextension-polyfill',
            '@wxt-dev/browser',
            '@wxt-dev/storage',
          ],
          patterns: [layout(['tools', 'scripts', 'tests'])],
        },
      ],
    },
  },
  // Build, test and measuring code shares what it needs through tools/; scripts/ and tests/ never
  // import from each other.
  {
    files: ['tools/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layout(['scripts', 'tests'])] }] },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layout(['tests'])] }] },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layout(['scripts'])] }] },
  },
  prettier,
);
