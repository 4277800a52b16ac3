/**
 * Runs a query over a MiniSearch index the way `MiniSearch#search` does, with the same scores and
 * the same order, without allocating per matched posting: scores are summed in typed arrays, and
 * only the results asked for are ordered and given their matched terms. Why the search needs it:
 * DESIGN.md, "The index and its executor"; what it costs and saves: bench/RESULTS.md.
 *
 * Same ranking, by construction: the BM25+ formula, the prefix and fuzzy weights and every sum are
 * MiniSearch's (`executeQuerySpec`, `termResults`, the OR combinator and `search` of
 * minisearch 7.2.0), evaluated in the same order, so the scores are equal to the last bit; ties keep
 * MiniSearch's order (the order in which documents were first matched, kept by its stable sort).
 * `tests/unit/search-equivalence.test.ts` checks this against `index.search` itself, on the index
 * `buildIndex` builds in MiniSearch's shapes (build-index.ts): the version is pinned in package.json,
 * and that test fails first if an upgrade changes MiniSearch's ranking.
 */
import type { FieldPostings, SearchIndex } from './build-index';

/** A term of the query with its options, as MiniSearch's query spec has them. */
export interface TermQuery {
  /** An index term (already analysed). */
  term: string;
  /** Also match the index terms that start with it. */
  prefix: boolean;
  /** Also match the index terms within this many edits; `false` for none. */
  fuzzy: number | false;
  /** Multiplies the term's scores (MiniSearch's `boostTerm`). */
  boost: number;
}

export interface ScoredDocument {
  id: string;
  /** MiniSearch's score: BM25+ summed over terms and fields, times the number of query terms met. */
  score: number;
  /** The index terms the document matched (MiniSearch's `result.terms`). */
  terms: string[];
}

export interface ExecuteOptions {
  /** Only documents with ids that pass. */
  accept?: (id: string) => boolean;
  /** The most results. Default: all. */
  limit?: number;
}

/**
 * Runs queries over one index: an OR of groups, each an OR of term queries, which is the shape of
 * `{ combineWith: 'OR', queries: groups.map((terms) => ({ queries: terms, … })) }` in MiniSearch.
 */
export type QueryExecutor = (
  groups: readonly (readonly TermQuery[])[],
  options?: ExecuteOptions,
) => ScoredDocument[];

/**
 * MiniSearch's default search options, which the search does not change: the weights of prefix and
 * fuzzy matches, the largest edit distance, and the BM25+ parameters.
 */
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Makes the executor for an index, with a boost per field (MiniSearch's `boost` search option;
 * 1 for a field it does not name).
 */
