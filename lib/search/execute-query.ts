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
import { nearTerms } from './near-terms';

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
 * What a query matched, unranked: each document once, in the order MiniSearch first met it (its
 * order among equal scores), for a caller that ranks what it shows at once and the rest when asked.
 * It stays valid after the executor's next query: what it reads from the executor's reused arrays
 * (the matched terms) it reads again, by running its query again, when another query has run since.
 */
export interface Matches {
  /** How many documents matched (and were accepted). */
  readonly size: number;
  /** Per match: the document's number, its place in the index's `documentIds`. */
  readonly documents: Int32Array;
  /** Per match: MiniSearch's score (with `otherFields` under 1, its sum so shared, times `met`). */
  readonly scores: Float64Array;
  /** Per match: how many of the query's terms it met, by which MiniSearch multiplies its sum. */
  readonly met: Uint16Array;
  /** The index terms match `i` matched, in MiniSearch's order (its `result.terms`). */
  terms(i: number): string[];
  /** Whether any of these documents (numbers) matched the index term: has it among its `terms`. */
  matchedIn(term: string, documents: ReadonlySet<number>): boolean;
}

/**
 * Runs queries over one index: an OR of groups, each an OR of term queries, which is the shape of
 * `{ combineWith: 'OR', queries: groups.map((terms) => ({ queries: terms, … })) }` in MiniSearch.
 * Called, it ranks as `MiniSearch#search`; `match` leaves the ranking to the caller.
 */
export interface QueryExecutor {
  (groups: readonly (readonly TermQuery[])[], options?: ExecuteOptions): ScoredDocument[];
  /**
   * With `otherFields` under 1, a term's matches in a document's fields other than its best one count
   * for that share of their score: a word in a tip's title, summary, quote and concepts is one word
   * (DESIGN.md, "Drafts"). 1, the default, sums them, as MiniSearch does.
   */
  match(
    groups: readonly (readonly TermQuery[])[],
    accept?: (id: string) => boolean,
    otherFields?: number,
  ): Matches;
}

/**
 * What a term query scored (`createQueryExecutor`), kept for the next query that asks for it with the
 * same options: the index terms it met, in order; each time it noted that a document met one (the
 * document, then the term's place among them); the documents it met, in order, and their sums.
 */
interface TermOutcome {
  prefix: boolean;
  fuzzy: number | false;
  boost: number;
  otherFields: number;
  terms: string[];
  noted: Int32Array;
  met: Int32Array;
  scores: Float64Array;
}

