/**
 * The only place that touches extension storage: the kept tips and the recent lookups, in
 * `storage.local`, and the background's hand-over to the panel, in `storage.session`, through WXT's
 * storage API. Each item is versioned: a change of shape adds a migration here. What storage returns
 * is checked: entries of the wrong shape are dropped (and the user told), the rest kept.
 */
import { storage } from '#imports';
import { effect } from '@preact/signals-core';
import * as v from 'valibot';
import type { AppState, HistoryEntry } from '@/lib/app-state';
import type { Handoff } from '@/lib/handoff';

const PinSchema = v.string();
const HistoryEntrySchema = v.object({
  kind: v.picklist(['typed', 'selection']),
  text: v.string(),
  at: v.number(),
});

/** Tip ids the user kept, in their order. v1: `string[]`. */
export const pinsItem = storage.defineItem<string[]>('local:pins', { fallback: [], version: 1 });

/** Recent lookups, newest first. v1: `{ kind, text, at }[]`. */
export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [], version: 1 });

/** What the background hands to the panel (see lib/handoff.ts); session-only, never on disk. */
export const handoffItem = storage.defineItem<Handoff | null>('session:handoff', { fallback: null });

export interface Saved {
  pins: string[];
  history: HistoryEntry[];
  /** Whether anything stored had to be dropped because it could not be read. */
  dropped: boolean;
}

/** Reads what the user kept; unreadable entries are dropped (and said so), never thrown. */
export async function loadSaved(): Promise<Saved> {
  const [pins, history] = await Promise.all([
    readList(pinsItem, PinSchema),
    readList(historyItem, HistoryEntrySchema),
  ]);
  return { pins: pins.items, history: history.items, dropped: pins.dropped || history.dropped };
}

export interface StorageEvents {
  /** A write failed (the storage quota, a broken profile): the last change is not stored. */
  onWriteFailed(): void;
  /** Something stored could not be read and was left out. */
  onDropped(): void;
}

/**
 * Restores what the user kept into the panel's state, then writes every change back and follows
 * changes made by the panel of another window. A failed write is reported and loses nothing that
 * was already stored: storage keeps the last value it accepted.
 */
export async function connectStorage(state: AppState, events: StorageEvents): Promise<void> {
  const saved = await loadSaved();
  state.actions.restore(saved);
  if (saved.dropped) events.onDropped();
  const pinsStored = persist(
    () => state.pins.value,
    (value) => pinsItem.setValue(value),
    events,
  );
  const historyStored = persist(
    () => state.history.value,
    (value) => historyItem.setValue(value),
    events,
  );
  // Another window's panel wrote: take its value as stored, so it is not written back as an echo
  // that could overwrite a newer change.
  pinsItem.watch((pins) => {
    const { items } = validItems(pins, PinSchema);
    pinsStored(items);
    state.actions.restore({ pins: items });
  });
  historyItem.watch((history) => {
    const { items } = validItems(history, HistoryEntrySchema);
    historyStored(items);
    state.actions.restore({ history: items });
  });
}

/** Writes every change of `read()` back; returns how to mark a value as already stored. */
function persist<T>(read: () => T, write: (value: T) => Promise<void>, events: StorageEvents) {
  let stored = JSON.stringify(read());
  effect(() => {
    const value = read();
    const json = JSON.stringify(value);
    if (json === stored) return;
    write(value).then(
      () => (stored = json),
      () => events.onWriteFailed(),
    );
  });
  return (value: T) => {
    stored = JSON.stringify(value);
  };
}

async function readList<S extends v.GenericSchema>(
  item: { getValue(): Promise<unknown> },
  schema: S,
): Promise<{ items: v.InferOutput<S>[]; dropped: boolean }> {
  try {
    return validItems(await item.getValue(), schema);
  } catch {
    // A failed migration (a value from a newer version, say) or a broken storage area: start empty
    // rather than break the panel.
    return { items: [], dropped: true };
  }
}

/** The entries of a stored list that have the right shape; anything else counts as dropped. */
function validItems<S extends v.GenericSchema>(value: unknown, schema: S) {
  if (!Array.isArray(value)) return { items: [], dropped: value !== null && value !== undefined };
  const items = value.flatMap((entry) => {
    const result = v.safeParse(schema, entry);
    return result.success ? [result.output as v.InferOutput<S>] : [];
  });
  return { items, dropped: items.length < value.length };
}
