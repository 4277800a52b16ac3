/**
 * Accessibility and looks of the panel's main states, in both browsers, both languages and both
 * colour schemes: no WCAG 2 A/AA violation that axe-core finds, nothing sticking out sideways at the
 * narrowest and widest panel, and a screenshot of each state at 320 and 500 px for a person to look at
 * (test-results/screenshots/<browser>-<locale>-<scheme>-<width>-<state>.png).
 *
 * The states are reached through the panel's own controls; the selectors here are the language-free
 * data attributes, so the same steps run in Dutch and English.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { audit } from './axe';
import {
  launch,
  type BrowserName,
  type ColorScheme,
  type Locale,
  type PanelSession,
} from '../../tools/browsers';
import { eventually, resultIds, start, tip, visibleNotice } from './helpers';

const WIDTHS = [320, 500];
const DEFAULT_WIDTH = 400;

const combinations = (['chromium', 'firefox'] as BrowserName[]).flatMap((browserName) =>
  (['nl', 'en'] as Locale[]).flatMap((locale) =>
    (['light', 'dark'] as ColorScheme[]).map((colorScheme) => ({ browserName, locale, colorScheme })),
  ),
);

describe.each(combinations)(
  'the panel in $browserName, $locale, $colorScheme',
  ({ browserName, locale, colorScheme }) => {
    let panel: PanelSession;
    beforeAll(async () => {
      panel = await launch(browserName, { locale, colorScheme, width: DEFAULT_WIDTH });
    });
    afterAll(async () => panel?.close());
    beforeEach(async () => start(panel));

    /** Asserts no axe violation, then photographs the state at each width, checking for overflow. */
    async function check(state: string) {
      const { violations } = await audit(panel);
      expect(violations, `axe violations in "${state}"`).toEqual([]);
      for (const width of WIDTHS) {
        await panel.setViewport(width);
        await panel.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        const sticking = await panel.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          return [...document.querySelectorAll<HTMLElement>('body *')]
            .filter(
              (element) => element.checkVisibility() && element.getBoundingClientRect().right > limit + 0.5,
            )
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}.${element.className} (${element.textContent?.slice(0, 30)})`,
            );
        });
        expect(sticking, `elements wider than ${width} px in "${state}"`).toEqual([]);
        await panel.screenshot(`${locale}-${colorScheme}-${width}-${state}`);
      }
      await panel.setViewport(DEFAULT_WIDTH);
    }

    it(`is shown in the ${colorScheme} colours`, async () => {
      expect(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        colorScheme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)',
      );
    });

    it('browse: the report by section', async () => {
      await check('browse');
    });

    it('results, with a theme filter pressed', async () => {
      await start(panel, '?q=sleutelpersonen');
      await check('results');
      await panel.click('.filters summary');
      await panel.click('fieldset[data-facet="themes"] button[data-value="vrijwilligers"]');
      await eventually(() =>
        panel.evaluate(() =>
          document.querySelector('[data-value="vrijwilligers"]')?.getAttribute('aria-pressed'),
        ),
      ).toBe('true');
      await check('results-filtered');
    });

    it('an open tip, and the confirmation after keeping it', async () => {
      await start(panel, '?q=sleutelpersonen');
      await eventually(() => resultIds(panel)).toContain('sleutelpersonen-niet-overvragen');
      await panel.click('[data-tip-id="sleutelpersonen-niet-overvragen"] .tip-open');
      await panel.waitFor(() => document.querySelector('.tip-detail'));
      await check('tip');
      await panel.click('[data-action="pin"]');
      await eventually(() => visibleNotice(panel)).not.toBeNull();
      const { violations } = await audit(panel);
      expect(violations, 'axe violations with the confirmation shown').toEqual([]);
      await panel.screenshot(`${locale}-${colorScheme}-${DEFAULT_WIDTH}-tip-notice`);
    });

    it("the tip's passage in the report", async () => {
      await start(panel, '?tip=snel-handelen-bij-hulpvraag');
      await panel.click('[data-action="context"]');
      await panel.waitFor(() => document.querySelector('.report-context mark'));
      await check('report');
    });

    it('the saved list', async () => {
      await start(panel, '?tip=sleutelpersonen-niet-overvragen');
      await panel.click('[data-action="pin"]');
      await panel.open('?tip=vertrouwen-kweken-kost-tijd');
      await panel.click('[data-action="pin"]');
      await panel.click('[data-view="saved"]');
      await eventually(() => panel.evaluate(() => document.querySelectorAll('.saved-list li').length)).toBe(
        2,
      );
      await check('saved');
      // Kept tips carry a star wherever they are listed.
      await panel.click('[data-view="search"]');
      await panel.click(
        `.index [data-section-id="${tip('sleutelpersonen-niet-overvragen').section}"] .group-toggle`,
      );
      await panel.waitFor(() => document.querySelector('.browse .pin-mark'));
      const { violations } = await audit(panel);
      expect(violations, 'axe violations when browsing with kept tips').toEqual([]);
    });

    it('paste mode, the advice for the pasted text, and the recent lookups', async () => {
      await panel.click('[aria-controls="paste-box"]');
      await panel.waitFor(() => document.querySelector('#paste'));
      await check('paste');
      await panel.writeClipboard(
        'In de wijk willen we samen met sleutelpersonen en vrijwilligers werken aan vertrouwen tussen ' +
          'bewoners en gemeente, en jongeren die om hulp vragen snel iets bieden.',
      );
      await panel.click('#paste');
      await panel.press('Control+V');
      await panel.click('#paste-box button[type="submit"]');
      await panel.waitFor(
        () => document.querySelector('.selection-banner') && document.querySelector('.results'),
      );
      await check('selection');
      await panel.click('[data-view="recent"]');
      await panel.waitFor(() => document.querySelector('.history-list li'));
      await check('recent');
    });
  },
);
