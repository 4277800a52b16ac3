/**
 * Moves focus after the next render to the first of `selectors` that is on the page and enabled:
 * where a control the user just used disappears (a closed view, a removed row), focus goes somewhere
 * that makes sense instead of falling back to the page.
 */
export function focusLater(...selectors: string[]): void {
  requestAnimationFrame(() => {
    for (const selector of [...selectors, '#search']) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  });
}

/** The selector of a tip's open button in any list. */
export const tipButton = (id: string) => `[data-tip-id="${id}"] .tip-open`;
