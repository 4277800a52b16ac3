/**
 * Relevance as the relevance test measures it (tests/unit/relevance.test.ts): hit@3 and MRR@5 on the
 * three labelled sets of tests/fixtures/relevance/, for every engine, and Weerbaar's cut-off on the
 * single-topic queries. A paragraph goes to an engine's selection call, every other kind to its
 * typed call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createResultText,
  evaluatePrecision,
  evaluateRelevance,
  labelledByTips,
  type LabelledQuery,
  type PrecisionReport,
  type RelevanceReport,
  type TipLabelledQuery,
  RELEVANCE_FIXTURES,
} from '../../tools/evaluate-relevance';
import type { KnowledgeBase, Tip } from '../../lib/schema';
import type { EngineIndex, Ranking } from './peers';

/** The labelled sets, each with the hit@3 Weerbaar is to reach on it (issue 12). */
export const QUERY_SETS = [
  { id: 'dev', label: 'development', file: 'dev-queries.json', hitAt3: 1 },
  { id: 'heldOut', label: 'held-out', file: 'held-out-queries.json', hitAt3: 0.97 },
  { id: 'practitioner', label: "practitioners'", file: 'practitioner-queries.json', hitAt3: 0.9 },
] as const;
export type QuerySetId = (typeof QUERY_SETS)[number]['id'];

export interface RelevanceSet {
  label: string;
  file: string;
  queries: number;
  engines: Record<string, RelevanceReport>;
}

/** Reads a set; the practitioners' queries are labelled by tip ids, the others by a pattern. */
export function readQuerySet(file: string): LabelledQuery[] {
  const queries = JSON.parse(readFileSync(join(RELEVANCE_FIXTURES, file), 'utf8')) as unknown[][];
  return Array.isArray(queries[0]?.[2])
    ? labelledByTips(queries as TipLabelledQuery[])
    : (queries as LabelledQuery[]);
}

/** Every engine's hit@3 and MRR@5 on every set. */
export function measureRelevance(
  kb: KnowledgeBase,
  indexes: { name: string; index: EngineIndex }[],
): Record<QuerySetId, RelevanceSet> {
  const texts = resultTexts(kb);
  return Object.fromEntries(
    QUERY_SETS.map(({ id, label, file }) => {
      const queries = readQuerySet(file);
      const engines = Object.fromEntries(
        indexes.map(({ name, index }) => [
          name,
          evaluateRelevance(queries, (query, kind) => texts(run(index, query, kind).ids())),
        ]),
      );
      return [id, { label, file, queries: queries.length, engines }];
    }),
  ) as Record<QuerySetId, RelevanceSet>;
}

/** Weerbaar's cut-off on the single-topic queries: the typed ones of the development and held-out sets. */
export function measurePrecision(kb: KnowledgeBase, index: EngineIndex): PrecisionReport {
  const texts = resultTexts(kb);
  const queries = [...readQuerySet('dev-queries.json'), ...readQuerySet('held-out-queries.json')].filter(
    ([kind]) => kind !== 'paragraph',
  );
  return evaluatePrecision(queries, (query, kind) => {
    const ranking = run(index, query, kind);
    return { texts: texts(ranking.ids()), strong: ranking.strong ?? 0 };
  });
}

function run(index: EngineIndex, query: string, kind: string): Ranking {
  return kind === 'paragraph' ? index.selection(query) : index.typed(query);
}

function resultTexts(kb: KnowledgeBase): (ids: string[]) => string[] {
  const text = createResultText(kb);
  const tips = new Map<string, Tip>(kb.reports.flatMap(({ tips }) => tips.map((tip) => [tip.id, tip])));
  return (ids) => ids.map((id) => text(tips.get(id)!));
}
