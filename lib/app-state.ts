/**
 * The side panel's state and everything a user can do to it, as signals and actions. It knows
 * nothing of the browser: storage, clipboard and language come in from `main.tsx`, so the whole
 * panel logic runs in Node tests.
 */
import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { browseGroup, browseIndex, type BrowseBy } from './browse-index';
import { createCitationActions } from './citation-actions';
import { FACETS, facetValues, passesFilter as passes, type Facet, type TipFilter } from './filter-tips';
import { selectionOrPaste, type NoSelection } from './handoff';
import type { Language, Translate } from './i18n';
import type { OpeningKnowledgeBase, Report, Tip } from './schema';
import { DraftAdviser, draftParts, type DraftAdvice } from './search/advise-draft';
import type { DraftPart } from './search/split-draft';
import type { Search, SearchOutcome } from './search/create-search';
import type { Range } from './search/highlight';
import type { Passage } from './search/report-passages';
import { reportLabel } from './report-label';

/** The panel's tabs: the screens the user switches between. */
export type Tab = 'search' | 'saved' | 'recent';
/** The lists a tip is opened from; going back from the tip returns there. */
export type TipOrigin = 'search' | 'saved';
/**
 * Why paste mode is open: the user asked, the selection handed over was empty, or the page would
 * not give its selection (Google Docs, PDF viewers). The panel tells the user which.
 */
export type PasteReason = 'asked' | NoSelection;

/**
 * Where the user is: one screen at a time, each with what it shows. `back()` leaves each one for
 * the screen it came from, so Escape and every back button agree. The draft view is not a screen of
 * its own: it is the search screen while the selection has several parts (`draft`), so a tip opened
 * from it goes back to it, and `back()` leaves it by clearing the selection, as for any selection.
 */
export type Screen =
  | { name: 'search' }
  /** The paste box, above the search results. */
  | { name: 'paste'; reason: PasteReason }
  | { name: 'saved' }
  | { name: 'recent' }
  | { name: 'tip'; tipId: string; from: TipOrigin }
  /** The report section a tip comes from, opened from the tip. */
  | { name: 'context'; tipId: string; from: TipOrigin }
  /**
   * A section of a report: a passage found in its text (marked), or the section before or after the
   * one on screen. `back` is the screen it was opened from, which Escape returns to.
   */
  | { name: 'report'; reportId: string; sectionId: string; mark?: ReportMark; back: Screen };

/** What the report view marks: a passage found by the search, as ranges of its block's text. */
export interface ReportMark {
  block: number;
  ranges: readonly Range[];
}

/** The active filter values per facet; an empty list is no filter. */
export type Filters = Required<TipFilter>;

/**
 * How the start screen lists the reports: by section or by theme, and which groups of that index
 * are unfolded (keys of `browseGroup`). In the model, so a tip opened from a group and closed again
 * finds its group still open.
 */
export interface BrowseIndex {
  by: BrowseBy;
  open: readonly string[];
}

/** A lookup the user made: typed in the search box, or a passage selected or pasted. */
export interface HistoryEntry {
  kind: 'typed' | 'selection';
  text: string;
  /** When, in milliseconds since the epoch. */
  at: number;
}

/** A short message for the user: a confirmation ("Gekopieerd") or a problem. */
export interface Notice {
  text: string;
  tone: 'info' | 'error';
  /** Distinguishes two equal messages in a row, so both are announced. */
  id: number;
}

export interface AppDependencies {
  kb: OpeningKnowledgeBase;
  search: Search;
  language: Language;
  /** Writes text, and HTML when given, to the clipboard; rejects when the browser refuses. */
  writeClipboard: (text: string, html?: string) => Promise<void>;
  /** Offers a file for download (the kept list as a Word document). */
  saveFile?: (file: Blob, name: string) => void;
  /** Messages the model shows itself (copy confirmations); keys of the locale files. */
  t: Translate;
  now?: () => number;
  /** Runs `run` after `ms` milliseconds; returns what cancels it. Defaults to `setTimeout`. */
  later?: (run: () => void, ms: number) => () => void;
  /** A clock in milliseconds for how long a task has run (`DRAFT_TASK_MS`). Defaults to `performance.now`. */
  clock?: () => number;
}

/** How far the advice for a draft has come while it is worked out: parts looked up, of all. */
export interface DraftProgress {
  done: number;
  total: number;
}

/** The most lookups kept in the history. */
export const HISTORY_LIMIT = 30;
/**
 * How long the results of a typed query stay on screen, unchanged, before the query counts as a
 * lookup and goes to Recent, as Enter or opening a result does at once.
 */
