import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type PanelSession } from './browsers';

describe.each<BrowserName>(['chromium', 'firefox'])('the side panel in %s', (browserName) => {
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName);
    await panel.open();
  });
  afterAll(async () => panel?.close());

  it('shows the heading', async () => {
    const h1 = await panel.evaluate(() => document.querySelector('h1')?.textContent);
    expect(h1).toBe('Weerbaar');
    await panel.screenshot('smoke');
  });
});
