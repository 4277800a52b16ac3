import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { loadKnowledgeBase } from './scripts/read-knowledge-base';

/** Fixed add-on id: Firefox keys storage and the moz-extension:// UUID mapping on it. */
export const GECKO_ID = 'weerbaar@weerbaar.app';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for both browsers: Firefox supports sidebar_action under MV3, and one manifest version keeps
  // the background code and the permissions model the same everywhere.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // A malformed knowledge-base record fails the build, naming the file, the record and the field.
    'build:before': () => void loadKnowledgeBase(),
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Weerbaar',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    action: { default_title: '__MSG_extName__' },
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
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
