import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/**
 * WXT's fake browser implements storage, runtime, tabs and the like, but not the panel APIs: add
 * `vi.fn()` stubs for them, and return them typed so tests can assert on the calls.
 */
export function stubPanelApis() {
  const stubs = {
    sidePanel: { setPanelBehavior: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) },
    sidebarAction: { toggle: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) },
  };
  Object.assign(fakeBrowser, stubs);
  return stubs;
}
