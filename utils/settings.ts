/**
 * The user's settings, in `storage.local` through WXT's storage API: for now the citation style.
 * Kept apart from utils/storage.ts (kept tips and lookups) so that each item has one home. The item
 * is versioned: a change of its shape raises `version` and adds the step to `migrations`; what
 * storage returns is checked, and an unknown style (from a newer version, or a broken profile) reads
 * as the default. Settings a newer version of the extension wrote are never written over: a change
 * holds for this panel only, and the user is told, as for the kept lists (utils/storage.ts).
 */
import { storage } from '#imports';
import { effect } from '@preact/signals-core';
import type { AppState } from '@/lib/app-state';
import { DEFAULT_CITATION_STYLE } from '@/lib/citation-actions';
import { CITATION_STYLES, type CitationStyle } from '@/lib/format-citation';

/** v1: `{ citationStyle }`. */
export interface Settings {
  citationStyle: CitationStyle;
}

const DEFAULTS: Settings = { citationStyle: DEFAULT_CITATION_STYLE };

/** The version of the settings' shape. */
const SETTINGS_VERSION = 1;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULTS,
  version: SETTINGS_VERSION,
  // The steps from each earlier shape to the next, keyed by the version they lead to; none yet.
  migrations: {},
});

/** What of the panel's state the settings follow and set. */
export type SettingsState = Pick<AppState, 'citationStyle'> & {
  actions: Pick<AppState['actions'], 'setCitationStyle'>;
};

/** What storage holds, checked: anything unreadable gives the defaults. */
export function readSettings(value: unknown): Settings {
  const style = (value as Partial<Settings> | null)?.citationStyle;
  return {
    citationStyle: CITATION_STYLES.includes(style as CitationStyle)
      ? (style as CitationStyle)
      : DEFAULTS.citationStyle,
  };
}

/** What the settings report to the panel. */
export interface SettingsEvents {
  /** A change could not be saved; it holds for this panel. */
  onWriteFailed: () => void;
  /** The stored settings come from a newer version: read, never written over. */
  onNewerVersion: () => void;
}

/**
 * Restores the settings into the panel's state, writes every change back, and follows changes made
 * by the panel of another window. A change that is not saved (a failed write, or settings of a newer
 * version) holds for this panel and is reported; settings of a newer version once per panel.
 */
export async function connectSettings(state: SettingsState, events: SettingsEvents): Promise<void> {
  const [value, meta] = await Promise.all([
    settingsItem.getValue().catch(() => DEFAULTS),
    settingsItem.getMeta().catch(() => ({})),
  ]);
  let stored = readSettings(value);
  const newer = ((meta as { v?: number }).v ?? 1) > SETTINGS_VERSION;
  let told = false;
  state.actions.setCitationStyle(stored.citationStyle);
  settingsItem.watch((value) => {
    stored = readSettings(value);
    state.actions.setCitationStyle(stored.citationStyle);
  });
  effect(() => {
    const citationStyle = state.citationStyle.value;
    if (citationStyle === stored.citationStyle) return;
    if (newer) {
      // Said once: the change holds in this panel, and every later one would only repeat it.
      if (!told) events.onNewerVersion();
      told = true;
      return;
    }
    stored = { citationStyle };
    settingsItem.setValue(stored).catch(events.onWriteFailed);
  });
}
