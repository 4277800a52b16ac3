/**
 * The knowledge base as the extension ships it: `data/` without what the build has checked to be
 * repeated. A tip's quote is the report's own words, so it ships as where it stands in the section's
 * text; its report and speaker are those of its section. That is a fifth of the data, gzipped, and
 * unpacking gives back exactly the validated knowledge base (tests/unit/shipped-search.test.ts).
 */
import { sectionText } from './find-quote';
import type { Tip } from './schema';
import type { KnowledgeBase } from './validate-knowledge-base';

/** A tip as shipped: `at` is the quote's start and end in its section's text, when it is one piece of it. */
export type PackedTip = Omit<Tip, 'report' | 'speaker' | 'quote'> & { at?: [number, number]; quote?: string };

export interface PackedKnowledgeBase {
  themes: KnowledgeBase['themes'];
  reports: (Omit<KnowledgeBase['reports'][number], 'tips'> & { tips: PackedTip[] })[];
}

/** Packs a validated knowledge base (quotes verbatim, speakers those of their sections). */
export function packKnowledgeBase(kb: KnowledgeBase): PackedKnowledgeBase {
  return {
    themes: kb.themes,
    reports: kb.reports.map(({ report, text, tips }) => {
      const texts = new Map(text.sections.map((section) => [section.id, sectionText(section.blocks)]));
      return {
        report,
        text,
        tips: tips.map(({ report: _report, speaker: _speaker, quote, ...tip }) => {
          const section = texts.get(tip.section) ?? '';
          const start = section.indexOf(quote);
          // A quote with a part left out (`…`) is not one piece of the text: it ships as it is.
          return start < 0 ? { ...tip, quote } : { ...tip, at: [start, start + quote.length] };
        }),
      };
    }),
  };
}

/** The knowledge base again, as `packKnowledgeBase` was given it. */
export function unpackKnowledgeBase(packed: PackedKnowledgeBase): KnowledgeBase {
  return {
    themes: packed.themes,
    reports: packed.reports.map(({ report, text, tips }) => {
      const texts = new Map(text.sections.map((section) => [section.id, sectionText(section.blocks)]));
      const speakers = new Map(report.sections.map((section) => [section.id, section.speaker]));
      return {
        report,
        text,
        tips: tips.map(({ at, quote, ...tip }): Tip => {
          const speaker = speakers.get(tip.section);
          return {
            id: tip.id,
            report: report.id,
            section: tip.section,
            heading: tip.heading,
            speaker: speaker ? { name: speaker.name, role: speaker.role } : null,
            kind: tip.kind,
            title: tip.title,
            summary: tip.summary,
            quote: quote ?? (texts.get(tip.section) ?? '').slice(at![0], at![1]),
            themes: tip.themes,
            en: tip.en,
          };
        }),
      };
    }),
  };
}
