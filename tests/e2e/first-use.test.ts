/**
 * A first-time user's panel, in real Chromium and Firefox, in Dutch (light) and English (dark): the
 * start screen that says what it is and how to use it, the report as an index that folds open, the
 * theme view, state that used to linger or surprise, and the small things a first pass stumbled on
 * (issue 15). Screenshots of each state go to test-results/screenshots/.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type Locale, type PanelSession } from '../../tools/browsers';
import enMessages from '../../locales/en.json';
import nlMessages from '../../locales/nl.json';
import { audit } from './axe';
import {
  eventually,
  focused,
  inView,
  report,
  resultIds,
  start,
  textOf,
  textsOf,
  themes,
  tips,
} from './helpers';

const cases: [BrowserName, Locale][] = [
  ['chromium', 'nl'],
  ['chromium', 'en'],
  ['firefox', 'nl'],
  ['firefox', 'en'],
];

type Extension = {
  storage: {
    session: { set(items: object): Promise<void> };
    local: { get(key: string): Promise<Record<string, unknown>> };
  };
};

/** The hand-over the background writes (lib/handoff.ts), written from the extension page. */
const handOver = (panel: PanelSession, payload: object) =>
  panel.evaluate(
    (item) =>
      (globalThis as unknown as { chrome: Extension }).chrome.storage.session.set({
        handoff: { ...item, nonce: `${Date.now()}-${Math.random()}`, at: Date.now() },
      }),
    payload,
  );

/** The index of the start screen: each entry's id, name, count, whether it is open, and its tips. */
const indexOf = (panel: PanelSession, by: 'section' | 'theme') =>
  panel.evaluate(
    (attribute) =>
      [...document.querySelectorAll(`.index [${attribute}]`)].map((group) => ({
        id: group.getAttribute(attribute)!,
        name: group.querySelector('.group-name')!.textContent!,
        count: group.querySelector('.group-toggle .count')!.textContent!,
        open: group.querySelector('.group-toggle')!.getAttribute('aria-expanded') === 'true',
        ids: [...group.querySelectorAll('[data-tip-id]')].map((li) => li.getAttribute('data-tip-id')!),
      })),
    `data-${by}-id`,
  );

const value = (panel: PanelSession) =>
  panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value);

