/** Reads the knowledge base's JSON files from disk, for the build, the CLI tools and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { KnowledgeBase } from '../lib/schema';
import {
  assertValidKnowledgeBase,
  type KnowledgeBaseFiles,
  type SourceFile,
} from './validate-knowledge-base';

/** The `data/` folder of this checkout. */
export const DATA_DIR = join(import.meta.dirname, '..', 'data');

/** Reads every file that `data/reports/index.json` lists; a file that is not JSON throws, named. */
export function readKnowledgeBaseFiles(dataDir = DATA_DIR): KnowledgeBaseFiles {
  const read = (...parts: string[]): SourceFile => {
    const path = join(dataDir, ...parts);
    const shown = relative(join(dataDir, '..'), path);
    try {
      return { path: shown, data: JSON.parse(readFileSync(path, 'utf8')) };
    } catch (error) {
      throw new Error(`${shown}: ${(error as Error).message}`, { cause: error });
    }
  };
  const index = read('reports', 'index.json');
  const ids = (index.data as { reports?: unknown }).reports;
  const reports = (Array.isArray(ids) ? ids : []).map((id) => ({
    report: read('reports', String(id), 'report.json'),
    text: read('reports', String(id), 'text.json'),
    tips: read('reports', String(id), 'tips.json'),
  }));
  // Every file of the thesaurus, in name order: which domain a concept is filed under changes nothing.
  const thesaurus = readdirSync(join(dataDir, 'thesaurus'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read('thesaurus', name));
  return { index, themes: read('themes.json'), thesaurus, reports };
}

/** Reads and validates the knowledge base; throws one error that lists every problem. */
export function loadKnowledgeBase(dataDir = DATA_DIR): KnowledgeBase {
  return assertValidKnowledgeBase(readKnowledgeBaseFiles(dataDir));
}
