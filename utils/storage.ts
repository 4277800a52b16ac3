/**
 * The only place that touches extension storage: the kept tips and the recent lookups, in
 * `storage.local`, and the background's hand-over to the panel, in `storage.session`, through WXT's
 * storage API.
 *
 * Each kept item is versioned: WXT records its version beside it (`pins$: { v }`) and runs the
 * migrations below up to `STORAGE_VERSION`. What storage returns is checked and bounded, whatever
 * wrote it: entries of the wrong shape are dropped (and the user told), repeated ones collapse, a
 * list longer than its limit is cut. Data written by a newer version of the extension is shown where
 * it can be read and never written over. A write that fails is rolled back in the panel, so what it
 * shows is what is stored.
 */
import { storage, type WxtStorageItem } from '#imports';
import { effect } from '@preact/signals-core';
import * as v from 'valibot';
import { HISTORY_LIMIT, type AppState, type HistoryEntry } from '@/lib/app-state';
import { capLookup, type Handoff } from '@/lib/handoff';

/**
 * The version of the kept items' shape.
 * - v1: pins `string[]`; history `{ kind, text, at }[]`, newest first.
 * - v2: the same shapes, bounded: ids unique, at most `MAX_PINS` and `HISTORY_LIMIT` entries, each
 *   text at most what a lookup reads (`capLookup`).
 */
export const STORAGE_VERSION = 2;

/** More ids than any knowledge base has tips: a longer list is corrupt, and is cut. */
export const MAX_PINS = 1000;

const PinSchema = v.string();
const HistoryEntrySchema = v.object({
  kind: v.picklist(['typed', 'selection']),
  text: v.string(),
  at: v.number(),
});

/** What WXT keeps beside each versioned item. */
type VersionMeta = { v: number };

/** Tip ids the user kept, in their order. */
export const pinsItem = storage.defineItem<string[], VersionMeta>('local:pins', {
  fallback: [],
  version: STORAGE_VERSION,
  migrations: { 2: boundStored(PinSchema, boundPins) },
});

/** Recent lookups, newest first. */
export const historyItem = storage.defineItem<HistoryEntry[], VersionMeta>('local:history', {
  fallback: [],
  version: STORAGE_VERSION,
  migrations: { 2: boundStored(HistoryEntrySchema, boundHistory) },
});

/** A kept list: where it is stored, what its entries look like, and its bounds. */
interface StoredList<S extends v.GenericSchema> {
  item: WxtStorageItem<v.InferOutput<S>[], VersionMeta>;
  schema: S;
  bound: (items: v.InferOutput<S>[]) => v.InferOutput<S>[];
}

const LISTS: { pins: StoredList<typeof PinSchema>; history: StoredList<typeof HistoryEntrySchema> } = {
  pins: { item: pinsItem, schema: PinSchema, bound: boundPins },
  history: { item: historyItem, schema: HistoryEntrySchema, bound: boundHistory },
};

/** What the background hands to the panel (see lib/handoff.ts); session-only, never on disk. */
export const handoffItem = storage.defineItem<Handoff | null>('session:handoff', { fallback: null });

export interface Saved {
  pins: string[];
  history: HistoryEntry[];
  /** Whether anything stored had to be dropped because it could not be read. */
  dropped: boolean;
  /** The items a newer version of the extension wrote: shown, never written over. */
  newer: { pins: boolean; history: boolean };
}

/** Reads what the user kept; unreadable entries are dropped (and said so), never thrown. */
export async function loadSaved(): Promise<Saved> {
  const [pins, history] = await Promise.all([readList(LISTS.pins), readList(LISTS.history)]);
  return {
    pins: pins.items,
    history: history.items,
    dropped: pins.dropped || history.dropped,
    newer: { pins: pins.newer, history: history.newer },
  };
}

export interface StorageEvents {
  /** A write failed (the storage quota, a broken profile): the change is undone in the panel. */
  onWriteFailed(): void;
  /** Something stored could not be read and was left out. */
  onDropped(): void;
  /** What is stored comes from a newer version: it is left as it is, and changes are not saved. */
  onNewerVersion(): void;
}

