/**
 * The three engines behind one interface, each configured for the same job as fairly as we can: the
 * same documents (`toSearchDocuments`: the very texts and fields Weerbaar indexes), the same field
 * weights, prefix matching for search-as-you-type, typo tolerance where the engine has it, and the
 * top 10 results asked for. The choices are explained where they are made and in bench/RESULTS.md.
 */
import { Charset, Document, type DocumentData } from 'flexsearch';
import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import {
  BOOST,
  createSearch,
  loadSearch,
  recordSearchAnalysis,
  type Search,
  type SerializedSearch,
} from '../../lib/search/create-search';
import type { AnalysisTable } from '../../lib/search/analysis-table';
import { FIELDS, toSearchDocuments, type Field, type SearchDocument } from '../../lib/search/documents';
import type { KnowledgeBase } from '../../lib/schema';

/** The field weights of Weerbaar (title 3 … other themes 0.6), given to every engine alike. */
export const FIELD_WEIGHTS: Record<Field, number> = BOOST;

/** How many results every engine is asked for: what the panel shows of a result list. */
export const LIMIT = 10;

/** A built index of one engine: what the benchmark times and measures. */
export interface EngineIndex {
  /** A typed query (search as you type): tip ids, best first. */
  typed(query: string): string[];
  /** A selected passage: tip ids, best first. */
  selection(text: string): string[];
  /** The index as the engine serialises it, or `undefined` when it cannot. */
  serialize(): Promise<string | undefined>;
}

export interface Engine {
  name: string;
  /** Builds the index over a knowledge base. */
  build(kb: KnowledgeBase): EngineIndex;
  /** Loads a serialised index, when the engine can: "load prebuilt" beside "build at startup". */
  load?(kb: KnowledgeBase, serialized: string): EngineIndex;
  /** What the build records for a faster build at open, as JSON (Weerbaar: the analysis of every word). */
  record?(kb: KnowledgeBase): string;
  /** Builds the index from the knowledge base and what `record` gave, as the panel does. */
  buildRecorded?(kb: KnowledgeBase, recorded: string): EngineIndex;
  /** One line on how it is configured, for the results. */
  config: string;
}

/** Weerbaar: our search (MiniSearch with Dutch analysis), as the panel uses it. */
export const weerbaar: Engine = {
  name: 'Weerbaar',
  config:
    'createSearch(kb): BM25+ over 7 fields with the weights above, Dutch stems and compounds, prefix on the word being typed, 1–2 edits from 5/10 letters; selections by TF-IDF terms (lookupSelection)',
  build: (kb) => wrapWeerbaar(createSearch(kb)),
  // The prebuilt index ships as JSON: loading includes parsing it.
  load: (kb, serialized) => wrapWeerbaar(loadSearch(kb, JSON.parse(serialized) as SerializedSearch)),
  record: (kb) => JSON.stringify(recordSearchAnalysis(kb)),
  // The panel's way (utils/knowledge-base.ts); parsing the recorded analysis included.
  buildRecorded: (kb, recorded) => wrapWeerbaar(createSearch(kb, JSON.parse(recorded) as AnalysisTable)),
};

function wrapWeerbaar(search: Search): EngineIndex {
  const ids = (results: { tip: { id: string } }[]) => results.map((result) => result.tip.id);
  return {
    typed: (query) => ids(search.search(query, { limit: LIMIT }).results),
    selection: (text) => ids(search.lookupSelection(text, { limit: LIMIT }).results),
    serialize: async () => JSON.stringify(search.toJSON()),
  };
}

const FUSE_KEYS: FuseOptionKey<SearchDocument>[] = FIELDS.map((name) => ({
  name,
  weight: FIELD_WEIGHTS[name],
}));

/**
 * Fuse.js options. `ignoreLocation`: a tip's words may stand anywhere in a long summary or quote,
 * and Fuse would otherwise only look near the start (location 0, distance 100). `threshold` 0.3:
 * Fuse's default 0.6 lets through a third of the corpus for a short prefix; 0.3 still forgives a
 * typo in a long word (`aanbestding`) and scored best on the dev queries of 0.2–0.4. `useTokenSearch`
 * (Fuse 7.3+): every word of the query is matched on its own, fuzzily, weighted by IDF, and tips
 * with any word match (`tokenMatch: 'any'`), as in Weerbaar; without it Fuse matches the whole query
 * as one fuzzy substring, which a multi-word query or a selection seldom is.
 * `ignoreDiacritics`: `metéén` matches `meteen`, as in Weerbaar. Weighted keys: the same seven
 * fields and weights. Bitap matches substrings, so a word being typed matches as a prefix.
 */
