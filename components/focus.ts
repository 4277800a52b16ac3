/**
 * Where keyboard focus goes, in one place: the selectors that tie components together and the
 * "act, then focus" pattern. Where the control the user just used goes away (a closed view, a
 * removed row), focus lands somewhere that makes sense, never on the page itself.
 */
import type { AppState, Screen, Tab } from '@/lib/app-state';

/** The search box: where focus goes when nothing better is on the page. */
export const SEARCH_BOX = '#search';
/** The filters' summary, which opens and closes them. */
export const FILTERS = '.filters summary';
/** The open tip's heading: focus goes there when a tip opens, so reading starts at its title. */
export const TIP_HEADING = '#tip-title';
/** The "read in the report" button of the open tip. */
export const CONTEXT_BUTTON = '[data-action="context"]';
/**
 * The open button of every tip in any list, and the link of every tip a draft's part names that
 * another part shows (`data-shared-tip-id`), in page order: the arrow keys walk a part's tips, then
 * the tips it names, then the next part's.
 */
const TIP_BUTTONS = '[data-tip-id] .tip-open, [data-shared-tip-id] button';

/** The open button of a tip in any list. */
export const tipButton = (id: string) => `[data-tip-id="${id}"] .tip-open`;
/** The heading button that folds a theme's tips open on the start screen. */
export const themeGroupButton = (id: string) => `.index [data-theme-id="${id}"] .group-toggle`;
/** The heading button that folds a report's sections open on the start screen. */
export const reportGroupButton = (id: string) => `.index [data-report-id="${id}"] .group-toggle`;
/** A tab's button. */
export const tabButton = (tab: Tab) => `[data-view="${tab}"]`;
/** The up or down arrow of a kept tip. */
export const moveButton = (id: string, direction: 'up' | 'down') =>
  `[data-tip-id="${id}"] [data-move="${direction}"]`;

/**
 * Moves focus after the next render to the first of `selectors` that is on the page and enabled,
 * else to the search box.
 */
export function focusLater(...selectors: string[]): void {
  requestAnimationFrame(() => {
    for (const selector of [...selectors, SEARCH_BOX]) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  });
}

/** An event handler that does `act`, then moves focus as `focusLater` does. */
export function andFocus(act: () => void, ...selectors: string[]): () => void {
  return () => {
    act();
    focusLater(...selectors);
  };
}

/** Focuses the search box now; `select` selects what is typed in it, to type over. */
export function focusSearchBox({ select = false } = {}): void {
  const box = document.querySelector<HTMLInputElement>(SEARCH_BOX);
  box?.focus();
  if (select) box?.select();
}

/**
 * A tip opened from elsewhere than its card (a draft part's link to a tip another part shows): the
 * control it was opened from, for `goBack` to return to, as long as that tip is the one left.
 */
let openedFrom: { tipId: string; selector: string } | undefined;

/** Opens a tip from the control `selector` finds, which `goBack` returns focus to. */
export function openTipFrom(state: AppState, tipId: string, selector: string): () => void {
  return andFocus(() => {
    state.actions.openTip(tipId);
    openedFrom = { tipId, selector };
  }, TIP_HEADING);
}

/**
 * Goes back one step (`state.actions.back()`), then focuses what the user came from: the "read in
 * the report" button after the report view, the tip in its list (or the link it was opened from,
 * `openTipFrom`) after a tip, else the search box (unless focus is on a tip that is still there).
 * Returns whether there was a step to take.
 */
export function goBack(state: AppState): boolean {
  const left: Screen = state.screen.value;
  if (!state.actions.back()) return false;
  const from = openedFrom;
  openedFrom = undefined;
  if (left.name === 'context') focusLater(CONTEXT_BUTTON);
  else if (left.name === 'tip') {
    focusLater(...(from?.tipId === left.tipId ? [from.selector] : []), tipButton(left.tipId));
  } else {
    requestAnimationFrame(() => {
      if (!document.activeElement?.closest('[data-tip-id]')) focusSearchBox();
    });
  }
  return true;
}

/**
 * Arrow keys, Home and End move between the tips on the page (`TIP_BUTTONS`); up from the first, to
 * the search box.
 */
export function moveFocus(event: KeyboardEvent): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>(TIP_BUTTONS)];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : event.key === 'ArrowDown'
          ? Math.min(at + 1, buttons.length - 1)
          : at - 1;
  event.preventDefault();
  if (next < 0) focusSearchBox();
  else buttons[next]?.focus();
}

/**
 * Focuses the first tip on the page (`TIP_BUTTONS`: in a draft whose first part shows none of its own,
 * its first named tip's link): arrow down from the search box.
 */
export function focusFirstTip(): void {
  document.querySelector<HTMLButtonElement>(TIP_BUTTONS)?.focus();
}
