/**
 * Unpacks the knowledge base as the extension ships it: `data/` without what the build has checked to
 * be repeated (tools/pack-knowledge-base.ts packs it). A tip's quote ships as where it stands in its
 * section's text; its report and speaker are those of its section.
 */
import { sectionText } from './find-quote';
import type { KnowledgeBase, Tip } from './schema';

/** A tip as shipped: `at` is the quote's start and end in its section's text, when it is one piece of it. */
export type PackedTip = Omit<Tip, 'report' | 'speaker' | 'quote'> & { at?: [number, number]; quote?: string };

export interface PackedKnowledgeBase {
  themes: KnowledgeBase['themes'];
  reports: (Omit<KnowledgeBase['reports'][number], 'tips'> & { tips: PackedTip[] })[];
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
