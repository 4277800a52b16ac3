import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toDocxBlob } from '@/lib/export-docx';
import { citeTips, type Citations } from '@/lib/format-citation';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

const { report, tips } = loadKnowledgeBase().reports[0]!;
const labels = { heading: 'Bronnen', literature: 'Literatuur' };
const kept = ['wantrouwen-achterhalen', 'niet-denken-vanuit-rollen'].map((id) => ({
  report,
  tip: tips.find((t) => t.id === id)!,
}));

/** The document's body and footnotes, read from the very Blob the panel downloads. */
const documentXml = async (citations: Citations) => {
  const zip = await JSZip.loadAsync(await (await toDocxBlob(citations, 'Bronnen')).arrayBuffer());
  return {
    body: await zip.file('word/document.xml')!.async('string'),
    notes: await zip.file('word/footnotes.xml')!.async('string'),
  };
};

describe('toDocxBlob', () => {
  it('holds every quote, its reference and the literature list', async () => {
    const { body } = await documentXml(citeTips(kept, 'apa', 'nl', labels));
    for (const { tip } of kept) {
      expect(body).toContain(tip.title);
      expect(body).toContain(tip.quote.slice(0, 40));
    }
    expect(body).toContain(
      '(Ministerie van SZW, 2024, opmerking uit de zaal bij de bijdrage van Radboud Engbersen)',
    );
    expect(body).toContain('Literatuur');
    expect(body).toContain('Ministerie van Sociale Zaken en Werkgelegenheid. (2024). ');
  });

  it('makes Word footnotes of the footnote style', async () => {
    const { body, notes } = await documentXml(citeTips(kept, 'footnote', 'nl', labels));
    expect(body.match(/<w:footnoteReference /gu)).toHaveLength(2);
    expect(notes).toContain('groepsgesprek o.l.v. Halima Bochallati.');
  });
});
