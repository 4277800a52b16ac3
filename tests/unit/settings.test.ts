import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CitationStyle } from '@/lib/format-citation';
import { connectSettings, readSettings, settingsItem, type SettingsState } from '@/utils/settings';

/** The little of the panel's state the settings touch. */
function newState(): SettingsState {
  const citationStyle = signal<CitationStyle>('inline');
  return { citationStyle, actions: { setCitationStyle: (style) => void (citationStyle.value = style) } };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const events = () => ({ onWriteFailed: vi.fn(), onNewerVersion: vi.fn() });

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start with the house style when nothing is stored', async () => {
    const state = newState();
    await connectSettings(state, events());
    expect(state.citationStyle.value).toBe('inline');
  });

  it('remember the citation style for the next panel', async () => {
    const state = newState();
    await connectSettings(state, events());
    state.actions.setCitationStyle('apa');
    await settle();
    expect(await settingsItem.getValue()).toEqual({ citationStyle: 'apa' });
    const next = newState();
    await connectSettings(next, events());
    expect(next.citationStyle.value).toBe('apa');
  });

  it('follow a change made in another window', async () => {
    const state = newState();
    await connectSettings(state, events());
    await settingsItem.setValue({ citationStyle: 'footnote' });
    await settle();
    expect(state.citationStyle.value).toBe('footnote');
  });

  it.each([null, 'apa', { citationStyle: 'harvard' }, { citationStyle: 3 }])(
    'read an unreadable value (%j) as the default',
    (value) => {
      expect(readSettings(value)).toEqual({ citationStyle: 'inline' });
    },
  );

  it('say so when a write fails, keeping the choice for this panel', async () => {
    const state = newState();
    const handlers = events();
    await connectSettings(state, handlers);
    const original = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('quota'));
    state.actions.setCitationStyle('footnote');
    await settle();
    fakeBrowser.storage.local.set = original;
    expect(handlers.onWriteFailed).toHaveBeenCalledOnce();
    expect(state.citationStyle.value).toBe('footnote');
  });

  it('never write over the settings of a newer version, saying so', async () => {
    const newer = { settings: { citationStyle: 'apa', layout: 'compact' }, settings$: { v: 2 } };
    await fakeBrowser.storage.local.set(newer);
    const state = newState();
    const handlers = events();
    await connectSettings(state, handlers);
    expect(state.citationStyle.value).toBe('apa');
    state.actions.setCitationStyle('footnote');
    await settle();
    expect(handlers.onNewerVersion).toHaveBeenCalledOnce();
    expect(state.citationStyle.value).toBe('footnote');
    // A second change is not saved either, and not told again.
    state.actions.setCitationStyle('apa');
    state.actions.setCitationStyle('footnote');
    await settle();
    expect(handlers.onNewerVersion).toHaveBeenCalledOnce();
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual(newer);
  });
});
