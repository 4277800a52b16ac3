import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background, { MENU_LOOKUP, MENU_OPEN } from '@/entrypoints/background';
import { PAGE_READ_CHARS, type Handoff } from '@/lib/handoff';
import { createSearch, MAX_SELECTION_CHARS } from '@/lib/search/create-search';
import { stubBrowserApis } from './stub-browser';

vi.mock('@/lib/search/create-search', async (original) => {
  const actual = await original<typeof import('@/lib/search/create-search')>();
  return { ...actual, createSearch: vi.fn(actual.createSearch) };
});

const TAB = { id: 7, windowId: 3 } as const;
const handoff = () =>
  fakeBrowser.storage.session.get('handoff').then((items) => items.handoff as Handoff | undefined);
/** Lets the handler's promise chain (reading the selection, storing the hand-over) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('background', () => {
  let stubs: ReturnType<typeof stubBrowserApis>;
  const start = (options?: Parameters<typeof stubBrowserApis>[0]) => {
    fakeBrowser.reset();
    stubs = stubBrowserApis(options);
    vi.mocked(createSearch).mockClear();
    background.main();
  };
  beforeEach(() => start({ selection: 'Wij willen sleutelpersonen\nniet overvragen.' }));

  it('lets the toolbar button open the side panel in Chrome', () => {
    expect(stubs.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('adds the menu items on install: advice for a selection, and open the panel', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    expect(stubs.contextMenus.create).toHaveBeenCalledWith({
      id: MENU_LOOKUP,
      title: 'msg:menuLookup',
      contexts: ['selection'],
    });
    expect(stubs.contextMenus.create).toHaveBeenCalledWith({
      id: MENU_OPEN,
      title: 'msg:menuOpen',
      contexts: ['page', 'action'],
    });
  });

  it('opens the panel before anything is awaited, then hands over the page selection', async () => {
    stubs.contextMenus.onClicked.fire(
      { menuItemId: MENU_LOOKUP, selectionText: 'Wij willen sleutelpersonen niet overvragen.', frameId: 0 },
      TAB,
    );
    // Synchronously, in the click: the user gesture is still there.
    expect(stubs.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    expect(await handoff()).toBeUndefined();
    await settle();
    expect(stubs.scripting.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, args: [PAGE_READ_CHARS] }),
    );
    // The page's reading agrees with the menu's, white space aside: its line break is kept.
    expect(await handoff()).toMatchObject({
      kind: 'selection',
      text: 'Wij willen sleutelpersonen\nniet overvragen.',
      windowId: 3,
    });
  });

  it('reads the frame the menu was opened in', async () => {
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: 'x', frameId: 12 }, TAB);
    await settle();
    expect(stubs.scripting.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [12] } }),
    );
  });

  it('looks up what the menu named when the page swapped its selection after the click', async () => {
    start({ selection: 'verborgen tekst van de pagina '.repeat(10_000) });
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: 'wijkagent' }, TAB);
    await settle();
    expect(await handoff()).toMatchObject({ kind: 'selection', text: 'wijkagent' });
  });

  it('hands over a long selection cut to what a lookup reads', async () => {
    const page = 'Wij willen sleutelpersonen niet overvragen. '.repeat(2000);
    start({ selection: page });
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: page }, TAB);
    await settle();
    const text = ((await handoff()) as { text: string }).text;
    expect(text).toBe(page.slice(0, MAX_SELECTION_CHARS));
  });

  it('opens paste mode that says why when storage refuses the hand-over', async () => {
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set')
      .mockRejectedValueOnce(new Error('Session storage quota bytes exceeded'))
      .mockImplementation(set);
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: 'wijkagent' }, TAB);
    await settle();
    expect(await handoff()).toMatchObject({ kind: 'paste', reason: 'failed', windowId: 3 });
  });

  it('falls back to the menu’s copy of the selection where the page cannot be scripted', async () => {
    start({ selection: new Error('Cannot access a chrome:// URL') });
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: 'wijkagent' }, TAB);
    await settle();
    expect(await handoff()).toMatchObject({ kind: 'selection', text: 'wijkagent' });
  });

  it('opens paste mode when no selection can be read at all', async () => {
    start({ selection: '' });
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: '' }, TAB);
    await settle();
    expect(await handoff()).toMatchObject({ kind: 'paste', reason: 'unreadable' });
  });

  it('hands over the same text twice as two lookups', async () => {
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: 'x' }, TAB);
    await settle();
    const first = await handoff();
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: 'x' }, TAB);
    await settle();
    const second = await handoff();
    expect(second?.nonce).not.toBe(first?.nonce);
  });

  it('only opens the panel from the page and toolbar menu item', async () => {
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_OPEN }, TAB);
    expect(stubs.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    await settle();
    expect(stubs.scripting.executeScript).not.toHaveBeenCalled();
    expect(await handoff()).toBeUndefined();
  });

  it('leaves no unhandled error when the panel cannot open, and still hands over', async () => {
    stubs.sidePanel.open.mockRejectedValue(
      new Error('sidePanel.open() may only be called in response to a user gesture'),
    );
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_OPEN }, TAB);
    stubs.contextMenus.onClicked.fire({ menuItemId: MENU_LOOKUP, selectionText: 'wijkagent' }, TAB);
    await settle();
    // Vitest fails the run on an unhandled rejection; the hand-over is there regardless.
    expect(await handoff()).toMatchObject({ kind: 'selection', text: 'wijkagent' });
  });

  it('opens the panel with the cursor in the search box from its shortcut', async () => {
    stubs.commands.onCommand.fire('open-search', TAB);
    expect(stubs.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    await settle();
    expect(await handoff()).toMatchObject({ kind: 'focus-search' });
  });

  it.each([
    ['the selection', 'Snel handelen', { kind: 'selection', text: 'Snel handelen' }],
    ['paste mode when nothing is selected', '', { kind: 'paste', reason: 'empty' }],
    [
      'paste mode when the page cannot be read',
      new Error('no access'),
      { kind: 'paste', reason: 'unreadable' },
    ],
  ])('looks up %s from the selection shortcut', async (_, selection, expected) => {
    start({ selection });
    stubs.commands.onCommand.fire('lookup-selection', TAB);
    expect(stubs.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    await settle();
    expect(await handoff()).toMatchObject(expected);
  });

  it('reads every frame for the shortcut and takes the selection of the frame the user is in', async () => {
    start({
      selection: [
        { text: '', focused: false },
        { text: 'Snel handelen bij een hulpvraag', focused: true },
        { text: 'een andere frame', focused: false },
      ],
    });
    stubs.commands.onCommand.fire('lookup-selection', TAB);
    await settle();
    expect(stubs.scripting.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, allFrames: true } }),
    );
    expect(await handoff()).toMatchObject({ kind: 'selection', text: 'Snel handelen bij een hulpvraag' });
  });

  it('builds the search on the first address-bar lookup, not at start-up, and suggests tips', async () => {
    expect(createSearch).not.toHaveBeenCalled();
    const suggest = vi.fn();
    stubs.omnibox.onInputChanged.fire('fouten toegeven', suggest);
    stubs.omnibox.onInputChanged.fire('fouten toegeven <b>', suggest);
    expect(createSearch).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(suggest).toHaveBeenCalledTimes(2));
    const [first] = suggest.mock.calls[0]![0] as { content: string; description: string }[];
    expect(first).toEqual({
      content: 'tip:eerlijk-zijn-en-fouten-toegeven',
      description: expect.stringMatching(
        /^<match>Wees eerlijk, geef fouten toe .*<\/match> <dim>— Halima Bochallati<\/dim>$/,
      ),
    });
  });

  it('suggests through the thesaurus, and only the strong matches', async () => {
    const suggest = vi.fn();
    stubs.omnibox.onInputChanged.fire('straathoekwerk', suggest);
    await vi.waitFor(() => expect(suggest).toHaveBeenCalled());
    const suggestions = suggest.mock.calls[0]![0] as { content: string }[];
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.map((s) => s.content)).toContain('tip:naar-jongeren-toe-gaan');
  });

  it.each([
    [
      'a query in the current tab',
      'vertrouwen winnen',
      'currentTab',
      'update',
      '/sidepanel.html?q=vertrouwen%20winnen&tab',
    ],
    [
      'a tip in a new tab',
      'tip:neutrale-gespreksleider',
      'newForegroundTab',
      'create',
      '/sidepanel.html?tip=neutrale-gespreksleider&tab',
    ],
  ])('opens the full results for %s on Enter', async (_, text, disposition, method, path) => {
    const spy = vi.spyOn(fakeBrowser.tabs, method as 'update' | 'create').mockResolvedValue({} as never);
    stubs.omnibox.onInputEntered.fire(text, disposition);
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining(path) }));
  });
});
