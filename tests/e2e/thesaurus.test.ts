/**
 * Search in the words of the field, in real Chromium and Firefox, in Dutch and in English: a word the
 * report never uses finds its advice through the thesaurus, or through the words writers use for a
 * tip, and says so; the weak tail is folded away; a word the report does not cover is named, with
 * related subjects it does cover.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type Locale, type PanelSession } from '../../tools/browsers';
import { audit } from './axe';
import { eventually, kb, resultIds, start, textOf, textsOf } from './helpers';

/** A concept of the thesaurus, by id: expectations come from the data. */
function concept(id: string) {
  const found = kb.concepts.find((c) => c.id === id);
  if (!found) throw new Error(`No concept ${id} in data/thesaurus/: the test needs updating`);
  return found;
}

const cases: [BrowserName, Locale][] = [
  ['chromium', 'nl'],
  ['firefox', 'nl'],
  ['chromium', 'en'],
  ['firefox', 'en'],
];

describe.each(cases)('the words of the field in %s, in %s', (browserName, locale) => {
  const nl = locale === 'nl';
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName, { locale, colorScheme: nl ? 'light' : 'dark' });
  });
  afterAll(async () => panel?.close());
  beforeEach(async () => start(panel));

  it('finds advice for a word the report never uses, and says it came through the thesaurus', async () => {
    const straathoekwerk = concept('straathoekwerk');
    await panel.type('#search', 'straathoekwerk ');
    await eventually(() => resultIds(panel)).not.toEqual([]);
    const [first] = await resultIds(panel);
    expect(straathoekwerk.tips).toContain(first);
    expect(await textOf(panel, `.results [data-tip-id="${first}"] .tip-reason`)).toContain(
      'via ‘straathoekwerk’',
    );
    const { violations } = await audit(panel);
    expect(violations).toEqual([]);
    await panel.screenshot(`${locale}-thesaurus-via`);
  });

  it('finds advice by a word writers use for it, says so, and that the report does not use the word', async () => {
    // The tips whose writers' words (data/writers-words.json) hold `leidraad`'s stem.
    const expected = Object.entries(kb.writers.tips)
      .filter(([, terms]) => terms.split(' ').includes('leidrad'))
      .map(([id]) => id);
    expect(expected).not.toEqual([]);
    await panel.type('#search', 'leidraad ');
    await eventually(() => resultIds(panel)).not.toEqual([]);
    const [first] = await resultIds(panel);
    expect(expected).toContain(first);
    expect(await textOf(panel, `.results [data-tip-id="${first}"] .tip-reason`)).toContain(
      nl ? 'vaak genoemd bij dit advies: ‘leidraad’' : 'often named with this advice: ‘leidraad’',
    );
    expect(await textsOf(panel, '.missing li')).toEqual([
      expect.stringContaining(
        nl ? '‘leidraad’ komt in het verslag niet voor.' : '‘leidraad’ does not occur in the report.',
      ),
    ]);
    const { violations } = await audit(panel);
    expect(violations).toEqual([]);
    await panel.screenshot(`${locale}-writers-words`);
  });

  it('counts the strong results only, and unfolds the weak tail on request', async () => {
    await panel.type('#search', nl ? 'gemeente ' : 'municipality ');
    await eventually(() => resultIds(panel)).not.toEqual([]);
    const strong = (await resultIds(panel)).length;
    expect(await textOf(panel, '#results-count')).toBe(nl ? `${strong} resultaten` : `${strong} results`);
    const toggle = await textOf(panel, '.weak-toggle');
    const weak = Number(/\d+/u.exec(toggle ?? '')?.[0]);
    const [one, many] = nl
      ? ['Toon 1 zwakker resultaat', `Toon ${weak} zwakkere resultaten`]
      : ['Show 1 weaker result', `Show ${weak} weaker results`];
    expect(toggle).toBe(weak === 1 ? one : many);
    expect(weak).toBeGreaterThan(0);
    await panel.click('.weak-toggle');
    await eventually(async () => (await resultIds(panel)).length).toBe(strong + weak);
    expect(
      await panel.evaluate(() => document.querySelector('.weak-toggle')!.getAttribute('aria-expanded')),
    ).toBe('true');
    await panel.screenshot(`${locale}-thesaurus-weak-unfolded`);
    // A new search folds the tail again.
    await panel.type('#search', nl ? ' vertrouwen ' : ' trust ');
    await eventually(() =>
      panel.evaluate(() => document.querySelector('.weak-toggle')?.getAttribute('aria-expanded')),
    ).not.toBe('true');
  });

  it('names a word the report does not cover, and offers related subjects it does', async () => {
    const radicalisering = concept('radicalisering');
    expect(radicalisering.tips).toEqual([]);
    const word = nl ? 'radicalisering' : 'radicalisation';
    await panel.type('#search', `${word} `);
    await eventually(() => textsOf(panel, '.missing li')).toEqual([
      expect.stringContaining(
        nl ? `‘${word}’ komt in het verslag niet voor.` : `‘${word}’ does not occur in the report.`,
      ),
    ]);
    const related = await textsOf(panel, '.missing button');
    expect(related.length).toBeGreaterThan(0);
    await panel.screenshot(`${locale}-thesaurus-missing`);
    await panel.clickText(related[0]!, '.missing button');
    await eventually(() =>
      panel.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.value),
    ).toBe(related[0]);
    await eventually(() => resultIds(panel)).not.toEqual([]);
  });

  it('names a word that is in neither the report nor the thesaurus, without a second "nothing found"', async () => {
    await panel.type('#search', 'qwxzyv ');
    await eventually(() => textsOf(panel, '.missing li')).toEqual([
      nl ? '‘qwxzyv’ komt in het verslag niet voor.' : '‘qwxzyv’ does not occur in the report.',
    ]);
    expect(await textsOf(panel, '.results .empty')).toEqual([]);
  });
});

describe.each(cases)('the report itself, searchable, in %s, in %s', (browserName, locale) => {
  const nl = locale === 'nl';
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName, { locale });
  });
  afterAll(async () => panel?.close());
  beforeEach(async () => start(panel));

  it('lists passages of the report for words no tip holds, and opens the report there', async () => {
    await panel.type('#search', 'Park Plaza');
    await eventually(() => textOf(panel, '.passages h3')).toBe(nl ? 'In het verslag' : 'In the report');
    expect(await textsOf(panel, '.passages mark')).toEqual(['Park', 'Plaza']);
    expect(await textsOf(panel, '.missing li')).toEqual([]);
    await panel.click('.passage');
    await eventually(() => textsOf(panel, '.report-context mark')).toEqual(['Park', 'Plaza']);
    await panel.screenshot(`${locale}-report-passage`);
    await panel.press('Escape');
    await eventually(() => panel.evaluate(() => !!document.querySelector('.passages'))).toBe(true);
  });

  it('moves to the next and previous section of the report from a passage', async () => {
    await panel.type('#search', 'Park Plaza');
    await eventually(() => textsOf(panel, '.passage')).not.toEqual([]);
    await panel.click('.passage');
    await eventually(() => textsOf(panel, '.section-nav button')).not.toEqual([]);
    const first = await textOf(panel, '.report-context .group-note');
    await panel.clickText(nl ? /^Volgende: / : /^Next: /u, '.section-nav button');
    await eventually(() => textOf(panel, '.report-context .group-note')).not.toBe(first);
    await panel.clickText(nl ? /^← Vorige: / : /^← Previous: /u, '.section-nav button');
    await eventually(() => textOf(panel, '.report-context .group-note')).toBe(first);
  });
});
