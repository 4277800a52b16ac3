/**
 * The panel with more than one report, in real Chromium and Firefox, in Dutch (light) and English
 * (dark): the start screen lists the reports, browsing by section holds each report's own sections
 * (a section of the same id and speaker in two reports stays two), each result, opened tip and kept
 * tip names its report, a report filter joins the others, and each tip's citation names its own
 * report. The second report is the tests' own (tests/fixtures/second-report/), built into a copy of
 * the extension of its own; with the one report that ships, nothing of this shows.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWithReports, type BuiltExtension } from '../../tools/build-with-reports';
import { launch, type BrowserName, type Locale, type PanelSession } from '../../tools/browsers';
import { DATA_DIR, loadKnowledgeBase } from '../../tools/read-knowledge-base';
import enMessages from '../../locales/en.json';
import nlMessages from '../../locales/nl.json';
import { audit } from './axe';
import { eventually, focused, resultIds, start, textOf, textsOf } from './helpers';

const FIXTURE = 'tests/fixtures/second-report';
/** Under test-results/: ignored by git, the linters and the sources zip. */
const BUILD_DIR = 'test-results/two-reports';

const kb = loadKnowledgeBase(DATA_DIR, [FIXTURE]);
const [first, second] = kb.reports as [(typeof kb.reports)[number], (typeof kb.reports)[number]];
/** The section both reports have, with the same speaker. */
const SHARED = 'halima-bochallati';

/** How each report is named, written out by hand: the short title and the day, in each language. */
const NAMES: Record<Locale, [string, string]> = {
  nl: ['Kennisdag 2 · 15 april 2024', 'Testdag · 10 maart 2025'],
  en: ['Knowledge day 2 · 15 April 2024', 'Test day · 10 March 2025'],
};

const cases: [BrowserName, Locale][] = [
  ['chromium', 'nl'],
  ['chromium', 'en'],
  ['firefox', 'nl'],
  ['firefox', 'en'],
];

let built: BuiltExtension;
// One build for all four cases: both browsers' extensions, with the tests' report added.
beforeAll(async () => {
  built = await buildWithReports([FIXTURE], BUILD_DIR);
}, 240_000);

/** The start screen's index: each entry's id, name, count and whether it is open, and what it holds. */
const indexOf = (panel: PanelSession) =>
  panel.evaluate(() => {
    const read = (group: Element) => ({
      id: group.getAttribute('data-report-id') ?? group.getAttribute('data-section-id')!,
      name: group.querySelector('.group-name')!.textContent!,
      count: group.querySelector('.group-toggle .count')!.textContent!,
      open: group.querySelector('.group-toggle')!.getAttribute('aria-expanded') === 'true',
      sections: [...group.querySelectorAll(':scope > .index > [data-section-id]')].map((section) => ({
        id: section.getAttribute('data-section-id')!,
        name: section.querySelector('.group-name')!.textContent!,
        ids: [...section.querySelectorAll('[data-tip-id]')].map((li) => li.getAttribute('data-tip-id')!),
      })),
    });
    return [...document.querySelectorAll('.browse > .index > .group')].map(read);
  });

