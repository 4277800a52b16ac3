/**
 * The side panel as a Dutch policy writer uses it, in real Chromium and Firefox: one browser per
 * describe, a fresh panel (no kept tips, no history) per test. Assertions are on what a person sees:
 * texts, focus, marks, the clipboard.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type PanelSession } from '../../tools/browsers';
import {
  browseGroups,
  eventually,
  focused,
  inView,
  report,
  resultIds,
  section,
  start,
  textOf,
  textsOf,
  themes,
  text,
  tip,
  tips,
  visibleNotice,
} from './helpers';

const SOURCE =
  'Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen ondermijning, 15 april 2024';

describe.each<BrowserName>(['chromium', 'firefox'])('the side panel in %s, in Dutch', (browserName) => {
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName, { locale: 'nl' });
  });
  afterAll(async () => panel?.close());
  beforeEach(async () => start(panel));

  it("speaks Dutch because the browser's UI language is Dutch", async () => {
    expect(panel.uiLanguage).toMatch(/^nl\b/u);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.placeholder)).toBe(
      'Zoek, bijv. vertrouwen',
    );
  });

  it("opens with the search box focused and the day's context above the report", async () => {
    expect(await focused(panel)).toBe('#search');
    expect(await textOf(panel, '.report-header h2')).toBe(report.title);
    expect(await textOf(panel, '.report-header .report-day')).toBe(
      `Kennisdag ‘samenwerken met lokale netwerken’, 15 april 2024, Park Plaza, Utrecht. ` +
        `Met bijdragen van Marco den Dunnen, Radboud Engbersen, Augusto de Campos Neto, ` +
        `Halima Bochallati, Farid Bouchlaghmi, Jamal Ezzarqtouni.`,
    );
  });

  it('lets you browse the report by section: the speakers in report order, each with its tips', async () => {
    const expected = report.sections
      .map((s) => ({
        name: s.speaker?.name ?? s.title,
        ids: tips.filter((t) => t.section === s.id).map((t) => t.id),
      }))
      .filter((group) => group.ids.length);
    // The index folds open: each speaker's tips show once their entry is opened.
    for (let i = 1; i <= expected.length; i++) await panel.click(`.index > li:nth-child(${i}) .group-toggle`);
    // The last group opens on the render after its click: wait for every group's tips.
    await eventually(async () => (await browseGroups(panel, 'section')).map(({ ids }) => ids)).toEqual(
      expected.map((g) => g.ids),
    );
    const shown = await browseGroups(panel, 'section');
    // "Marco den Dunnen 10 tips": the name, then the count the list below it has.
    expect(shown.map(({ heading }) => heading.replace(/ \d+ tips?$/u, ''))).toEqual(
      expected.map((g) => g.name),
    );
    expect(shown.map(({ heading }) => Number(/(\d+) tips?$/u.exec(heading)?.[1]))).toEqual(
      expected.map((g) => g.ids.length),
    );
    expect(shown.map(({ ids }) => ids)).toEqual(expected.map((g) => g.ids));
    expect(await textsOf(panel, '.browse .group-note')).toContain(section('halima-bochallati').title);
  });

  it('lets you browse the report by theme', async () => {
    await panel.clickText('Per thema');
    const expected = themes
      .map((theme) => ({
        name: theme.label,
        ids: tips.filter((t) => t.themes.includes(theme.id)).map((t) => t.id),
      }))
      .filter((group) => group.ids.length);
    await eventually(() => textsOf(panel, '.browse [data-theme-id] h3')).toHaveLength(expected.length);
    for (let i = 1; i <= expected.length; i++) await panel.click(`.index > li:nth-child(${i}) .group-toggle`);
    await eventually(async () => (await browseGroups(panel, 'theme')).map(({ ids }) => ids)).toEqual(
      expected.map((g) => g.ids),
    );
    const shown = await browseGroups(panel, 'theme');
    expect(shown.map(({ heading }) => heading.replace(/ \d+ tips?$/u, ''))).toEqual(
      expected.map((g) => g.name),
    );
    expect(shown.map(({ ids }) => ids)).toEqual(expected.map((g) => g.ids));
    // Under each theme, what it covers, in the words of the themes vocabulary.
    expect(shown.map(({ note }) => note)).toEqual(
      expected.map((g) => themes.find((theme) => theme.label === g.name)!.description),
    );
    expect(await panel.evaluate(() => document.querySelector('[aria-pressed="true"]')?.textContent)).toBe(
      'Per thema',
    );
  });

  it('searches as you type and marks the matched words in the results', async () => {
    await panel.type('#search', 'sleutelpersonen');
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value)).toBe(
      'sleutelpersonen',
    );
    await eventually(() => resultIds(panel)).toContain('sleutelpersonen-niet-overvragen');
    const ids = await resultIds(panel);
    // Every result is a tip of the report, listed once, and the count says how many there are.
    expect(ids.every((id) => tips.some((t) => t.id === id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // The tips only: the report's passages are listed after them (`.passages`).
    expect(await panel.evaluate(() => document.querySelectorAll('.results .tip-list > li').length)).toBe(
      ids.length,
    );
    expect(await textOf(panel, '.results-count')).toBe(`${ids.length} resultaten`);
    const marks = await textsOf(panel, '.results .tip-list mark');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^sleutelperso(o|nen)n?$/u);
    // The first result shows its match in the title.
    expect(await panel.evaluate(() => !!document.querySelector('.results .tip-title mark'))).toBe(true);
  });

  it('narrows the results with a theme filter, updates the counts, and "Filters wissen" resets', async () => {
    await panel.type('#search', 'sleutelpersonen');
    await eventually(() => resultIds(panel)).toContain('sleutelpersonen-niet-overvragen');
    const before = await resultIds(panel);
    const narrowed = before.filter((id) => tip(id).themes.includes('vrijwilligers'));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(before.length);

    await panel.clickText('Filters', 'summary');
    await panel.clickText(/^Vrijwilligers \d+$/u, 'fieldset[data-facet="themes"] button');
    await eventually(() => resultIds(panel)).toEqual(narrowed);
    expect(await textOf(panel, '.results-count')).toBe(`${narrowed.length} resultaten`);
    expect(await textOf(panel, '.filters summary')).toBe('Filters (1)');
    expect(await textsOf(panel, 'fieldset[data-facet="themes"] button[aria-pressed="true"]')).toEqual([
      `Vrijwilligers ${narrowed.length}`,
    ]);
    // The speaker chips now count only what the theme leaves.
    const bySpeaker = new Map<string, number>();
    for (const id of narrowed) {
      const name = tip(id).speaker?.name;
      if (name) bySpeaker.set(name, (bySpeaker.get(name) ?? 0) + 1);
    }
    expect(await textsOf(panel, 'fieldset[data-facet="speakers"] button')).toEqual(
      report.sections.flatMap((s) =>
        s.speaker && bySpeaker.has(s.speaker.name)
          ? [`${s.speaker.name} ${bySpeaker.get(s.speaker.name)}`]
          : [],
      ),
    );

    await panel.clickText('Filters wissen');
    await eventually(() => resultIds(panel)).toEqual(before);
    expect(await textOf(panel, '.filters summary')).toBe('Filters');
    expect(await textsOf(panel, '.filters button[aria-pressed="true"]')).toEqual([]);
  });

  it('works by keyboard: / to search, arrows into the results, Enter to open, Escape twice back', async () => {
    await panel.press('Tab');
    expect(await focused(panel)).not.toBe('#search');
    await panel.press('/');
    expect(await focused(panel)).toBe('#search');
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value)).toBe('');

    await panel.type('#search', 'sleutelpersonen');
    await eventually(() => resultIds(panel)).toContain('sleutelpersonen-niet-overvragen');
    const [first, second] = await resultIds(panel);
    await panel.press('ArrowDown');
    expect(await focused(panel)).toBe(`tip ${first}`);
    await panel.press('ArrowDown');
    expect(await focused(panel)).toBe(`tip ${second}`);

    await panel.press('Enter');
    await eventually(() =>
      panel.evaluate(() => document.querySelector('[data-open-tip-id]')?.getAttribute('data-open-tip-id')),
    ).toBe(second);
    // The heading takes focus after the view's render (focusLater), a frame later.
    await eventually(() => focused(panel)).toBe(`heading ${tip(second!).title}`);

    await panel.press('Escape');
    await eventually(() => focused(panel)).toBe(`tip ${second}`);
    expect(await resultIds(panel)).toContain(second);

    await panel.press('Escape');
    await eventually(() => focused(panel)).toBe('#search');
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value)).toBe('');
    expect(
      await panel.evaluate(() => !!document.querySelector('.browse') && !document.querySelector('.results')),
    ).toBe(true);
  });

  it('opens a tip: title, summary, the quote with speaker and section, its themes', async () => {
    const t = tip('sleutelpersonen-niet-overvragen');
    await panel.type('#search', 'sleutelpersonen');
    await eventually(() => resultIds(panel)).toContain(t.id);
    await panel.click(`[data-tip-id="${t.id}"] .tip-open`);

    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(t.title);
    expect(await textOf(panel, '.tip-detail .kind')).toBe('Advies');
    expect(await textOf(panel, '.tip-detail .summary')).toBe(t.summary);
    expect(await textOf(panel, '.tip-detail blockquote')).toBe(t.quote);
    expect(await textOf(panel, '.tip-detail figcaption')).toBe(
      `Farid Bouchlaghmi (${t.speaker!.role}), Samenwerking met sleutelpersonen`,
    );
    expect(await textsOf(panel, '.tip-detail .themes li')).toEqual([
      'Sleutelpersonen',
      'Vrijwilligers',
      'Gemeente en ambtenaren',
    ]);
    // The words searched for stay marked in the opened tip.
    expect(await textsOf(panel, '.tip-detail h2 mark')).toEqual(['sleutelpersonen']);
  });

  it('copies a tip with its source, and as Markdown, and says so', async () => {
    const t = tip('sleutelpersonen-niet-overvragen');
    await start(panel, `?tip=${t.id}`);
    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(t.title);

    await panel.clickText('Kopieer met bron');
    await eventually(() => panel.readClipboard()).toBe(
      'Voorkom dat sleutelpersonen overvraagd worden\n' +
        '“Voorkom dat sleutelpersonen overvraagd worden. Want vaak zijn het dezelfde mensen die door een ' +
        'gemeente gevraagd worden om in een wijk mee te denken. Zeker als ze dan niet altijd serieus genomen ' +
        `worden, ontstaat het gevaar dat ze afhaken.” (Bron: ${SOURCE}, bijdrage van Farid Bouchlaghmi)`,
    );
    await eventually(() => visibleNotice(panel)).toBe('Gekopieerd met bronvermelding.');

    await panel.clickText('Kopieer als Markdown');
    await eventually(() => panel.readClipboard()).toBe(
      '**Voorkom dat sleutelpersonen overvraagd worden**\n\n' +
        '> Voorkom dat sleutelpersonen overvraagd worden. Want vaak zijn het dezelfde mensen die door een ' +
        'gemeente gevraagd worden om in een wijk mee te denken. Zeker als ze dan niet altijd serieus genomen ' +
        `worden, ontstaat het gevaar dat ze afhaken.\n\n(Bron: ${SOURCE}, bijdrage van Farid Bouchlaghmi)`,
    );
    await eventually(() => visibleNotice(panel)).toBe('Gekopieerd als Markdown.');
  });

  it('cites an announcement nobody presented without "bijdrage van"', async () => {
    const t = tip('derde-kennisdag-ouderbetrokkenheid');
    await start(panel, `?tip=${t.id}`);
    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(t.title);
    expect(await textOf(panel, '.tip-detail figcaption')).toBe(`${report.title}, Volgende bijeenkomst`);
    await panel.clickText('Kopieer met bron');
    await eventually(() => panel.readClipboard()).toBe(`${t.title}\n“${t.quote}” (Bron: ${SOURCE})`);
  });

  it('keeps tips ("Bewaar") across a reload, reorders, exports and removes them', async () => {
    const a = tip('sleutelpersonen-niet-overvragen');
    const b = tip('vertrouwen-kweken-kost-tijd');
    await start(panel, `?tip=${a.id}`);
    await panel.clickText('☆ Bewaar');
    await eventually(() => textOf(panel, '[data-action="pin"]')).toBe('★ Bewaard');
    expect(
      await panel.evaluate(() => document.querySelector('[data-action="pin"]')!.getAttribute('aria-pressed')),
    ).toBe('true');
    await eventually(() => visibleNotice(panel)).toBe('Bewaard bij ‘Bewaard’.');
    expect(await textOf(panel, '[data-view="saved"]')).toBe('Bewaard (1)');

    await panel.reload();
    await eventually(() => textOf(panel, '[data-view="saved"]')).toBe('Bewaard (1)');
    await panel.clickText('Bewaard (1)');
    await eventually(() => textsOf(panel, '.saved-list .tip-open')).toEqual([a.title]);
    expect(await focused(panel)).not.toBe('nothing');

    // A second one, from a search.
    await panel.type('#search', 'vertrouwen kweken');
    await eventually(() => resultIds(panel)).toContain(b.id);
    await panel.click(`[data-tip-id="${b.id}"] .tip-open`);
    await panel.clickText('☆ Bewaar');
    await eventually(() => textOf(panel, '[data-view="saved"]')).toBe('Bewaard (2)');
    await panel.clickText('Bewaard (2)');
    await eventually(() => textsOf(panel, '.saved-list .tip-open')).toEqual([a.title, b.title]);
    expect(
      await panel.evaluate(
        () =>
          document.querySelector<HTMLButtonElement>('.saved-list li button[aria-label$=" omhoog"]')!.disabled,
      ),
    ).toBe(true);

    await panel.clickText(`${a.title} omlaag`);
    await eventually(() => textsOf(panel, '.saved-list .tip-open')).toEqual([b.title, a.title]);
    await panel.clickText(`${a.title} omhoog`);
    await eventually(() => textsOf(panel, '.saved-list .tip-open')).toEqual([a.title, b.title]);
    await panel.clickText(`${b.title} omhoog`);
    await eventually(() => textsOf(panel, '.saved-list .tip-open')).toEqual([b.title, a.title]);

    // The rich copy and the Word export are in document.test.ts.
    await panel.clickText('Kopieer als Markdown');
    await eventually(() => panel.readClipboard()).toBe(
      [
        '## Bronnen: Weerbare gemeenschappen tegen ondermijning',
        '',
        `1. **${b.title}**: “${b.quote}” (Bron: Ministerie van SZW, 2024, groepsgesprek o.l.v. Halima Bochallati)`,
        `2. **${a.title}**: “${a.quote}” (Bron: Ministerie van SZW, 2024, bijdrage van Farid Bouchlaghmi)`,
        '',
        '### Literatuur',
        '',
        `Ministerie van Sociale Zaken en Werkgelegenheid. (2024). *${report.title}* \\[Verslag van een kennisdag, 15 april 2024\\].`,
      ].join('\n'),
    );
    await eventually(() => visibleNotice(panel)).toBe('Bronnenlijst gekopieerd als Markdown.');

    await panel.clickText(`${b.title} verwijderen`);
    await eventually(() => textsOf(panel, '.saved-list .tip-open')).toEqual([a.title]);
    expect(await textOf(panel, '[data-view="saved"]')).toBe('Bewaard (1)');
    await panel.clickText(`${a.title} verwijderen`);
    await eventually(() => textOf(panel, 'main .empty')).toBe(
      'Nog niets bewaard. Open een tip en kies ‘Bewaar’ om hem hier te verzamelen.',
    );
    // The removal is stored too.
    await panel.reload();
    await eventually(() => textOf(panel, '[data-view="saved"]')).toBe('Bewaard (0)');
  });

  it('"Lees in het verslag" shows the passage in the report, the quote marked and in view', async () => {
    // Near the end of a long section: the panel has to scroll to show it.
    const t = tip('snel-handelen-bij-hulpvraag');
    await start(panel, `?tip=${t.id}`);
    await panel.clickText('Lees in het verslag');
    await eventually(() => textOf(panel, '.report-context h2')).toBe('In het verslag');
    const marked = (await textsOf(panel, '.report-context mark')).join(' ').replace(/\s+/gu, ' ');
    expect(marked).toBe(t.quote);
    // The section's other text is there too: it is the report, not just the quote.
    expect(await textOf(panel, '.report-context')).toContain(
      text.sections.find((s) => s.id === t.section)!.blocks[0]!.text,
    );
    await eventually(() => inView(panel, '.report-context mark')).toBe(true);
    expect(await panel.evaluate(() => scrollY)).toBeGreaterThan(0);

    await panel.press('Escape');
    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(t.title);
  });

  it('remembers typed lookups under "Recent", runs them again, and "Wis geschiedenis" clears them', async () => {
    await panel.type('#search', 'vertrouwen');
    await eventually(() => resultIds(panel)).toContain('vertrouwen-kweken-kost-tijd');
    // Typing alone is not a lookup yet; opening a result is.
    await panel.clickText('Recent');
    await eventually(() => textOf(panel, 'main .empty')).toBe('Nog geen zoekopdrachten.');
    await panel.clickText('Zoeken');
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value)).toBe(
      'vertrouwen',
    );
    await panel.press('Escape');
    await eventually(() => focused(panel)).toBe('#search');
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value)).toBe('');
    await panel.type('#search', 'jongeren');
    await eventually(() => resultIds(panel)).toContain('naar-jongeren-toe-gaan');
    await panel.click('[data-tip-id="naar-jongeren-toe-gaan"] .tip-open');
    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(tip('naar-jongeren-toe-gaan').title);

    await panel.clickText('Recent');
    await eventually(() => textsOf(panel, '.history-rerun')).toEqual(['Gezocht jongeren']);
    await panel.clickText('Gezocht jongeren');

    await eventually(() =>
      panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value),
    ).toBe('jongeren');
    await eventually(() => resultIds(panel)).toContain('naar-jongeren-toe-gaan');
    expect(await panel.evaluate(() => document.querySelector('[aria-current="page"]')?.textContent)).toBe(
      'Zoeken',
    );

    await panel.clickText('Recent');
    await panel.clickText('Wis geschiedenis');
    await eventually(() => textOf(panel, 'main .empty')).toBe('Nog geen zoekopdrachten.');
  });

  it('finds advice for a pasted paragraph ("Tekst plakken") and goes back to search', async () => {
    // One sentence: a passage of several parts opens the draft view (tests/e2e/draft.test.ts).
    const paragraph =
      'In de wijk willen we samen met sleutelpersonen en vrijwilligers werken aan vertrouwen tussen ' +
      'bewoners en gemeente.';
    await panel.writeClipboard(paragraph);
    await panel.clickText('Tekst plakken');
    await eventually(() => focused(panel)).toMatch(/^textarea#paste/u);
    expect(await textOf(panel, '.paste-box label')).toBe('Plak een alinea uit uw tekst');
    await panel.press('Control+V');
    await eventually(() =>
      panel.evaluate(() => document.querySelector<HTMLTextAreaElement>('#paste')!.value),
    ).toBe(paragraph);
    await panel.clickText('Zoek advies bij deze tekst');

    await eventually(() => textOf(panel, '.selection-banner h2')).toBe('Advies bij uw selectie');
    expect(await panel.evaluate(() => !!document.querySelector('#paste'))).toBe(false);
    expect(await textOf(panel, '.selection-banner blockquote')).toBe(paragraph);
    const ids = await resultIds(panel);
    expect(ids.length).toBeGreaterThan(0);
    expect(await textOf(panel, '.results-count')).toMatch(/^\d+ resultaten?$/u);
    expect(
      await panel.evaluate(
        () =>
          document.querySelector('.selection-banner')!.getBoundingClientRect().bottom <=
          document.querySelector('.results [data-tip-id]')!.getBoundingClientRect().top,
      ),
    ).toBe(true);

    await panel.clickText('Selectie wissen');
    await eventually(() => panel.evaluate(() => !!document.querySelector('.selection-banner'))).toBe(false);
    expect(await panel.evaluate(() => !!document.querySelector('.browse'))).toBe(true);
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value)).toBe('');
  });

  it('opens with the results for a query in the address (sidepanel.html?q=vertrouwen)', async () => {
    await start(panel, '?q=vertrouwen');
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value)).toBe(
      'vertrouwen',
    );
    const ids = await resultIds(panel);
    expect(ids).toContain('vertrouwen-kweken-kost-tijd');
    expect(await textOf(panel, '.results-count')).toBe(`${ids.length} resultaten`);
    expect((await textsOf(panel, '.results mark')).map((m) => m.toLowerCase())).toContain('vertrouwen');
  });
});
