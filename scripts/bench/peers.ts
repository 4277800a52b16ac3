/**
 * The three engines behind one interface. Weerbaar is asked exactly what the side panel asks
 * (lib/app-state.ts): `search(query)` and `lookupSelection(text)`, no options, every result. The
 * peers get the same documents (the tips' text fields, not the concept fields: they have no
 * thesaurus), the same field weights, prefix matching and typo tolerance where they have them, and
 * are asked for every result they allow.
 */
import { Charset, Document, type DocumentData } from 'flexsearch';
import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import { BOOST, createSearch, type Search, type SearchOutcome } from '../../lib/search/create-search';
import { capLookup } from '../../lib/handoff';
import { recordSearchAnalysis } from '../../tools/record-search-analysis';
import { loadSearch, serializeSearch, type SerializedSearch } from '../../tools/serialized-search';
import { adviseDraft } from '../../lib/search/advise-draft';
import type { AnalysisTable } from '../../lib/search/analysis-table';
import { DUTCH_FIELDS, toSearchDocuments, type SearchDocument } from '../../lib/search/documents';
import type { KnowledgeBase, OpeningKnowledgeBase } from '../../lib/schema';

/** The fields the peers index: every text field of a tip, none of Weerbaar's concept fields. */
export const PEER_FIELDS = [...DUTCH_FIELDS, 'english'] as const;
type PeerField = (typeof PEER_FIELDS)[number];

/** What one call found: tip ids best first (read after the timing), and Weerbaar's strong count. */
export interface Ranking {
  ids(): string[];
  /** How many of the first results are above Weerbaar's cut-off; the peers have no cut-off. */
  strong?: number;
}

/** A built index of one engine: what the benchmark times and measures. */
export interface EngineIndex {
  /** A typed query (search as you type). */
  typed(query: string): Ranking;
  /** A selected passage. */
  selection(text: string): Ranking;
  /** Advice for a draft, part by part, as the panel gives it (Weerbaar only). */
  draft?(text: string): unknown;
  /** The index as the engine serialises it, or `undefined` when it cannot. */
  serialize(): Promise<string | undefined>;
}

export interface Engine {
  name: string;
  /** How it is configured and what it is asked, for the Method. */
  config: string;
  /** Builds the index over a knowledge base. */
  build(kb: KnowledgeBase): EngineIndex;
  /** Loads a serialised index: "load prebuilt" beside "build at startup". */
  load(kb: KnowledgeBase, serialized: string): EngineIndex;
  /** What the build records for a faster build at open, as JSON (Weerbaar: the analysis of every word). */
  record?(kb: KnowledgeBase): string;
  /** Builds the index as the panel does at open, from what `record` gave. */
  buildRecorded?(kb: KnowledgeBase, recorded: string): EngineIndex;
}

/** Weerbaar: our search, called as the panel calls it. */
export const weerbaar: Engine = {
  name: 'Weerbaar',
  config:
    '`createSearch(kb)` with the thesaurus (the panel once its thesaurus chunk has loaded); typed: `search.search(query)`, selections: `search.lookupSelection(text)`, no limit, the whole `SearchOutcome` as the panel has it on a keystroke (the strong results ranked, with highlights and reasons worked out when read; the weak tail counted, and ranked when read, as the panel reads it only to unfold it; the marks; missing words when read); drafts: `adviseDraft(search, kb.themes, capLookup(text))`, the lookups lib/app-state.ts makes for a selection of several parts once `applySelection` has cut it (`capLookup`, lib/handoff.ts), there in tasks of a few milliseconds (`DraftAdviser`) and here in one call',
  build: (kb) => wrapWeerbaar(createSearch(kb), kb),
  // The prebuilt index would ship as JSON: loading includes parsing it.
  load: (kb, serialized) => wrapWeerbaar(loadSearch(kb, JSON.parse(serialized) as SerializedSearch), kb),
  record: (kb) => JSON.stringify(recordSearchAnalysis(kb)),
  // The panel's call at open (utils/knowledge-base.ts): no thesaurus, nor the writers' words that come
  // with it, which load after it.
  buildRecorded: (kb, recorded) =>
    wrapWeerbaar(createSearch(opening(kb), JSON.parse(recorded) as AnalysisTable), kb),
};

