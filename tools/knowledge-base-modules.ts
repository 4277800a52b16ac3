/** The Vite plugin that gives the extension its knowledge base; used by the build and by the unit tests. */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { packKnowledgeBase, packThesaurus } from './pack-knowledge-base';
import { recordSearchAnalysis } from './record-search-analysis';
import type { KnowledgeBase } from '../lib/schema';
import { assertValidKnowledgeBase, type SourceFile } from './validate-knowledge-base';
import { DATA_DIR, readKnowledgeBaseFiles } from './read-knowledge-base';

/**
 * The knowledge base for the extension, read once at build time from `data/`, which the
 * `build:before` hook has validated:
 * - `virtual:knowledge-base`: packed without what repeats (tools/pack-knowledge-base.ts);
 * - `virtual:search-analysis`: the analysis of every word, with which the panel builds its index at
 *   open without stemming the corpus (lib/search/analysis-table.ts);
 * - `virtual:thesaurus`: the thesaurus's labels and links, and the words writers use for each tip,
 *   which the panel loads after its first render (lib/unpack-knowledge-base.ts).
 *
 * `extraReports`: folders of reports outside `data/` that a build for the tests adds (see
 * `testBuild` in tools/read-knowledge-base.ts).
 */
export function knowledgeBaseModules({ extraReports = [] as readonly string[] } = {}): Plugin {
  const modules: Record<string, (kb: KnowledgeBase) => unknown> = {
    'virtual:knowledge-base': packKnowledgeBase,
    'virtual:search-analysis': recordSearchAnalysis,
    'virtual:thesaurus': packThesaurus,
  };
  return {
    name: 'weerbaar-knowledge-base',
    resolveId: (source) => (Object.hasOwn(modules, source) ? `\0${source}` : undefined),
    load(id) {
      const make =
        id.startsWith('\0') && Object.hasOwn(modules, id.slice(1)) ? modules[id.slice(1)] : undefined;
      if (!make) return undefined;
      // In `wxt` (dev), an edit to data/ rebuilds these modules.
      const files = readKnowledgeBaseFiles(DATA_DIR, extraReports);
      for (const file of [
        files.index,
        files.themes,
        ...files.thesaurus,
        ...(files.writers ? [files.writers] : []),
        ...files.reports.flatMap(Object.values),
      ]) {
        this.addWatchFile(join(DATA_DIR, '..', (file as SourceFile).path));
      }
      // An object literal: half a kilobyte smaller gzipped than `JSON.parse` of a string, which
      // escapes every quote, and no slower to open at this size (measured in headless Chromium).
      return `export default ${JSON.stringify(make(assertValidKnowledgeBase(files)))};`;
    },
  };
}
