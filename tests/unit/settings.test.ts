import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CitationStyle } from '@/lib/format-citation';
import { connectSettings, readSettings, settingsItem, type SettingsState } from '@/utils/settings';

/** The little of the panel's state the settings touch. */
function newState(): SettingsState {
  const citationStyle = signal<CitationStyle>('inline');
  return { citationStyle, actions: { setCitationStyle: (style) => void (citationStyle.value = style) } };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start with the house style when nothing is stored', async () => {
    const state = newState();
    await connectSettings(state, () => undefined);
    expect(state.citationStyle.value).toBe('inline');
  });

  it('remember the citation style for the next panel', async () => {
    const state = newState();
    await connectSettings(state, () => undefined);
    state.actions.setCitationStyle('apa');
    await settle();
    expect(await settingsItem.getValue()).toEqual({ citationStyle: 'apa' });
    const next = newState();
    await connectSettings(next, () => undefined);
    expect(next.citationStyle.value).toBe('apa');
  });

  it('follow a change made in another window', async () => {
    const state = newState();
    await connectSettings(state, () => undefined);
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
    let failed = 0;
    await connectSettings(state, () => failed++);
    const original = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('quota'));
    state.actions.setCitationStyle('footnote');
    await settle();
    fakeBrowser.storage.local.set = original;
    expect(failed).toBe(1);
    expect(state.citationStyle.value).toBe('footnote');
  });
});
