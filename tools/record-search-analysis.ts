/** The analysis of every word of a knowledge base, recorded at build time to ship beside it. */
import { createAnalyzer } from '../lib/analysis/analyzer';
import type { KnowledgeBase } from '../lib/schema';
import { recordAnalysis, type AnalysisTable } from '../lib/search/analysis-table';
import { dutchVocabulary, reportTexts, toSearchDocuments } from '../lib/search/documents';

/** What `createSearch(kb, analysis)` reads instead of analysing the words of `kb` again. */
export function recordSearchAnalysis(kb: KnowledgeBase): AnalysisTable {
  return recordAnalysis(toSearchDocuments(kb), createAnalyzer(dutchVocabulary(kb)), reportTexts(kb));
}
