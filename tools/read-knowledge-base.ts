/** Reads the knowledge base's JSON files from disk, for the build, the CLI tools and the tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import type { KnowledgeBase } from '../lib/schema';
import {
  assertValidKnowledgeBase,
  type KnowledgeBaseFiles,
  type SourceFile,
} from './validate-knowledge-base';

/** The checkout, and its `data/` folder. */
const ROOT = join(import.meta.dirname, '..');
export const DATA_DIR = join(ROOT, 'data');

/**
 * Reads every file that `data/reports/index.json` lists; a file that is not JSON throws, named.
 * `extraReports` are folders of reports that `data/` does not list (a test's own report, see
 * `testBuild`): they follow the listed ones, as if the index named them last.
 */
export function readKnowledgeBaseFiles(
  dataDir = DATA_DIR,
  extraReports: readonly string[] = [],
): KnowledgeBaseFiles {
  const read = (...parts: string[]): SourceFile => {
    const path = resolve(dataDir, ...parts);
    const shown = relative(join(dataDir, '..'), path);
    try {
      return { path: shown, data: JSON.parse(readFileSync(path, 'utf8')) };
    } catch (error) {
      throw new Error(`${shown}: ${(error as Error).message}`, { cause: error });
    }
  };
  const readReport = (...folder: string[]) => ({
    report: read(...folder, 'report.json'),
    text: read(...folder, 'text.json'),
    tips: read(...folder, 'tips.json'),
  });
  const listed = read('reports', 'index.json');
  const ids = (listed.data as { reports?: unknown }).reports;
  const listedIds: unknown[] = Array.isArray(ids) ? ids : [];
  const extra = extraReports.map((folder) => readReport(resolve(folder)));
  const reports = [...listedIds.map((id) => readReport('reports', String(id))), ...extra];
  // The index the validator checks the reports against: the listed ids, then each extra report's own.
  const index: SourceFile = extra.length
    ? {
        path: `${listed.path} and ${EXTRA_REPORTS}`,
        data: {
          ...(listed.data as object),
          reports: [...listedIds, ...extra.map(({ report }) => (report.data as { id?: unknown }).id)],
        },
      }
    : listed;
  // Every file of the thesaurus, in name order: which domain a concept is filed under changes nothing.
  const thesaurus = readdirSync(join(dataDir, 'thesaurus'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read('thesaurus', name));
  // The words writers use for each tip, where `data/` has them (learned: tools/learn-writers-words.ts).
  const writers = existsSync(join(dataDir, WRITERS_WORDS)) ? read(WRITERS_WORDS) : undefined;
  return { index, themes: read('themes.json'), thesaurus, reports, ...(writers && { writers }) };
}

/** The file of the words writers use for each tip, in `data/`. */
export const WRITERS_WORDS = 'writers-words.json';

/** Reads and validates the knowledge base (and `extraReports`); throws one error that lists every problem. */
export function loadKnowledgeBase(dataDir = DATA_DIR, extraReports: readonly string[] = []): KnowledgeBase {
  return assertValidKnowledgeBase(readKnowledgeBaseFiles(dataDir, extraReports));
}

/**
 * Names folders of reports, outside `data/`, that a build for the tests adds to the knowledge base
 * (separated like PATH): a small second report, so the tests see the panel with more than one.
 */
export const EXTRA_REPORTS = 'WEERBAAR_EXTRA_REPORTS';
/** Names the folder a build writes to instead of `.output/`, and the launcher tests from. */
export const OUTPUT_DIR = 'WEERBAAR_OUTPUT';

/** A build for the tests: the reports it adds, and the folder it writes to instead of `.output/`. */
export interface TestBuild {
  extraReports: string[];
  outDir: string;
}

/**
 * The build for the tests that the environment asks for, or `null` for the build that ships:
 * `WEERBAAR_EXTRA_REPORTS` adds reports only to a build into a folder of its own (`WEERBAAR_OUTPUT`),
 * never `.output/`, which `npm run build` and `zip` ship from. A test's report can never reach users,
 * not even with the variable left set in a shell; without it, `WEERBAAR_OUTPUT` names only what the
 * launcher tests (tools/browsers.ts) and every build writes `.output/`.
 */
export function testBuild(env: Readonly<Record<string, string | undefined>> = process.env): TestBuild | null {
  const folders = (env[EXTRA_REPORTS] ?? '').split(delimiter).filter(Boolean);
  if (!folders.length) return null;
  const output = env[OUTPUT_DIR];
  if (!output || resolve(ROOT, output) === resolve(ROOT, '.output')) {
    throw new Error(
      `${EXTRA_REPORTS} adds reports for the tests only: build them into a folder of their own with ` +
        `${OUTPUT_DIR}=<folder> (not .output/, which ships).`,
    );
  }
  return { extraReports: folders.map((folder) => resolve(ROOT, folder)), outDir: resolve(ROOT, output) };
}
