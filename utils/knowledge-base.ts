/**
 * The knowledge base as the extension ships it: the JSON of `data/`, validated and packed at build
 * time (see scripts/knowledge-base-modules.ts), unpacked here; it is not checked again. With it, the
 * analysis of its words that the build recorded, so that building its search analyses nothing anew.
 */
import { unpackKnowledgeBase } from '@/lib/unpack-knowledge-base';
import { createSearch, type Search } from '@/lib/search/create-search';
import type { KnowledgeBase } from '@/lib/schema';
import packed from 'virtual:knowledge-base';
import analysis from 'virtual:search-analysis';

export const knowledgeBase: KnowledgeBase = unpackKnowledgeBase(packed);

/**
 * Builds the search over the shipped knowledge base, from the recorded analysis: faster than
 * analysing every word again, and a tenth of the size of shipping the index itself (bench/RESULTS.md).
 */
export function createKnowledgeBaseSearch(): Search {
  return createSearch(knowledgeBase, analysis);
}
