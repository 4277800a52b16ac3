/**
 * The search index: MiniSearch's index data, in MiniSearch's own shapes and its radix tree
 * (`SearchableMap`), built and read without the MiniSearch class, which the panel does not ship (see
 * DESIGN.md, "The index and its executor"). Invariant: `buildIndex` builds exactly what
 * `MiniSearch#addAll` builds, to the order of every map, so ties rank the same;
 * tests/unit/shipped-search.test.ts checks it against MiniSearch itself, at the pinned version.
 */
import SearchableMap from 'minisearch/SearchableMap';

/** Postings of one term: field id → document number → term frequency. */
export type FieldPostings = Map<number, Map<number, number>>;

export interface SearchIndex {
  /** Every index term with its postings, in MiniSearch's radix tree (for prefix and fuzzy lookups). */
  terms: SearchableMap<FieldPostings>;
  /** The indexed fields; a field's id is its position. */
  fields: readonly string[];
  /** The documents' ids; a document's number is its position. */
  documentIds: readonly string[];
  /** Per document, per field id: how many distinct words the field has (MiniSearch's field length). */
  fieldLengths: readonly (readonly number[])[];
  /** Per field id: the average field length, as MiniSearch's running average computes it. */
  averageFieldLength: readonly number[];
}

export interface IndexOptions {
  fields: readonly string[];
  /** The words of a field's text. */
  tokenize: (text: string, field: string) => string[];
  /** The index terms of a word of a field. */
  processTerm: (word: string, field: string) => string[];
}

export interface BuiltIndex {
  index: SearchIndex;
  /** In how many documents each term occurs, in any field. */
  documentFrequency: Map<string, number>;
}

/**
 * Indexes documents (each with a string `id`) as `MiniSearch#addAll` would with these options: one
 * pass over plain maps, then each term into the tree once, where `add` walks the tree for every word
 * of every field; the panel builds this index each time it opens (its time: bench/RESULTS.md). Terms,
 * fields and documents go in in the order `add` meets them, so the tree and every map iterate in its
 * order, and ties rank the same.
 */
export function buildIndex<T extends { id: string }>(
  documents: readonly T[],
  options: IndexOptions,
): BuiltIndex {
  const built: BuiltIndex = {
    index: {
      terms: new SearchableMap<FieldPostings>(),
      fields: options.fields,
      documentIds: documents.map((document) => document.id),
      fieldLengths: documents.map(() => []),
      averageFieldLength: [],
    },
    documentFrequency: new Map(),
  };
  indexFields(built, documents, options.fields, options);
  return built;
}

/**
 * Indexes `fields` of the documents of an index built with those fields empty (the panel's, before
 * its thesaurus comes in). Every posting, field length, average and document frequency (a document
 * counts once for a term, whatever fields hold it) is then what `buildIndex` gives with the fields
 * filled from the start, and so is every score of a term query. The new terms come last in the tree:
 * a concept's term (`conceptTerm`) shares no start with other terms, so only a query that names it
 * sees it; the writers' words do, and a prefix or typo meets them in the tree's order, so the search
 * adds them last wherever it is built (`createSearch`), for the same order everywhere.
 */
export function addFields(
  built: BuiltIndex,
  documents: readonly object[],
  fields: readonly string[],
  options: IndexOptions,
): void {
  indexFields(built, documents, fields, options);
}

/** Indexes `fields` (of `options.fields`) of every document, each new term into the tree once. */
function indexFields<T>(
  { index, documentFrequency }: BuiltIndex,
  documents: readonly T[],
  fields: readonly string[],
  { tokenize, processTerm }: IndexOptions,
): void {
  const postings = new Map<string, FieldPostings>();
  const fieldLengths = index.fieldLengths as number[][];
  const averageFieldLength = index.averageFieldLength as number[];
  const fieldIds = fields.map((field) => index.fields.indexOf(field));
  documents.forEach((document, number) => {
    const lengths = fieldLengths[number]!;
    const seen = new Set<string>();
    fields.forEach((field, i) => {
      const fieldId = fieldIds[i]!;
      const value = (document as Record<string, unknown>)[field];
      if (value == null) return;
      // Each distinct word once, with how often it occurs, in the order first met: the order in which
      // `add` meets its terms, and their frequencies are the same sums.
      const words = new Map<string, number>();
      for (const word of tokenize(String(value), field)) words.set(word, (words.get(word) ?? 0) + 1);
      const length = words.size;
      lengths[fieldId] = length;
      // MiniSearch's running average (`addFieldLength`), rounding included.
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * number + length) / (number + 1);
      for (const [word, count] of words) {
        for (const term of processTerm(word, field)) {
          let byField = postings.get(term);
          if (!byField) postings.set(term, (byField = index.terms.get(term) ?? new Map()));
          // A document counts once for a term, whichever of its fields hold it, this call's or those
          // indexed before (`addFields`).
          if (!seen.has(term)) {
            seen.add(term);
            let held = false;
            for (const documents of byField.values()) held ||= documents.has(number);
            if (!held) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
          }
          let frequencies = byField.get(fieldId);
          if (!frequencies) byField.set(fieldId, (frequencies = new Map()));
          frequencies.set(number, (frequencies.get(number) ?? 0) + count);
        }
      }
    });
  });
  for (const [term, byField] of postings) index.terms.set(term, byField);
}
