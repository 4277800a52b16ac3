/**
 * A search's outcome as plain data, every result with what it shows, for comparing two outcomes:
 * a result works out its terms, highlights and concepts when first read (prototype getters, which
 * `toEqual` does not read). A concept is shown by its id: the extension's concepts ship without their
 * labels as written (tools/pack-knowledge-base.ts), which no result shows.
 */
import type { SearchOutcome, SearchResult } from '@/lib/search/create-search';

export function shownResults(results: readonly SearchResult[]) {
  return results.map(({ tip, score, met, coordination, terms, highlights, via }) => ({
    tip,
    score,
    met,
    coordination,
    terms,
    highlights,
    via: via.map(({ concept, ...named }) => ({ ...named, concept: concept.id })),
  }));
}

export function shown(outcome: SearchOutcome) {
  const { strong, count, tips, marks, missing } = outcome;
  return {
    results: shownResults(outcome.results),
    strongResults: shownResults(outcome.strongResults),
    strong,
    count,
    tips,
    marks,
    missing: missing.map(({ word, related }) => ({ word, related: related.map((concept) => concept.id) })),
  };
}
