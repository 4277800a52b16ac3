/**
 * What the end-to-end tests share: the knowledge base the expectations come from, a fresh start for
 * every test, and short readers of what a person sees on the panel page.
 */
import { expect } from 'vitest';
import { loadKnowledgeBase } from '../../tools/read-knowledge-base';
import type { PanelSession } from '../../tools/browsers';

/** The data the panel is built from: expectations are derived from it, not from the panel's code. */
export const kb = loadKnowledgeBase();
export const { report, tips, text } = kb.reports[0]!;
export const themes = kb.themes;

export function tip(id: string) {
  const found = tips.find((t) => t.id === id);
  if (!found) throw new Error(`No tip ${id} in data/: the test needs updating`);
  return found;
}

export function section(id: string) {
  return report.sections.find((s) => s.id === id)!;
}

/**
 * Polls what `read` returns from the page until the assertion after it holds (5 s at most); a
 * failure shows the last value read. No fixed sleeps anywhere.
 */
export function eventually<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 5000, interval: 50 });
}

/** Forgets kept tips and history, then opens the panel (with `suffix`, e.g. `?q=…`) as new. */
export async function start(panel: PanelSession, suffix = ''): Promise<void> {
  // Functions given to `evaluate` run in the page, so they cannot share a helper: `storage` is
  // spelled out in each. `browser` in Firefox, `chrome` in Chromium: both return promises under MV3.
  // Storage is reached from an extension page: after `leave()`, or a slow start, the tab may not be one.
  if (!(await panel.evaluate(() => location.protocol.endsWith('-extension:')))) await panel.open();
  // Firefox can answer while its tab's document is still being replaced, without the extension's
  // API (`chrome` undefined: seen once in a full run at the clear, once at the read after the open).
  // Each step is safe to do again: on a failure, the whole start is, from a fresh open.
  for (let attempt = 1; ; attempt++) {
    try {
      await panel.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.clear());
      await panel.open(suffix);
      // The panel restores what storage holds right after its first render: one round trip to
      // storage lets that finish, so nothing the test does is overwritten by the (empty) restore.
      await panel.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(null));
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await panel.open();
    }
  }
  // The thesaurus's labels load after the first render, and what is on screen is then searched
  // again: a test reads the panel once that is done, or a count and a list may come from two searches.
  await thesaurusLoaded(panel);
}

/** Waits until the panel has its thesaurus (the `weerbaar:thesaurus` mark of the panel's main.tsx). */
export async function thesaurusLoaded(panel: PanelSession): Promise<void> {
  await eventually(() =>
    panel.evaluate(() => performance.getEntriesByName('weerbaar:thesaurus').length > 0),
  ).toBe(true);
}

/** The part of the extension API the helpers use, present as `chrome` in both browsers. */
interface ExtensionGlobal {
  chrome: { storage: { local: { clear(): Promise<void>; get(keys: null): Promise<unknown> } } };
}

/** The text of the first element matching `selector`, whitespace collapsed; `null` when absent. */
export function textOf(panel: PanelSession, selector: string): Promise<string | null> {
  return panel.evaluate((sel) => {
    const element = document.querySelector(sel);
    return element ? (element.textContent ?? '').replace(/\s+/gu, ' ').trim() : null;
  }, selector);
}

/** The texts of every element matching `selector` that is rendered, whitespace collapsed. */
export function textsOf(panel: PanelSession, selector: string): Promise<string[]> {
  return panel.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((element) => element.checkVisibility())
        .map((element) => (element.textContent ?? '').replace(/\s+/gu, ' ').trim()),
    selector,
  );
}

/** The `data-tip-id`s of the tips listed as results, in order. */
export function resultIds(panel: PanelSession): Promise<string[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll('.results [data-tip-id]')].map((li) => li.getAttribute('data-tip-id')!),
  );
}

/**
 * The groups of the browse view, by section or by theme, in order: the heading (whitespace
 * collapsed), the line under it (`null` when there is none) and the ids of the tips listed.
 */
export function browseGroups(
  panel: PanelSession,
  by: 'section' | 'theme',
): Promise<{ id: string; heading: string; note: string | null; ids: string[] }[]> {
  return panel.evaluate(
    (attribute) =>
      [...document.querySelectorAll(`.browse [${attribute}]`)].map((group) => ({
        id: group.getAttribute(attribute)!,
        heading: group.querySelector('h3')!.textContent!.replace(/\s+/gu, ' ').trim(),
        note: group.querySelector('.group-note')?.textContent ?? null,
        ids: [...group.querySelectorAll('[data-tip-id]')].map((li) => li.getAttribute('data-tip-id')!),
      })),
    `data-${by}-id`,
  );
}

/**
 * Where the keyboard focus is, as a person would say it: `#search`, `tip <id>` for a tip in a
 * list, `heading <text>`, or the element's tag and text.
 */
export function focused(panel: PanelSession): Promise<string> {
  return panel.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing';
    const tipId = element.closest('[data-tip-id]')?.getAttribute('data-tip-id');
    if (tipId) return `tip ${tipId}`;
    if (element.id === 'search') return '#search';
    const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (/^H\d$/u.test(element.tagName)) return `heading ${text}`;
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} ${text.slice(0, 60)}`.trim();
  });
}

/** The notice (confirmation or problem) if one is shown inside the window, else `null`. */
export function visibleNotice(panel: PanelSession): Promise<string | null> {
  return panel.evaluate(() => {
    const notice = document.querySelector<HTMLElement>('.notice');
    if (!notice?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return null;
    const box = notice.getBoundingClientRect();
    const inside = box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    return inside ? (notice.textContent ?? '').trim() : null;
  });
}

/** Whether the element is in the part of the window not covered by the sticky top bar. */
export function inView(panel: PanelSession, selector: string): Promise<boolean> {
  return panel.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const top = document.querySelector('header.top')?.getBoundingClientRect().bottom ?? 0;
    return box.height > 0 && box.top >= top && box.bottom <= innerHeight;
  }, selector);
}
