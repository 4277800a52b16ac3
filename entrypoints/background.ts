/**
 * The browser shell around the panel: the toolbar button, the context menu, the keyboard shortcuts
 * and the address-bar keyword. Everything it hands the panel goes through `storage.session`
 * (lib/handoff.ts); the search itself is built on the first address-bar lookup, not at start-up.
 */
import {
  createHandoff,
  PAGE_READ_CHARS,
  pickFrameSelection,
  pickSelection,
  type FrameSelection,
  type Handoff,
} from '@/lib/handoff';
import { pickLanguage } from '@/lib/i18n';
import { panelPathFor, toSuggestions } from '@/lib/omnibox';
import type { Search } from '@/lib/search/create-search';
import { createKnowledgeBaseSearch, knowledgeBase, loadThesaurus } from '@/utils/knowledge-base';
import { handoffItem } from '@/utils/storage';

/** Firefox-only API, missing from WXT's Chrome-based `browser` types. */
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

export const MENU_LOOKUP = 'lookup-selection';
export const MENU_OPEN = 'open-panel';
const SUGGESTIONS = 6;

export default defineBackground(() => {
  const firefox = import.meta.env.FIREFOX;
  const sidebarAction = (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction;

  /**
   * Opens the panel. It must be called synchronously in the click or command handler, before any
   * `await`: both browsers only open a panel in direct answer to the user's gesture. Never rejects:
   * a panel that cannot open (no gesture, a window without one) leaves nothing to handle.
   */
  function openPanel(windowId: number | undefined): Promise<void> {
    const opening = firefox
      ? sidebarAction.open()
      : windowId === undefined
        ? Promise.resolve()
        : browser.sidePanel.open({ windowId });
    return opening.catch(() => undefined);
  }

  /**
   * Reads the selection in the tab the user is in (`activeTab`): in the frame given, or in every
   * frame, each saying whether the user is in it. `[]` where the page cannot be read.
   */
  async function readFrames(tabId: number | undefined, frameId?: number): Promise<FrameSelection[]> {
    if (tabId === undefined || tabId < 0) return [];
    try {
      const frames = await browser.scripting.executeScript({
        target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
        // Runs in the page: self-contained. A frame whose focused element is a frame is not where
        // the user is; the innermost focused one is.
        func: (max: number) => {
          const active = document.activeElement;
          const inner = active instanceof HTMLIFrameElement || active instanceof HTMLFrameElement;
          return {
            text: (getSelection()?.toString() ?? '').slice(0, max),
            focused: document.hasFocus() && !inner,
          };
        },
        args: [PAGE_READ_CHARS],
      });
      return frames.map((frame) => (frame.result ?? { text: null, focused: false }) as FrameSelection);
    } catch {
      // Browser pages, the PDF viewer, the web stores: no script may run there.
      return [];
    }
  }

  /**
   * Writes the hand-over. Storage that refuses it (its quota, a broken profile) still gets paste
   * mode, which says the selection could not be handed over: the panel never opens without a word.
   */
  async function handOver(handoff: Handoff, opening: Promise<void>) {
    try {
      await handoffItem.setValue(handoff);
    } catch {
      const fallback = createHandoff({ kind: 'paste', reason: 'failed' }, handoff.windowId);
      await handoffItem.setValue(fallback).catch(() => undefined);
    }
    await opening;
  }

  if (firefox) browser.action.onClicked.addListener(() => void sidebarAction.toggle());
  else void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_LOOKUP,
        title: browser.i18n.getMessage('menuLookup'),
        contexts: ['selection'],
      });
      browser.contextMenus.create({
        id: MENU_OPEN,
        title: browser.i18n.getMessage('menuOpen'),
        contexts: ['page', 'action'],
      });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const opening = openPanel(tab?.windowId);
    if (info.menuItemId !== MENU_LOOKUP) return;
    // The frame clicked in; the page's reading only where it agrees with the menu's (`pickSelection`).
    void readFrames(tab?.id, info.frameId ?? 0).then(([frame]) => {
      const page = typeof frame?.text === 'string' ? frame.text : null;
      const text = pickSelection(page, info.selectionText);
      return handOver(createHandoff({ kind: 'selection', text }, tab?.windowId), opening);
    });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const opening = openPanel(tab?.windowId);
    if (command === 'open-search') {
      void handOver(createHandoff({ kind: 'focus-search' }, tab?.windowId), opening);
    } else if (command === 'lookup-selection') {
      void readFrames(tab?.id).then((frames) =>
        handOver(
          createHandoff({ kind: 'selection', text: pickFrameSelection(frames) }, tab?.windowId),
          opening,
        ),
      );
    }
  });

  let search: Promise<Search> | undefined;
  const searchWithThesaurus = async () => {
    const created = createKnowledgeBaseSearch();
    created.useThesaurus(await loadThesaurus());
    return created;
  };
  const language = pickLanguage(browser.i18n.getUILanguage());
  const reports = knowledgeBase.reports.map(({ report }) => report);
  browser.omnibox.setDefaultSuggestion({ description: browser.i18n.getMessage('omniboxDefault') });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    search ??= searchWithThesaurus();
    void search.then((ready) => {
      const { results, strong } = ready.search(text, { limit: SUGGESTIONS });
      // The strong matches only: a weak one is no suggestion worth a line of the address bar.
      suggest(toSuggestions(results.slice(0, strong), language, !firefox, reports));
    });
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const url = browser.runtime.getURL(panelPathFor(text) as '/sidepanel.html');
    if (disposition === 'currentTab') void browser.tabs.update({ url });
    else void browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
  });
});
