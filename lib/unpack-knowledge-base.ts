/**
 * Unpacks the knowledge base as the extension ships it: `data/` without what the build has checked to
 * be repeated (tools/pack-knowledge-base.ts packs it). A tip's quote ships as where it stands in its
 * section's text; its report and speaker are those of its section. The thesaurus ships apart, for
 * after the panel's first render: the panel opens with none of it, not even what its concepts lead to.
 */
import { sectionText } from './find-quote';
import type { Concept, KnowledgeBase, OpeningKnowledgeBase, Tip } from './schema';
import type { RecordedLabels, Thesaurus } from './search/concepts';

/** A tip as shipped: `at` is the quote's start and end in its section's text, when it is one piece of it. */
export type PackedTip = Omit<Tip, 'report' | 'speaker' | 'quote'> & { at?: [number, number]; quote?: string };

export interface PackedKnowledgeBase {
  themes: KnowledgeBase['themes'];
  reports: (Omit<KnowledgeBase['reports'][number], 'tips'> & { tips: PackedTip[] })[];
}

/**
 * A concept as shipped: its lists only when they are not empty, and its labels as the concept
 * matcher reads them (`RecordedLabels`), not as written.
 */
export type PackedConcept = Pick<Concept, 'id' | 'prefLabel'> &
  Partial<Omit<Concept, 'id' | 'prefLabel' | 'altLabel' | 'hiddenLabel'>> & { labels?: RecordedLabels };

/** The thesaurus as shipped: its concepts, and the words writers use for each tip. */
export interface PackedThesaurus {
  concepts: PackedConcept[];
  writers: KnowledgeBase['writers'];
}

/**
 * The thesaurus again, as `packThesaurus` was given it but for the labels as written: its concepts
 * without them, their labels as the matcher reads them, concept by concept, and the words writers use
 * for each tip.
 */
export function unpackThesaurus({ concepts, writers }: PackedThesaurus): Thesaurus {
  return {
    writers,
    concepts: concepts.map((concept) => ({
      id: concept.id,
      prefLabel: concept.prefLabel,
      altLabel: { nl: [], en: [] },
      hiddenLabel: [],
      broader: concept.broader ?? [],
      related: concept.related ?? [],
      tips: concept.tips ?? [],
      themes: concept.themes ?? [],
    })),
    labels: concepts.map((concept) => concept.labels ?? ''),
  };
}

/** The knowledge base again, as `packKnowledgeBase` was given it, but for the thesaurus. */
export function unpackKnowledgeBase(packed: PackedKnowledgeBase): OpeningKnowledgeBase {
  return {
    themes: packed.themes,
    concepts: [],
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
            attribution: tip.attribution,
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
