/**
 * Relevance evaluation over labelled queries (`tests/fixtures/relevance/`): hit@3 and MRR@5 per kind
 * of query and overall. Shared by the relevance test and the benchmark, which also scores the peer
 * libraries with it.
 */
import { join } from 'node:path';
import { fold } from '../lib/analysis/fold';
import type { KnowledgeBase, Tip } from '../lib/schema';

/** The folder of the labelled sets (its README says which are for tuning and which are held out). */
export const RELEVANCE_FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'relevance');

/** `[kind, query, expected]`: `expected` is a regular expression over a result's text. */
export type LabelledQuery = [kind: string, query: string, expected: string];
/** `[kind, query, tips]`: any of the tips with these ids answers the query. */
export type TipLabelledQuery = [kind: string, query: string, tips: string[]];

/** Queries labelled with tip ids, as queries over a result's text, which starts with its tip's id. */
export function labelledByTips(queries: readonly TipLabelledQuery[]): LabelledQuery[] {
  return queries.map(([kind, query, tips]) => [kind, query, `^(?:${tips.join('|')}) `]);
}

export interface RelevanceScore {
  queries: number;
  hitAt3: number;
  mrrAt5: number;
}

export interface RelevanceReport {
  byKind: Record<string, RelevanceScore>;
  overall: RelevanceScore;
  /** The queries with no hit in the top 3, with what came first instead. */
  misses: { kind: string; query: string; top: string[] }[];
}

/**
 * The text a result is judged by: every string of the tip (and of its section and themes) joined,
 * lower-cased and with diacritics removed, as the query file's README defines it.
 */
export function createResultText(kb: KnowledgeBase): (tip: Tip) => string {
  const themes = new Map(kb.themes.map((theme) => [theme.id, theme]));
  const sections = new Map(kb.reports.flatMap(({ report }) => report.sections.map((s) => [s.id, s])));
  return (tip) => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(tip);
    collect(sections.get(tip.section));
    tip.themes.forEach((id) => collect(themes.get(id)));
    return fold(strings.join(' '));
  };
}

/**
 * Scores a ranking function over labelled queries.
 *
 * @param rank returns the texts of the results for a query, best first (see `createResultText`)
 */
export function evaluateRelevance(
  queries: readonly LabelledQuery[],
  rank: (query: string, kind: string) => string[],
): RelevanceReport {
  const sums = new Map<string, { queries: number; hits: number; reciprocal: number }>();
  const misses: RelevanceReport['misses'] = [];
  for (const [kind, query, expected] of queries) {
    const pattern = new RegExp(expected, 'u');
    const results = rank(query, kind).slice(0, 5);
    const position = results.findIndex((text) => pattern.test(text));
    const sum = sums.get(kind) ?? { queries: 0, hits: 0, reciprocal: 0 };
    sum.queries++;
    if (position >= 0 && position < 3) sum.hits++;
    else misses.push({ kind, query, top: results.slice(0, 3).map((text) => text.slice(0, 80)) });
    if (position >= 0) sum.reciprocal += 1 / (position + 1);
    sums.set(kind, sum);
  }
  const score = ({ queries, hits, reciprocal }: { queries: number; hits: number; reciprocal: number }) => ({
    queries,
    hitAt3: queries ? hits / queries : 0,
    mrrAt5: queries ? reciprocal / queries : 0,
  });
  const total = [...sums.values()].reduce(
    (a, b) => ({
      queries: a.queries + b.queries,
      hits: a.hits + b.hits,
      reciprocal: a.reciprocal + b.reciprocal,
    }),
    { queries: 0, hits: 0, reciprocal: 0 },
  );
  return {
    byKind: Object.fromEntries([...sums].map(([kind, sum]) => [kind, score(sum)])),
    overall: score(total),
    misses,
  };
}

/** A table of the report, one line per kind, for the test output and the benchmark. */
export function formatRelevance(report: RelevanceReport): string {
  const rows = [...Object.entries(report.byKind), ['overall', report.overall] as const].map(
    ([kind, s]) =>
      `${kind.padEnd(11)} ${String(s.queries).padStart(3)}  ${s.hitAt3.toFixed(2)}   ${s.mrrAt5.toFixed(2)}`,
  );
  return ['kind          n  hit@3  MRR@5', ...rows].join('\n');
}

export interface PrecisionReport {
  queries: number;
  /** The median number of results above the cut-off. */
  medianStrong: number;
  /** The share of queries whose expected tip is among the results above the cut-off. */
  expectedStrong: number;
  /** The queries whose expected tip is not above the cut-off, with where it ranked (-1: not found). */
  misses: { query: string; rank: number; strong: number }[];
}

/**
 * How honest the cut-off is: how many results a query shows above it, and whether the expected
 * tip is among them.
 *
 * @param search returns the texts of the results for a query, best first, and how many are strong
 */
export function evaluatePrecision(
  queries: readonly LabelledQuery[],
  search: (query: string, kind: string) => { texts: string[]; strong: number },
): PrecisionReport {
  const counts: number[] = [];
  const misses: PrecisionReport['misses'] = [];
  for (const [kind, query, expected] of queries) {
    const { texts, strong } = search(query, kind);
    const pattern = new RegExp(expected, 'u');
    const rank = texts.findIndex((text) => pattern.test(text));
    counts.push(strong);
    if (rank < 0 || rank >= strong) misses.push({ query, rank, strong });
  }
  counts.sort((a, b) => a - b);
  const middle = counts.length >> 1;
  return {
    queries: queries.length,
    medianStrong: counts.length % 2 ? counts[middle]! : (counts[middle - 1]! + counts[middle]!) / 2,
    expectedStrong: queries.length ? (queries.length - misses.length) / queries.length : 0,
    misses,
  };
}

/** A draft of several subjects, each labelled with the tips that answer it (`drafts.json`). */
export interface LabelledDraft {
  id: string;
  kind: string;
  text: string;
  subjects: { label: string; tips: string[] }[];
}

export interface DraftRecall {
  id: string;
  subjects: number;
  /** Subjects with one of their tips in some part's advice (at most three a part). */
  inParts: number;
  /** Subjects with one of their tips in the first ten of the merged list. */
  inMerged: number;
}

/**
 * How many labelled subjects of each draft the draft advice finds: in some part's top 3, and in the
 * merged list's top 10.
 *
 * @param advise returns, for a draft's text, each part's tip ids and the merged list's, best first
 */
export function evaluateDrafts(
  drafts: readonly LabelledDraft[],
  advise: (text: string) => { parts: string[][]; merged: string[] },
): { drafts: DraftRecall[]; inParts: number; inMerged: number } {
  const recalls = drafts.map(({ id, text, subjects }) => {
    const { parts, merged } = advise(text);
    const found = (ids: readonly string[]) =>
      subjects.filter((s) => s.tips.some((tip) => ids.includes(tip))).length;
    return {
      id,
      subjects: subjects.length,
      inParts: subjects.filter((s) =>
        parts.some((part) => part.slice(0, 3).some((tip) => s.tips.includes(tip))),
      ).length,
      inMerged: found(merged.slice(0, 10)),
    };
  });
  const total = recalls.reduce((sum, r) => sum + r.subjects, 0) || 1;
  return {
    drafts: recalls,
    inParts: recalls.reduce((sum, r) => sum + r.inParts, 0) / total,
    inMerged: recalls.reduce((sum, r) => sum + r.inMerged, 0) / total,
  };
}