export const DWELL_MS = 3000;
/**
 * A draft's parts are looked up in tasks of about this many milliseconds, each after the other has
 * let the panel paint and take keys: a whole draft of 20,000 characters takes hundreds of
 * milliseconds the first time (its words new, the code not yet optimised), and a panel that stopped
 * for that long would seem to hang. A short draft takes one task, and shows at once.
 */
export const DRAFT_TASK_MS = 8;
export { browseGroup };

const setTimer = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};
const NO_FILTERS: Filters = { themes: [], sections: [], speakers: [], kinds: [], reports: [] };
const SEARCH: Screen = { name: 'search' };

export type AppState = ReturnType<typeof createAppState>;

/** Creates the panel's state model. */
export function createAppState({
  kb,
  search,
  language,
  writeClipboard,
  saveFile,
  t,
  now = Date.now,
  later = setTimer,
  clock = () => performance.now(),
}: AppDependencies) {
  const query = signal('');
  /** A passage from the context menu or paste mode, matched as a selection; wins over `query`. */
  const selection = signal<string | null>(null);
  const filters = signal<Filters>(NO_FILTERS);
  const screen = signal<Screen>(SEARCH);
  const pins = signal<string[]>([]);
  const history = signal<HistoryEntry[]>([]);
  const notice = signal<Notice | null>(null);
  const browse = signal<BrowseIndex>({ by: 'section', open: [] });
  let noticeId = 0;

  const reports = new Map(kb.reports.map(({ report }) => [report.id, report]));
  const reportOf = (tip: Tip): Report => reports.get(tip.report)!;
  /**
   * A report's short name and day ("Kennisdag 2 · 15 april 2024") where the panel shows more than one
   * report, to tell them apart; `null` with one, where there is nothing to tell apart.
   */
  const reportName = (report: Report): string | null =>
    reports.size > 1 ? reportLabel(report, language) : null;

  /** Counts the search's changes (its thesaurus arriving), so that the results are searched again. */
  const searchVersion = signal(0);
  /**
   * The parts of a selection of more than one (a paragraph of several subjects, a draft); `null` for
   * a short selection or a typed query, which have one list of results.
   */
  const draftSplit = computed<DraftPart[] | null>(() => {
    const text = selection.value;
    const parts = text === null ? [] : draftParts(text);
    return parts.length < 2 ? null : parts;
  });
  /**
   * The advice for those parts, part by part, once every part is looked up (`DRAFT_TASK_MS`); `null`
   * until then, and for a short selection or a typed query. While a changed search (its thesaurus
   * arriving) looks the same parts up again, it keeps the advice it had.
   */
  const draft = signal<DraftAdvice | null>(null);
  /** How far the advice for a draft has come while it is worked out; `null` when it is not. */
  const draftProgress = signal<DraftProgress | null>(null);
  /** The parts `draft` is the advice for. */
  let advised: DraftPart[] | null = null;
  effect(() => {
    void searchVersion.value;
    const parts = draftSplit.value;
    if (parts !== advised) {
      advised = null;
      draft.value = null;
    }
    if (parts === null) {
      draftProgress.value = null;
      return;
    }
    // Let go of once done: its candidates, with every part's results, would live as long as the advice.
    let adviser: DraftAdviser | undefined = new DraftAdviser(search, kb.themes, parts);
    let cancel = () => {};
    const show = (advice: DraftAdvice) =>
      batch(() => {
        advised = parts;
        draft.value = advice;
        draftProgress.value = null;
      });
    const task = (first: boolean) => {
      const end = clock() + DRAFT_TASK_MS;
      const advice = adviser!.advance(() => clock() >= end);
      if (!advice) {
        draftProgress.value = { done: adviser!.done, total: parts.length };
        cancel = later(() => task(false), 0);
        return;
      }
      adviser = undefined;
      if (first) return show(advice);
      // Advice that took more than one task is shown in a task of its own: its first rows rendered
      // in the task of the last lookups would hold the panel as long as both.
      draftProgress.value = { done: parts.length, total: parts.length };
      cancel = later(() => show(advice), 0);
    };
    task(true);
    return () => cancel();
  });
  /** What the active query or short selection finds, before filters; `null` when browsing or for a draft. */
  const outcome = computed<SearchOutcome | null>(() => {
    void searchVersion.value;
    if (selection.value !== null) return draftSplit.value ? null : search.lookupSelection(selection.value);
    return query.value.trim() ? search.search(query.value) : null;
  });
  /**
   * The results that pass the filters, best first: the strong ones, then the weak tail. Without a
   * filter on, the list shows `strongResults` and counts `resultCount`, and reads this only to unfold
   * the weak tail: a keystroke ranks no weak tail (thousands in a large corpus).
   */
  const results = computed(() => outcome.value?.results.filter((r) => passes(r.tip, filters.value)) ?? null);
  /** The first `strongCount` of `results`: what the list shows before the weak tail. */
  const strongResults = computed(() => {
    const found = outcome.value;
    if (!found) return null;
    return activeFilterCount.value ? results.value!.slice(0, strongCount.value) : found.strongResults;
  });
  /**
   * How many of `results` are strong: those above the search's cut-off that pass the filters. When
   * the filters leave only weak ones, those are what there is, and all count.
   */
  const strongCount = computed(() => {
    const found = outcome.value;
    if (!found) return 0;
    if (!activeFilterCount.value) return found.strong;
    const strong = found.strongResults.filter((r) => passes(r.tip, filters.value)).length;
    return strong || (results.value?.length ?? 0);
  });
  /** How many `results` there are. */
  const resultCount = computed(() => {
    const found = outcome.value;
    if (!found) return 0;
    return activeFilterCount.value ? results.value!.length : found.count;
  });
  /** How many results the query would have without the filters: what the count would say. */
  const unfilteredCount = computed(() => {
    const found = outcome.value;
    return found ? found.strong || found.count : 0;
  });
  /** The words of the query the reports do not use, nor the thesaurus as a way into them. */
  const missing = computed(() => outcome.value?.missing ?? []);
  /** Passages of the reports' own text for a typed query: what no tip quotes, after the tips. */
  const passages = computed<Passage[]>(() =>
    selection.value === null && query.value.trim() ? search.passages(query.value) : [],
  );
  /** The tips shown when there is no query: all of them, filtered, in report order. */
  const browseTips = computed(() => search.tips.filter((tip) => passes(tip, filters.value)));
  /** The start screen's index of `browseTips`: by section (per report, with more than one) or by theme. */
  const browseGroups = computed(() => browseIndex(kb, browseTips.value, browse.value.by, language));
  /**
   * For each facet value, how many results the query and the other active filters leave it: what the
   * count says once it is pressed (its strong results, or all of them where none is strong).
   */
  const facetCounts = computed(() => {
    const found = outcome.value;
    const tally = (pool: readonly Tip[], facet: Facet) => {
      const counts = new Map<string, number>();
      for (const tip of pool) {
        for (const value of facetValues(tip, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return counts;
    };
    const count = (facet: Facet) => {
      const others = { ...filters.value, [facet]: [] };
      const all = (found?.tips ?? search.tips).filter((tip) => passes(tip, others));
      if (!found) return tally(all, facet);
      const strong = found.strongResults.map((result) => result.tip).filter((tip) => passes(tip, others));
      // What pressing a value makes the count say (`strongCount`): the strong results, or all of them
      // where none is strong, of the facet's active values with this one added (values of one facet
      // combine with OR). An active value: what it alone leaves.
      const active: readonly string[] = filters.value[facet];
      const inActive = (tip: Tip) => facetValues(tip, facet).some((value) => active.includes(value));
      const shown = (strongCount: number, allCount: number) => strongCount || allCount;
      const [strongIn, allIn] = [strong.filter(inActive).length, all.filter(inActive).length];
      const [strongOut, allOut] = [
        tally(
          strong.filter((t) => !inActive(t)),
          facet,
        ),
        tally(
          all.filter((t) => !inActive(t)),
          facet,
        ),
      ];
      const [strongOwn, allOwn] = [tally(strong, facet), tally(all, facet)];
      const counts = new Map<string, number>();
      for (const value of allOwn.keys()) {
        counts.set(
          value,
          active.includes(value)
            ? shown(strongOwn.get(value) ?? 0, allOwn.get(value)!)
            : shown(strongIn + (strongOut.get(value) ?? 0), allIn + (allOut.get(value) ?? 0)),
        );
      }
      return counts;
    };
    return Object.fromEntries(FACETS.map((facet) => [facet, count(facet)])) as Record<
      Facet,
      Map<string, number>
    >;
  });
  const activeFilterCount = computed(() =>
    FACETS.reduce((sum, facet) => sum + filters.value[facet].length, 0),
  );
  /** The tab the screen belongs to: a tip and its report view to the list it was opened from. */
  const tab = computed<Tab>(() => {
    const current = screen.value;
    const from = current.name === 'report' ? current.back : current;
    if (from.name === 'tip' || from.name === 'context') return from.from;
    return from.name === 'paste' || from.name === 'report' ? 'search' : from.name;
  });
  /** The tip on screen, opened or in its report view. */
  const openTip = computed(() => {
    const current = screen.value;
    return current.name === 'tip' || current.name === 'context' ? (search.tip(current.tipId) ?? null) : null;
  });
  const pinnedTips = computed(() => pins.value.flatMap((id) => search.tip(id) ?? []));

  function notify(text: string, tone: Notice['tone'] = 'info') {
    notice.value = { text, tone, id: ++noticeId };
  }

  function remember(kind: HistoryEntry['kind'], text: string) {
    const trimmed = text.trim();
    if (!trimmed) return;
    history.value = [
      { kind, text: trimmed, at: now() },
      ...history.value.filter((entry) => entry.kind !== kind || entry.text !== trimmed),
    ].slice(0, HISTORY_LIMIT);
  }

  /** The start screen listed `by`, with the group `key` unfolded, and nothing narrowing it. */
  function showGroup(by: BrowseBy, key: string) {
    batch(() => {
      query.value = '';
      selection.value = null;
      filters.value = NO_FILTERS;
      screen.value = SEARCH;
      browse.value = { by, open: [...browse.value.open.filter((open) => open !== key), key] };
    });
  }

  const citations = createCitationActions({
    ...{ language, t, notify, writeClipboard, saveFile, now },
    entry: (id) => {
      const tip = search.tip(id);
      return tip && { report: reportOf(tip), tip };
    },
    kept: () => pinnedTips.value.map((tip) => ({ report: reportOf(tip), tip })),
  });

  const actions = {
    /** What the user typed; leaves a selection for a typed search, and a tip or tab for the results. */
    /** Searches again, for a search that changed (its thesaurus loaded after the panel opened). */
    searchChanged() {
      searchVersion.value++;
    },
    /** What the user typed: shows its results, leaving a tip, another tab or paste mode for them. */
    setQuery(text: string) {
      batch(() => {
        query.value = text;
        selection.value = null;
        screen.value = SEARCH;
      });
    },
    /** Confirms the typed query (Enter, or opening a result): it goes into the history. */
    commitQuery() {
      if (selection.value === null) remember('typed', query.value);
    },
    /**
     * Shows the advice for a selected or pasted passage. A selection the page would not give (`null`)
     * or an empty one opens paste mode instead, saying why: the one place that decides it.
     */
    applySelection(text: string | null) {
      const lookup = selectionOrPaste(text);
      if (lookup.kind === 'paste') {
        actions.openPaste(lookup.reason);
        return;
      }
      batch(() => {
        selection.value = lookup.text;
        query.value = '';
        screen.value = SEARCH;
        remember('selection', lookup.text);
      });
    },
    clearSelection() {
      selection.value = null;
    },
    /** Opens paste mode above the search results; `reason` says why, when the user did not ask. */
    openPaste(reason: PasteReason = 'asked') {
      screen.value = { name: 'paste', reason };
    },
    /** Switches to a tab; from a tip, to its list without the tip. */
    openTab(next: Tab) {
      screen.value = next === 'search' ? SEARCH : { name: next };
    },
    /** Opens a tip from the list on screen; an unknown id changes nothing. */
    openTip(id: string) {
      if (!search.tip(id)) return;
      batch(() => {
        actions.commitQuery();
        screen.value = { name: 'tip', tipId: id, from: tab.value === 'saved' ? 'saved' : 'search' };
      });
    },
    /** Opens the report at a passage found in its text, marked. */
    openPassage({ reportId, sectionId, block, ranges }: Passage) {
      batch(() => {
        actions.commitQuery();
        screen.value = { name: 'report', reportId, sectionId, mark: { block, ranges }, back: screen.value };
      });
    },
    /**
     * Shows another section of the report on screen (the one before or after): from a tip's report
     * view or a passage, Escape still returns to where the report was opened from.
     */
    openSection(reportId: string, sectionId: string) {
      const current = screen.value;
      const back = current.name === 'report' ? current.back : current;
      screen.value = { name: 'report', reportId, sectionId, back };
    },
    /** Opens the report section of the open tip, at its quote. */
    openContext() {
      const current = screen.value;
      if (current.name === 'tip') screen.value = { ...current, name: 'context' };
    },
    /**
     * Goes back one step, as Escape does: from the report view to its tip, from a tip to its list,
     * from paste mode and the other tabs to the search; on the search, clears the selection, then
     * the query. Returns whether there was a step to take.
     */
    back(): boolean {
      const current = screen.value;
      switch (current.name) {
        case 'context':
          screen.value = { ...current, name: 'tip' };
          return true;
        case 'report':
          screen.value = current.back;
          return true;
        case 'tip':
          actions.openTab(current.from);
          return true;
        case 'paste':
        case 'saved':
        case 'recent':
          screen.value = SEARCH;
          return true;
        case 'search':
          if (selection.value !== null) actions.clearSelection();
          else if (query.value) actions.setQuery('');
          else return false;
          return true;
      }
    },
    toggleFilter(facet: Facet, value: string) {
      const current = filters.value[facet] as readonly string[];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      filters.value = { ...filters.value, [facet]: next };
    },
    /** Shows the tips with this value: adds it to the filter, never takes it away. */
    addFilter(facet: Facet, value: string) {
      if (!(filters.value[facet] as readonly string[]).includes(value)) actions.toggleFilter(facet, value);
    },
    /**
     * Shows every tip of a theme: the start screen by theme with that theme unfolded, no query and no
     * filters narrowing it (a theme label on an opened tip).
     */
    showTheme(id: string) {
      showGroup('theme', browseGroup('theme', id));
    },
    /**
     * Shows a report's sections: the start screen by section with the report unfolded, no query and
     * no filters narrowing it (a report in the start screen's list of reports).
     */
    showReport(id: string) {
      showGroup('section', browseGroup('report', id));
    },
    /** Lists the start screen's index by section or by theme. */
    browseBy(by: BrowseBy) {
      browse.value = { ...browse.value, by };
    },
    /** Unfolds or folds one group of the start screen's index (a key of `browseGroup`). */
    toggleGroup(key: string) {
      const { open } = browse.value;
      browse.value = {
        ...browse.value,
        open: open.includes(key) ? open.filter((k) => k !== key) : [...open, key],
      };
    },
    resetFilters() {
      filters.value = NO_FILTERS;
    },
    togglePin(id: string) {
      const pinned = pins.value.includes(id);
      pins.value = pinned ? pins.value.filter((p) => p !== id) : [...pins.value, id];
      notify(t(pinned ? 'unpinned' : 'pinned'));
    },
    /** Moves a kept tip up (-1) or down (+1) in the list. */
    movePin(id: string, delta: -1 | 1) {
      const list = [...pins.value];
      const from = list.indexOf(id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= list.length) return;
      [list[from], list[to]] = [list[to]!, list[from]!];
      pins.value = list;
    },
    /** Restores what storage kept; unknown tip ids (a tip taken out of the data) are dropped. */
    restore(saved: { pins?: readonly string[]; history?: readonly HistoryEntry[] }) {
      batch(() => {
        if (saved.pins) pins.value = saved.pins.filter((id) => search.tip(id));
        if (saved.history) history.value = saved.history.slice(0, HISTORY_LIMIT);
      });
    },
    rerun(entry: HistoryEntry) {
      if (entry.kind === 'selection') actions.applySelection(entry.text);
      else actions.setQuery(entry.text);
    },
    clearHistory() {
      history.value = [];
    },
    /** Takes one lookup out of the history. */
    forget(entry: HistoryEntry) {
      history.value = history.value.filter((e) => e.kind !== entry.kind || e.text !== entry.text);
    },
    ...citations.actions,
    notify,
    dismissNotice() {
      notice.value = null;
    },
  };

  // A typed query whose results the user stays on is a lookup, as Enter would make it: every change
  // of the query, the selection or the screen starts the wait again.
  effect(() => {
    const text = query.value;
    if (selection.value !== null || screen.value.name !== 'search' || !text.trim()) return;
    return later(() => remember('typed', text), DWELL_MS);
  });

  const readonly = <T>(s: ReadonlySignal<T>): ReadonlySignal<T> => s;
  return {
    language,
    kb,
    reportOf,
    reportName,
    query: readonly(query),
    selection: readonly(selection),
    filters: readonly(filters),
    screen: readonly(screen),
    tab,
    openTip,
    pins: readonly(pins),
    browse: readonly(browse),
    pinnedTips,
    citationStyle: readonly(citations.style),
    /** What a copy and a drag of a tip carry (HTML and text); `null` for an unknown id. */
    citationOf: citations.contentOf,
    history: readonly(history),
    notice: readonly(notice),
    results,
    strongResults,
    strongCount,
    resultCount,
    unfilteredCount,
    missing,
    draft: readonly(draft),
    draftProgress: readonly(draftProgress),
    passages,
    browseTips,
    browseGroups,
    facetCounts,
    activeFilterCount,
    actions,
  };
}
