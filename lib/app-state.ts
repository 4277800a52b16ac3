/**
 * The side panel's state and everything a user can do to it, as signals and actions. It knows
 * nothing of the browser: storage, clipboard and language come in from `main.tsx`, so the whole
 * panel logic runs in Node tests.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  formatCitationMarkdown,
  formatCitationText,
  formatSourceList,
  type Language,
} from './format-citation';
import { facetValues, passesFilter as passes } from './filter-tips';
import type { KnowledgeBase, Report, TipKind, Tip } from './schema';
import type { Search, SearchResult } from './search/create-search';

export type View = 'search' | 'saved' | 'history';
/** The facets the panel filters by. */
export type Facet = 'themes' | 'speakers' | 'kinds';
export type Filters = { themes: string[]; speakers: string[]; kinds: TipKind[] };

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
  kb: KnowledgeBase;
  search: Search;
  language: Language;
  /** Writes text to the clipboard; rejects when the browser refuses. */
  writeClipboard: (text: string) => Promise<void>;
  /** Messages the model shows itself (copy confirmations); keys of the locale files. */
  t: (key: string, values?: Record<string, string | number>) => string;
  now?: () => number;
}

/** The most lookups kept in the history. */
export const HISTORY_LIMIT = 30;
const NO_FILTERS: Filters = { themes: [], speakers: [], kinds: [] };

export type AppState = ReturnType<typeof createAppState>;

/** Creates the panel's state model. */
export function createAppState({ kb, search, language, writeClipboard, t, now = Date.now }: AppDependencies) {
  const query = signal('');
  /** A passage from the context menu or paste mode, matched as a selection; wins over `query`. */
  const selection = signal<string | null>(null);
  const pasteOpen = signal(false);
  /** Why paste mode opened by itself (a selection the page would not give), if it did. */
  const pasteNotice = signal<string | null>(null);
  const filters = signal<Filters>(NO_FILTERS);
  const view = signal<View>('search');
  const openTipId = signal<string | null>(null);
  const contextOpen = signal(false);
  const pins = signal<string[]>([]);
  const history = signal<HistoryEntry[]>([]);
  const notice = signal<Notice | null>(null);
  let noticeId = 0;

  const reports = new Map(kb.reports.map(({ report }) => [report.id, report]));
  const reportOf = (tip: Tip): Report => reports.get(tip.report)!;

  /** Every match of the active query or selection, before filters; `null` when browsing. */
  const matches = computed<SearchResult[] | null>(() => {
    if (selection.value !== null) return search.lookupSelection(selection.value);
    return query.value.trim() ? search.search(query.value) : null;
  });
  const results = computed(() => matches.value?.filter((r) => passes(r.tip, filters.value)) ?? null);
  /** The tips shown when there is no query: all of them, filtered, in report order. */
  const browseTips = computed(() => search.tips.filter((tip) => passes(tip, filters.value)));
  /** For each facet value, how many tips the other active filters and the query leave it. */
  const facetCounts = computed(() => {
    const pool = matches.value?.map((r) => r.tip) ?? search.tips;
    const count = (facet: Facet) => {
      const others = { ...filters.value, [facet]: [] };
      const counts = new Map<string, number>();
      for (const tip of pool) {
        if (!passes(tip, others)) continue;
        for (const value of facetValues(tip, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return counts;
    };
    return { themes: count('themes'), speakers: count('speakers'), kinds: count('kinds') };
  });
  const activeFilterCount = computed(
    () => filters.value.themes.length + filters.value.speakers.length + filters.value.kinds.length,
  );
  const openTip = computed(() => (openTipId.value ? (search.tip(openTipId.value) ?? null) : null));
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

  async function copy(text: string, confirmation: string) {
    try {
      await writeClipboard(text);
      notify(confirmation);
    } catch {
      notify(t('copyFailed'), 'error');
    }
  }

  const actions = {
    /** What the user typed; leaves a selection for a typed search. */
    setQuery(text: string) {
      batch(() => {
        query.value = text;
        selection.value = null;
        openTipId.value = null;
        contextOpen.value = false;
        view.value = 'search';
      });
    },
    /** Confirms the typed query (Enter, or opening a result): it goes into the history. */
    commitQuery() {
      if (selection.value === null) remember('typed', query.value);
    },
    /** Shows the advice for a selected or pasted passage. */
    applySelection(text: string) {
      batch(() => {
        selection.value = text;
        query.value = '';
        pasteOpen.value = false;
        pasteNotice.value = null;
        openTipId.value = null;
        contextOpen.value = false;
        view.value = 'search';
        remember('selection', text);
      });
    },
    clearSelection() {
      selection.value = null;
    },
    /** Opens or closes paste mode; `notice` says why it opened, when the user did not ask. */
    setPasteOpen(open: boolean, notice: string | null = null) {
      batch(() => {
        pasteOpen.value = open;
        pasteNotice.value = open ? notice : null;
        if (open) view.value = 'search';
      });
    },
    toggleFilter(facet: Facet, value: string) {
      const current = filters.value[facet] as string[];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      filters.value = { ...filters.value, [facet]: next };
    },
    /** Shows the tips with this value: adds it to the filter, never takes it away. */
    addFilter(facet: Facet, value: string) {
      if (!(filters.value[facet] as string[]).includes(value)) actions.toggleFilter(facet, value);
    },
    resetFilters() {
      filters.value = NO_FILTERS;
    },
    setView(next: View) {
      batch(() => {
        view.value = next;
        openTipId.value = null;
        contextOpen.value = false;
      });
    },
    openTip(id: string) {
      if (!search.tip(id)) return;
      batch(() => {
        actions.commitQuery();
        openTipId.value = id;
        contextOpen.value = false;
      });
    },
    closeTip() {
      batch(() => {
        openTipId.value = null;
        contextOpen.value = false;
      });
    },
    setContextOpen(open: boolean) {
      contextOpen.value = open;
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
    copyCitation(id: string, format: 'text' | 'markdown') {
      const tip = search.tip(id);
      if (!tip) return Promise.resolve();
      const text = (format === 'text' ? formatCitationText : formatCitationMarkdown)(
        reportOf(tip),
        tip,
        language,
      );
      return copy(text, t(format === 'text' ? 'copiedText' : 'copiedMarkdown'));
    },
    /** Copies the kept tips as one Markdown source list. */
    exportPins() {
      const entries = pinnedTips.value.map((tip) => ({ report: reportOf(tip), tip }));
      if (!entries.length) return Promise.resolve();
      return copy(formatSourceList(entries, t('sourceListHeading'), language), t('copiedSourceList'));
    },
    notify,
    dismissNotice() {
      notice.value = null;
    },
  };

  const readonly = <T>(s: ReadonlySignal<T>): ReadonlySignal<T> => s;
  return {
    language,
    kb,
    reportOf,
    query: readonly(query),
    selection: readonly(selection),
    pasteOpen: readonly(pasteOpen),
    pasteNotice: readonly(pasteNotice),
    filters: readonly(filters),
    view: readonly(view),
    openTip,
    contextOpen: readonly(contextOpen),
    pins: readonly(pins),
    pinnedTips,
    history: readonly(history),
    notice: readonly(notice),
    results,
    browseTips,
    facetCounts,
    activeFilterCount,
    actions,
  };
}
