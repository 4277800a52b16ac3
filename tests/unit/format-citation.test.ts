import { describe, expect, it } from 'vitest';
import {
  apaEntry,
  attributionText,
  citeTip,
  citeTips,
  formatSourceReference,
  quoted,
} from '@/lib/format-citation';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase();
const { report, tips } = kb.reports[0]!;
const tip = (id: string) => tips.find((t) => t.id === id)!;
const SOURCE =
  'Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen ondermijning, 15 april 2024';
const labels = { heading: 'Bronnen', literature: 'Literatuur' };

describe('formatSourceReference', () => {
  it('follows the Dutch house style of a source reference', () => {
    expect(formatSourceReference(report, tip('perspectief-vrijwilliger-centraal'))).toBe(
      `(Bron: ${SOURCE}, bijdrage van Farid Bouchlaghmi)`,
    );
  });

  it('leaves out the contribution for a part nobody presented', () => {
    expect(formatSourceReference(report, tip('derde-kennisdag-ouderbetrokkenheid'))).toBe(
      `(Bron: ${SOURCE})`,
    );
  });

  it('cites a remark from the audience as one, not as the speaker’s contribution', () => {
    expect(formatSourceReference(report, tip('niet-denken-vanuit-rollen'))).toBe(
      `(Bron: ${SOURCE}, opmerking uit de zaal bij de bijdrage van Radboud Engbersen)`,
    );
  });

  it('cites the advice of a group discussion as the discussion, led by its leader', () => {
    expect(formatSourceReference(report, tip('neutrale-gespreksleider'))).toBe(
      `(Bron: ${SOURCE}, groepsgesprek o.l.v. Halima Bochallati)`,
    );
  });

  it('speaks English in the English interface, keeping the Dutch title findable', () => {
    expect(formatSourceReference(report, tip('neutrale-gespreksleider'), 'en')).toBe(
      `(Source: Ministerie van SZW, ${report.title} (${report.en.title}), 15 April 2024, group discussion led by Halima Bochallati)`,
    );
  });
});

describe('attributionText', () => {
  it.each([
    ['meelopen-naar-huis-in-plaats-van-boete', 'bijdrage van Marco den Dunnen'],
    ['weinig-tijd-voor-samenwerking-in-wijk', 'opmerking uit de zaal bij de bijdrage van Marco den Dunnen'],
    [
      'aanbesteding-sluit-niet-aan-op-praktijk',
      'opmerking uit de zaal bij de bijdrage van Radboud Engbersen',
    ],
    ['eerst-doel-dan-netwerkvorm', 'groepsgesprek o.l.v. Augusto de Campos Neto'],
    ['wantrouwen-achterhalen', 'groepsgesprek o.l.v. Halima Bochallati'],
    ['ken-jezelf', 'bijdrage van Jamal Ezzarqtouni'],
    ['derde-kennisdag-ouderbetrokkenheid', null],
  ])('names whose words tip %s gives: %s', (id, expected) => {
    expect(attributionText(tip(id))).toBe(expected);
  });
});

describe('quoted', () => {
  it('puts a quote between quotation marks', () => {
    expect(quoted('Kies voor een neutraal persoon.')).toBe('“Kies voor een neutraal persoon.”');
  });

  it('adds no second pair to a quote that holds double quotation marks itself', () => {
    const { quote } = tip('niet-denken-vanuit-rollen');
    expect(quote).toContain('“Een opmerking als');
    expect(quoted(quote)).toBe(quote);
  });
});

describe('apaEntry', () => {
  it('gives the publisher as author, the year, the title in italics and a description', () => {
    expect(apaEntry(report)).toEqual([
      { text: 'Ministerie van Sociale Zaken en Werkgelegenheid. (2024). ' },
      { text: report.title, italic: true },
      { text: ' [Verslag van een kennisdag, 15 april 2024].' },
    ]);
  });

  it('translates the title in square brackets in English', () => {
    expect(apaEntry(report, 'en')[2]!.text).toBe(
      ` [${report.en.title}; report of a knowledge day, 15 April 2024].`,
    );
  });
});

