import type { ConceptLinks, OpeningKnowledgeBase, Theme, Tip, Writers } from '../schema';

/** What the index holds of a tip: its texts grouped into fields that are weighed differently. */
export interface SearchDocument {
  id: string;
  /** The Dutch title. */
  title: string;
  /** The Dutch summary. */
  summary: string;
  /** The report's own words. */
  quote: string;
  /** Where it was said: the sub-heading, the section's title, the speaker's name and role. */
  context: string;
  /** The label of the tip's first theme. */
  mainTheme: string;
  /** The labels of its other themes, which say less about it. */
  themes: string;
  /** English title, summary and theme labels: English queries meet the Dutch tips here. */
  english: string;
  /** The ids of the concepts that lead to the tip itself. */
  concepts: string;
  /** The ids of the concepts that lead to its first theme, as `mainTheme` is that theme's label. */
  conceptMainTheme: string;
  /** The ids of the concepts that lead to its other themes. */
  conceptThemes: string;
  /**
   * The words writers use for it, learned from labelled drafts (`KnowledgeBase#writers`): index
   * terms, indexed as they are. Empty here: the search adds the field last (`writersFields`).
   */
  writers: string;
}

/** Fields analysed as Dutch; `english` is analysed as English. */
export const DUTCH_FIELDS = ['title', 'summary', 'quote', 'context', 'mainTheme', 'themes'] as const;
/** Fields of concept ids, one index term each (`conceptTerm`): matched through the thesaurus only. */
export const CONCEPT_FIELDS = ['concepts', 'conceptMainTheme', 'conceptThemes'] as const;
/** The field of the words writers use for a tip: index terms already, learned from labelled drafts. */
export const WRITER_FIELDS = ['writers'] as const;
export const FIELDS = [...DUTCH_FIELDS, 'english', ...CONCEPT_FIELDS, ...WRITER_FIELDS] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Turns every tip of the knowledge base into a search document; the concept fields hold the
 * concepts `kb` has (none in the knowledge base the panel opens with: `conceptFields` fills them later),
 * and the writers' words field none: the search adds it last, from `kb` or the thesaurus (`writersFields`).
 */
export function toSearchDocuments(kb: OpeningKnowledgeBase): SearchDocument[] {
  const themes = new Map(kb.themes.map((theme) => [theme.id, theme]));
  const concepts = conceptFields(kb, kb.concepts);
  return kb.reports
    .flatMap(({ report, tips }) =>
      tips.map((tip) =>
        toSearchDocument(
          tip,
          report.sections.find((s) => s.id === tip.section),
          themes,
        ),
      ),
    )
    .map((document, i) => ({ ...document, ...concepts[i]!, writers: '' }));
}

/** The concept fields of every tip of `kb`, in the order of `toSearchDocuments`, for these concepts. */
export function conceptFields(
  kb: Pick<OpeningKnowledgeBase, 'reports'>,
  concepts: readonly ConceptLinks[],
): Pick<SearchDocument, (typeof CONCEPT_FIELDS)[number]>[] {
  const leadingTo = (key: 'tips' | 'themes') => {
    const ids = new Map<string, string[]>();
    for (const concept of concepts) {
      for (const id of concept[key]) {
        const list = ids.get(id);
        if (list) list.push(concept.id);
        else ids.set(id, [concept.id]);
      }
    }
    return (id: string) => ids.get(id) ?? [];
  };
  const toTip = leadingTo('tips');
  const toTheme = leadingTo('themes');
  return kb.reports.flatMap(({ tips }) =>
    tips.map((tip) => ({
      concepts: toTip(tip.id).join(' '),
      conceptMainTheme: tip.themes.slice(0, 1).flatMap(toTheme).join(' '),
      conceptThemes: tip.themes.slice(1).flatMap(toTheme).join(' '),
    })),
  );
}

/** The field of the words writers use for every tip of `kb`, in the order of `toSearchDocuments`. */
export function writersFields(
  kb: Pick<OpeningKnowledgeBase, 'reports'>,
  writers: Writers,
): Pick<SearchDocument, (typeof WRITER_FIELDS)[number]>[] {
  return kb.reports.flatMap(({ tips }) => tips.map((tip) => ({ writers: writers.tips[tip.id] ?? '' })));
}

function toSearchDocument(
  tip: Tip,
  section: { title: string; en: { title: string }; speaker: { roleEn: string } | null } | undefined,
  themes: Map<string, Theme>,
): Omit<SearchDocument, (typeof CONCEPT_FIELDS)[number] | (typeof WRITER_FIELDS)[number]> {
  const tipThemes = tip.themes.flatMap((id) => themes.get(id) ?? []);
  return {
    id: tip.id,
    title: tip.title,
    summary: tip.summary,
    quote: tip.quote,
    context: [tip.heading, section?.title, tip.speaker?.name, tip.speaker?.role].filter(Boolean).join(' · '),
    mainTheme: themeWords(tipThemes.slice(0, 1)),
    themes: themeWords(tipThemes.slice(1)),
    english: [
      tip.en.title,
      tip.en.summary,
      section?.en.title,
      section?.speaker?.roleEn,
      ...tipThemes.map((theme) => theme.en.label),
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

function themeWords(themes: Theme[]): string {
  return themes.map((theme) => theme.label).join(' · ');
}

/**
 * The corpus's Dutch text, whose words the compound splitter knows: the tips (with the report's own
 * words in their quotes) and the themes. Not the rest of the report text: what no tip quotes adds
 * nothing a search could find, and leaving it out halves the analysis at start-up.
 */
export function dutchVocabulary(kb: OpeningKnowledgeBase): string[] {
  return [
    ...kb.themes.flatMap((theme) => [theme.label, theme.description]),
    ...kb.reports.flatMap(({ tips }) => tips.flatMap((tip) => [tip.title, tip.summary, tip.quote])),
  ];
}

/** The reports' own text, block by block: what the passage search reads (report-passages.ts). */
export function reportTexts(kb: Pick<OpeningKnowledgeBase, 'reports'>): string[] {
  return kb.reports.flatMap(({ text }) =>
    text.sections.flatMap((section) => section.blocks.map((block) => block.text)),
  );
}
