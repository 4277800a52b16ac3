/**
 * Checks the knowledge base as a whole: every file against its schema, then what a schema cannot
 * see (unique ids, references that resolve, quotes that are the report's own words). Every problem is
 * reported with the file, the record and the field, so a non-programmer can fix the JSON.
 */
import * as v from 'valibot';
import { findQuote, sectionText } from '../lib/find-quote';
import { checkThesaurus, type PlacedConcept } from './validate-thesaurus';
import {
  ReportIndexSchema,
  ThesaurusFileSchema,
  WritersWordsSchema,
  ReportSchema,
  ReportTextSchema,
  ThemeSchema,
  TipSchema,
  NO_WRITERS,
  type KnowledgeBase,
  type Writers,
  type ReportData,
  type Tip,
} from '../lib/schema';

/** A JSON file as read from disk: where it lives (for messages) and what it holds. */
export interface SourceFile {
  path: string;
  data: unknown;
}

export interface KnowledgeBaseFiles {
  index: SourceFile;
  themes: SourceFile;
  /** The thesaurus, one file per domain. */
  thesaurus: SourceFile[];
  /** The words writers use for each tip (`data/writers-words.json`), where there is such a file. */
  writers?: SourceFile;
  reports: { report: SourceFile; text: SourceFile; tips: SourceFile }[];
}

export type ValidationResult = { ok: true; value: KnowledgeBase } | { ok: false; errors: string[] };

/** Validates all files; on success returns the typed knowledge base. */
export function validateKnowledgeBase(files: KnowledgeBaseFiles): ValidationResult {
  const errors: string[] = [];
  const index = parseOne(ReportIndexSchema, files.index, errors);
  const themes = parseRecords(ThemeSchema, files.themes, 'theme', errors);
  const reports: ReportData[] = [];
  for (const file of files.reports) {
    const report = parseOne(ReportSchema, file.report, errors);
    const text = parseOne(ReportTextSchema, file.text, errors);
    const tips = parseRecords(TipSchema, file.tips, 'tip', errors);
    if (report && text && tips) reports.push({ report, text, tips });
  }
  const placed: PlacedConcept[] = files.thesaurus.flatMap((file) => {
    const thesaurus = parseOne(ThesaurusFileSchema, file, errors);
    return (thesaurus?.concepts ?? []).map((concept) => ({ concept, path: file.path }));
  });
  if (errors.length || !index || !themes) return { ok: false, errors };

  const listed = files.reports.map((file) => file.report.path);
  if (index.reports.length !== reports.length) {
    errors.push(`${files.index.path} › reports: lists ${index.reports.length}, found ${listed.join(', ')}`);
  }
  checkUnique(themes, files.themes.path, 'theme', errors);
  const themeIds = new Set(themes.map((theme) => theme.id));
  const tipIds = new Map<string, string>();
  reports.forEach((data, i) => {
    const paths = files.reports[i]!;
    if (index.reports[i] !== data.report.id) {
      errors.push(`${files.index.path} › reports[${i}]: expected "${data.report.id}" in this place`);
    }
    checkReport(data, paths, themeIds, errors);
    for (const tip of data.tips) {
      const other = tipIds.get(tip.id);
      if (other) errors.push(`${paths.tips.path} › tip "${tip.id}" › id: already used in ${other}`);
      tipIds.set(tip.id, paths.tips.path);
    }
  });
  checkThesaurus(placed, new Set(tipIds.keys()), themeIds, errors);
  const concepts = placed.map(({ concept }) => concept);
  const writers = files.writers ? parseOne(WritersWordsSchema, files.writers, errors) : NO_WRITERS;
  if (writers) checkWriters(writers, files.writers?.path ?? '', new Set(tipIds.keys()), errors);
  return errors.length || !writers
    ? { ok: false, errors }
    : {
        ok: true,
        value: { themes, concepts, writers: { tips: writers.tips, words: writers.words }, reports },
      };
}

/** The writers' words name tips that exist, and say how writers write terms that some tip has. */
function checkWriters(writers: Writers, path: string, tipIds: ReadonlySet<string>, errors: string[]): void {
  const terms = new Set<string>();
  for (const [id, line] of Object.entries(writers.tips)) {
    if (!tipIds.has(id)) errors.push(`${path} › tips › "${id}": no such tip`);
    for (const term of line.split(' ')) terms.add(term);
  }
  for (const term of Object.keys(writers.words)) {
    if (!terms.has(term)) errors.push(`${path} › words › "${term}": no tip has this term`);
  }
}

/** Throws one error listing every problem; for the build and the CLI. */
export function assertValidKnowledgeBase(files: KnowledgeBaseFiles): KnowledgeBase {
  const result = validateKnowledgeBase(files);
  if (!result.ok) {
    throw new Error(`The knowledge base in data/ is not valid:\n  ${result.errors.join('\n  ')}`);
  }
  return result.value;
}

