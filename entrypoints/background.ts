/**
 * The browser shell around the panel: the toolbar button, the context menu, the keyboard shortcuts
 * and the address-bar keyword. Everything it hands the panel goes through `storage.session`
 * (lib/handoff.ts); the search itself is built on the first address-bar lookup, not at start-up.
 */
import { createHandoff, type Handoff } from '@/lib/handoff';
import { pickLanguage } from '@/lib/i18n';
import { panelPathFor, toSuggestions } from '@/lib/omnibox';
import type { Search } from '@/lib/search/create-search';
import { createKnowledgeBaseSearch, loadThesaurus } from '@/utils/knowledge-base';
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
   * `await`: both browsers only open a panel in direct answer to the user's gesture.
   */
  function openPanel(windowId: number | undefined): Promise<void> {
    if (firefox) return sidebarAction.open();
    return windowId === undefined ? Promise.resolve() : browser.sidePanel.open({ windowId });
  }

  /** Reads the selection of the tab the user is in; `null` where the page cannot be read. */
  async function readSelection(tabId: number | undefined): Promise<string | null> {
    if (tabId === undefined || tabId < 0) return null;
    try {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => getSelection()?.toString() ?? '',
      });
      return typeof frame?.result === 'string' ? frame.result : null;
    } catch {
      // Browser pages, the PDF viewer, the web stores: no script may run there.
      return null;
    }
  }

  async function handOver(handoff: Handoff, opening: Promise<void>) {
    await handoffItem.setValue(handoff);
    await opening.catch(() => undefined);
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
    // The page's own selection keeps its line breaks; the menu's copy is the fallback (frames). The
    // menu shows only on a selection, so neither giving one means the page withheld it (`null`).
    void readSelection(tab?.id).then((text) => {
      const selected = text?.trim() ? text : info.selectionText?.trim() ? info.selectionText : null;
      return handOver(createHandoff({ kind: 'selection', text: selected }, tab?.windowId), opening);
    });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const opening = openPanel(tab?.windowId);
    if (command === 'open-search') {
      void handOver(createHandoff({ kind: 'focus-search' }, tab?.windowId), opening);
    } else if (command === 'lookup-selection') {
      void readSelection(tab?.id).then((text) =>
        handOver(createHandoff({ kind: 'selection', text }, tab?.windowId), opening),
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
  browser.omnibox.setDefaultSuggestion({ description: browser.i18n.getMessage('omniboxDefault') });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    search ??= searchWithThesaurus();
    void search.then((ready) => {
      const { results, strong } = ready.search(text, { limit: SUGGESTIONS });
      // The strong matches only: a weak one is no suggestion worth a line of the address bar.
      suggest(toSuggestions(results.slice(0, strong), language, !firefox));
    });
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const url = browser.runtime.getURL(panelPathFor(text) as '/sidepanel.html');
    if (disposition === 'currentTab') void browser.tabs.update({ url });
    else void browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
  });
});
