import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type PanelSession } from './browsers';

describe.each<BrowserName>(['chromium', 'firefox'])('the side panel in %s', (browserName) => {
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName);
    await panel.open();
  });
  afterAll(async () => panel?.close());

  it("shows the day's context: the report's headline, date and place", async () => {
    const header = await panel.evaluate(() => document.querySelector('header')?.textContent ?? '');
    expect(header).toContain('Lokale netwerken vragen om maatwerk');
    expect(header).toContain('15 april 2024');
    expect(header).toContain('Utrecht');
    await panel.screenshot('start');
  });

  it('lists the speakers in report order, with the number of tips of each', async () => {
    const sections = await panel.evaluate(() =>
      [...document.querySelectorAll('[data-section-id]')].map((li) => li.textContent),
    );
    expect(sections[0]).toMatch(/^Marco den Dunnen \d+$/);
    expect(sections.at(-1)).toMatch(/^Volgende bijeenkomst 1$/);
  });
});
