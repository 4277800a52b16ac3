/**
 * The search index in MiniSearch's serialised form (`MiniSearch#toJSON`), and back: for the tests,
 * which check the index against MiniSearch's own, and the benchmark, which times loading a prebuilt
 * index against building one. The extension ships no serialised index (lib/search/DESIGN.md).
 */
import type { AsPlainObject } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { createAnalyzer } from '../lib/analysis/analyzer';
import type { FieldPostings, SearchIndex } from '../lib/search/build-index';
import { searchOverIndex, type Search } from '../lib/search/create-search';
import { dutchVocabulary } from '../lib/search/documents';
import type { OpeningKnowledgeBase } from '../lib/schema';

/** A search's index as JSON: MiniSearch's serialised form and each term's document frequency. */
export interface SerializedSearch {
  index: AsPlainObject;
  documentFrequency: [string, number][];
}

/** The index of a search, serialised. */
export function serializeSearch(search: Search): SerializedSearch {
  return { index: serializeIndex(search.index), documentFrequency: [...search.documentFrequency] };
}

/** Loads a search serialised by `serializeSearch` for the same knowledge base. */
export function loadSearch(kb: OpeningKnowledgeBase, serialized: SerializedSearch): Search {
  const analyzer = createAnalyzer(dutchVocabulary(kb));
  return searchOverIndex(kb, analyzer, loadIndex(serialized.index), new Map(serialized.documentFrequency));
}

/** The index in MiniSearch's serialised form: what `MiniSearch#toJSON` gives for the same index. */
export function serializeIndex(index: SearchIndex): AsPlainObject {
  const { documentIds, fields, fieldLengths } = index;
  return {
    documentCount: documentIds.length,
    nextId: documentIds.length,
    documentIds: Object.fromEntries(documentIds.entries()),
    fieldIds: Object.fromEntries(fields.map((field, fieldId) => [field, fieldId])),
    fieldLength: Object.fromEntries(fieldLengths.map((lengths, number) => [number, [...lengths]])),
    averageFieldLength: [...index.averageFieldLength],
    storedFields: {},
    dirtCount: 0,
    index: [...index.terms].map(([term, byField]) => [
      term,
      Object.fromEntries(
        [...byField].map(([fieldId, frequencies]) => [fieldId, Object.fromEntries(frequencies)]),
      ),
    ]),
    serializationVersion: 2,
  };
}

/**
 * Reads an index serialised by `serializeIndex` (or by `MiniSearch#toJSON`, with no removed
 * documents) into the very tree it was: the tree lists a node's branches last-made first, so the
 * terms go back in in reverse, and equal scores keep their order (MiniSearch's `loadJS` does not).
 */
export function loadIndex(json: AsPlainObject): SearchIndex {
  const numbered = <V>(object: Record<string, V>) =>
    Object.entries(object).map(([key, value]) => [Number(key), value] as const);
  const terms = new SearchableMap<FieldPostings>();
  for (const [term, byField] of json.index.toReversed()) {
    terms.set(term, new Map(numbered(byField).map(([fieldId, docs]) => [fieldId, new Map(numbered(docs))])));
  }
  const fields: string[] = [];
  for (const [field, fieldId] of Object.entries(json.fieldIds)) fields[fieldId] = field;
  const documentIds: string[] = [];
  for (const [number, id] of numbered(json.documentIds)) documentIds[number] = String(id);
  const fieldLengths: number[][] = [];
  for (const [number, lengths] of numbered(json.fieldLength)) fieldLengths[number] = lengths;
  return { terms, fields, documentIds, fieldLengths, averageFieldLength: json.averageFieldLength };
}
