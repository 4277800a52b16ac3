import { effect } from '@preact/signals';
import { render } from 'preact';
import { App } from '@/components/App';
import { createAppState } from '@/lib/app-state';
import { createTranslator, pickLanguage } from '@/lib/i18n';
import { createSearch } from '@/lib/search/create-search';
import en from '@/locales/en.json';
import nl from '@/locales/nl.json';
import { knowledgeBase } from '@/utils/knowledge-base';
import { historyItem, loadSaved, pinsItem } from '@/utils/storage';
import './style.css';

const language = pickLanguage(browser.i18n.getUILanguage());
const t = createTranslator(language === 'en' ? en : nl, nl);
document.documentElement.lang = language;
document.title = t('appTitle');

const state = createAppState({
  kb: knowledgeBase,
  search: createSearch(knowledgeBase),
  language,
  t,
  writeClipboard: (text) => navigator.clipboard.writeText(text),
});

// A query given on open (`sidepanel.html?q=…`, e.g. from the address bar) shows its results at once.
const query = new URLSearchParams(location.search).get('q');
if (query) state.actions.setQuery(query);

render(<App state={state} t={t} />, document.getElementById('app')!);

void restoreAndPersist();

/** Loads what the user kept, then writes every change back; a failed write is reported, not lost. */
async function restoreAndPersist() {
  const saved = await loadSaved();
  state.actions.restore(saved);
  if (saved.dropped) state.actions.notify(t('storageReset'), 'error');
  persist(
    () => state.pins.value,
    (value) => pinsItem.setValue(value),
  );
  persist(
    () => state.history.value,
    (value) => historyItem.setValue(value),
  );
  // Another window's panel changed them: follow.
  pinsItem.watch((pins) => state.actions.restore({ pins }));
  historyItem.watch((history) => state.actions.restore({ history }));
}

function persist<T>(read: () => T, write: (value: T) => Promise<void>) {
  let last = JSON.stringify(read());
  effect(() => {
    const value = read();
    const json = JSON.stringify(value);
    if (json === last) return;
    write(value).then(
      () => (last = json),
      () => state.actions.notify(t('storageFailed'), 'error'),
    );
  });
}
