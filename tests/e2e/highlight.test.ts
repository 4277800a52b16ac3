/**
 * Highlight to look up: a selection on a page reaches the panel. A test cannot right-click, so it
 * selects text in a local draft policy note, then hands it over exactly as the background's click
 * handler does (lib/handoff.ts: a record with a nonce in `storage.session`), and looks at the panel.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import { launch, type BrowserName, type PanelSession } from '../../tools/browsers';
import { eventually, start } from './helpers';

const DRAFT = pathToFileURL(join(import.meta.dirname, '..', 'fixtures', 'demo', 'beleidsnotitie.html')).href;

type Extension = { storage: { session: { set(items: object): Promise<void> } } };
/** The hand-over the background writes (see lib/handoff.ts), written from an extension page. */
const handOver = (panel: PanelSession, payload: object) =>
  panel.evaluate(
    (item) =>
      (globalThis as unknown as { chrome: Extension }).chrome.storage.session.set({
        handoff: { ...item, nonce: `${Date.now()}-${Math.random()}`, at: Date.now() },
      }),
    payload,
  );
const banner = (panel: PanelSession) =>
  panel.evaluate(() => document.querySelector('.selection-text')?.textContent ?? null);
const resultIds = (panel: PanelSession) =>
  panel.evaluate(() =>
    [...document.querySelectorAll('[data-tip-id]')].map((e) => e.getAttribute('data-tip-id')),
  );

describe.each<BrowserName>(['chromium', 'firefox'])('highlight to look up in %s', (browserName) => {
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName);
  });
  afterAll(async () => panel?.close());

  it('shows the advice for a paragraph selected on a page, in a panel that is open', async () => {
    await start(panel);
    const text = await panel.selectInPage(DRAFT, '#sleutelpersonen');
    expect(text).toMatch(/^\s*Met deze notitie wil de gemeente een bondgenotennetwerk opzetten\./);
    await handOver(panel, { kind: 'selection', text });
    await eventually(() => banner(panel)).toMatch(/^Met deze notitie wil de gemeente een bondgenotennetwerk/);
    // Three sentences: the draft view, each with its advice (in the panel's first draft, its cold
    // lookups may take more than one task: lib/app-state.ts, `DRAFT_TASK_MS`).
    await eventually(() => panel.evaluate(() => document.querySelectorAll('.draft-part').length)).toBe(3);
    // The one that asks to value the volunteers, not to ask too much of them and to keep them
    // informed has that advice first.
    const parts = await panel.evaluate(() =>
      [...document.querySelectorAll('.draft-part')].map((part) => ({
        text: part.querySelector('.part-text')?.textContent ?? '',
        tips: [...part.querySelectorAll('[data-tip-id]')].map((li) => li.getAttribute('data-tip-id')),
      })),
    );
    expect(parts).toHaveLength(3);
    const volunteers = parts.find((part) => part.text.includes('waardering van de vrijwilligers'));
    expect(volunteers?.tips.slice(0, 3)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /vrijwilligers-waarderen|verwachtingen-uitspreken|sleutelpersonen-niet-overvragen/,
        ),
      ]),
    );
    await panel.screenshot('highlight-selection');
  });

  it('looks up the same text twice, and returns to normal search when the selection is cleared', async () => {
    await start(panel);
    const text = await panel.selectInPage(DRAFT, '#jongeren');
    await handOver(panel, { kind: 'selection', text });
    await eventually(() => resultIds(panel)).toContain('snel-handelen-bij-hulpvraag');
    await panel.clickText(nl.selectionClear);
    await eventually(() => banner(panel)).toBeNull();
    await handOver(panel, { kind: 'selection', text });
    await eventually(() => banner(panel)).toMatch(/^Wanneer een jongere aangeeft/);
    await eventually(async () => (await resultIds(panel)).slice(0, 3)).toContain(
      'snel-handelen-bij-hulpvraag',
    );
  });

  it('takes a whole page with line breaks, shortened in the banner', async () => {
    await start(panel);
    const text = await panel.selectInPage(DRAFT, 'article');
    expect(text.length).toBeGreaterThan(2000);
    expect(text).toContain('\n');
    await handOver(panel, { kind: 'selection', text });
    await eventually(() => banner(panel)).toMatch(/…$/);
    // A page of several parts: its advice once they are looked up, in tasks (lib/app-state.ts).
    await eventually(async () => (await resultIds(panel)).length).toBeGreaterThan(0);
  });

  it('shows markup in a selection as text, never as markup', async () => {
    await start(panel);
    const text = await panel.selectInPage(DRAFT, '#markup');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    await handOver(panel, { kind: 'selection', text });
    await eventually(() => banner(panel)).toContain('<img src=x onerror=alert(1)>');
    expect(await panel.evaluate(() => document.querySelectorAll('img, script:not([src])').length)).toBe(0);
  });

  it('opens paste mode with the reason when the page gives no selection', async () => {
    await start(panel);
    await handOver(panel, { kind: 'paste', reason: 'unreadable' });
    await eventually(() =>
      panel.evaluate(() => document.querySelector('#paste-box .hint')?.textContent),
    ).toBe(nl.pasteReasonUnreadable);
    await eventually(() => panel.evaluate(() => document.activeElement?.id)).toBe('paste');
  });

  it('leaves hand-overs alone in a panel page opened in a tab from the address bar', async () => {
    await start(panel, '?q=vertrouwen&tab');
    await handOver(panel, { kind: 'selection', text: 'Voorkom dat sleutelpersonen overvraagd worden.' });
    // The side panel would take it at once; give this page the time it would need, then look.
    await panel.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))),
    );
    expect(await banner(panel)).toBeNull();
    expect(await panel.evaluate(() => (document.querySelector('#search') as HTMLInputElement).value)).toBe(
      'vertrouwen',
    );
  });

  it('puts the cursor in the search box from the shortcut', async () => {
    await start(panel);
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await handOver(panel, { kind: 'focus-search' });
    await eventually(() => panel.evaluate(() => document.activeElement?.id)).toBe('search');
  });

  it.runIf(browserName === 'chromium')(
    'picks up a selection handed over by the background while the panel was still closed',
    async () => {
      await start(panel);
      await panel.leave();
      const text = await panel.selectInPage(DRAFT, '#randvoorwaarden');
      await panel.evaluateInBackground!(
        (selected) =>
          (globalThis as unknown as { chrome: Extension }).chrome.storage.session.set({
            handoff: { kind: 'selection', text: selected, nonce: `bg-${Date.now()}`, at: Date.now() },
          }),
        text,
      );
      await panel.open();
      await eventually(() => banner(panel)).toMatch(/^De wijkagent en het jongerenwerk/);
      await eventually(async () => (await resultIds(panel)).slice(0, 3)).toContain(
        'ruimte-voor-het-echte-werk',
      );
      // Taken once: it is gone from storage, so opening the panel again starts clean.
      await panel.open();
      expect(await banner(panel)).toBeNull();
    },
  );
});