/** The knowledge base as the panel opens with it: without the thesaurus and the writers' words. */
function opening({ writers: _writers, ...kb }: KnowledgeBase): OpeningKnowledgeBase {
  return { ...kb, concepts: [] };
}

function wrapWeerbaar(search: Search, kb: KnowledgeBase): EngineIndex {
  const ranking = (outcome: SearchOutcome): Ranking => ({
    ids: () => outcome.results.map((result) => result.tip.id),
    strong: outcome.strong,
  });
  return {
    typed: (query) => ranking(search.search(query)),
    selection: (text) => ranking(search.lookupSelection(text)),
    // The panel's draft (lib/app-state.ts): the selection as `applySelection` cuts it, then advised.
    draft: (text) => adviseDraft(search, kb.themes, capLookup(text)),
    serialize: async () => JSON.stringify(serializeSearch(search)),
  };
}

const FUSE_KEYS: FuseOptionKey<SearchDocument>[] = PEER_FIELDS.map((name) => ({
  name,
  weight: BOOST[name],
}));

/** Fuse.js options; why each, in the Method (scripts/bench/report.ts). */
const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
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
    '`new Fuse(documents, options)`, keys the 7 text fields with the same weights; `ignoreLocation`, `includeScore`, `ignoreDiacritics`, `threshold` 0.3, `useTokenSearch`; typed and selections alike: `fuse.search(text)`, no limit',
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
  const search = (query: string): Ranking => {
    const results = engine.search(query);
    return { ids: () => results.map((result) => result.item.id) };
  };
  return {
    typed: search,
    // Fuse has no notion of a selection: the passage is the pattern.
    selection: search,
    serialize: async () => JSON.stringify(Fuse.createIndex(FUSE_KEYS, documents).toJSON()),
  };
}

const FLEX_OPTIONS = {
  tokenize: 'forward' as const,
  encoder: Charset.LatinBalance,
  document: { id: 'id', index: PEER_FIELDS.map((field) => ({ field })) },
};

/** FlexSearch 0.8: an inverted index of forward tokens per field, ranked by position. */
export const flexsearch: Engine = {
  name: 'FlexSearch',
  config:
    "`Document` over the 7 text fields, `tokenize: 'forward'`, `encoder: Charset.LatinBalance`; typed and selections alike: `index.search(text, { suggest: true, limit })` with `limit` the number of tips (every result; it has no unlimited call), the per-field lists merged by weighted reciprocal rank with the same weights, inside the timed call",
  build: (kb) => {
    const index = new Document<DocumentData>(FLEX_OPTIONS);
    const documents = toSearchDocuments(kb);
    for (const document of documents) index.add(document as unknown as DocumentData);
    return wrapFlex(index, documents.length);
  },
  load: (kb, serialized) => {
    const index = new Document<DocumentData>(FLEX_OPTIONS);
    for (const [key, data] of JSON.parse(serialized) as [string, string][]) index.import(key, data);
    return wrapFlex(index, toSearchDocuments(kb).length);
  },
};

function wrapFlex(index: Document<DocumentData>, limit: number): EngineIndex {
  const search = (query: string): Ranking => {
    const ids = mergeFields(index.search(query, { limit, suggest: true }));
    return { ids: () => ids };
  };
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
 * tip's rank there. FlexSearch returns ranks, not scores, so ranks are all there is to merge.
 */
function mergeFields(perField: { field?: string; result: (string | number)[] }[]): string[] {
  const scores = new Map<string, number>();
  for (const { field, result } of perField) {
    const weight = BOOST[field as PeerField] ?? 1;
    result.forEach((id, rank) => scores.set(String(id), (scores.get(String(id)) ?? 0) + weight / (rank + 1)));
  }
  return [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** The three engines in the order of the tables. */
export const ENGINES: Engine[] = [weerbaar, fuse, flexsearch];
