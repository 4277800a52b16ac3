/**
 * What the background hands to the side panel when the user asks for advice from a page: a selected
 * passage, or paste mode when the page would not give its selection, or just the search box. It is
 * written to `storage.session`: the panel picks it up on load when it is just opening, or at once
 * through a storage change when it is open already. A fresh nonce makes the same text twice two
 * hand-overs.
 */
export type Handoff =
  | { kind: 'selection'; text: string; nonce: string; at: number; windowId?: number }
  | { kind: 'paste'; reason: NoSelection; nonce: string; at: number; windowId?: number }
  | { kind: 'focus-search'; nonce: string; at: number; windowId?: number };

/** Why there is nothing to look up: the selection was blank, or the page would not give it. */
export type NoSelection = 'empty' | 'unreadable';

/** A selection as the background reads it: `null` when the page would not give it. */
type Payload = { kind: 'selection'; text: string | null } | { kind: 'focus-search' };

/**
 * What a selection becomes: itself, or paste mode with the reason there is nothing to look up. The
 * one rule for it, in the background's hand-overs and the panel's own lookups alike.
 */
export function selectionOrPaste(
  text: string | null,
): { kind: 'selection'; text: string } | { kind: 'paste'; reason: NoSelection } {
  if (text === null) return { kind: 'paste', reason: 'unreadable' };
  return text.trim() ? { kind: 'selection', text } : { kind: 'paste', reason: 'empty' };
}

/** How long a hand-over waits for a panel to open and take it. */
export const HANDOFF_TTL_MS = 30_000;

/** Makes a hand-over for the panel of a window (`selectionOrPaste` decides what a selection becomes). */
export function createHandoff(payload: Payload, windowId: number | undefined, now = Date.now()): Handoff {
  const meta = { nonce: `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`, at: now, windowId };
  return { ...(payload.kind === 'selection' ? selectionOrPaste(payload.text) : payload), ...meta };
}

/** Whether a panel in `windowId` should take this hand-over: meant for it, recent, not yet taken. */
export function isForPanel(
  handoff: Handoff | null | undefined,
  windowId: number | undefined,
  taken: ReadonlySet<string>,
  now = Date.now(),
): handoff is Handoff {
  if (!handoff || taken.has(handoff.nonce)) return false;
  if (handoff.windowId !== undefined && windowId !== undefined && handoff.windowId !== windowId) return false;
  return now - handoff.at >= 0 && now - handoff.at <= HANDOFF_TTL_MS;
}
