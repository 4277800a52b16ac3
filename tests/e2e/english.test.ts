/**
 * The panel in a browser whose UI language is English: where the language matters (texts, dates,
 * search, citations). The behaviour itself is covered in Dutch by panel.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type PanelSession } from '../../tools/browsers';
import {
  browseGroups,
  eventually,
  report,
  resultIds,
  section,
  start,
  textOf,
  textsOf,
  themes,
  tip,
  visibleNotice,
} from './helpers';

const SOURCE =
  `Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen ondermijning ` +
  `(${report.en.title}), 15 April 2024`;

describe.each<BrowserName>(['chromium', 'firefox'])('the side panel in %s, in English', (browserName) => {
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName, { locale: 'en' });
  });
  afterAll(async () => panel?.close());
  beforeEach(async () => start(panel));

  it("speaks English because the browser's UI language is English", async () => {
    expect(panel.uiLanguage).toMatch(/^en\b/u);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.placeholder)).toBe(
      'Search, e.g. trust',
    );
    expect(await textsOf(panel, '.tabs button')).toEqual(['Search', 'Saved (0)', 'Recent']);
  });

  it("gives the day's context in English, with a British date", async () => {
    expect(await textOf(panel, '.report-header h2')).toBe(report.en.title);
    expect(await textOf(panel, '.report-header .report-day')).toBe(
      `Knowledge day ‘working with local networks’, 15 April 2024, Park Plaza, Utrecht. ` +
        `With contributions by Marco den Dunnen, Radboud Engbersen, Augusto de Campos Neto, ` +
        `Halima Bochallati, Farid Bouchlaghmi, Jamal Ezzarqtouni.`,
    );
    expect(await textsOf(panel, '.browse .toggle button')).toEqual(['By section', 'By theme']);
    expect(await textsOf(panel, '.browse .group-note')).toContain(section('halima-bochallati').en.title);
  });

  it('describes each theme in English when browsing by theme', async () => {
    await panel.clickText('By theme');
    await eventually(() => textsOf(panel, '.browse [data-theme-id] .group-note')).toContain(
      themes.find((theme) => theme.id === 'netwerkvorm')!.en.description,
    );
    const shown = await browseGroups(panel, 'theme');
    expect(shown.map(({ note }) => note)).toEqual(
      shown.map(({ id }) => themes.find((theme) => theme.id === id)!.en.description),
    );
  });

  it('finds Dutch advice for an English query and marks the English words', async () => {
    await panel.type('#search', 'key persons');
    await eventually(() => resultIds(panel)).toContain('sleutelpersonen-niet-overvragen');
    const ids = await resultIds(panel);
    expect(await textOf(panel, '.results-count')).toBe(
      ids.length === 1 ? '1 result' : `${ids.length} results`,
    );
    expect(await textsOf(panel, '.results .tip-title')).toContain(
      tip('sleutelpersonen-niet-overvragen').en.title,
    );
    const marks = (await textsOf(panel, '.results mark')).map((m) => m.toLowerCase());
    expect(marks).toContain('key');
  });

  it('shows a tip in English with the quote in Dutch, and cites it in English', async () => {
    const t = tip('sleutelpersonen-niet-overvragen');
    await start(panel, `?tip=${t.id}`);
    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(t.en.title);
    expect(await textOf(panel, '.tip-detail .summary')).toBe(t.en.summary);
    expect(await textOf(panel, '.tip-detail blockquote[lang="nl"]')).toBe(t.quote);
    expect(await textOf(panel, '.tip-detail figcaption')).toBe(
      `Farid Bouchlaghmi (${section('farid-bouchlaghmi').speaker!.roleEn}), ${section('farid-bouchlaghmi').en.title}`,
    );
    expect(await textsOf(panel, '.tip-detail .themes li')).toEqual([
      'Key figures',
      'Volunteers',
      'Municipality and civil servants',
    ]);

    await panel.clickText('Copy with source');
    await eventually(() => panel.readClipboard()).toBe(
      `${t.en.title}\n“${t.quote}” (Source: ${SOURCE}, contribution by Farid Bouchlaghmi)`,
    );
    await eventually(() => visibleNotice(panel)).toBe('Copied with source reference.');
  });

  it('exports the saved tips as an English source list', async () => {
    const t = tip('neutrale-gespreksleider');
    await start(panel, `?tip=${t.id}`);
    await panel.clickText('☆ Save');
    await eventually(() => textOf(panel, '[data-view="saved"]')).toBe('Saved (1)');
    await panel.clickText('Saved (1)');
    await panel.clickText('Copy as Markdown');
    await eventually(() => panel.readClipboard()).toBe(
      [
        '## Sources: Resilient communities against subversive crime (Weerbare gemeenschappen tegen ondermijning)',
        '',
        `1. **${t.en.title}**: “${t.quote}” (Source: Ministerie van SZW, 2024, group discussion led by Halima Bochallati)`,
        '',
        '### References',
        '',
        `Ministerie van Sociale Zaken en Werkgelegenheid. (2024). *${report.title}* \\[${report.en.title}; report of a knowledge day, 15 April 2024\\].`,
      ].join('\n'),
    );
    await eventually(() => visibleNotice(panel)).toBe('Source list copied as Markdown.');
  });
});
