import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeTip, citeTips, type CitationStyle } from '@/lib/format-citation';
import { escapeHtml, toHtml, toMarkdown, toPlainText } from '@/lib/render-citation';
import { ATTRIBUTIONS } from '@/lib/schema';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase();
const { report, tips } = kb.reports[0]!;
const tip = (id: string) => tips.find((t) => t.id === id)!;
const labels = { heading: 'Bronnen', literature: 'Literatuur' };
const kept = ['wantrouwen-achterhalen', 'niet-denken-vanuit-rollen'].map((id) => ({ report, tip: tip(id) }));
const STYLES: CitationStyle[] = ['inline', 'footnote', 'apa'];

describe('toPlainText', () => {
  it('gives a tip as its title, then the quote with its source', () => {
    const t = tip('neutrale-gespreksleider');
    expect(toPlainText(citeTip(report, t, 'inline', 'nl', 'Literatuur'))).toBe(
      `${t.title}\n“${t.quote}” (Bron: Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen ondermijning, 15 april 2024, groepsgesprek o.l.v. Halima Bochallati)`,
    );
  });

  it('sets a footnote as a superscript number, with the note below', () => {
    const text = toPlainText(citeTip(report, tip('neutrale-gespreksleider'), 'footnote', 'nl', 'Literatuur'));
    expect(text).toMatch(
      /gespreksleider\.”¹\n\n¹ Ministerie van SZW, Verslag .*, groepsgesprek o\.l\.v\. Halima Bochallati\.$/u,
    );
  });

  it('gives a list as numbered lines, then one literature list', () => {
    expect(toPlainText(citeTips(kept, 'apa', 'nl', labels)).split('\n')).toEqual([
      'Bronnen',
      '',
      expect.stringMatching(
        /^1\. Achterhaal waar wantrouwen vandaan komt: “Als er sprake .*” \(Ministerie van SZW, 2024, groepsgesprek o\.l\.v\. Halima Bochallati\)$/u,
      ),
      // A quote with its own double quotation marks gets no second pair.
      expect.stringMatching(
        /^2\. .*: Een andere beperking .*verzucht een aanwezige\. \(Ministerie van SZW, 2024, opmerking uit de zaal bij de bijdrage van Radboud Engbersen\)$/u,
      ),
      '',
      'Literatuur',
      `Ministerie van Sociale Zaken en Werkgelegenheid. (2024). ${report.title} [Verslag van een kennisdag, 15 april 2024].`,
    ]);
  });
});

describe('toHtml', () => {
  it('sets the title in bold, the quote as a block quote and the source after it', () => {
    const t = tip('neutrale-gespreksleider');
    expect(toHtml(citeTip(report, t, 'inline', 'nl', 'Literatuur')).split('\n')).toEqual([
      `<p><b>${t.title}</b></p>`,
      `<blockquote><p>${t.quote}</p></blockquote>`,
      expect.stringMatching(
        /^<p>\(Bron: Ministerie van SZW, .*groepsgesprek o\.l\.v\. Halima Bochallati\)<\/p>$/u,
      ),
    ]);
  });

  it('sets a list under a heading, with footnotes and the literature list with its title in italics', () => {
    const html = toHtml(citeTips(kept, 'footnote', 'nl', labels));
    expect(html).toMatch(/^<h2>Bronnen<\/h2>\n/u);
    expect(html).toContain('vertrouwen.<sup>1</sup></p></blockquote>');
    expect(html).toContain('<p><sup>2</sup> Ministerie van SZW, <i>Verslag tweede bijeenkomst');
    expect(html).toContain(
      `<p><b>Literatuur</b></p>\n<p>Ministerie van Sociale Zaken en Werkgelegenheid. (2024). <i>${report.title}</i>`,
    );
  });

  it('lets no markup from any field into the HTML', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 60 })
      .map((s) => `${s}<img src=x onerror=alert(1)>&"'`);
    // Every field of a tip and a report that a citation sets, in either language, and the headings.
    const fields = fc.record({
      title: text,
      enTitle: text,
      quote: text,
      name: text,
      publisher: text,
      publisherShort: text,
      reportTitle: text,
      reportEnTitle: text,
      heading: text,
      literature: text,
    });
    fc.assert(
      fc.property(
        fields,
        fc.constantFrom(...STYLES),
        fc.constantFrom(...ATTRIBUTIONS.filter((a) => a !== 'report')),
        (f, style, attribution) => {
          const odd = {
            ...tip('niet-denken-vanuit-rollen'),
            title: f.title,
            quote: f.quote,
            attribution,
            speaker: { name: f.name, role: 'x', roleEn: 'x' },
            en: { title: f.enTitle, summary: 'x' },
          };
          const oddReport = {
            ...report,
            publisher: f.publisher,
            publisherShort: f.publisherShort,
            title: f.reportTitle,
            en: { ...report.en, title: f.reportEnTitle },
          };
          const list = { heading: f.heading, literature: f.literature };
          for (const language of ['nl', 'en'] as const) {
            for (const citations of [
              citeTip(oddReport, odd, style, language, f.literature),
              citeTips([{ report: oddReport, tip: odd }], style, language, list),
            ]) {
              const html = toHtml(citations);
              // Every tag is one of ours, whole, without attributes; no quotation mark could open one.
              const tags = new Set(html.match(/<[^>]*>/gu));
              expect([...tags].filter((tag) => !/^<\/?(h2|p|b|i|sup|blockquote)>$/u.test(tag))).toEqual([]);
              expect(html.replace(/<[^>]*>/gu, '')).not.toMatch(/[<>"']/u);
            }
          }
          // The English fields do reach the HTML, escaped: the test above does see them.
          const english = toHtml(citeTips([{ report: oddReport, tip: odd }], style, 'en', list));
          expect(english).toContain(escapeHtml(f.enTitle));
          expect(english).toContain(escapeHtml(f.reportEnTitle));
        },
      ),
    );
  });
});

describe('toMarkdown', () => {
  it('keeps a list as numbered lines under a heading, then the literature list', () => {
    const lines = toMarkdown(citeTips(kept, 'inline', 'nl', labels)).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '## Bronnen',
      '',
      expect.stringMatching(
        /^1\. \*\*Achterhaal waar wantrouwen vandaan komt\*\*: “.*” \(Bron: Ministerie van SZW, 2024, groepsgesprek o\.l\.v\. Halima Bochallati\)$/u,
      ),
      expect.stringMatching(/^2\. \*\*/u),
    ]);
    expect(lines.slice(4)).toEqual([
      '',
      '### Literatuur',
      '',
      `Ministerie van Sociale Zaken en Werkgelegenheid. (2024). *${report.title}* \\[Verslag van een kennisdag, 15 april 2024\\].`,
    ]);
  });

  it('sets footnotes as Markdown footnotes', () => {
    const markdown = toMarkdown(
      citeTip(report, tip('neutrale-gespreksleider'), 'footnote', 'nl', 'Literatuur'),
    );
    expect(markdown).toMatch(/^> Kies voor een neutraal persoon als gespreksleider\.\[\^1\]$/mu);
    expect(markdown).toMatch(/^\[\^1\]: Ministerie van SZW, \*Verslag /mu);
  });
});
