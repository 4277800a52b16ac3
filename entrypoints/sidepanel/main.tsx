import { render } from 'preact';
import { App } from '@/components/App';
import { loadDraftView } from '@/components/DraftWorking';
import { focusLater, focusSearchBox, TIP_HEADING } from '@/components/focus';
import { createAppState } from '@/lib/app-state';
import { isForPanel, type Handoff } from '@/lib/handoff';
import { createTranslator, pickLanguage } from '@/lib/i18n';
import en from '@/locales/en.json';
import nl from '@/locales/nl.json';
import { createKnowledgeBaseSearch, knowledgeBase, loadThesaurus } from '@/utils/knowledge-base';
import { saveFile, writeClipboard } from '@/utils/clipboard';
import { connectSettings } from '@/utils/settings';
import { connectStorage, handoffItem } from '@/utils/storage';
import './style.css';

const language = pickLanguage(browser.i18n.getUILanguage());
const t = createTranslator(language === 'en' ? en : nl, nl);
document.documentElement.lang = language;
document.title = t('appTitle');

const search = createKnowledgeBaseSearch();
// The thesaurus loads beside the first render, not before it: until it is in, a search matches on
// words alone. What is on screen then is searched again: a selection, or a query (with the thesaurus
// come the words writers use for each tip, which any word may meet).
// Taking it in is four tasks, with a turn for the browser between them, so that a key pressed just
// after the panel opens waits for none of them: indexing what its concepts lead to, indexing the
// writers' words, reading its labels (the first match reads them), searching again. A search in
// between sees the concepts whole, and the writers' words once they are in.
const thesaurus = loadThesaurus().then(
  async (loaded) => {
    search.useThesaurus({ ...loaded, writers: undefined });
    await nextTask();
    search.useThesaurus(loaded);
    await nextTask();
    search.namesConcept('');
    await nextTask();
    if (state.selection.value !== null || state.query.value.trim()) {
      state.actions.searchChanged();
    }
    // The end-to-end tests wait for this mark, so that what they read is not searched again under them.
    performance.mark('weerbaar:thesaurus');
  },
  // A chunk of the extension's own that does not load leaves the search on words alone; the panel
  // and its hand-overs go on working.
  () => undefined,
);
const state = createAppState({
  kb: knowledgeBase,
  search,
  language,
  t,
  writeClipboard,
  saveFile,
});

// A query or tip given on open (`sidepanel.html?q=…` or `?tip=…`, from the address bar) shows at once.
const params = new URLSearchParams(location.search);
if (params.get('q')) state.actions.setQuery(params.get('q')!);
if (params.get('tip')) state.actions.openTip(params.get('tip')!);

render(<App state={state} t={t} />, document.getElementById('app')!);
if (state.openTip.value) focusLater(TIP_HEADING);
// Preact's first render is synchronous: the results of a query given on open are on screen now.
// `npm run bench` reads this mark to time opening the panel, and how many results it showed then
// (the thesaurus, taken in a moment later, may change them).
performance.mark('weerbaar:first-render', {
  detail: { results: document.querySelectorAll('[data-tip-id]').length },
});
// Then, while the user reads, what the first unusual word typed would otherwise wait for, and the
// view of a draft (a chunk of its own, not needed to open).
requestIdleCallback(
  () => {
    search.prepare();
    loadDraftView();
  },
  { timeout: 2000 },
);

const storageEvents = {
  onWriteFailed: () => state.actions.notify(t('storageFailed'), 'error'),
  onDropped: () => state.actions.notify(t('storageReset'), 'error'),
  onNewerVersion: () => state.actions.notify(t('storageNewer'), 'error'),
};
void connectSettings(state, storageEvents);
void connectStorage(state, storageEvents).then(() => {
  // After the restore, so a selection handed over on open is not overwritten in the history; and
  // only in the side panel itself: the page opened in a tab from the address bar (`?tab`) leaves
  // hand-overs to the panel they are meant for.
  // A hand-over waits for the thesaurus too: a selection is matched once, with it.
  if (!params.has('tab')) void thesaurus.finally(receiveHandoffs);
});

/** A promise that settles in a task of its own, after the browser has had a turn (input, paint). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Takes what the background hands over (a selection, paste mode, the search box): the one waiting
 * when the panel opens, and every later one while it is open. Each is taken once, by the panel of
 * the window it was meant for.
 */
async function receiveHandoffs() {
  const windowId = await browser.windows.getCurrent().then(
    (window) => window.id,
    () => undefined,
  );
  const taken = new Set<string>();
  const take = (handoff: Handoff | null) => {
    if (!isForPanel(handoff, windowId, taken)) return;
    taken.add(handoff.nonce);
    if (handoff.kind === 'selection') state.actions.applySelection(handoff.text);
    else if (handoff.kind === 'paste') state.actions.openPaste(handoff.reason);
    else {
      state.actions.openTab('search');
      focusSearchBox({ select: true });
    }
    void handoffItem.removeValue();
  };
  handoffItem.watch(take);
  take(await handoffItem.getValue());
}