function checkReport(
  { report, text, tips }: ReportData,
  paths: KnowledgeBaseFiles['reports'][number],
  themeIds: Set<string>,
  errors: string[],
): void {
  checkUnique(report.sections, paths.report.path, 'section', errors);
  const sectionIds = report.sections.map((section) => section.id).join(',');
  if (text.report !== report.id) {
    errors.push(`${paths.text.path} › report: "${text.report}" is not the report "${report.id}"`);
  }
  if (text.sections.map((section) => section.id).join(',') !== sectionIds) {
    errors.push(`${paths.text.path} › sections: must be the sections of report.json, in the same order`);
  }
  const sectionTexts = new Map(text.sections.map((section) => [section.id, sectionText(section.blocks)]));
  const quoted = new Map<string, { tip: string; start: number; end: number }[]>();
  checkUnique(tips, paths.tips.path, 'tip', errors);
  for (const tip of tips) {
    const where = `${paths.tips.path} › tip "${tip.id}"`;
    const section = report.sections.find((candidate) => candidate.id === tip.section);
    if (tip.report !== report.id) errors.push(`${where} › report: must be "${report.id}"`);
    for (const theme of tip.themes) {
      if (!themeIds.has(theme)) errors.push(`${where} › themes: "${theme}" is not in data/themes.json`);
    }
    if (!section) {
      errors.push(`${where} › section: "${tip.section}" is not a section of ${paths.report.path}`);
      continue;
    }
    if (section.speaker?.name !== tip.speaker?.name || section.speaker?.role !== tip.speaker?.role) {
      errors.push(`${where} › speaker: must equal the speaker (name and role) of section "${section.id}"`);
    }
    checkAttribution(tip, where, tips, errors);
    const span = findQuote(sectionTexts.get(section.id) ?? '', tip.quote);
    if (!span) {
      errors.push(`${where} › quote: not found verbatim in section "${section.id}" of ${paths.text.path}`);
      continue;
    }
    const spans = quoted.get(section.id) ?? [];
    const overlap = spans.find((other) => span.start < other.end && other.start < span.end);
    if (overlap) errors.push(`${where} › quote: overlaps the quote of tip "${overlap.tip}"`);
    spans.push({ tip: tip.id, start: span.start, end: span.end });
    quoted.set(section.id, spans);
  }
}

/**
 * Whose words a tip gives: the report's own exactly when nobody presented the section; and one
 * section is a talk or a group discussion, not both, so its tips other than remarks from the
 * audience share one attribution.
 */
function checkAttribution(tip: Tip, where: string, tips: readonly Tip[], errors: string[]): void {
  if ((tip.attribution === 'report') !== (tip.speaker === null)) {
    errors.push(
      `${where} › attribution: "${tip.attribution}" ${tip.speaker ? 'for a section with a speaker' : 'for a section nobody presented: must be "report"'}`,
    );
  }
  if (tip.attribution === 'audience' || tip.attribution === 'report') return;
  // Compared with the section's first tip of its kind, so that one wrong tip is the one named.
  const first = tips.find(
    (other) =>
      other.section === tip.section && other.attribution !== 'audience' && other.attribution !== 'report',
  );
  if (first && first.attribution !== tip.attribution) {
    errors.push(
      `${where} › attribution: "${tip.attribution}", but tip "${first.id}" of the same section is "${first.attribution}"`,
    );
  }
}

function parseOne<S extends v.GenericSchema>(schema: S, file: SourceFile, errors: string[]) {
  const result = v.safeParse(schema, file.data);
  if (result.success) return result.output as v.InferOutput<S>;
  for (const issue of result.issues) errors.push(`${file.path} › ${describePath(issue)}: ${issue.message}`);
  return undefined;
}

/** Parses an array record by record, so one broken record does not hide the others. */
function parseRecords<S extends v.GenericSchema>(
  schema: S,
  file: SourceFile,
  noun: string,
  errors: string[],
): v.InferOutput<S>[] | undefined {
  if (!Array.isArray(file.data)) {
    errors.push(`${file.path}: must be a JSON array of ${noun} records`);
    return undefined;
  }
  const records: v.InferOutput<S>[] = [];
  const before = errors.length;
  file.data.forEach((record: unknown, i) => {
    const result = v.safeParse(schema, record);
    if (result.success) {
      records.push(result.output);
      return;
    }
    const id = (record as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' ? `${noun} "${id}" (record ${i + 1})` : `${noun} record ${i + 1}`;
    for (const issue of result.issues)
      errors.push(`${file.path} › ${label} › ${describePath(issue)}: ${issue.message}`);
  });
  return errors.length === before ? records : undefined;
}

function describePath(issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => String(item.key)) ?? [];
  // For a missing or unknown key valibot puts the key in the path; an empty path is the whole file.
  return keys.length ? keys.join('.') : '(whole file)';
}

function checkUnique(records: { id: string }[], path: string, noun: string, errors: string[]): void {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) errors.push(`${path} › ${noun} "${id}" › id: used more than once`);
    seen.add(id);
  }
}
