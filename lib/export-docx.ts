/**
 * Sets cited tips as a Word document (`.docx`) with the `docx` library: the list's heading, per tip
 * its title in bold, the quote indented in italics and its reference; footnotes as Word's own; the
 * literature list with hanging indents, as APA sets it. Import this module only with `import()`:
 * the library is large, and the panel loads it when the user exports, not when it opens.
 */
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Citations, Span } from './format-citation';

/** Half an inch in twentieths of a point: APA's hanging indent, and the quote's indent. */
const INDENT = 720;

/** The document as a Blob, for a download. */
export function toDocxBlob(citations: Citations, title: string): Promise<Blob> {
  return Packer.toBlob(toDocument(citations, title));
}

function toDocument({ heading, items, literature }: Citations, title: string): Document {
  const children: Paragraph[] = [];
  if (heading !== undefined) children.push(new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }));
  for (const item of items) {
    const quote: ParagraphChild[] = [new TextRun({ text: item.quote, italics: true })];
    if (item.note) {
      quote.push(new FootnoteReferenceRun({ children: [new Paragraph({ children: runs(item.note.text) })] }));
    }
    children.push(
      new Paragraph({ children: [new TextRun({ text: item.title, bold: true })], keepNext: true }),
      new Paragraph({ children: quote, indent: { left: INDENT }, keepNext: Boolean(item.reference) }),
    );
    if (item.reference) children.push(new Paragraph({ text: item.reference, spacing: { after: 240 } }));
  }
  if (literature) {
    children.push(new Paragraph({ text: literature.heading, heading: HeadingLevel.HEADING_2 }));
    for (const entry of literature.entries) {
      children.push(new Paragraph({ children: runs(entry), indent: { left: INDENT, hanging: INDENT } }));
    }
  }
  return new Document({ title, creator: 'Weerbaar', sections: [{ children }] });
}

function runs(spans: readonly Span[]): TextRun[] {
  return spans.map((span) => new TextRun(span.italic ? { text: span.text, italics: true } : span.text));
}
