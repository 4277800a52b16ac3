/**
 * Keyboard users never lose their place: when the control they used goes away (a view closes, a row
 * is removed, filters are cleared), focus lands somewhere that makes sense, never on the page itself.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import { launch, type BrowserName, type PanelSession } from '../../tools/browsers';
import { eventually, focused, start } from './helpers';

describe.each<BrowserName>(['chromium', 'firefox'])('focus in %s', (browserName) => {
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName);
  });
  afterAll(async () => panel?.close());
  beforeEach(async () => start(panel, '?q=sleutelpersonen'));

  it('returns to the result after the back button of an opened tip', async () => {
    const first = await panel.evaluate(() =>
      document.querySelector('[data-tip-id]')!.getAttribute('data-tip-id'),
    );
    await panel.click('[data-tip-id] .tip-open');
    await panel.clickText(`← ${nl.back}`);
    await eventually(() => focused(panel)).toBe(`tip ${first}`);
  });

  it('returns to "read in the report" after closing the report view', async () => {
    await panel.click('[data-tip-id] .tip-open');
    await panel.clickText(nl.readInContext);
    await panel.press('Escape');
    await eventually(() => focused(panel)).toBe(`button ${nl.readInContext}`);
  });

  it('moves to the next kept tip when one is removed', async () => {
    const ids = await panel.evaluate(() =>
      [...document.querySelectorAll('[data-tip-id]')].slice(0, 2).map((e) => e.getAttribute('data-tip-id')!),
    );
    for (const id of ids) {
      await panel.click(`[data-tip-id="${id}"] .tip-open`);
      await panel.clickText(`☆ ${nl.pin}`);
      await panel.press('Escape');
    }
    await panel.click('[data-view="saved"]');
    await panel.click(
      `[data-tip-id="${ids[0]}"] button[aria-label^="${nl.removeTip.split(' ')[0]}"], [data-tip-id="${ids[0]}"] button[title="${nl.remove}"]`,
    );
    await eventually(() => focused(panel)).toBe(`tip ${ids[1]}`);
  });

  it('keeps the filters open, with focus on them, when they are cleared', async () => {
    await panel.clickText('Filters', 'summary');
    await panel.click('fieldset[data-facet="themes"] button');
    await panel.clickText(nl.filtersReset);
    await eventually(() => focused(panel)).toMatch(/^summary Filters/u);
    expect(await panel.evaluate(() => document.querySelector('details.filters')!.hasAttribute('open'))).toBe(
      true,
    );
  });
});
