import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browseGroup, createAppState, DWELL_MS, HISTORY_LIMIT, type AppState } from '@/lib/app-state';
import type { Language } from '@/lib/i18n';
import { createSearch } from '@/lib/search/create-search';
import type { Report } from '@/lib/schema';
import nl from '@/locales/nl.json';
import { DATA_DIR, loadKnowledgeBase } from '@/tools/read-knowledge-base';
import { appState, kb, search, t } from './app-state-fixture';

const ids = (state: AppState) => state.results.value?.map((r) => r.tip.id);

describe('createAppState', () => {
  let clipboard: string[];
  let writeClipboard: (text: string) => Promise<void>;
  let state: AppState;
  let clock: number;
  beforeEach(() => {
    clipboard = [];
    writeClipboard = vi.fn(async (text: string) => void clipboard.push(text));
    clock = 1000;
    state = appState({ writeClipboard, now: () => clock++ });
  });

  it('browses the whole report when there is no query', () => {
    expect(state.results.value).toBeNull();
    expect(state.browseTips.value).toHaveLength(search.tips.length);
  });

  it('searches on every change of the query and browses again when it is cleared', () => {
    state.actions.setQuery('wantr');
    expect(ids(state)?.[0]).toBe('wantrouwen-achterhalen');
    state.actions.setQuery('  ');
    expect(state.results.value).toBeNull();
  });

  it('matches a selection as a selection, remembers it, and returns to the query when cleared', () => {
    state.actions.setQuery('vertrouwen');
    state.actions.applySelection('Voorkom dat sleutelpersonen overvraagd worden.');
    expect(ids(state)?.[0]).toBe('sleutelpersonen-niet-overvragen');
    expect(state.history.value[0]).toMatchObject({ kind: 'selection' });
    state.actions.clearSelection();
    expect(state.results.value).toBeNull();
  });

  it('combines filters with the query and counts what each filter value would leave', () => {
    state.actions.setQuery('vertrouwen');
    const all = state.results.value!.length;
    const halima = state.facetCounts.value.speakers.get('Halima Bochallati')!;
    state.actions.toggleFilter('speakers', 'Halima Bochallati');
    // A chip says what the count will say once it is pressed: the strong results it leaves.
    expect(state.strongCount.value).toBe(halima);
    expect(halima).toBeLessThan(all);
    expect(state.results.value!.every((r) => r.tip.speaker?.name === 'Halima Bochallati')).toBe(true);
    // Counts of the same facet ignore its own filter, so other speakers stay choosable.
    expect(state.facetCounts.value.speakers.get('Marco den Dunnen')).toBeGreaterThan(0);
    expect(state.activeFilterCount.value).toBe(1);
    state.actions.resetFilters();
    expect(state.results.value).toHaveLength(all);
  });

  it('gives each filter value the count that pressing it makes the results say, with other values of its facet pressed too', () => {
    for (const query of ['sleutelpersonen', 'vertrouwen', 'jongeren', 'wijkagent']) {
      state.actions.setQuery(query);
      const themes = [...state.facetCounts.value.themes.keys()];
      for (const pressed of [[], themes.slice(0, 1)]) {
        for (const theme of pressed) state.actions.toggleFilter('themes', theme);
        const counts = state.facetCounts.value.themes;
        for (const [theme, count] of counts) {
          if (pressed.includes(theme)) continue;
          state.actions.toggleFilter('themes', theme);
          expect(state.strongCount.value, `${query} · ${[...pressed, theme].join(' + ')}`).toBe(count);
          state.actions.toggleFilter('themes', theme);
        }
        for (const theme of pressed) state.actions.toggleFilter('themes', theme);
      }
    }
  });

  it('shows a theme from a tip without switching an active filter off', () => {
    state.actions.addFilter('themes', 'vertrouwen');
    state.actions.addFilter('themes', 'vertrouwen');
    expect(state.filters.value.themes).toEqual(['vertrouwen']);
  });

  it('filters the browsed report too', () => {
    state.actions.toggleFilter('kinds', 'question');
    expect(state.browseTips.value.every((tip) => tip.kind === 'question')).toBe(true);
    expect(state.browseTips.value.length).toBe(state.facetCounts.value.kinds.get('question'));
  });

  it('remembers a typed query when a result is opened, newest first and without doubles', () => {
    state.actions.setQuery('boete');
    state.actions.openTip('meelopen-naar-huis-in-plaats-van-boete');
    state.actions.setQuery('ouders');
    state.actions.commitQuery();
    state.actions.setQuery('boete');
    state.actions.commitQuery();
    expect(state.history.value.map((e) => e.text)).toEqual(['boete', 'ouders']);
    expect(state.openTip.value).toBeNull();
  });

  it('says how many results a query would have without the filters', () => {
    state.actions.setQuery('vertrouwen');
    const all = state.strongCount.value;
    state.actions.toggleFilter('speakers', 'Jamal Ezzarqtouni');
    state.actions.toggleFilter('kinds', 'announcement');
    expect(state.results.value).toEqual([]);
    expect(state.unfilteredCount.value).toBe(all);
  });

  it('forgets one lookup of the history, leaving the others', () => {
    state.actions.applySelection('Eerste alinea over vertrouwen.');
    state.actions.setQuery('vertrouwen');
    state.actions.commitQuery();
    state.actions.forget({ kind: 'selection', text: 'Eerste alinea over vertrouwen.', at: 0 });
    expect(state.history.value.map((e) => [e.kind, e.text])).toEqual([['typed', 'vertrouwen']]);
  });

  it('keeps at most the last lookups', () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) state.actions.applySelection(`tekst ${i}`);
    expect(state.history.value).toHaveLength(HISTORY_LIMIT);
    expect(state.history.value[0]!.text).toBe(`tekst ${HISTORY_LIMIT + 4}`);
  });

  it('re-runs a lookup from the history', () => {
    state.actions.rerun({ kind: 'typed', text: 'wijkagent', at: 0 });
    expect(state.query.value).toBe('wijkagent');
    state.actions.rerun({ kind: 'selection', text: 'sleutelpersonen overvragen', at: 0 });
    expect(state.selection.value).toBe('sleutelpersonen overvragen');
    state.actions.clearHistory();
    expect(state.history.value).toEqual([]);
  });

  it('keeps, reorders and removes tips, and restores only tips that still exist', () => {
    state.actions.togglePin('neutrale-gespreksleider');
    state.actions.togglePin('wantrouwen-achterhalen');
    state.actions.movePin('wantrouwen-achterhalen', -1);
    expect(state.pins.value).toEqual(['wantrouwen-achterhalen', 'neutrale-gespreksleider']);
    state.actions.movePin('wantrouwen-achterhalen', -1);
    expect(state.pins.value).toEqual(['wantrouwen-achterhalen', 'neutrale-gespreksleider']);
    state.actions.togglePin('wantrouwen-achterhalen');
    expect(state.pinnedTips.value.map((tip) => tip.id)).toEqual(['neutrale-gespreksleider']);
    state.actions.restore({ pins: ['neutrale-gespreksleider', 'bestaat-niet'] });
    expect(state.pins.value).toEqual(['neutrale-gespreksleider']);
  });

  it('copies a citation and confirms it visibly', async () => {
    await state.actions.copyCitation('neutrale-gespreksleider', 'text');
    expect(clipboard[0]).toMatch(
      /^Kies een neutrale gespreksleider\n“Kies voor een neutraal persoon als gespreksleider\.” \(Bron: /,
    );
    expect(state.notice.value).toMatchObject({ text: nl.copiedText, tone: 'info' });
    await state.actions.copyCitation('neutrale-gespreksleider', 'markdown');
    expect(clipboard[1]).toMatch(/^\*\*Kies een neutrale gespreksleider\*\*\n\n> /);
  });

  it('says so when the clipboard refuses', async () => {
    const failing = appState({ writeClipboard: () => Promise.reject(new Error('no')) });
    await failing.actions.copyCitation('neutrale-gespreksleider', 'text');
    expect(failing.notice.value).toMatchObject({ text: nl.copyFailed, tone: 'error' });
  });

  it('exports the kept tips as one Markdown source list, in their order', async () => {
    state.actions.togglePin('wantrouwen-achterhalen');
    state.actions.togglePin('neutrale-gespreksleider');
    await state.actions.exportPins();
    expect(clipboard[0]!.split('\n').slice(0, 4)).toEqual([
      `## ${nl.sourceListHeading}`,
      '',
      expect.stringMatching(/^1\. \*\*Achterhaal waar wantrouwen vandaan komt\*\*/),
      expect.stringMatching(/^2\. \*\*Kies een neutrale gespreksleider\*\*/),
    ]);
  });
});

