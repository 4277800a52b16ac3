import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { knowledgeBaseModules } from './tools/knowledge-base-modules.ts';
import SummaryReporter from './tests/summary-reporter.ts';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WXT's plugin gives tests the fake browser and the project's aliases and auto-imports; it does not add
// the app's own Vite plugins, so Preact's and the knowledge base's are added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact(), knowledgeBaseModules()],
  test: {
    reporters: ['default', new SummaryReporter('unit')],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