/**
 * Restores what the user kept into the panel's state, then writes every change back and follows
 * changes made by the panel of another window. A failed write is reported and undone (a kept tip's
 * star goes out again), and loses nothing that was already stored: storage keeps the last value it
 * accepted.
 */
export async function connectStorage(state: AppState, events: StorageEvents): Promise<void> {
  const saved = await loadSaved();
  state.actions.restore(saved);
  if (saved.dropped) events.onDropped();
  if (saved.newer.pins || saved.newer.history) events.onNewerVersion();
  connectList(LISTS.pins, saved.newer.pins, events, {
    read: () => state.pins.value,
    restore: (pins) => state.actions.restore({ pins }),
  });
  connectList(LISTS.history, saved.newer.history, events, {
    read: () => state.history.value,
    restore: (history) => state.actions.restore({ history }),
  });
}

/**
 * Writes every change of a list in the panel's state back (never, for a newer version's data), and
 * follows the changes another window's panel makes: those are taken as stored, so they are not
 * written back as an echo that could overwrite a newer change.
 */
function connectList<S extends v.GenericSchema>(
  { item, schema, bound }: StoredList<S>,
  newer: boolean,
  events: StorageEvents,
  panel: { read: () => v.InferOutput<S>[]; restore: (items: v.InferOutput<S>[]) => void },
) {
  const markStored = persist({
    read: panel.read,
    write: (value) => item.setValue(value),
    undo: panel.restore,
    onFailed: newer ? events.onNewerVersion : events.onWriteFailed,
    readOnly: newer,
  });
  item.watch((value) => {
    const items = bound(validItems(value, schema).items);
    markStored(items);
    panel.restore(items);
  });
}

interface Persisted<T> {
  read: () => T;
  write: (value: T) => Promise<void>;
  /** Puts the last stored value back into the panel's state. */
  undo: (stored: T) => void;
  onFailed: () => void;
  /** Never write: the stored value belongs to a newer version. */
  readOnly: boolean;
}

/**
 * Writes every change of `read()` back, one write at a time, in order. A write that fails is undone,
 * unless a later change has replaced it meanwhile. Returns how to mark a value as already stored.
 */
function persist<T>({ read, write, undo, onFailed, readOnly }: Persisted<T>) {
  let stored = read();
  let storedJson = JSON.stringify(stored);
  let writing = Promise.resolve();
  effect(() => {
    const value = read();
    const json = JSON.stringify(value);
    if (json === storedJson) return;
    writing = writing
      .then(() => (readOnly ? Promise.reject(new Error('read-only')) : write(value)))
      .then(
        () => {
          stored = value;
          storedJson = json;
        },
        () => {
          if (JSON.stringify(read()) === json) undo(stored);
          onFailed();
        },
      );
  });
  return (value: T) => {
    stored = value;
    storedJson = JSON.stringify(value);
  };
}

async function readList<S extends v.GenericSchema>({
  item,
  schema,
  bound,
}: StoredList<S>): Promise<{ items: v.InferOutput<S>[]; dropped: boolean; newer: boolean }> {
  try {
    const [value, meta] = await Promise.all([item.getValue(), item.getMeta()]);
    const { items, dropped } = validItems(value, schema);
    return { items: bound(items), dropped, newer: (meta.v ?? 1) > STORAGE_VERSION };
  } catch {
    // A broken storage area: start empty rather than break the panel.
    return { items: [], dropped: true, newer: false };
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

/** Kept ids, each once, at most `MAX_PINS`. */
function boundPins(pins: string[]): string[] {
  return [...new Set(pins)].slice(0, MAX_PINS);
}

/** The newest `HISTORY_LIMIT` lookups, each once, their texts cut to what a lookup reads. */
function boundHistory(history: HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  return history
    .map((entry) => ({ ...entry, text: capLookup(entry.text) }))
    .filter((entry) => {
      const key = JSON.stringify([entry.kind, entry.text]);
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .slice(0, HISTORY_LIMIT);
}

/** The migration to v2: a stored list, checked and bounded; anything else is left to `readList`. */
function boundStored<S extends v.GenericSchema>(schema: S, bound: (items: v.InferOutput<S>[]) => unknown) {
  return (value: unknown) => (Array.isArray(value) ? bound(validItems(value, schema).items) : value);
}