describe('createAppState: a typed query the user stays on', () => {
  let state: AppState;
  beforeEach(() => {
    vi.useFakeTimers();
    state = appState();
  });
  afterEach(() => vi.useRealTimers());
  const texts = () => state.history.value.map((e) => e.text);

  it('goes to Recent once its results have been on screen, unchanged, for a few seconds', () => {
    for (const text of ['v', 've', 'ver', 'vertrouwen']) {
      state.actions.setQuery(text);
      vi.advanceTimersByTime(DWELL_MS / 4);
    }
    expect(texts()).toEqual([]);
    vi.advanceTimersByTime(DWELL_MS);
    expect(texts()).toEqual(['vertrouwen']);
  });

  it('does not when the user leaves the results, or clears the query, before then', () => {
    state.actions.setQuery('boete');
    state.actions.openTab('recent');
    vi.advanceTimersByTime(DWELL_MS * 2);
    state.actions.openTab('search');
    state.actions.setQuery('');
    vi.advanceTimersByTime(DWELL_MS * 2);
    state.actions.applySelection('Een geselecteerde alinea.');
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(texts()).toEqual(['Een geselecteerde alinea.']);
  });
});

describe('createAppState: where the user is', () => {
  let state: AppState;
  const tipId = 'neutrale-gespreksleider';
  beforeEach(() => {
    state = appState();
  });
  /** Goes back once and says where that led, or `false` when there was no step to take. */
  const back = () => state.actions.back() && state.screen.value;

  it('starts on the search, in the search tab', () => {
    expect(state.screen.value).toEqual({ name: 'search' });
    expect(state.tab.value).toBe('search');
    expect(state.openTip.value).toBeNull();
  });

  it('goes back from the report view to its tip, the tip to the results, then clears the selection', () => {
    state.actions.applySelection('Voorkom dat sleutelpersonen overvraagd worden.');
    state.actions.openTip(tipId);
    state.actions.openContext();
    expect(state.screen.value).toEqual({ name: 'context', tipId, from: 'search' });
    expect(state.openTip.value?.id).toBe(tipId);
    expect(back()).toEqual({ name: 'tip', tipId, from: 'search' });
    expect(back()).toEqual({ name: 'search' });
    expect(state.selection.value).not.toBeNull();
    expect(back()).toEqual({ name: 'search' });
    expect(state.selection.value).toBeNull();
    expect(back()).toBe(false);
  });

  it('clears the query on the search, and then has nothing to go back to', () => {
    state.actions.setQuery('boete');
    expect(back()).toEqual({ name: 'search' });
    expect(state.query.value).toBe('');
    expect(back()).toBe(false);
  });

  it('returns from a kept tip to the kept tips, which stay the current tab', () => {
    state.actions.openTab('saved');
    state.actions.openTip(tipId);
    expect(state.screen.value).toEqual({ name: 'tip', tipId, from: 'saved' });
    expect(state.tab.value).toBe('saved');
    expect(back()).toEqual({ name: 'saved' });
    expect(back()).toEqual({ name: 'search' });
  });

  it.each(['saved', 'recent'] as const)('goes back from the %s tab to the search, query and all', (tab) => {
    state.actions.setQuery('boete');
    state.actions.openTab(tab);
    expect(state.tab.value).toBe(tab);
    expect(back()).toEqual({ name: 'search' });
    expect(state.query.value).toBe('boete');
  });

  it('opens neither an unknown tip nor a report view without a tip', () => {
    state.actions.openTip('bestaat-niet');
    state.actions.openContext();
    expect(state.screen.value).toEqual({ name: 'search' });
  });

  it('shows the results of what is typed, from a tip, another tab or paste mode', () => {
    state.actions.openTip(tipId);
    state.actions.setQuery('boete');
    expect(state.screen.value).toEqual({ name: 'search' });
    state.actions.openTab('recent');
    state.actions.setQuery('ouders');
    expect(state.screen.value).toEqual({ name: 'search' });
    // The paste box of a page that would not give its selection does not linger over other lookups.
    state.actions.applySelection(null);
    expect(state.screen.value).toEqual({ name: 'paste', reason: 'unreadable' });
    state.actions.setQuery('wijk');
    expect(state.screen.value).toEqual({ name: 'search' });
  });

  it('shows all tips of a theme of an opened tip: by theme, unfolded, without query or filters', () => {
    state.actions.setQuery('boete');
    state.actions.toggleFilter('kinds', 'question');
    state.actions.openTab('saved');
    state.actions.openTip(tipId);
    state.actions.showTheme('vertrouwen');
    expect(state.screen.value).toEqual({ name: 'search' });
    expect(state.query.value).toBe('');
    expect(state.activeFilterCount.value).toBe(0);
    expect(state.browse.value).toEqual({ by: 'theme', open: ['theme:vertrouwen'] });
    expect(state.browseTips.value.filter((tip) => tip.themes.includes('vertrouwen')).length).toBe(
      search.tips.filter((tip) => tip.themes.includes('vertrouwen')).length,
    );
  });

  it('keeps the index of the start screen as the user left it, across an opened tip', () => {
    const [halima, farid] = ['halima-bochallati', 'farid-bouchlaghmi'].map((id) =>
      browseGroup('section', id, kb.reports[0]!.report.id),
    );
    state.actions.toggleGroup(halima!);
    state.actions.toggleGroup(farid!);
    state.actions.toggleGroup(halima!);
    state.actions.openTip(tipId);
    state.actions.back();
    expect(state.browse.value).toEqual({ by: 'section', open: [farid] });
    state.actions.browseBy('theme');
    expect(state.browse.value.by).toBe('theme');
  });

  it.each([
    [null, 'unreadable'],
    ['', 'empty'],
    [' \n ', 'empty'],
  ] as const)('opens paste mode instead of matching the selection %j, saying it was %s', (text, reason) => {
    state.actions.applySelection(text);
    expect(state.screen.value).toEqual({ name: 'paste', reason });
    expect(state.selection.value).toBeNull();
    expect(state.history.value).toEqual([]);
  });

  it('closes paste mode when a selection is applied, or on the way back', () => {
    state.actions.openPaste();
    expect(state.screen.value).toEqual({ name: 'paste', reason: 'asked' });
    expect(state.tab.value).toBe('search');
    state.actions.applySelection('wijkagent');
    expect(state.screen.value).toEqual({ name: 'search' });
    expect(state.selection.value).toBe('wijkagent');
    state.actions.openPaste('unreadable');
    expect(back()).toEqual({ name: 'search' });
    expect(state.selection.value).toBe('wijkagent');
  });
});

