import { useEffect } from 'preact/hooks';
import type { AppState } from '@/lib/app-state';
import type { Translate } from '@/lib/i18n';
import { AppContext, useApp } from './app-context';
import { Browse } from './Browse';
import { FilterPanel } from './FilterPanel';
import { HistoryList } from './HistoryList';
import { NoticeBar } from './NoticeBar';
import { PasteBox } from './PasteBox';
import { SavedList } from './SavedList';
import { SearchBox } from './SearchBox';
import { SelectionBanner } from './SelectionBanner';
import { Tabs } from './Tabs';
import { TipDetail } from './TipDetail';
import { TipList } from './TipList';
import { focusLater, tipButton } from './focus-later';

/** The side panel. */
export function App({ state, t }: { state: AppState; t: Translate }) {
  return (
    <AppContext.Provider value={{ state, t }}>
      <Panel />
    </AppContext.Provider>
  );
}

function Panel() {
  const { state, t } = useApp();
  useGlobalKeys();
  const tip = state.openTip.value;
  const view = state.view.value;
  return (
    <>
      <header class="top">
        <h1 class="visually-hidden">{t('appTitle')}</h1>
        <SearchBox />
        <Tabs />
      </header>
      <main id="main">
        {state.pasteOpen.value && <PasteBox />}
        {tip ? (
          <TipDetail tip={tip} />
        ) : view === 'saved' ? (
          <SavedList />
        ) : view === 'history' ? (
          <HistoryList />
        ) : (
          <SearchView />
        )}
      </main>
      <ResultsAnnouncer />
      <NoticeBar />
    </>
  );
}

function SearchView() {
  const { state, t } = useApp();
  const results = state.results.value;
  const selection = state.selection.value;
  return (
    <>
      {selection !== null && <SelectionBanner text={selection} />}
      <FilterPanel />
      {results === null ? (
        <Browse />
      ) : (
        <section class="results" aria-labelledby="results-count">
          <p id="results-count" class="results-count">
            {results.length === 1 ? t('resultsOne') : t('resultsCount', { count: results.length })}
          </p>
          {results.length ? (
            <TipList results={results} label={t('resultsCount', { count: results.length })} />
          ) : (
            <p class="empty">{t('noResults')}</p>
          )}
        </section>
      )}
    </>
  );
}

/**
 * Tells screen-reader users how many results each keystroke gives. Always on the page, so the
 * change of its text is announced (a live region that appears already filled usually is not).
 */
function ResultsAnnouncer() {
  const { state, t } = useApp();
  const results = state.results.value;
  const text =
    results === null
      ? ''
      : results.length === 1
        ? t('resultsOne')
        : t('resultsCount', { count: results.length });
  return (
    <p class="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}

/** `/` focuses the search box; Escape goes back one step: context, tip, selection, query. */
function useGlobalKeys() {
  const { state } = useApp();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.closest('input, textarea, select, [contenteditable]');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        document.querySelector<HTMLInputElement>('#search')?.focus();
        return;
      }
      if (event.key !== 'Escape') return;
      const { actions } = state;
      if (state.contextOpen.value) {
        actions.setContextOpen(false);
        focusLater('[data-action="context"]');
      } else if (state.openTip.value) {
        const id = state.openTip.value.id;
        actions.closeTip();
        focusLater(tipButton(id));
      } else if (state.pasteOpen.value) actions.setPasteOpen(false);
      else if (state.selection.value !== null) actions.clearSelection();
      else if (state.query.value) actions.setQuery('');
      else if (state.view.value !== 'search') actions.setView('search');
      else return;
      event.preventDefault();
      if (!state.openTip.value && !state.contextOpen.value) {
        requestAnimationFrame(() => {
          if (!document.activeElement?.closest('[data-tip-id]'))
            document.querySelector<HTMLInputElement>('#search')?.focus();
        });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state]);
}
