import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { FrameSelection } from '@/lib/handoff';

type Listener = (...args: never[]) => unknown;

/** An event whose listeners the test can call, like the browser would. */
function stubEvent() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: vi.fn((listener: Listener) => void listeners.push(listener)),
    /** Calls every listener as the browser would, returning what they return. */
    fire: (...args: unknown[]) =>
      listeners.map((listener) => (listener as (...a: unknown[]) => unknown)(...args)),
  };
}

/**
 * WXT's fake browser implements storage, runtime, tabs and the like, but not the panel, menu,
 * command, address-bar, scripting and i18n APIs: add `vi.fn()` stubs for them, and return them typed
 * so tests can assert on the calls and fire the events.
 */
export function stubBrowserApis({
  selection = '' as string | Error | FrameSelection[],
  uiLanguage = 'nl',
} = {}) {
  // A string is the selection of the one frame, where the user is; a list gives every frame's.
  const frames = typeof selection === 'string' ? [{ text: selection, focused: true }] : selection;
  const stubs = {
    sidePanel: { setPanelBehavior: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) },
    sidebarAction: { toggle: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) },
    contextMenus: {
      create: vi.fn(),
      removeAll: vi.fn(() => Promise.resolve()),
      onClicked: stubEvent(),
    },
    commands: { onCommand: stubEvent() },
    omnibox: {
      setDefaultSuggestion: vi.fn(),
      onInputChanged: stubEvent(),
      onInputEntered: stubEvent(),
    },
    scripting: {
      executeScript: vi.fn((_: unknown) =>
        frames instanceof Error
          ? Promise.reject(frames)
          : Promise.resolve(frames.map((result, frameId) => ({ frameId, result }))),
      ),
    },
    i18n: {
      getMessage: vi.fn((key: string) => `msg:${key}`),
      getUILanguage: vi.fn(() => uiLanguage),
    },
  };
  Object.assign(fakeBrowser, stubs);
  return stubs;
}