describe('createAppState with more than one report', () => {
  /** The shipped report and the tests' own second one (tests/fixtures/second-report/). */
  const two = loadKnowledgeBase(DATA_DIR, ['tests/fixtures/second-report']);
  const twoSearch = createSearch(two);
  const [first, second] = two.reports.map(({ report }) => report) as [Report, Report];
  const create = (language: Language = 'nl', base = two, over = twoSearch) =>
    createAppState({ kb: base, search: over, language, t, writeClipboard: async () => {} });

  it('names a report briefly only where there is more than one', () => {
    expect(create('nl', kb, search).reportName(kb.reports[0]!.report)).toBeNull();
    expect(create('nl').reportName(first)).toBe('Kennisdag 2 · 15 april 2024');
    expect(create('en').reportName(second)).toBe('Test day · 10 March 2025');
  });

  it('filters by report inside the search, and counts each report with the other filters', () => {
    const state = create();
    state.actions.setQuery('gespreksleider');
    expect(ids(state)).toEqual(
      expect.arrayContaining(['neutrale-gespreksleider', 'testdag-neutrale-gespreksleider']),
    );
    const counts = state.facetCounts.value.reports;
    expect([...counts.keys()]).toEqual([first.id, second.id]);
    state.actions.toggleFilter('reports', second.id);
    expect(state.results.value!.every((r) => r.tip.report === second.id)).toBe(true);
    expect(state.strongCount.value).toBe(counts.get(second.id)!);
    // The other report stays choosable: its chip says what pressing it as well would show.
    const both = state.facetCounts.value.reports.get(first.id);
    state.actions.toggleFilter('reports', first.id);
    expect(state.strongCount.value).toBe(both);
    state.actions.toggleFilter('reports', first.id);
    state.actions.toggleFilter('speakers', 'Halima Bochallati');
    expect(ids(state)).toContain('testdag-neutrale-gespreksleider');
    expect(
      state.results.value!.every(
        (r) => r.tip.report === second.id && r.tip.speaker?.name === 'Halima Bochallati',
      ),
    ).toBe(true);
    expect(state.activeFilterCount.value).toBe(2);
  });

  it('browses the reports first, each with its own sections, and narrows them with the report filter', () => {
    const state = create();
    expect(state.browseGroups.value.map((g) => g.key)).toEqual([`report:${first.id}`, `report:${second.id}`]);
    state.actions.toggleFilter('reports', first.id);
    expect(state.browseGroups.value.map((g) => g.id)).toEqual([first.id]);
    state.actions.browseBy('theme');
    expect(state.browseGroups.value.every((g) => g.tips.every((tip) => tip.report === first.id))).toBe(true);
  });

  it("shows a report's sections from the list of reports, with nothing narrowing them", () => {
    const state = create();
    state.actions.setQuery('vertrouwen');
    state.actions.toggleFilter('kinds', 'announcement');
    state.actions.browseBy('theme');
    state.actions.showReport(second.id);
    expect(state.query.value).toBe('');
    expect(state.activeFilterCount.value).toBe(0);
    expect(state.browse.value).toEqual({ by: 'section', open: [`report:${second.id}`] });
  });

  it('cites each tip with its own report', () => {
    const state = create();
    expect(state.citationOf('testdag-neutrale-gespreksleider')!.text).toContain(
      '(Bron: Testuitgever, Testverslag voor de tests met twee verslagen, 10 maart 2025, groepsgesprek o.l.v. Halima Bochallati)',
    );
    expect(state.citationOf('neutrale-gespreksleider')!.text).toContain(
      `(Bron: ${first.publisherShort}, ${first.title}, 15 april 2024, groepsgesprek o.l.v. Halima Bochallati)`,
    );
  });
});