export function createQueryExecutor(
  index: SearchIndex,
  boost: Readonly<Record<string, number>> = {},
): QueryExecutor {
  const { k, b, d } = BM25;
  const ids = index.documentIds;
  const size = ids.length;
  const documentCount = size;
  // Per field (in the index's order of fields): its id, boost, average length and every document's
  // length, read once instead of once per posting.
  const fieldData = index.fields.map((field, fieldId) => {
    const lengths = new Float64Array(size);
    index.fieldLengths.forEach((perField, id) => (lengths[id] = perField[fieldId] ?? 0));
    return {
      fieldId,
      // `getOwnProperty(options.boost, field) || 1`, as MiniSearch has it.
      boost: (Object.hasOwn(boost, field) && boost[field]) || 1,
      average: index.averageFieldLength[fieldId]!,
      lengths,
    };
  });

  // Score sums at three levels, as MiniSearch sums them: a term query's, its group's, the query's.
  // A stamp says which term query or group last wrote a document's sum, so nothing is cleared.
  const termScore = new Float64Array(size);
  const groupScore = new Float64Array(size);
  const totalScore = new Float64Array(size);
  const termStamp = new Uint32Array(size);
  const groupStamp = new Uint32Array(size);
  const totalStamp = new Uint32Array(size);
  const quality = new Uint16Array(size);
  let stamp = 0;
  // The index terms each document matched, as a linked list per document (head, tail, next) in
  // growable arrays: the matched terms of the few results shown, without allocating per posting.
  const lastScored = new Uint32Array(size);
  const listStamp = new Uint32Array(size);
  const head = new Int32Array(size);
  const tail = new Int32Array(size);
  let nodeTerm: Int32Array = new Int32Array(1024);
  let nodeNext: Int32Array = new Int32Array(1024);
  let nodes = 0;

  function nextStamp(): number {
    return ++stamp;
  }

  return (groups, options = {}) => {
    // Stamps only grow; long before they wrap (a query takes thousands at most), start again.
    if (stamp > 0xf0000000) {
      stamp = 0;
      for (const stamps of [termStamp, groupStamp, totalStamp, lastScored, listStamp]) stamps.fill(0);
    }
    const total = nextStamp();
    const matched: number[] = [];
    // The index terms the term queries met, in the order they were scored.
    const derived: string[] = [];
    nodes = 0;

    /** Notes that document `id` matched index term number `term` of this query. */
    const noteTerm = (id: number, term: number) => {
      if (nodes === nodeTerm.length) {
        nodeTerm = grow(nodeTerm);
        nodeNext = grow(nodeNext);
      }
      if (listStamp[id] === total) nodeNext[tail[id]!] = nodes;
      else {
        listStamp[id] = total;
        head[id] = nodes;
      }
      tail[id] = nodes;
      nodeTerm[nodes] = term;
      nodeNext[nodes] = -1;
      nodes++;
    };
    // A query term that occurs in more than one group counts once for a document (MiniSearch's
    // `terms` holds each query term once): the documents it met so far.
    const repeated = new Map<string, Set<number>>();
    const seenTerms = new Set<string>();
    for (const group of groups) {
      for (const { term } of group) {
        if (seenTerms.has(term)) repeated.set(term, new Set());
        seenTerms.add(term);
      }
    }

    for (const group of groups) {
      const groupMark = nextStamp();
      const groupMatched: number[] = [];
      for (const query of group) {
        // MiniSearch drops empty terms before making query specs.
        if (!query.term) continue;
        const termMark = nextStamp();
        const termMatched: number[] = [];
        const metBefore = repeated.get(query.term);

        const score = (indexTerm: string, termWeight: number, postings: FieldPostings | undefined) => {
          if (!postings) return;
          const termNumber = derived.push(indexTerm) - 1;
          const serial = nextStamp();
          for (const field of fieldData) {
            const frequencies = postings.get(field.fieldId);
            if (!frequencies) continue;
            const matchingCount = frequencies.size;
            // calcBM25Score's IDF, the same for every posting of the field.
            const invDocFreq = Math.log(1 + (documentCount - matchingCount + 0.5) / (matchingCount + 0.5));
            // termWeight * termBoost * fieldBoost * docBoost (1), in MiniSearch's order.
            const factor = termWeight * query.boost * field.boost * 1;
            const { lengths, average } = field;
            for (const [id, termFreq] of frequencies) {
              if (ids[id] === undefined) continue;
              if (lastScored[id] !== serial) {
                lastScored[id] = serial;
                noteTerm(id, termNumber);
              }
              const fieldLength = lengths[id]!;
              const rawScore =
                invDocFreq *
                (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / average)));
              const weighted = factor * rawScore;
              if (termStamp[id] === termMark) {
                termScore[id] = termScore[id]! + weighted;
              } else {
                termStamp[id] = termMark;
                termScore[id] = weighted;
                termMatched.push(id);
              }
            }
          }
        };

        score(query.term, 1, index.terms.get(query.term));
        const prefixMatches = query.prefix ? index.terms.atPrefix(query.term) : undefined;
        let fuzzyMatches: Map<string, [FieldPostings, number]> | undefined;
        if (query.fuzzy) {
          const fuzzy = query.fuzzy;
          const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(query.term.length * fuzzy)) : fuzzy;
          if (maxDistance) fuzzyMatches = index.terms.fuzzyGet(query.term, maxDistance);
        }
        if (prefixMatches) {
          for (const [term, postings] of prefixMatches) {
            const distance = term.length - query.term.length;
            if (!distance) continue;
            // A prefix match is scored as one, never also as a fuzzy match.
            fuzzyMatches?.delete(term);
            score(term, (WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance), postings);
          }
        }
        if (fuzzyMatches) {
          for (const [term, [postings, distance]] of fuzzyMatches) {
            if (!distance) continue;
            score(term, (WEIGHTS.fuzzy * term.length) / (term.length + distance), postings);
          }
        }

        // Into the group's sums (MiniSearch's OR combinator: existing + new, or new as it is).
        for (const id of termMatched) {
          if (!metBefore) quality[id] = (totalStamp[id] === total ? quality[id]! : 0) + 1;
          else if (!metBefore.has(id)) {
            metBefore.add(id);
            quality[id] = (totalStamp[id] === total ? quality[id]! : 0) + 1;
          }
          if (totalStamp[id] !== total) {
            totalStamp[id] = total;
            // Kept for the first-matched order; the total is set when the group is merged.
            totalScore[id] = Number.NaN;
            matched.push(id);
          }
          if (groupStamp[id] === groupMark) {
            groupScore[id] = groupScore[id]! + termScore[id]!;
          } else {
            groupStamp[id] = groupMark;
            groupScore[id] = termScore[id]!;
            groupMatched.push(id);
          }
        }
      }
      // Into the query's sums.
      for (const id of groupMatched) {
        const sum = totalScore[id]!;
        totalScore[id] = Number.isNaN(sum) ? groupScore[id]! : sum + groupScore[id]!;
      }
    }

    return rank(matched, options, derived);
  };

  /** The results in MiniSearch's order: score times quality, best first, ties as first matched. */
  function rank(matched: number[], options: ExecuteOptions, derived: string[]): ScoredDocument[] {
    const { accept, limit = Infinity } = options;
    type Candidate = { id: number; score: number; order: number };
    const before = (a: Candidate, b: Candidate) =>
      a.score > b.score || (a.score === b.score && a.order < b.order);
    let best: Candidate[] = [];
    // A short list of the best so far for the few results a panel shows; a sort for many.
    const keepBest = limit <= 64;
    matched.forEach((id, order) => {
      if (accept && !accept(ids[id]!)) return;
      const candidate = { id, score: totalScore[id]! * quality[id]!, order };
      if (!keepBest) {
        best.push(candidate);
        return;
      }
      if (best.length >= limit && (limit <= 0 || !before(candidate, best[best.length - 1]!))) return;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    });
    if (!keepBest) best = best.sort((a, b) => b.score - a.score || a.order - b.order).slice(0, limit);
    if (best.length <= EAGER_TERMS) {
      return best.map(({ id, score }) => ({
        id: ids[id]!,
        score,
        terms: matchedTerms(head[id]!, nodeTerm, nodeNext, derived),
      }));
    }
    // Many results, of which a panel shows a few: their matched terms are read from a copy of this
    // query's lists when first asked for (the executor reuses its own lists for the next query).
    const terms = nodeTerm.slice(0, nodes);
    const next = nodeNext.slice(0, nodes);
    return best.map(({ id, score }, i) => {
      if (i < EAGER_TERMS)
        return { id: ids[id]!, score, terms: matchedTerms(head[id]!, nodeTerm, nodeNext, derived) };
      const first = head[id]!;
      let matched: string[] | undefined;
      return {
        id: ids[id]!,
        score,
        get terms() {
          return (matched ??= matchedTerms(first, terms, next, derived));
        },
      };
    });
  }
}

/** Results whose matched terms are listed at once; those of the rest when first read. */
const EAGER_TERMS = 64;

/** The index terms a document matched, from its list's first node, in MiniSearch's order (its `Object.keys(match)`). */
function matchedTerms(
  first: number,
  nodeTerm: Int32Array,
  nodeNext: Int32Array,
  derived: readonly string[],
): string[] {
  const match: Record<string, true> = {};
  for (let node = first; node >= 0; node = nodeNext[node]!) match[derived[nodeTerm[node]!]!] = true;
  return Object.keys(match);
}

function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