describe.each(cases)('a first use in %s, in %s', (browserName, locale) => {
  const en = locale === 'en';
  const m: Record<string, string> = en ? enMessages : nlMessages;
  const colorScheme = en ? 'dark' : 'light';
  const tipCount = (n: number) => (n === 1 ? m.tipCountOne! : m.tipCount!.replace('{count}', String(n)));
  const resultCount = (n: number) =>
    n === 1 ? m.resultsOne! : m.resultsCount!.replace('{count}', String(n));
  const themeLabel = (id: string) => {
    const theme = themes.find((t) => t.id === id)!;
    return en ? theme.en.label : theme.label;
  };
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName, { locale, colorScheme });
  });
  afterAll(async () => panel?.close());
  beforeEach(async () => {
    await panel.setViewport(400);
    await start(panel);
  });

  async function shoot(name: string) {
    await panel.screenshot(`${locale}-${colorScheme}-first-use-${name}`);
  }

  async function axeClean(state: string) {
    const { violations } = await audit(panel);
    expect(violations, `axe violations in "${state}"`).toEqual([]);
  }

  it('opens on what it is and how to use it, then the report as a compact index that folds open', async () => {
    expect(await textOf(panel, '.report-header h2')).toBe(en ? report.en.title : report.title);
    expect(await textOf(panel, '.report-headline')).toBe(en ? report.en.headline : report.headline);
    expect(await textOf(panel, '.report-series')).toBe(m.reportSeries);
    const howTo = await textOf(panel, '.how-to');
    expect(howTo).toBe(m.howTo);
    expect(howTo).toContain('Alt+Shift+L');
    expect(howTo).toContain(m.pasteOpen);

    const expected = report.sections
      .map((s) => ({ id: s.id, ids: tips.filter((t) => t.section === s.id).map((t) => t.id) }))
      .filter((group) => group.ids.length);
    const index = await indexOf(panel, 'section');
    expect(index.map(({ id }) => id)).toEqual(expected.map(({ id }) => id));
    expect(index.map(({ count }) => count)).toEqual(expected.map(({ ids }) => tipCount(ids.length)));
    // Folded: no tip is listed until its entry is opened, and the whole screen fits in a few screens.
    expect(index.every(({ open, ids }) => !open && !ids.length)).toBe(true);
    expect(await panel.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1600);
    await axeClean('start screen');
    await shoot('start');

    const second = expected[1]!;
    await panel.click(`.index [data-section-id="${second.id}"] .group-toggle`);
    await eventually(async () => (await indexOf(panel, 'section'))[1]).toMatchObject({
      open: true,
      ids: second.ids,
    });
    await axeClean('start screen, one entry open');
    await shoot('start-open');
  });

  it('lists each tip under every theme it has, with the counts of the theme filter', async () => {
    await panel.clickText(m.browseByTheme!);
    const expected = themes
      .map((theme) => ({
        id: theme.id,
        ids: tips.filter((t) => t.themes.includes(theme.id)).map((t) => t.id),
      }))
      .filter((group) => group.ids.length);
    await eventually(async () => (await indexOf(panel, 'theme')).map(({ id }) => id)).toEqual(
      expected.map(({ id }) => id),
    );
    const index = await indexOf(panel, 'theme');
    expect(index.map(({ name, count }) => `${name} ${count}`)).toEqual(
      expected.map(({ id, ids }) => `${themeLabel(id)} ${tipCount(ids.length)}`),
    );
    // The theme filter counts the same.
    await panel.click('.filters summary');
    expect(await textsOf(panel, 'fieldset[data-facet="themes"] button')).toEqual(
      expected.map(({ id, ids }) => `${themeLabel(id)} ${ids.length}`),
    );
    await panel.click('.filters summary');
    // A tip of several themes is under each of them.
    const several = tips.find((t) => t.themes.length >= 3)!;
    for (const id of several.themes) await panel.click(`.index [data-theme-id="${id}"] .group-toggle`);
    await eventually(async () =>
      (await indexOf(panel, 'theme')).filter(({ ids }) => ids.includes(several.id)).map(({ id }) => id),
    ).toEqual(expected.filter(({ ids }) => ids.includes(several.id)).map(({ id }) => id));
    await axeClean('by theme');
    await shoot('by-theme');
  });

  it('shows all tips of a theme, visibly, from a theme label of an opened tip', async () => {
    const query = en ? 'key figures' : 'sleutelpersonen';
    await start(panel, `?q=${encodeURIComponent(query)}`);
    await eventually(() => resultIds(panel)).not.toEqual([]);
    const [first] = await resultIds(panel);
    const opened = tips.find((t) => t.id === first)!;
    const theme = opened.themes.at(-1)!;
    await panel.click(`[data-tip-id="${first}"] .tip-open`);
    await panel.clickText(themeLabel(theme), '.tip-detail .themes button');

    const heading = `.index [data-theme-id="${theme}"] .group-toggle`;
    await eventually(() => focused(panel)).toMatch(new RegExp(`^button ${themeLabel(theme)}`, 'u'));
    await eventually(() => inView(panel, heading)).toBe(true);
    expect(await value(panel)).toBe('');
    expect(await textOf(panel, '.filters summary')).toBe(m.filters);
    const group = (await indexOf(panel, 'theme')).find(({ id }) => id === theme)!;
    expect(group.open).toBe(true);
    expect(group.ids).toEqual(tips.filter((t) => t.themes.includes(theme)).map((t) => t.id));
    await axeClean('a theme from a tip');
    await shoot('theme-from-tip');
  });

  it('lets the paste box of an unreadable page go once the user types a query', async () => {
    await handOver(panel, { kind: 'paste', reason: 'unreadable' });
    await eventually(() => textOf(panel, '#paste-box .hint')).toBe(m.pasteReasonUnreadable);
    await panel.type('#search', en ? 'trust' : 'vertrouwen');
    await eventually(() => resultIds(panel)).not.toEqual([]);
    expect(await panel.evaluate(() => !!document.querySelector('#paste-box'))).toBe(false);
    expect(
      await panel.evaluate(() =>
        document.querySelector('[aria-controls="paste-box"]')!.getAttribute('aria-expanded'),
      ),
    ).toBe('false');
  });

  it('with filters and no results, says how many there would be without them', async () => {
    // An announcement filter, then a query no announcement answers.
    await panel.click('.filters summary');
    await panel.click('fieldset[data-facet="kinds"] button[data-value="announcement"]');
    await panel.type('#search', en ? 'trust' : 'vertrouwen');
    await eventually(() => textOf(panel, '.filtered-out')).not.toBeNull();
    expect(await resultIds(panel)).toEqual([]);
    const said = (await textOf(panel, '.filtered-out'))!;
    // No heading without anything under it: the kinds are there, with the chosen one.
    expect(
      await panel.evaluate(() =>
        [...document.querySelectorAll('.filters fieldset')].every((f) => f.querySelector('button')),
      ),
    ).toBe(true);
    await axeClean('no results with filters');
    await shoot('filtered-out');

    await panel.clickText(m.filtersReset!, '.filtered-out button');
    await eventually(() => resultIds(panel)).not.toEqual([]);
    const count = (await textOf(panel, '.results-count'))!;
    expect(said).toBe(`${m.noResultsFiltered!.replace('{results}', count)} ${m.filtersReset}`);
    expect(count).toBe(resultCount(Number(/\d+/u.exec(count)![0])));
  });

  it('shows no filter headings with nothing under them when a query finds nothing', async () => {
    await panel.type('#search', 'qxzwv');
    await eventually(() => textOf(panel, '.results-count')).toBe(resultCount(0));
    expect(await textsOf(panel, '.filters legend')).toEqual([]);
  });

  it('removes one Recent entry on its own, and tells two selections of one page apart', async () => {
    const start_ = 'In onze wijk werken we samen met sleutelpersonen, vrijwilligers en de wijkagent aan ';
    const one = `${start_}vertrouwen tussen bewoners en gemeente, zodat jongeren sneller hulp vinden.`;
    const two = `${start_}een netwerk dat ook na de subsidieperiode blijft bestaan, met ouders erbij.`;
    await handOver(panel, { kind: 'selection', text: one });
    await eventually(() => textOf(panel, '.selection-text')).toContain('jongeren');
    await handOver(panel, { kind: 'selection', text: two });
    await eventually(() =>
      panel.evaluate(async () =>
        Object.keys(
          (await (globalThis as unknown as { chrome: Extension }).chrome.storage.local.get('history'))
            .history ?? {},
        ),
      ),
    ).toHaveLength(2);
    await panel.click('[data-view="recent"]');
    const shown = await textsOf(panel, '.history-text');
    expect(shown).toHaveLength(2);
    expect(shown[0]).not.toBe(shown[1]);
    expect(shown[0]).toMatch(/ouders erbij\.$/u);
    expect(shown[1]).toMatch(/jongeren sneller hulp vinden\.$/u);
    expect(await textsOf(panel, '.history-when')).toHaveLength(2);
    await axeClean('Recent');
    await shoot('recent');

    await panel.click('.history-list li:first-child button[aria-label]');
    await eventually(() => textsOf(panel, '.history-text')).toEqual([shown[1]]);
    await eventually(() =>
      panel.evaluate(() => document.activeElement?.closest('.history-rerun')?.textContent ?? null),
    ).toMatch(/jongeren sneller hulp vinden\.$/u);
  });

  it('reorders kept tips with targets of at least 24 × 24 px, apart from each other', async () => {
    for (const [i, t] of tips.slice(0, 2).entries()) {
      await panel.open(`?tip=${t.id}`);
      await panel.click('[data-action="pin"]');
      await eventually(() => textOf(panel, '[data-view="saved"]')).toMatch(`(${i + 1})`);
    }
    await panel.click('[data-view="saved"]');
    await eventually(() => textsOf(panel, '.saved-list li')).toHaveLength(2);
    const boxes = await panel.evaluate(() =>
      [...document.querySelectorAll('.saved-list .row-actions')].map((row) =>
        [...row.querySelectorAll('button')].map((b) => b.getBoundingClientRect().toJSON() as DOMRect),
      ),
    );
    for (const row of boxes) {
      for (const box of row) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      for (let i = 1; i < row.length; i++) expect(row[i]!.left - row[i - 1]!.right).toBeGreaterThanOrEqual(4);
    }
    await shoot('saved');
  });

  it('in an opened tip, Tab goes from the title to the copy before the theme labels', async () => {
    const t = tips.find((x) => x.themes.length >= 2)!;
    await start(panel, `?tip=${t.id}`);
    await eventually(() => focused(panel)).toMatch(/^heading /u);
    await panel.press('Tab');
    expect(await focused(panel)).toBe(`button ${m.copyText}`);
  });

  it('keeps lines readable on the results page in a wide tab (Enter after wb in the address bar)', async () => {
    await panel.setViewport(1280);
    await start(panel, `?q=${en ? 'trust' : 'vertrouwen'}&tab`);
    await eventually(() => resultIds(panel)).not.toEqual([]);
    const perLine = await panel.evaluate(() => {
      const summary = document.querySelector<HTMLElement>('.results .tip-summary')!;
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(summary).font;
      const text = summary.textContent!;
      return (
        summary.closest('ol')!.getBoundingClientRect().width / (context.measureText(text).width / text.length)
      );
    });
    expect(perLine).toBeLessThanOrEqual(80);
    expect(perLine).toBeGreaterThanOrEqual(50);
    await shoot('wide-tab');
  });

  it('has one clear control in the search box, its own', async () => {
    await panel.type('#search', en ? 'trust' : 'vertrouwen');
    await eventually(() => resultIds(panel)).not.toEqual([]);
    expect(await textsOf(panel, '.search-clear')).toEqual(['×']);
    await shoot('clear-control');
    await panel.clickText(m.searchClear!, '.search-clear');
    await eventually(() => value(panel)).toBe('');
    expect(await focused(panel)).toBe('#search');
    expect(await panel.evaluate(() => !!document.querySelector('.browse'))).toBe(true);
    expect(await textsOf(panel, '.search-clear')).toEqual([]);
  });

  it('keeps the search box in place between a long list and a short view (scrollbar gutter)', async () => {
    expect(await panel.evaluate(() => getComputedStyle(document.documentElement).scrollbarGutter)).toBe(
      'stable',
    );
    await start(panel, `?q=${en ? 'trust' : 'vertrouwen'}`);
    const box = () =>
      panel.evaluate(() => document.querySelector('#search')!.getBoundingClientRect().toJSON());
    await eventually(() => resultIds(panel)).not.toEqual([]);
    const long = await box();
    await panel.click('[data-view="recent"]');
    await eventually(() => textOf(panel, 'main .empty')).not.toBeNull();
    expect(await box()).toEqual(long);
  });

  it('at 320 px shows the whole placeholder, and theme labels on one line', async () => {
    await panel.setViewport(320);
    const fit = await panel.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search')!;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, room };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.room);
    await panel.click('.filters summary');
    const twoLines = () =>
      panel.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button.chip')]
          .filter(
            (chip) =>
              chip.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(chip).lineHeight),
          )
          .map((chip) => chip.textContent),
      );
    expect(await twoLines()).toEqual([]);
    await shoot('320-filters');
    const longest = [...tips].sort(
      (a, b) =>
        Math.max(...b.themes.map((id) => themeLabel(id).length)) -
        Math.max(...a.themes.map((id) => themeLabel(id).length)),
    )[0]!;
    await start(panel, `?tip=${longest.id}`);
    await eventually(() => textsOf(panel, '.tip-detail .themes button')).toHaveLength(longest.themes.length);
    expect(await twoLines()).toEqual([]);
    await shoot('320-tip');
  });

  it('puts a typed query the user stayed on for a few seconds in Recent', async () => {
    const query = en ? 'young people' : 'jongeren';
    await panel.type('#search', query);
    await eventually(() => resultIds(panel)).not.toEqual([]);
    await expect
      .poll(
        async () =>
          (
            (
              await panel.evaluate(() =>
                (globalThis as unknown as { chrome: Extension }).chrome.storage.local.get('history'),
              )
            ).history as { text: string }[] | undefined
          )?.map((e) => e.text),
        { timeout: 8000, interval: 200 },
      )
      .toEqual([query]);
    await panel.click('[data-view="recent"]');
    await eventually(() => textsOf(panel, '.history-rerun')).toEqual([`${m.historyTyped} ${query}`]);
  });
});
