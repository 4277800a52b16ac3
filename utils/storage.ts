/**
 * The only place that touches extension storage: the kept tips and the recent lookups, in
 * `storage.local`, and the background's hand-over to the panel, in `storage.session`, through WXT's
 * storage API. Each item is versioned; a future change of shape adds a
 * migration here. What storage returns is checked: a value of the wrong shape is dropped, not trusted.
 */
import { storage } from '#imports';
import * as v from 'valibot';
import type { HistoryEntry } from '@/lib/app-state';
import type { Handoff } from '@/lib/handoff';

const PinsSchema = v.array(v.string());
const HistorySchema = v.array(
  v.object({ kind: v.picklist(['typed', 'selection']), text: v.string(), at: v.number() }),
);

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

/** Reads what the user kept; unreadable values are dropped (and said so), never thrown. */
export async function loadSaved(): Promise<Saved> {
  const [pins, history] = await Promise.all([read(pinsItem, PinsSchema), read(historyItem, HistorySchema)]);
  return {
    pins: pins.value ?? [],
    history: history.value ?? [],
    dropped: pins.dropped || history.dropped,
  };
}

async function read<S extends v.GenericSchema>(
  item: { getValue(): Promise<unknown> },
  schema: S,
): Promise<{ value?: v.InferOutput<S>; dropped: boolean }> {
  try {
    const result = v.safeParse(schema, await item.getValue());
    return result.success ? { value: result.output, dropped: false } : { dropped: true };
  } catch {
    // A failed migration or a broken storage area: start empty rather than break the panel.
    return { dropped: true };
  }
}
