import { describe, expect, it } from 'vitest';
import {
  formatCitationMarkdown,
  formatCitationText,
  formatSourceList,
  formatSourceReference,
} from '@/lib/format-citation';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase();
const { report, tips } = kb.reports[0]!;
const tip = (id: string) => tips.find((t) => t.id === id)!;

describe('formatSourceReference', () => {
  it('follows the Dutch house style of a source reference', () => {
    expect(formatSourceReference(report, tip('perspectief-vrijwilliger-centraal'))).toBe(
      '(Bron: Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen ondermijning, 15 april 2024, bijdrage van Farid Bouchlaghmi)',
    );
  });

  it('leaves out the contribution for a part nobody presented', () => {
    expect(formatSourceReference(report, tip('derde-kennisdag-ouderbetrokkenheid'))).toBe(
      '(Bron: Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen ondermijning, 15 april 2024)',
    );
  });

  it('speaks English in the English interface, keeping the Dutch title findable', () => {
    expect(formatSourceReference(report, tip('neutrale-gespreksleider'), 'en')).toBe(
      `(Source: Ministerie van SZW, ${report.title} (${report.en.title}), 15 April 2024, contribution by Halima Bochallati)`,
    );
  });
});

describe('formatCitationText', () => {
  it('gives the title, then the verbatim quote with its source', () => {
    const t = tip('neutrale-gespreksleider');
    expect(formatCitationText(report, t)).toBe(
      `${t.title}\n“${t.quote}” (Bron: Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen ondermijning, 15 april 2024, bijdrage van Halima Bochallati)`,
    );
  });
});

describe('formatCitationMarkdown', () => {
  it('puts the title in bold and the quote in a block quote, with the source below', () => {
    const t = tip('neutrale-gespreksleider');
    const markdown = formatCitationMarkdown(report, t);
    expect(markdown.split('\n\n')).toEqual([
      `**${t.title}**`,
      `> ${t.quote}`,
      expect.stringMatching(/^\(Bron: Ministerie van SZW, .*bijdrage van Halima Bochallati\)$/),
    ]);
  });

  it('escapes what Markdown would read as formatting', () => {
    const odd = { ...tip('neutrale-gespreksleider'), title: 'Kies *een* [neutrale] _voorzitter_ <b>' };
    expect(formatCitationMarkdown(report, odd)).toContain(
      '**Kies \\*een\\* \\[neutrale\\] \\_voorzitter\\_ \\<b\\>**',
    );
  });
});

describe('formatSourceList', () => {
  it('numbers the kept tips in the order given, under a heading', () => {
    const entries = ['wantrouwen-achterhalen', 'neutrale-gespreksleider'].map((id) => ({
      report,
      tip: tip(id),
    }));
    const lines = formatSourceList(entries, 'Bronnen').split('\n');
    expect(lines[0]).toBe('## Bronnen');
    expect(lines[2]).toMatch(/^1\. \*\*Achterhaal waar wantrouwen vandaan komt\*\*: “.*” \(Bron: .*\)$/);
    expect(lines[3]).toMatch(/^2\. \*\*Kies een neutrale gespreksleider\*\*/);
    expect(lines).toHaveLength(4);
  });
});
