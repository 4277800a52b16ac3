/**
 * Into the document, as a policy writer does it: copy a tip (HTML and text together, with the right
 * attribution), choose the citation style once, export the kept list as rich text, as a Word
 * document and as Markdown, and drag a tip into a document.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type PanelSession } from '../../tools/browsers';
import { eventually, report, section, start, textOf, textsOf, tip, visibleNotice } from './helpers';

const SOURCE = `Ministerie van SZW, ${report.title}, 15 april 2024`;
const APA_ENTRY = `Ministerie van Sociale Zaken en Werkgelegenheid. (2024). ${report.title} [Verslag van een kennisdag, 15 april 2024].`;

describe.each<BrowserName>(['chromium', 'firefox'])('into the document, in %s', (browserName) => {
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName);
  });
  afterAll(async () => {
    await panel?.close();
  });

  /** Opens a tip on a clean panel and waits for it. */
  async function openTip(id: string, fresh = true) {
    if (fresh) await start(panel, `?tip=${id}`);
    else await panel.open(`?tip=${id}`);
    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(tip(id).title);
  }

  /** What a person's drag of `selector` would carry: the data its dragstart puts on the drag. */
  function dragData(selector: string) {
    return panel.evaluate((sel) => {
      const dataTransfer = new DataTransfer();
      const element = document.querySelector(sel);
      if (!element) throw new Error(`No ${sel} to drag`);
      element.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer }));
      return {
        draggable: (element as HTMLElement).draggable,
        text: dataTransfer.getData('text/plain'),
        html: dataTransfer.getData('text/html'),
      };
    }, selector);
  }

  /**
   * Catches the next download the panel starts (a link with `download`), instead of saving it, and
   * keeps its name and bytes (base64) in the page for `downloaded()`.
   */
  function catchDownload() {
    return panel.evaluate(() => {
      const page = window as unknown as { caught?: Promise<{ name: string; base64: string }> };
      page.caught = new Promise((resolve) => {
        const onClick = (event: MouseEvent) => {
          const link = (event.target as Element).closest('a[download]') as HTMLAnchorElement | null;
          if (!link) return;
          event.preventDefault();
          document.removeEventListener('click', onClick, true);
          const name = link.download;
          void fetch(link.href)
            .then((response) => response.arrayBuffer())
            .then((buffer) => {
              let binary = '';
              for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
              resolve({ name, base64: btoa(binary) });
            });
        };
        document.addEventListener('click', onClick, true);
      });
    });
  }

  function downloaded() {
    return panel.evaluate(
      () => (window as unknown as { caught: Promise<{ name: string; base64: string }> }).caught,
    );
  }

  async function chooseStyle(label: string) {
    await panel.evaluate((wanted) => {
      const select = document.querySelector<HTMLSelectElement>('[data-setting="citation-style"]')!;
      const option = [...select.options].find((o) => o.text === wanted);
      if (!option) throw new Error(`No citation style ${wanted}`);
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, label);
  }

  it('copies a remark from the audience as HTML and text, cited as one, without a second pair of quotes', async () => {
    const t = tip('niet-denken-vanuit-rollen');
    await openTip(t.id);
    // The panel says whose words they are, as the citation does.
    expect(await textOf(panel, '.tip-detail figcaption')).toBe(
      `Opmerking uit de zaal bij de bijdrage van Radboud Engbersen (${t.speaker!.role}), ${section('radboud-engbersen').title}`,
    );
    await panel.clickText('Kopieer met bron');
    const reference = `(Bron: ${SOURCE}, opmerking uit de zaal bij de bijdrage van Radboud Engbersen)`;
    await eventually(() => panel.readClipboard()).toBe(`${t.title}\n${t.quote} ${reference}`);
    const html = await panel.readClipboardHtml();
    expect(html).toContain(`<p><b>${t.title}</b></p>`);
    expect(html).toContain(`<blockquote><p>${t.quote}</p></blockquote>`);
    expect(html).toContain(`<p>${reference}</p>`);
    await eventually(() => visibleNotice(panel)).toBe('Gekopieerd met bronvermelding.');
  });

  it('cites the advice of a group discussion as the discussion led by its leader', async () => {
    const t = tip('neutrale-gespreksleider');
    await openTip(t.id);
    expect(await textOf(panel, '.tip-detail figcaption')).toBe(
      `Groepsgesprek o.l.v. Halima Bochallati (${t.speaker!.role}), ${section('halima-bochallati').title}`,
    );
    await panel.clickText('Kopieer met bron');
    await eventually(() => panel.readClipboard()).toBe(
      `${t.title}\n“${t.quote}” (Bron: ${SOURCE}, groepsgesprek o.l.v. Halima Bochallati)`,
    );
  });

  it('remembers the citation style across a reload, and cites in it', async () => {
    const t = tip('ken-jezelf');
    await openTip(t.id);
    expect(await textOf(panel, '[data-setting="citation-style"] option:checked')).toBe(
      'In de tekst: (Bron: …)',
    );
    await chooseStyle('APA 7, met literatuurlijst');
    await panel.reload();
    await eventually(() => textOf(panel, '[data-setting="citation-style"] option:checked')).toBe(
      'APA 7, met literatuurlijst',
    );
    await panel.clickText('Kopieer met bron');
    await eventually(() => panel.readClipboard()).toBe(
      `${t.title}\n“${t.quote}” (Ministerie van SZW, 2024, bijdrage van Jamal Ezzarqtouni)\n\nLiteratuur\n${APA_ENTRY}`,
    );
    expect(await panel.readClipboardHtml()).toContain(`<i>${report.title}</i>`);

    await chooseStyle('Als voetnoot');
    await panel.clickText('Kopieer met bron');
    await eventually(() => panel.readClipboard()).toMatch(
      /”¹\n\n¹ Ministerie van SZW, .*, bijdrage van Jamal Ezzarqtouni\.$/u,
    );
  });

  it('exports the kept list as rich text, a Word document and Markdown, with one literature list', async () => {
    const a = tip('wantrouwen-achterhalen');
    const b = tip('aanbesteding-sluit-niet-aan-op-praktijk');
    await openTip(a.id);
    await panel.clickText('☆ Bewaar');
    await openTip(b.id, false);
    await panel.clickText('☆ Bewaar');
    await eventually(() => textOf(panel, '[data-view="saved"]')).toBe('Bewaard (2)');
    await panel.clickText('Bewaard (2)');
    await eventually(() => textsOf(panel, '.saved-list .tip-open')).toEqual([a.title, b.title]);
    await panel.screenshot('document-saved', { fullPage: true });

    await panel.clickText('Kopieer als bronnenlijst');
    await eventually(() => panel.readClipboard()).toBe(
      [
        'Bronnen: Weerbare gemeenschappen tegen ondermijning',
        '',
        `1. ${a.title}: “${a.quote}” (Bron: Ministerie van SZW, 2024, groepsgesprek o.l.v. Halima Bochallati)`,
        // Its quote holds double quotation marks itself: no second pair.
        `2. ${b.title}: ${b.quote} (Bron: Ministerie van SZW, 2024, opmerking uit de zaal bij de bijdrage van Radboud Engbersen)`,
        '',
        'Literatuur',
        APA_ENTRY,
      ].join('\n'),
    );
    const html = (await panel.readClipboardHtml()) ?? '';
    expect(html.match(/<blockquote>/gu)).toHaveLength(2);
    expect(html.match(/Ministerie van Sociale Zaken en Werkgelegenheid\. \(2024\)/gu)).toHaveLength(1);
    await eventually(() => visibleNotice(panel)).toBe('Bronnenlijst gekopieerd. Plak hem in uw document.');

    await catchDownload();
    await panel.clickText('Download als Word-document');
    const file = await downloaded();
    expect(file.name).toMatch(/^kennisdag-2-lokale-netwerken-\d{4}-\d\d-\d\d\.docx$/u);
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The document's text without its markup: runs (the literature list's italic title is one)
    // join up again, and XML's escapes are read back.
    const words = xml
      .replace(/<[^>]+>/gu, '')
      .replace(
        /&(lt|gt|quot|apos);/gu,
        (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[name]!,
      )
      .replace(/&amp;/gu, '&');
    for (const t of [a, b]) {
      expect(words).toContain(t.title);
      expect(words).toContain(t.quote);
    }
    expect(words).toContain('Literatuur');
    expect(words.split(APA_ENTRY).length - 1, 'the literature list names the report once').toBe(1);
    await eventually(() => visibleNotice(panel)).toBe(`Word-document ‘${file.name}’ gedownload.`);

    await panel.clickText('Kopieer als Markdown');
    await eventually(() => panel.readClipboard()).toMatch(
      /^## Bronnen: .*\n\n1\. \*\*.*\n2\. \*\*.*\n\n### Literatuur\n\nMinisterie van Sociale Zaken en Werkgelegenheid\. \(2024\)\. \*Verslag /u,
    );
  });

  it('drags a tip from its detail, the kept list and the results with the same data as a copy', async () => {
    const t = tip('vertrouwen-kweken-kost-tijd');
    await openTip(t.id);
    await panel.screenshot('document-tip', { fullPage: true });
    const fromDetail = await dragData('.tip-detail figure.quote');
    expect(fromDetail.draggable).toBe(true);
    await panel.clickText('Kopieer met bron');
    await eventually(() => panel.readClipboard()).toBe(fromDetail.text);
    expect(await panel.readClipboardHtml()).toContain(fromDetail.html);
    expect(fromDetail.html).toContain(`<blockquote><p>${t.quote}</p></blockquote>`);

    await panel.clickText('☆ Bewaar');
    await panel.clickText(/^Bewaard \(1\)$/u, '[data-view]');
    await eventually(() => textsOf(panel, '.saved-list .tip-open')).toEqual([t.title]);
    expect(await dragData(`.saved-list [data-tip-id="${t.id}"]`)).toEqual(fromDetail);

    await panel.open('?q=vertrouwen%20kweken');
    await eventually(() =>
      panel.evaluate(() => document.querySelectorAll('.tip-list [data-tip-id]').length),
    ).toBeGreaterThan(0);
    expect(await dragData(`.tip-list [data-tip-id="${t.id}"]`)).toEqual(fromDetail);
  });
});
