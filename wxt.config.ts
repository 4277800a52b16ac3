import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { knowledgeBaseModules } from './tools/knowledge-base-modules';
import { DATA_DIR, loadKnowledgeBase, testBuild } from './tools/read-knowledge-base';

/** Fixed add-on id: Firefox keys storage and the moz-extension:// UUID mapping on it. */
export const GECKO_ID = 'weerbaar@weerbaar.app';

/** A build for the tests: a test's own reports, into a folder of its own; `null` for the build that ships. */
const forTests = testBuild();
const extraReports = forTests?.extraReports ?? [];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for both browsers: Firefox supports sidebar_action under MV3, and one manifest version keeps
  // the background code and the permissions model the same everywhere.
  manifestVersion: 3,
  // A build for the tests goes to a folder of its own, so it never replaces the one that ships.
  outDir: forTests?.outDir ?? '.output',
  vite: () => ({
    plugins: [preact(), knowledgeBaseModules({ extraReports })],
    // Extension pages run in browsers that know modulepreload: Vite's polyfill for it is dead weight.
    build: { modulePreload: { polyfill: false } },
  }),
  // `npm run zip`: .output/weerbaar-<version>-chrome.zip, -edge.zip (Edge Add-ons; the Chrome build
  // with WXT's edge target) and -firefox.zip for the stores, plus -sources.zip for
  // addons.mozilla.org's reviewers, who rebuild with `npm ci && npm run build`.
  zip: {
    // The store zips never ship source maps, even should a build ever make them.
    exclude: ['**/*.map'],
    // WXT already leaves out node_modules, dot files, *.test.ts and .output. What the build does not
    // read goes too: test runs' output, the tests and their configs, local analysis files.
    excludeSources: [
      'test-results/**',
      'tests/**',
      'vitest.config.ts',
      'vitest.e2e.config.ts',
      'bench-results/**',
      'stats.html',
      'stats-*.json',
      '**/*.log',
    ],
    // npm's settings for `npm ci` (a dot file, which WXT would skip).
    includeSources: ['.npmrc'],
  },
  hooks: {
    // A malformed knowledge-base record fails the build, naming the file, the record and the field.
    'build:before': () => void loadKnowledgeBase(DATA_DIR, extraReports),
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Weerbaar',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    action: { default_title: '__MSG_extName__' },
    // No host permissions: activeTab + scripting read a selection only in the tab where the user
    // just used the menu or the shortcut. See the permissions table in the README.
    permissions: [
      'contextMenus',
      'storage',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    commands: {
      'open-search': {
        suggested_key: { default: 'Alt+Shift+W' },
        description: '__MSG_commandOpenSearch__',
      },
      'lookup-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandLookupSelection__',
      },
    },
    omnibox: { keyword: 'wb' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140 is the first ESR that knows data_collection_permissions.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
