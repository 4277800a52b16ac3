/**
 * The shape of the knowledge base in `data/`, checked with valibot at build time and in tests. The
 * TypeScript types of the data are derived from these schemas, so the two cannot drift apart.
 * Import types from here with `import type`: the panel never ships the validator.
 */
import * as v from 'valibot';

/** What a tip is: a piece of advice, an insight, a guiding question, or an announcement. */
export const TIP_KINDS = ['advice', 'insight', 'question', 'announcement'] as const;

/**
 * Whose words a tip gives, which its citation names: the speaker's own (`speaker`), a remark from
 * the audience during the speaker's talk (`audience`), what came out of a group discussion the
 * speaker led (`group-discussion`), or the report's own, for the parts nobody presented (`report`).
 */
export const ATTRIBUTIONS = ['speaker', 'audience', 'group-discussion', 'report'] as const;

/** Lowercase ASCII words joined by hyphens: ids end up in users' saved tips and never change. */
const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase a-z, 0-9 and single hyphens'),
);
const Text = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.check(
    (s) => s === s.trim() && !/\s{2}/.test(s),
    'must not start or end with spaces or hold double spaces',
  ),
);
const Words = v.array(Text);

export const SpeakerSchema = v.strictObject({ name: Text, role: Text, roleEn: Text });

export const SectionSchema = v.strictObject({
  id: Slug,
  title: Text,
  en: v.strictObject({ title: Text }),
  speaker: v.nullable(SpeakerSchema),
});

/** A report's short name, which tells it from the others in the panel ("Kennisdag 2"). */
const ShortTitle = v.pipe(Text, v.maxLength(32, 'must be at most 32 characters: it is a short name'));

export const ReportSchema = v.strictObject({
  id: Slug,
  title: Text,
  shortTitle: ShortTitle,
  headline: Text,
  publisher: Text,
  publisherShort: Text,
  date: v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD')),
  place: Text,
  project: Text,
  theme: Text,
  en: v.strictObject({ title: Text, shortTitle: ShortTitle, headline: Text, theme: Text }),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1, 'must list at least one section')),
});

export const BlockSchema = v.strictObject({
  type: v.picklist(['heading', 'paragraph', 'item']),
  text: Text,
});

export const ReportTextSchema = v.strictObject({
  report: Slug,
  sections: v.array(v.strictObject({ id: Slug, blocks: v.pipe(v.array(BlockSchema), v.minLength(1)) })),
});

export const TipSchema = v.strictObject({
  id: v.pipe(Slug, v.maxLength(48, 'must be at most 48 characters')),
  report: Slug,
  section: Slug,
  heading: v.nullable(Text),
  /** The section's speaker; `null` for the parts of the report that nobody presented. */
  speaker: v.nullable(v.strictObject({ name: Text, role: Text })),
  /** Whose words these are (see `ATTRIBUTIONS`); `report` exactly when there is no speaker. */
  attribution: v.picklist(ATTRIBUTIONS),
  kind: v.picklist(TIP_KINDS),
  title: v.pipe(Text, v.maxLength(90, 'must be at most 90 characters: it is a heading')),
  summary: Text,
  quote: Text,
  themes: v.pipe(v.array(Slug), v.minLength(1, 'must name at least one theme'), v.maxLength(4)),
  en: v.strictObject({ title: Text, summary: Text }),
});

export const ThemeSchema = v.strictObject({
  id: Slug,
  label: Text,
  description: Text,
  en: v.strictObject({ label: Text, description: Text }),
});

/** Labels of a concept in one language: words and short phrases, as writers use them. */
const LanguageLabels = v.optional(v.strictObject({ nl: v.optional(Words, []), en: v.optional(Words, []) }), {
  nl: [],
  en: [],
});
const Ids = v.optional(v.array(Slug), []);

/**
 * A concept of the thesaurus (after SKOS): the words of the field for one idea, and the tips and
 * themes of the knowledge base it leads to. A concept that leads nowhere is a subject the reports do
 * not cover: the search says so, and offers its `related` and `broader` concepts.
 */