describe('citeTip', () => {
  const t = tip('neutrale-gespreksleider');

  it('inline: the quote with the full reference, and no literature list', () => {
    expect(citeTip(report, t, 'inline', 'nl', 'Literatuur')).toEqual({
      items: [{ title: t.title, quote: t.quote, reference: formatSourceReference(report, t) }],
    });
  });

  it('APA: a short reference, and the entry in a literature list', () => {
    const cited = citeTip(report, t, 'apa', 'nl', 'Literatuur');
    expect(cited.heading).toBeUndefined();
    expect(cited.items[0]!.reference).toBe(
      '(Ministerie van SZW, 2024, groepsgesprek o.l.v. Halima Bochallati)',
    );
    expect(cited.literature).toEqual({ heading: 'Literatuur', entries: [apaEntry(report)] });
  });

  it('footnote: no reference after the quote but note 1, and no literature list', () => {
    const cited = citeTip(report, t, 'footnote', 'nl', 'Literatuur');
    expect(cited.items[0]!.reference).toBe('');
    expect(cited.items[0]!.note).toEqual({
      number: 1,
      text: [
        { text: 'Ministerie van SZW, ' },
        { text: report.title, italic: true },
        { text: ', 15 april 2024, groepsgesprek o.l.v. Halima Bochallati.' },
      ],
    });
    expect(cited.literature).toBeUndefined();
  });
});

describe('citeTips', () => {
  const entries = ['wantrouwen-achterhalen', 'niet-denken-vanuit-rollen', 'ken-jezelf'].map((id) => ({
    report,
    tip: tip(id),
  }));

  it('keeps the order given, with short references and one literature list with each report once', () => {
    const cited = citeTips(entries, 'inline', 'nl', labels);
    expect(cited.heading).toBe('Bronnen');
    expect(cited.items.map((item) => item.title)).toEqual(entries.map((e) => e.tip.title));
    expect(cited.items.map((item) => item.reference)).toEqual([
      '(Bron: Ministerie van SZW, 2024, groepsgesprek o.l.v. Halima Bochallati)',
      '(Bron: Ministerie van SZW, 2024, opmerking uit de zaal bij de bijdrage van Radboud Engbersen)',
      '(Bron: Ministerie van SZW, 2024, bijdrage van Jamal Ezzarqtouni)',
    ]);
    expect(cited.literature).toEqual({ heading: 'Literatuur', entries: [apaEntry(report)] });
  });

  it('numbers the footnotes in the order of the list', () => {
    const cited = citeTips(entries, 'footnote', 'nl', labels);
    expect(cited.items.map((item) => item.note?.number)).toEqual([1, 2, 3]);
    expect(cited.literature?.entries).toHaveLength(1);
  });

  it('tells two reports of one publisher and year apart by a letter after the year, by title (APA 7)', () => {
    const later = { ...report, id: 'kennisdag-3', title: 'Verslag derde bijeenkomst', date: '2024-10-01' };
    const cited = citeTips(
      [entries[0]!, { report: later, tip: { ...tip('ken-jezelf'), report: later.id } }],
      'apa',
      'nl',
      labels,
    );
    // "Verslag derde …" sorts before "Verslag tweede …".
    expect(cited.items.map((item) => item.reference)).toEqual([
      '(Ministerie van SZW, 2024b, groepsgesprek o.l.v. Halima Bochallati)',
      '(Ministerie van SZW, 2024a, bijdrage van Jamal Ezzarqtouni)',
    ]);
    // The literature list in APA's order: 2024a first.
    expect(cited.literature!.entries.map((entry) => entry.map((span) => span.text).join(''))).toEqual([
      expect.stringMatching(/^Ministerie van Sociale Zaken en Werkgelegenheid\. \(2024a\)\. Verslag derde/u),
      expect.stringMatching(/^Ministerie van Sociale Zaken en Werkgelegenheid\. \(2024b\)\. Verslag tweede/u),
    ]);
    // One report of the year: no letter.
    expect(citeTips(entries, 'inline', 'nl', labels).items[0]!.reference).toContain(', 2024, ');
  });

  it('gives APA short references without a label', () => {
    expect(citeTips(entries, 'apa', 'en', labels).items[2]!.reference).toBe(
      '(Ministerie van SZW, 2024, contribution by Jamal Ezzarqtouni)',
    );
  });
});