describe.each(cases)('two reports in %s, in %s', (browserName, locale) => {
  const en = locale === 'en';
  const m: Record<string, string> = en ? enMessages : nlMessages;
  const colorScheme = en ? 'dark' : 'light';
  const [firstName, secondName] = NAMES[locale];
  const tipCount = (n: number) => (n === 1 ? m.tipCountOne! : m.tipCount!.replace('{count}', String(n)));
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName, { locale, colorScheme, extensionDir: built[browserName] });
  });
  afterAll(async () => panel?.close());
  beforeEach(async () => {
    await panel.setViewport(400);
    await start(panel);
  });

  async function shoot(name: string) {
    await panel.screenshot(`${locale}-${colorScheme}-reports-${name}`);
  }

  async function axeClean(state: string) {
    const { violations } = await audit(panel);
    expect(violations, `axe violations in "${state}"`).toEqual([]);
  }

  it('lists the reports on the start screen, and browses each report by its own sections', async () => {
    // One heading for the reports, not one header per report.
    expect(await textsOf(panel, '.browse h2')).toEqual([m.reportsHeading]);
    expect(await textsOf(panel, '.report-list .report-name')).toEqual([firstName, secondName]);
    expect(await textsOf(panel, '.report-list .report-title')).toEqual(
      [first, second].map(({ report }) => (en ? report.en.title : report.title)),
    );
    const index = await indexOf(panel);
    expect(index.map(({ id, name, count, open }) => ({ id, name, count, open }))).toEqual([
      { id: first.report.id, name: firstName, count: tipCount(first.tips.length), open: false },
      { id: second.report.id, name: secondName, count: tipCount(second.tips.length), open: false },
    ]);
    await axeClean('start screen with two reports');
    await shoot('start');

    // A report's name in the list unfolds its sections in the index, and goes there.
    await panel.clickText(secondName, '.report-list button');
    await eventually(() => focused(panel)).toBe(`button ${secondName} ${tipCount(second.tips.length)}`);
    const sections = second.report.sections.map((s) => s.id);
    await eventually(async () => (await indexOf(panel))[1]!.sections.map(({ id }) => id)).toEqual(sections);
    expect((await indexOf(panel))[0]!.open).toBe(false);

    // The section both reports have stays two: each lists only its own report's tips.
    await panel.click(
      `.index [data-report-id="${second.report.id}"] [data-section-id="${SHARED}"] .group-toggle`,
    );
    await panel.click(`.index [data-report-id="${first.report.id}"] > h3 .group-toggle`);
    await panel.click(
      `.index [data-report-id="${first.report.id}"] [data-section-id="${SHARED}"] .group-toggle`,
    );
    const own = (data: typeof first) => data.tips.filter((t) => t.section === SHARED).map((t) => t.id);
    await eventually(async () =>
      (await indexOf(panel)).map((report) => report.sections.find(({ id }) => id === SHARED)!.ids),
    ).toEqual([own(first), own(second)]);
    // Under its report's own heading a tip need not name its report again.
    expect(await textsOf(panel, '.index .tip-report')).toEqual([]);
    await axeClean('both reports open at their shared speaker');
    await shoot('start-open');
  });

  it('names the report of each result, and filters by report with the other facets', async () => {
    await start(panel, `?q=${encodeURIComponent(en ? 'neutral facilitator' : 'neutrale gespreksleider')}`);
    await eventually(() => resultIds(panel)).not.toEqual([]);
    // Every result, the weak tail too: the filter counts them all.
    const tail = () =>
      panel.evaluate(() => document.querySelector('.weak-toggle')?.getAttribute('aria-expanded'));
    if (await tail()) {
      await panel.click('.weak-toggle');
      await eventually(tail).toBe('true');
    }
    await eventually(() => resultIds(panel)).toEqual(
      expect.arrayContaining(['neutrale-gespreksleider', 'testdag-neutrale-gespreksleider']),
    );
    const named = await panel.evaluate(() =>
      [...document.querySelectorAll('.results [data-tip-id]')].map((li) => [
        li.getAttribute('data-tip-id')!,
        li.querySelector('.tip-report')?.textContent ?? null,
      ]),
    );
    const reportOf = (id: string) => (second.tips.some((t) => t.id === id) ? secondName : firstName);
    expect(named).toEqual(named.map(([id]) => [id, reportOf(id!)]));

    await panel.click('.filters summary');
    expect(await textsOf(panel, '.filters legend')).toEqual([
      m.filterThemes,
      m.filterSpeakers,
      m.filterKinds,
      m.filterReports,
    ]);
    const chips = await textsOf(panel, 'fieldset[data-facet="reports"] button');
    expect(chips.map((chip) => chip.replace(/ \d+$/u, ''))).toEqual([firstName, secondName]);
    await panel.click(`fieldset[data-facet="reports"] button[data-value="${second.report.id}"]`);
    await eventually(async () => (await resultIds(panel)).every((id) => reportOf(id) === secondName)).toBe(
      true,
    );
    expect(await resultIds(panel)).toContain('testdag-neutrale-gespreksleider');
    // The chip said what the count says once it is pressed.
    expect(await textOf(panel, '.results-count')).toMatch(
      new RegExp(`^${/\d+$/u.exec(chips[1]!)![0]}\\b`, 'u'),
    );
    expect(await textOf(panel, '.filters summary')).toBe(m.filtersActive!.replace('{count}', '1'));
    await axeClean('results filtered by report');
    await shoot('results-filtered');
  });

  it("names the report of each passage of the reports' text, and opens it in that report", async () => {
    // Both reports have an introduction that speaks of a knowledge day.
    await start(panel, '?q=kennisdag');
    const intro = en ? 'Introduction' : 'Inleiding';
    await eventually(() => textsOf(panel, '.passage-section')).toEqual(
      expect.arrayContaining([`${firstName}: ${intro}`, `${secondName}: ${intro}`]),
    );
    await panel.clickText(new RegExp(`^${secondName}: ${intro}`, 'u'), '.passage');
    await eventually(() => textOf(panel, '.report-context .report-name')).toBe(secondName);
    expect(await textsOf(panel, '.report-context p.item, .report-context p:not([class])')).toContain(
      second.text.sections[0]!.blocks[1]!.text,
    );
    await axeClean('a passage of the second report');
    await shoot('passage');
  });

  it('fits the narrowest panel: the list of reports, and the report filter on one line each', async () => {
    await panel.setViewport(320);
    await panel.click('.filters summary');
    const sticking = () =>
      panel.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll<HTMLElement>('body *')]
          .filter(
            (element) => element.checkVisibility() && element.getBoundingClientRect().right > limit + 0.5,
          )
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      });
    expect(await sticking()).toEqual([]);
    const chips = await panel.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('fieldset[data-facet="reports"] button.chip')].map(
        (chip) => chip.getBoundingClientRect().height / parseFloat(getComputedStyle(chip).lineHeight),
      ),
    );
    expect(chips).toHaveLength(2);
    expect(chips.every((lines) => lines < 1.6)).toBe(true);
    await panel.evaluate(() =>
      document.querySelector('fieldset[data-facet="reports"]')!.scrollIntoView({ block: 'center' }),
    );
    await shoot('320-filters');
    await panel.click('.filters summary');
    await panel.evaluate(() => scrollTo(0, 0));
    expect(await sticking()).toEqual([]);
    await shoot('320-start');
  });

  it('names the report of an opened tip, of its passage and of a kept tip', async () => {
    const tip = second.tips.find((t) => t.section === SHARED)!;
    await start(panel, `?tip=${tip.id}`);
    await eventually(() => textOf(panel, '.tip-detail .quote-report')).toBe(secondName);
    await axeClean('a tip of the second report');
    await shoot('tip');

    await panel.click('[data-action="context"]');
    await panel.waitFor(() => document.querySelector('.report-context mark'));
    expect(await textOf(panel, '.report-context .report-name')).toBe(secondName);
    expect(await textsOf(panel, '.report-context mark')).toEqual([tip.quote]);
    await shoot('context');

    await panel.open(`?tip=${tip.id}`);
    await panel.click('[data-action="pin"]');
    await panel.click('[data-view="saved"]');
    await eventually(() => textsOf(panel, '.saved-list .tip-report')).toEqual([secondName]);
    await axeClean('a kept tip of the second report');
  });

  it("cites each tip with its own report, and lists both reports' sources for the kept tips", async () => {
    const copy = async (id: string) => {
      await panel.open(`?tip=${id}`);
      await panel.click('[data-action="copy-text"]');
      return panel.readClipboard();
    };
    // Written out from the data by hand: the short reference of a single tip names its report and day.
    const groupDiscussion = en
      ? 'group discussion led by Halima Bochallati'
      : 'groepsgesprek o.l.v. Halima Bochallati';
    const source = ({ report }: typeof first, day: string) =>
      `(${en ? 'Source' : 'Bron'}: ${report.publisherShort}, ${report.title}${en ? ` (${report.en.title})` : ''}, ${day}, ${groupDiscussion})`;
    const days = NAMES[locale].map((name) => name.split(' · ')[1]!);
    await eventually(() => copy('testdag-neutrale-gespreksleider')).toContain(source(second, days[1]!));
    await eventually(() => copy('neutrale-gespreksleider')).toContain(source(first, days[0]!));

    for (const id of ['neutrale-gespreksleider', 'testdag-neutrale-gespreksleider']) {
      await panel.open(`?tip=${id}`);
      await panel.click('[data-action="pin"]');
    }
    await panel.click('[data-view="saved"]');
    await eventually(() => textsOf(panel, '.saved-list .tip-report')).toEqual([firstName, secondName]);
    await panel.click('[data-action="export-markdown"]');
    const list = await panel.readClipboard();
    for (const { report } of [first, second]) {
      expect(list).toContain(`${report.publisher}. (${report.date.slice(0, 4)}). *${report.title}*`);
    }
    await shoot('saved');
  });
});

describe.each(['chromium', 'firefox'] as BrowserName[])('one report in %s', (browserName) => {
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName);
  });
  afterAll(async () => panel?.close());

  it('names no report and offers no report filter: there is nothing to tell apart', async () => {
    await start(panel, '?q=vertrouwen');
    await eventually(() => resultIds(panel)).not.toEqual([]);
    await panel.click('.filters summary');
    expect(await textsOf(panel, '.filters legend')).toEqual([
      nlMessages.filterThemes,
      nlMessages.filterSpeakers,
      nlMessages.filterKinds,
    ]);
    expect(await textsOf(panel, '.tip-report')).toEqual([]);
    await panel.open(`?tip=${first.tips[1]!.id}`);
    await eventually(() => textOf(panel, '.tip-detail h2')).not.toBeNull();
    expect(await textsOf(panel, '.quote-report')).toEqual([]);
    await start(panel);
    expect(await textsOf(panel, '.browse h2')).toEqual([first.report.title]);
    expect(
      await panel.evaluate(() => document.querySelectorAll('.report-list, [data-report-id]').length),
    ).toBe(0);
  });
});
