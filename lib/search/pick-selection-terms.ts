import type { WordAnalysis } from '../analysis/analyzer';

export interface WeightedTerm {
  term: string;
  /** Relative weight in (0, 1]: the most distinctive term of the selection has 1. */
  weight: number;
}

/**
 * Picks the terms that say what a long selection is about: TF-IDF of its analysed words (`words`, as
 * `Analyzer#word` gives them) against the tips. Terms no tip holds are dropped (they cannot match),
 * frequent ones weigh less than rare ones.
 *
 * @param documentFrequency in how many tips each term occurs
 * @param documentCount how many tips there are
 * @param limit the most terms to return
 * @param named index terms of the concepts the selection names (`conceptTerm`), each counted once
 */
export function pickSelectionTerms(
  words: readonly Pick<WordAnalysis, 'query'>[],
  documentFrequency: ReadonlyMap<string, number>,
  documentCount: number,
  limit: number,
  named: readonly string[] = [],
): WeightedTerm[] {
  const counts = new Map<string, number>();
  for (const term of named) if (documentFrequency.has(term)) counts.set(term, 1);
  for (const word of words) {
    for (const term of word.query) {
      if (documentFrequency.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  const scored = [...counts].map(([term, count]) => ({
    term,
    weight: (1 + Math.log(count)) * Math.log(1 + documentCount / documentFrequency.get(term)!),
  }));
  scored.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const top = scored.slice(0, limit);
  const max = top[0]?.weight ?? 1;
  return top.map(({ term, weight }) => ({ term, weight: weight / max }));
}
