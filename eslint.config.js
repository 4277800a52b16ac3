// ESLint checks code quality; Prettier (run by `npm run lint` and `npm run format`) owns formatting,
// so eslint-config-prettier switches off the rules that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    // The pure core runs in Node and in tests: it must never reach for the extension APIs.
    files: ['lib/**/*.ts', 'components/**/*.tsx'],
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
        },
      ],
    },
  },
  prettier,
);