export const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: FUSE_KEYS,
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.3,
  useTokenSearch: true,
};

/** Fuse.js 7: approximate (Bitap) string matching over the same fields, no index of terms. */
export const fuse: Engine = {
  name: 'Fuse.js',
  config:
    'keys = the 7 fields with the same weights; ignoreLocation, includeScore, ignoreDiacritics, threshold 0.3, useTokenSearch (each query word fuzzily, IDF-weighted, any word); limit 10',
  build: (kb) => {
    const documents = toSearchDocuments(kb);
    return wrapFuse(new Fuse(documents, FUSE_OPTIONS), documents);
  },
  load: (kb, serialized) => {
    const documents = toSearchDocuments(kb);
    const index = Fuse.parseIndex<SearchDocument>(JSON.parse(serialized));
    return wrapFuse(new Fuse(documents, FUSE_OPTIONS, index), documents);
  },
};

function wrapFuse(engine: Fuse<SearchDocument>, documents: SearchDocument[]): EngineIndex {
  const search = (query: string) => engine.search(query, { limit: LIMIT }).map((result) => result.item.id);
  return {
    typed: search,
    // Fuse has no notion of a selection: the passage is the pattern. Bitap works on at most 32
    // characters, so Fuse cuts a longer pattern (or, in token search, each word) into 32-character
    // chunks, searches each in every field and averages their scores: its cost grows with the
    // length of the selection times the size of the corpus.
    selection: search,
    serialize: async () => JSON.stringify(Fuse.createIndex(FUSE_KEYS, documents).toJSON()),
  };
}

/**
 * FlexSearch 0.8 Document options: one index per field, over the same fields. `tokenize: 'forward'`
 * indexes every prefix of a word, so the word being typed matches (FlexSearch's prefix search).
 * `encoder: Charset.LatinBalance`: lower case, diacritics removed and similar-sounding letters merged,
 * FlexSearch's own answer to typos (it has no edit distance). `resolution` 9 (default) ranks by
 * where a word stands in a field.
 */
const FLEX_OPTIONS = {
  tokenize: 'forward' as const,
  encoder: Charset.LatinBalance,
  document: {
    id: 'id',
    index: FIELDS.map((field) => ({ field })),
  },
};

/** Results per field before merging: enough for the merged top 10 to be right, as few as that. */
const FLEX_FIELD_LIMIT = 100;

/** FlexSearch 0.8: an inverted index of forward tokens per field, ranked by position. */
export const flexsearch: Engine = {
  name: 'FlexSearch',
  config:
    "Document index over the 7 fields, tokenize 'forward', encoder Charset.LatinBalance, suggest (any word); per-field results merged by weighted reciprocal rank with the same weights; limit 10",
  build: (kb) => {
    const index = new Document<DocumentData>(FLEX_OPTIONS);
    for (const document of toSearchDocuments(kb)) index.add(document as unknown as DocumentData);
    return wrapFlex(index);
  },
  load: (_, serialized) => {
    const index = new Document<DocumentData>(FLEX_OPTIONS);
    for (const [key, data] of JSON.parse(serialized) as [string, string][]) index.import(key, data);
    return wrapFlex(index);
  },
};

function wrapFlex(index: Document<DocumentData>): EngineIndex {
  // `suggest`: a tip that matches some words of the query still counts, as in the other two; without
  // it FlexSearch requires every word, and a phrase or selection would find nothing.
  const search = (query: string) =>
    mergeFields(index.search(query, { limit: FLEX_FIELD_LIMIT, suggest: true }));
  return {
    typed: search,
    selection: search,
    serialize: async () => {
      const chunks: [string, string][] = [];
      await index.export((key, data) => {
        chunks.push([key, data]);
      });
      return JSON.stringify(chunks);
    },
  };
}

/**
 * One ranking from FlexSearch's per-field result lists: each field adds its weight divided by the
 * tip's rank there (weighted reciprocal rank). FlexSearch returns ranks, not scores, so ranks are all
 * there is to merge; reciprocal rank lets one strong field (the title) outweigh a weak match in many,
 * as Weerbaar's scores do, and scored better on the dev queries than summing weights (Borda).
 */
export function mergeFields(perField: { field?: string; result: (string | number)[] }[]): string[] {
  const scores = new Map<string, number>();
  for (const { field, result } of perField) {
    const weight = FIELD_WEIGHTS[field as Field] ?? 1;
    result.forEach((id, rank) => scores.set(String(id), (scores.get(String(id)) ?? 0) + weight / (rank + 1)));
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, LIMIT)
    .map(([id]) => id);
}

/** The three engines in the order of the tables. */
export const ENGINES: Engine[] = [weerbaar, fuse, flexsearch];
