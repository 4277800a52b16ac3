/**
 * Nothing leaves the browser: a whole session of use, and every request the extension's pages (and,
 * in Chromium, its service worker) made is for the extension's own files.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import { launch, type BrowserName, type PanelSession } from '../../tools/browsers';
import { eventually, start } from './helpers';

const OWN = /^(?:chrome-extension|moz-extension|data|blob|about):/u;

describe.each<BrowserName>(['chromium', 'firefox'])('privacy in %s', (browserName) => {
  let panel: PanelSession;
  // A page on this machine, to show the recorder does see a request to a host when there is one.
  let server: Server;
  let control: string;
  beforeAll(async () => {
    server = createServer((_, response) => response.end('<!doctype html><title>control</title>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    control = `http://127.0.0.1:${(server.address() as AddressInfo).port}/control`;
    panel = await launch(browserName);
  });
  afterAll(async () => {
    await panel?.close();
    server?.close();
  });

  it('makes no request to any host during a session of use', async () => {
    await start(panel, '?q=vertrouwen');
    await panel.type('#search', ' winnen');
    await eventually(() =>
      panel.evaluate(() => document.querySelectorAll('[data-tip-id]').length),
    ).toBeGreaterThan(0);
    await panel.click('[data-tip-id] .tip-open');
    await panel.clickText(nl.copyText);
    await panel.clickText(`☆ ${nl.pin}`);
    await panel.clickText(nl.readInContext);
    await eventually(() =>
      panel.evaluate(() => document.querySelectorAll('.report-context mark').length),
    ).toBeGreaterThan(0);
    await panel.press('Escape');
    await panel.press('Escape');
    await panel.clickText(nl.pasteOpen);
    await panel.type(
      '#paste',
      'De wijkagent heeft te weinig tijd voor het echte werk door de administratie.',
    );
    await panel.clickText(nl.pasteSubmit);
    await eventually(() =>
      panel.evaluate(() => document.querySelector('.selection-text')?.textContent),
    ).toMatch(/wijkagent/u);
    await panel.reload();
    await panel.click('[data-view="recent"]');
    await panel.click('[data-view="saved"]');
    await panel.clickText(nl.savedExport);

    const requests = panel.requests();
    expect(requests.filter((url) => !OWN.test(url))).toEqual([]);

    // The recorder is not blind: a request to a host, made here on purpose, is seen.
    await panel.leave(control);
    expect(panel.requests()).toContain(control);
  });
});
