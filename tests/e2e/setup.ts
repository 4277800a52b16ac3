/**
 * No silent errors: every end-to-end test fails when the extension's pages or background logged a
 * console error or threw an uncaught exception during it, in either browser (tools/browsers.ts
 * collects them). A test that provokes an error on purpose takes it with `panel.takeErrors()`.
 */
import { afterEach, expect } from 'vitest';
import { takeAllErrors } from '../../tools/browsers';

afterEach(async () => {
  // Errors arrive asynchronously (the browser's output, the worker's console): let them land.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(takeAllErrors(), 'console errors or uncaught exceptions of the extension').toEqual([]);
});
