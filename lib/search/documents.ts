import type { KnowledgeBase, Theme, Tip } from '../schema';

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
  /** The label and synonyms of the tip's first theme: how policy writers name what it is about. */
  mainTheme: string;
  /** The labels and synonyms of its other themes, which say less about it. */
  themes: string;
  /** English title, summary, theme labels and synonyms: English queries meet the Dutch tips here. */
  english: string;
}

/** Fields analysed as Dutch; `english` is analysed as English. */
export const DUTCH_FIELDS = ['title', 'summary', 'quote', 'context', 'mainTheme', 'themes'] as const;
export const FIELDS = [...DUTCH_FIELDS, 'english'] as const;
export type Field = (typeof FIELDS)[number];

/** Turns every tip of the knowledge base into a search document. */
export function toSearchDocuments(kb: KnowledgeBase): SearchDocument[] {
  const themes = new Map(kb.themes.map((theme) => [theme.id, theme]));
  return kb.reports.flatMap(({ report, tips }) =>
    tips.map((tip) =>
      toSearchDocument(
        tip,
        report.sections.find((s) => s.id === tip.section),
        themes,
      ),
    ),
  );
}

function toSearchDocument(
  tip: Tip,
  section: { title: string; en: { title: string }; speaker: { roleEn: string } | null } | undefined,
  themes: Map<string, Theme>,
): SearchDocument {
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
      ...tipThemes.flatMap((theme) => [theme.en.label, ...theme.synonymsEn]),
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

function themeWords(themes: Theme[]): string {
  return themes.flatMap((theme) => [theme.label, ...theme.synonyms]).join(' · ');
}

/**
 * The corpus's Dutch text, whose words the compound splitter knows: the tips (with the report's own
 * words in their quotes) and the themes. Not the rest of the report text: what no tip quotes adds
 * nothing a search could find, and leaving it out halves the analysis at start-up.
 */
export function dutchVocabulary(kb: KnowledgeBase): string[] {
  return [
    ...kb.themes.flatMap((theme) => [theme.label, theme.description, ...theme.synonyms]),
    ...kb.reports.flatMap(({ tips }) => tips.flatMap((tip) => [tip.title, tip.summary, tip.quote])),
  ];
}