export const ConceptSchema = v.strictObject({
  id: Slug,
  prefLabel: v.strictObject({ nl: Text, en: Text }),
  altLabel: LanguageLabels,
  /** Misspellings and run-together forms that people type: matched, never shown. */
  hiddenLabel: v.optional(Words, []),
  broader: Ids,
  related: Ids,
  /** The tips this concept leads to, most relevant first. */
  tips: v.pipe(Ids, v.maxLength(8)),
  /** The themes whose tips as a whole fit it. */
  themes: v.pipe(Ids, v.maxLength(4)),
});

export const ThesaurusFileSchema = v.strictObject({
  domain: Slug,
  note: Text,
  concepts: v.pipe(v.array(ConceptSchema), v.minLength(1)),
});

/** An index term as the search analyses Dutch: a stem of folded letters and digits (`leidrad`). */
const Term = v.pipe(v.string(), v.regex(/^[\p{Ll}\p{N}~]+$/u, 'must be an index term'));

/**
 * The words writers use for each tip (`data/writers-words.json`), learned from labelled drafts by
 * tools/learn-writers-words.ts.
 */
export const WritersWordsSchema = v.strictObject({
  note: Text,
  /** The sets of labelled drafts (tests/fixtures/relevance/) the words were learned from. */
  learnedFrom: v.array(v.string()),
  /** Per tip id, its index terms (stems, as the search analyses Dutch), one space between them. */
  tips: v.record(
    Slug,
    v.pipe(
      v.string(),
      v.regex(/^[\p{Ll}\p{N}~]+(?: [\p{Ll}\p{N}~]+)*$/u, 'must be index terms, one space between them'),
    ),
  ),
  /**
   * How writers write a term (`leidrad`: `leidraad`), where that is not the term itself: the reason a
   * result gives names the word, not the stem.
   */
  words: v.optional(v.record(Term, v.pipe(v.string(), v.regex(/^\S+$/u, 'must be one word'))), {}),
});

export const ReportIndexSchema = v.strictObject({ reports: v.pipe(v.array(Slug), v.minLength(1)) });

export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type ReportText = v.InferOutput<typeof ReportTextSchema>;
export type Tip = v.InferOutput<typeof TipSchema>;
export type TipKind = Tip['kind'];
export type Attribution = Tip['attribution'];
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Concept = v.InferOutput<typeof ConceptSchema>;
export type WritersWords = v.InferOutput<typeof WritersWordsSchema>;
/** What the search takes of the writers' words: per tip its terms, and how writers write a term. */
export type Writers = Readonly<Pick<WritersWords, 'tips' | 'words'>>;
/** The writers' words of a knowledge base that has none. */
export const NO_WRITERS: Writers = { tips: {}, words: {} };

/** One report with its text and tips, as the knowledge base holds it. */
export interface ReportData {
  report: Report;
  text: ReportText;
  tips: Tip[];
}

/** What a concept leads to: all that the index needs of it. */
export type ConceptLinks = Pick<Concept, 'id' | 'tips' | 'themes'>;

/**
 * The knowledge base as a search may start from: with the thesaurus, with only what its concepts lead
 * to, or with none of it, as the panel opens (the thesaurus loads after its first render,
 * `Search#useThesaurus`).
 */
export type OpeningKnowledgeBase = Omit<KnowledgeBase, 'concepts' | 'writers'> & {
  concepts: ConceptLinks[];
  writers?: Writers;
};

/** Everything Weerbaar knows: the themes and every report, validated (see tools/validate-knowledge-base.ts). */
export interface KnowledgeBase {
  themes: Theme[];
  /** The thesaurus: the field's words for what the reports are about (data/thesaurus/). */
  concepts: Concept[];
  /**
   * The words writers use for each tip, learned from labelled drafts (`WritersWords`): per tip id,
   * its index terms, one space between them, and how writers write a term. Empty where `data/` has
   * none (`NO_WRITERS`).
   */
  writers: Writers;
  reports: ReportData[];
}
