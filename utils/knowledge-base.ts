/**
 * The knowledge base as the extension ships it: the JSON of `data/`, validated and packed at build
 * time (see tools/knowledge-base-modules.ts), unpacked here; it is not checked again. With it, the
 * analysis of its words that the build recorded, so that building its search analyses nothing anew.
 */
import { unpackKnowledgeBase, unpackThesaurus } from '@/lib/unpack-knowledge-base';
import { createSearch, type Search } from '@/lib/search/create-search';
import type { OpeningKnowledgeBase } from '@/lib/schema';
import type { Thesaurus } from '@/lib/search/concepts';
import packed from 'virtual:knowledge-base';
import analysis from 'virtual:search-analysis';

export const knowledgeBase: OpeningKnowledgeBase = unpackKnowledgeBase(packed);

/**
 * Builds the search over the shipped knowledge base from the analysis the build recorded: opening
 * the panel analyses no word again, and the panel ships that analysis rather than the index built
 * from it, which is larger (figures: bench/RESULTS.md).
 */
export function createKnowledgeBaseSearch(): Search {
  return createSearch(knowledgeBase, analysis);
}

/**
 * The thesaurus's labels, a chunk of its own that loads when first asked for: the panel asks after
 * its first render, so opening it waits for neither their bytes nor their analysis.
 */
export async function loadThesaurus(): Promise<Thesaurus> {
  return unpackThesaurus((await import('virtual:thesaurus')).default);
}