/**
 * MiniSearch's default search options, which the search does not change: the weights of prefix and
 * fuzzy matches, the largest edit distance, and the BM25+ parameters.
 */
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;
/** The term queries' outcomes kept per term (`createQueryExecutor`), with as many options or weights. */
const OUTCOMES_PER_TERM = 4;
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
  // Per field (in the index's order of fields): its id, boost, and for every document the length
  // norm of BM25's denominator, `k * (1 - b + (b * fieldLength) / averageFieldLength)` as MiniSearch
  // computes it (so the same value to the last bit), worked out once instead of once per posting.
  const fieldData = index.fields.map((field, fieldId) => {
    const average = index.averageFieldLength[fieldId]!;
    const norms = new Float64Array(size);
    index.fieldLengths.forEach((perField, id) => {
      norms[id] = k * (1 - b + (b * (perField[fieldId] ?? 0)) / average);
    });
    return {
      fieldId,
      // `getOwnProperty(options.boost, field) || 1`, as MiniSearch has it.
      boost: (Object.hasOwn(boost, field) && boost[field]) || 1,
      norms,
    };
  });

  // Score sums at three levels, as MiniSearch sums them: a term query's, its group's, the query's.
  // A stamp says which term query, group or query last wrote a document's sum, so nothing is
  // cleared: the first write of a sum sets it, the next ones add to it. `totalStamp` says apart that
  // the query met the document (its place among the matches, its quality), which it knows at the
  // document's first posting, before the group's sum is added to the query's.
  const termScore = new Float64Array(size);
  const groupScore = new Float64Array(size);
  const totalScore = new Float64Array(size);
  const termStamp = new Uint32Array(size);
  const groupStamp = new Uint32Array(size);
  const summedStamp = new Uint32Array(size);
  const totalStamp = new Uint32Array(size);
  const quality = new Uint16Array(size);
  // A term's best field score per document so far, for `otherFields` under 1.
  const fieldBest = new Float64Array(size);
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
  // The documents a term query, a group and the query met, in the order met: each at most once
  // (the stamps say so), so a buffer of the index's size holds them.
  const termMet = new Int32Array(size);
  const groupMet = new Int32Array(size);
  const queryMet = new Int32Array(size);
  /** Counts the queries run: which one the reused arrays hold. */
  let queries = 0;

  function nextStamp(): number {
    return ++stamp;
  }

  // The postings of each term asked for, and the index terms near it (`nearTerms`, per number of
  // edits), found once and kept from one query to the next: a walk of the tree costs more than a
  // hash lookup, a draft asks for the same terms part after part, and each keystroke for the words
  // typed before it. The index only grows (a term added sets a new entry; a new posting goes into
  // the term's existing one), so an unchanged number of terms means unchanged entries.
  let postingsOf = new Map<string, FieldPostings | undefined>();
  let nearOf: Map<string, Map<string, [FieldPostings, number]>>[] = [];
  let kept = 0;
  // And what each term query with typos or as a prefix scored, by its term (`TermOutcome`): a draft's
  // parts ask for the same words again and again (`bewoners`, `jongeren`), each with the index terms
  // within its edit distance, and a term query's outcome does not depend on the rest of its query.
  let outcomesOf = new Map<string, TermOutcome[]>();
  let outcomes = 0;
  let keptAt = -1;
  function keep(): void {
    if (keptAt !== index.terms.size || postingsOf.size > 100_000 || kept > 20_000 || outcomes > 20_000) {
      postingsOf = new Map();
      nearOf = [];
      kept = 0;
      outcomesOf = new Map();
      outcomes = 0;
      keptAt = index.terms.size;
    }
  }
  function postings(term: string): FieldPostings | undefined {
    keep();
    let found = postingsOf.get(term);
    if (found === undefined && !postingsOf.has(term)) {
      found = index.terms.get(term);
      postingsOf.set(term, found);
    }
    return found;
  }
  function near(term: string, edits: number): Map<string, [FieldPostings, number]> {
    keep();
    const within = (nearOf[edits] ??= new Map());
    let found = within.get(term);
    if (!found) {
      found = nearTerms(index.terms, term, edits);
      within.set(term, found);
      kept++;
    }
    return found;
  }

  /** Where a term query being scored notes what each document met (`noteTerm`): document, term. */
  let noting: number[] | undefined;

  /** What a term query with these options scored before, if the index has not grown since. */
  function keptOutcome(query: TermQuery, otherFields: number): TermOutcome | undefined {
    keep();
    for (const known of outcomesOf.get(query.term) ?? []) {
      if (
        known.prefix === query.prefix &&
        known.fuzzy === query.fuzzy &&
        known.boost === query.boost &&
        known.otherFields === otherFields
      ) {
        return known;
      }
    }
    return undefined;
  }

  function keepOutcome(
    query: TermQuery,
    otherFields: number,
    outcome: Omit<TermOutcome, 'prefix' | 'fuzzy' | 'boost' | 'otherFields'>,
  ): void {
    const { prefix, fuzzy, boost } = query;
    const known = outcomesOf.get(query.term);
    const entry = { prefix, fuzzy, boost, otherFields, ...outcome };
    outcomes++;
    // A long selection weighs each term by how distinctive it is there, a weight no other asks for
    // again: a term keeps its first few, which a word typed or a draft's part asks for again and again.
    if (!known) outcomesOf.set(query.term, [entry]);
    else if (known.length < OUTCOMES_PER_TERM) known.push(entry);
    else known[known.length - 1] = entry;
  }

  const match: QueryExecutor['match'] = (groups, accept, otherFields = 1) => {
    // Stamps only grow; long before they wrap (a query takes thousands at most), start again.
    if (stamp > 0xf0000000) {
      stamp = 0;
      for (const stamps of [termStamp, groupStamp, summedStamp, totalStamp, lastScored, listStamp]) {
        stamps.fill(0);
      }
    }
    const total = nextStamp();
    let matchedCount = 0;
    // The index terms the term queries met, in the order they were scored.
    const derived: string[] = [];
    nodes = 0;

    /** Notes that document `id` matched index term number `term` of this query. */
    const noteTerm = (id: number, term: number) => {
      noting?.push(id, term);
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

    // The term query being scored, and the index term and field of it being read: what `visit` adds
    // for each posting. One callback for the whole query, not one per term and field: a draft's parts
    // run thousands of term queries.
    let termMark = 0;
    let termCount = 0;
    let boost = 1;
    let termNumber = 0;
    let serial = 0;
    let invDocFreq = 0;
    let factor = 0;
    let norms = fieldData[0]?.norms ?? new Float64Array(0);
    /** Adds a score of the term query to document `id`'s sum. */
    const add = (id: number, weighted: number) => {
      if (termStamp[id] === termMark) {
        termScore[id] = termScore[id]! + weighted;
      } else {
        termStamp[id] = termMark;
        termScore[id] = weighted;
        termMet[termCount++] = id;
      }
    };
    const visit = (termFreq: number, id: number) => {
      if (ids[id] === undefined) return;
      const firstField = lastScored[id] !== serial;
      if (firstField) {
        lastScored[id] = serial;
        noteTerm(id, termNumber);
      }
      const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + norms[id]!));
      const weighted = factor * rawScore;
      if (otherFields === 1) {
        add(id, weighted);
      } else if (firstField) {
        fieldBest[id] = weighted;
        add(id, weighted);
      } else {
        // So far the best field in full and the others at the share: a better field takes the
        // best's place, and the best so far counts at the share.
        const best = fieldBest[id]!;
        if (weighted > best) {
          fieldBest[id] = weighted;
          add(id, weighted - (1 - otherFields) * best);
        } else {
          add(id, otherFields * weighted);
        }
      }
    };
    const score = (indexTerm: string, termWeight: number, postings: FieldPostings | undefined) => {
      if (!postings) return;
      termNumber = derived.push(indexTerm) - 1;
      serial = nextStamp();
      for (const field of fieldData) {
        const frequencies = postings.get(field.fieldId);
        if (!frequencies) continue;
        const matchingCount = frequencies.size;
        // calcBM25Score's IDF, the same for every posting of the field.
        invDocFreq = Math.log(1 + (documentCount - matchingCount + 0.5) / (matchingCount + 0.5));
        // termWeight * termBoost * fieldBoost * docBoost (1), in MiniSearch's order.
        factor = termWeight * boost * field.boost * 1;
        norms = field.norms;
        frequencies.forEach(visit);
      }
    };

    /** Scores a term query, as `score` does for each index term it meets. */
    const scoreTerm = (query: TermQuery) => {
      score(query.term, 1, postings(query.term));
      const prefixMatches = query.prefix ? index.terms.atPrefix(query.term) : undefined;
      let fuzzyMatches: Map<string, [FieldPostings, number]> | undefined;
      if (query.fuzzy) {
        const fuzzy = query.fuzzy;
        const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(query.term.length * fuzzy)) : fuzzy;
        if (maxDistance) fuzzyMatches = near(query.term, maxDistance);
      }
      if (prefixMatches) {
        for (const [term, postings] of prefixMatches) {
          const distance = term.length - query.term.length;
          if (!distance) continue;
          score(term, (WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance), postings);
        }
      }
      if (fuzzyMatches) {
        for (const [term, [postings, distance]] of fuzzyMatches) {
          // A prefix match is scored as one, never also as a fuzzy match.
          if (!distance || (prefixMatches && term.startsWith(query.term))) continue;
          score(term, (WEIGHTS.fuzzy * term.length) / (term.length + distance), postings);
        }
      }
    };

    for (const group of groups) {
      const groupMark = nextStamp();
      let groupCount = 0;
      for (const query of group) {
        // MiniSearch drops empty terms before making query specs.
        if (!query.term) continue;
        termMark = nextStamp();
        termCount = 0;
        boost = query.boost;
        const metBefore = repeated.get(query.term);
        // A term query of the term alone reads one list of postings: kept, it would cost more than it
        // saves (a long selection weighs its terms each its own way, never asked for again).
        const keeps = query.prefix || query.fuzzy !== false;
        const known = keeps ? keptOutcome(query, otherFields) : undefined;
        if (!keeps) {
          scoreTerm(query);
        } else if (known) {
          // As scoring it again would: its index terms, the documents each met, their sums.
          const first = derived.length;
          derived.push(...known.terms);
          for (let n = 0; n < known.noted.length; n += 2) {
            noteTerm(known.noted[n]!, first + known.noted[n + 1]!);
          }
          known.met.forEach((id, t) => {
            termStamp[id] = termMark;
            termScore[id] = known.scores[t]!;
            termMet[t] = id;
          });
          termCount = known.met.length;
        } else {
          const first = derived.length;
          const noted: number[] = [];
          noting = noted;
          scoreTerm(query);
          noting = undefined;
          const met = termMet.slice(0, termCount);
          keepOutcome(query, otherFields, {
            terms: derived.slice(first),
            noted: Int32Array.from(noted, (value, n) => (n % 2 ? value - first : value)),
            met,
            scores: Float64Array.from(met, (id) => termScore[id]!),
          });
        }

        // Into the group's sums (MiniSearch's OR combinator: existing + new, or new as it is).
        for (let t = 0; t < termCount; t++) {
          const id = termMet[t]!;
          if (!metBefore) quality[id] = (totalStamp[id] === total ? quality[id]! : 0) + 1;
          else if (!metBefore.has(id)) {
            metBefore.add(id);
            quality[id] = (totalStamp[id] === total ? quality[id]! : 0) + 1;
          }
          if (totalStamp[id] !== total) {
            totalStamp[id] = total;
            queryMet[matchedCount++] = id;
          }
          if (groupStamp[id] === groupMark) {
            groupScore[id] = groupScore[id]! + termScore[id]!;
          } else {
            groupStamp[id] = groupMark;
            groupScore[id] = termScore[id]!;
            groupMet[groupCount++] = id;
          }
        }
      }
      // Into the query's sums.
      for (let g = 0; g < groupCount; g++) {
        const id = groupMet[g]!;
        if (summedStamp[id] === total) {
          totalScore[id] = totalScore[id]! + groupScore[id]!;
        } else {
          summedStamp[id] = total;
          totalScore[id] = groupScore[id]!;
        }
      }
    }

    queries++;
    const matched = queryMet.slice(0, matchedCount);
    return snapshot(accept ? matched.filter((id) => accept(ids[id]!)) : matched, derived, () =>
      match(groups, accept, otherFields),
    );
  };

  /** The matches of the query just run; `again` runs it again, for what another query overwrote. */
  function snapshot(documents: Int32Array, derived: readonly string[], again: () => Matches): Matches {
    const size = documents.length;
    const scores = new Float64Array(size);
    const met = new Uint16Array(size);
    documents.forEach((id, i) => {
      met[i] = quality[id]!;
      scores[i] = totalScore[id]! * quality[id]!;
    });
    const query = queries;
    let rerun: Matches | undefined;
    let scored: Set<string> | undefined;
    return {
      size,
      documents,
      scores,
      met,
      terms(i) {
        if (query !== queries) return (rerun ??= again()).terms(i);
        return matchedTerms(head[documents[i]!]!, nodeTerm, nodeNext, derived);
      },
      matchedIn(term, among) {
        // A document matched an index term the query scored exactly when it has a posting of it.
        if (!(scored ??= new Set(derived)).has(term)) return false;
        for (const frequencies of postings(term)?.values() ?? []) {
          if (frequencies.size <= among.size) {
            for (const id of frequencies.keys()) if (among.has(id)) return true;
          } else {
            for (const id of among) if (frequencies.has(id)) return true;
          }
        }
        return false;
      },
    };
  }

  return Object.assign(
    (groups: readonly (readonly TermQuery[])[], options: ExecuteOptions = {}) =>
      rank(match(groups, options.accept), options.limit),
    { match },
  );

  /** The results in MiniSearch's order: score times quality, best first, ties as first matched. */
  function rank(matches: Matches, limit = Infinity): ScoredDocument[] {
    const { size, documents, scores } = matches;
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    let best: number[] = [];
    // A short list of the best so far for the few results a panel shows; a sort for many.
    if (limit <= 64) {
      for (let i = 0; i < size; i++) {
        if (best.length >= limit && (limit <= 0 || !before(i, best[best.length - 1]!))) continue;
        let at = best.length;
        while (at > 0 && before(i, best[at - 1]!)) at--;
        best.splice(at, 0, i);
        if (best.length > limit) best.pop();
      }
    } else {
      best = Array.from({ length: size }, (_, i) => i)
        .sort((a, b) => scores[b]! - scores[a]! || a - b)
        .slice(0, limit);
    }
    return best.map((i) => new Scored(ids[documents[i]!]!, scores[i]!, matches, i));
  }
}

/**
 * A ranked document, its terms read when asked for. A class, as `SearchOutcome`'s (create-search.ts):
 * an object literal's getter is an accessor pair in V8's old generation that keeps `matches` alive.
 */
class Scored implements ScoredDocument {
  readonly #matches: Matches;
  readonly #at: number;
  #terms?: string[];

  constructor(
    readonly id: string,
    readonly score: number,
    matches: Matches,
    at: number,
  ) {
    this.#matches = matches;
    this.#at = at;
  }

  get terms(): string[] {
    return (this.#terms ??= this.#matches.terms(this.#at));
  }
}

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
