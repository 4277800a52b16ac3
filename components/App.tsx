import { useEffect } from 'preact/hooks';
import type { AppState } from '@/lib/app-state';
import { localized, resultsCount, type Translate } from '@/lib/i18n';
import { excerptAround } from '@/lib/search/highlight';
import { AppContext, useApp } from './app-context';
import { Browse } from './Browse';
import { FilterPanel } from './FilterPanel';
import { focusSearchBox, goBack } from './focus';
import { HistoryList } from './HistoryList';
import { NoResults } from './NoResults';
import { NoticeBar } from './NoticeBar';
import { PasteBox } from './PasteBox';
import { ReportContext, ReportPassage } from './ReportContext';
import { SavedList } from './SavedList';
import { SearchBox } from './SearchBox';
import { SelectionBanner } from './SelectionBanner';
import { Tabs } from './Tabs';
import { TipDetail } from './TipDetail';
import { Draft } from './DraftWorking';
import { Highlighted } from './Highlighted';
import { MissingWords } from './MissingWords';
import { ResultList } from './TipList';

/** The side panel. */
export function App({ state, t }: { state: AppState; t: Translate }) {
  return (
    <AppContext.Provider value={{ state, t }}>
      <Panel />
    </AppContext.Provider>
  );
}

function Panel() {
  const { t } = useApp();
  useGlobalKeys();
  return (
    <>
      <header class="top">
        <h1 class="visually-hidden">{t('appTitle')}</h1>
        <SearchBox />
        <Tabs />
      </header>
      <main id="main">
        <Screen />
      </main>
      <ResultsAnnouncer />
      <NoticeBar />
    </>
  );
}

/** The screen the state model says the user is on. */
function Screen() {
  const { state } = useApp();
  const screen = state.screen.value;
  const tip = state.openTip.value;
  switch (screen.name) {
    case 'tip':
      return tip && <TipDetail tip={tip} />;
    case 'context':
      return tip && <ReportContext tip={tip} />;
    case 'report':
      return <ReportPassage reportId={screen.reportId} sectionId={screen.sectionId} mark={screen.mark} />;
    case 'saved':
      return <SavedList />;
    case 'recent':
      return <HistoryList />;
    case 'paste':
      return (
        <>
          <PasteBox reason={screen.reason} />
          <SearchView />
        </>
      );
    case 'search':
      return <SearchView />;
  }
}

function SearchView() {
  const { state, t } = useApp();
  const results = state.strongResults.value;
  const selection = state.selection.value;
  // The count says the strong results: the weak tail is folded away, and says its own count.
  const strong = state.strongCount.value;
  const draft = state.draft.value;
  const working = state.draftProgress.value;
  if (selection !== null && (draft || working)) {
    return (
      <>
        <SelectionBanner text={selection} />
        <Draft
          key={selection}
          advice={draft}
          progress={working ?? { done: draft!.parts.length, total: draft!.parts.length }}
        />
      </>
    );
  }
  return (
    <>
      {selection !== null && <SelectionBanner text={selection} />}
      <FilterPanel />
      {results === null ? (
        <Browse />
      ) : (
        <section class="results" aria-labelledby="results-count">
          <p id="results-count" class="results-count">
            {resultsCount(t, strong)}
          </p>
          <MissingWords missing={state.missing.value} />
          {results.length ? (
            <ResultList
              key={selection ?? state.query.value}
              results={results}
              count={state.resultCount.value}
              label={resultsCount(t, strong)}
            />
          ) : (
            <NoResults quiet={state.missing.value.length > 0 || state.passages.value.length > 0} />
          )}
          <Passages />
        </section>
      )}
    </>
  );
}

/** A passage shows a line or two around its first marked word, not a whole paragraph. */
const EXCERPT = 160;

/** The passages of the report's own text that hold the query's words: after the tips, compact. */
function Passages() {
  const { state, t } = useApp();
  const passages = state.passages.value;
  if (!passages.length) return null;
  // Section ids are unique within a report only.
  const reports = new Map(state.kb.reports.map(({ report }) => [report.id, report]));
  return (
    <section class="passages" aria-labelledby="passages-heading">
      <h3 id="passages-heading">{t('passagesHeading')}</h3>
      <ol class="passage-list" aria-label={t('passagesLabel')}>
        {passages.map((passage) => {
          const report = reports.get(passage.reportId)!;
          const section = report.sections.find((s) => s.id === passage.sectionId);
          const reportName = state.reportName(report);
          return (
            <li key={`${passage.reportId}-${passage.sectionId}-${passage.block}`}>
              <button type="button" class="passage" onClick={() => state.actions.openPassage(passage)}>
                <span class="passage-section">
                  {reportName && `${reportName}: `}
                  {section && localized(section, 'title', state.language)}
                </span>
                <span class="passage-text" lang="nl">
                  <Highlighted {...excerptAround(passage.text, passage.ranges, EXCERPT)} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * Tells screen-reader users how many results each keystroke gives. Always on the page, so the
 * change of its text is announced (a live region that appears already filled usually is not).
 */
function ResultsAnnouncer() {
  const { state, t } = useApp();
  const results = state.strongResults.value;
  // A draft: that its parts are being looked up, then that their advice is there.
  const draft = state.draft.value;
  const working = state.draftProgress.value;
  return (
    <p class="visually-hidden" aria-live="polite">
      {draft
        ? t('draftReady', { count: draft.parts.length })
        : working
          ? t('draftWorking', { count: working.total })
          : results && resultsCount(t, state.strongCount.value)}
    </p>
  );
}

/** `/` focuses the search box; Escape goes back one step (`back()` in the state model). */
function useGlobalKeys() {
  const { state } = useApp();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = (event.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        focusSearchBox();
      } else if (event.key === 'Escape' && goBack(state)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state]);
}
