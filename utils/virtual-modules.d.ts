/** The knowledge base, packed at build time (`knowledgeBaseModules` in wxt.config.ts). */
declare module 'virtual:knowledge-base' {
  import type { PackedKnowledgeBase } from '@/lib/unpack-knowledge-base';
  const packed: PackedKnowledgeBase;
  export default packed;
}

/** The analysis of the knowledge base's words, recorded at build time (same plugin). */
declare module 'virtual:search-analysis' {
  import type { AnalysisTable } from '@/lib/search/analysis-table';
  const analysis: AnalysisTable;
  export default analysis;
}

/** The thesaurus's labels and links and the writers' words, packed at build time (same plugin): loaded after the first render. */
declare module 'virtual:thesaurus' {
  import type { PackedThesaurus } from '@/lib/unpack-knowledge-base';
  const thesaurus: PackedThesaurus;
  export default thesaurus;
}
