/**
 * What the background hands to the side panel when the user asks for advice from a page: a selected
 * passage, or paste mode when the page would not give its selection, or just the search box. It is
 * written to `storage.session`: the panel picks it up on load when it is just opening, or at once
 * through a storage change when it is open already. A fresh nonce makes the same text twice two
 * hand-overs.
 */
import { MAX_SELECTION_CHARS } from './search/create-search';

export type Handoff =
  | { kind: 'selection'; text: string; nonce: string; at: number; windowId?: number }
  | { kind: 'paste'; reason: NoSelection; nonce: string; at: number; windowId?: number }
  | { kind: 'focus-search'; nonce: string; at: number; windowId?: number };

/**
 * Why there is nothing to look up: the selection was blank, the page would not give it, or it could
 * not be handed to the panel (storage refused it).
 */
export type NoSelection = 'empty' | 'unreadable' | 'failed';

/** What the background hands over: a selection as read (`null` when the page would not give it). */
type Payload =
  | { kind: 'selection'; text: string | null }
  | { kind: 'paste'; reason: NoSelection }
  | { kind: 'focus-search' };

/** One frame's answer to reading the selection: its text, and whether the user is in that frame. */
export interface FrameSelection {
  text: unknown;
  focused: unknown;
}

/** How long a hand-over waits for a panel to open and take it. */
export const HANDOFF_TTL_MS = 30_000;

/**
 * The most of a page's selection the background reads: enough to compare, after white space is
 * normalised, the part a lookup reads with the menu's copy, and no more (a page can select megabytes).
 */
export const PAGE_READ_CHARS = 2 * MAX_SELECTION_CHARS;

/**
 * How long the browser's copy of a selection must be for the page's longer reading to be taken as
 * what the browser cut (`pickSelection`): far below any browser's cut, far above a word a page could
 * pad with text of its own.
 */
const MIN_CUT_MENU_CHARS = 1_000;

/**
 * What a selection becomes: itself, cut to what a lookup reads, or paste mode with the reason there
 * is nothing to look up. The one rule for it, in the background's hand-overs and the panel's own
 * lookups alike.
 */
export function selectionOrPaste(
  text: string | null,
): { kind: 'selection'; text: string } | { kind: 'paste'; reason: NoSelection } {
  if (text === null) return { kind: 'paste', reason: 'unreadable' };
  return text.trim() ? { kind: 'selection', text: capLookup(text) } : { kind: 'paste', reason: 'empty' };
}

/**
 * A text cut to what a lookup reads (`MAX_SELECTION_CHARS`, where the search cuts): what is handed
 * over, looked up and kept in the history. A text at the cap is told as cut: whether more followed is
 * not kept.
 */
export function capLookup(text: string): string {
  return text.length > MAX_SELECTION_CHARS ? text.slice(0, MAX_SELECTION_CHARS) : text;
}

/** Whether a lookup read only the first part of its text (see `capLookup`). */
export function isCut(text: string): boolean {
  return text.length >= MAX_SELECTION_CHARS;
}

/**
 * The selection the user saw, for the context menu: the page's own reading keeps line breaks, but a
 * page can change its selection once the menu is open, so it is used only when it agrees with the
 * browser's copy (`info.selectionText`) on what a lookup reads, white space normalised. Otherwise
 * the browser's copy; `null` when neither gives text (the page withheld it).
 *
 * A long copy may be cut short by the browser: Firefox passes at most 16,384 characters
 * (`getSelectionDetails` in
 * https://searchfox.org/mozilla-central/source/toolkit/modules/SelectionUtils.sys.mjs). A page's
 * reading that starts with all of a long copy (`MIN_CUT_MENU_CHARS`) agrees with it, so a long
 * selection keeps its line breaks and its tail; one that starts otherwise still does not.
 */
export function pickSelection(page: string | null, menu: string | undefined): string | null {
  const shown = menu?.trim() ? menu : null;
  if (shown === null || page === null) return shown;
  const read = lookedUpPart(page);
  const said = lookedUpPart(shown);
  return read === said || (said.length >= MIN_CUT_MENU_CHARS && read.startsWith(said)) ? page : shown;
}

/**
 * The selection for the shortcut, read in every frame of the tab: the focused frame's (an editor in
 * an iframe), else the first frame with a selection; `null` when no frame could be read.
 */
export function pickFrameSelection(frames: readonly FrameSelection[]): string | null {
  const readable = frames.filter((frame): frame is { text: string; focused: unknown } => {
    return typeof frame.text === 'string';
  });
  const chosen =
    readable.find((frame) => frame.focused === true && frame.text.trim()) ??
    readable.find((frame) => frame.text.trim()) ??
    readable[0];
  return chosen ? chosen.text : null;
}

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

/** The start of a text a lookup reads, white space normalised: what two readings must agree on. */
function lookedUpPart(text: string): string {
  return text.slice(0, PAGE_READ_CHARS).replace(/\s+/gu, ' ').trim().slice(0, MAX_SELECTION_CHARS);
}
