/**
 * The report's own text, searchable: the passages (paragraphs, list items, headings) that hold every
 * content word of a query, after the same analysis as the tips. What no tip quotes (a speaker's
 * introduction, "Heilige Boontjes", "Park Plaza") is found here; tips stay the first answer.
 */
import type { Analyzer } from '../analysis/analyzer';
import { tokenize } from '../analysis/tokenize';
import type { OpeningKnowledgeBase } from '../schema';
import type { Range } from './highlight';

/** A passage of a report that holds a query's words. */
export interface Passage {
  reportId: string;
  sectionId: string;
  /** The passage's place among its section's blocks. */
  block: number;
  text: string;
  /** The words of the query in the passage's text. */
  ranges: Range[];
}

/** A query of more content words than this is a passage of its own, not words to look up. */
const MAX_WORDS = 6;

interface IndexedBlock {
  reportId: string;
  sectionId: string;
  block: number;
  text: string;
  words: { start: number; end: number; terms: readonly string[] }[];
  terms: Set<string>;
}

/**
 * Makes the passage search of a knowledge base. The report's words are analysed on first use (or
 * `prepare`), not at the panel's open.
 */
export function createPassageSearch(kb: OpeningKnowledgeBase, analyzer: Analyzer) {
  let blocks: IndexedBlock[] | undefined;

  function index(): IndexedBlock[] {
    return kb.reports.flatMap(({ report, text }) =>
      text.sections.flatMap((section) =>
        section.blocks.map((block, i) => {
          const words = tokenize(block.text).map((token) => ({
            start: token.start,
            end: token.end,
            terms: analyzer.dutch(token.word),
          }));
          return {
            reportId: report.id,
            sectionId: section.id,
            block: i,
            text: block.text,
            words,
            terms: new Set(words.flatMap((word) => word.terms)),
          };
        }),
      ),
    );
  }

  /** The passages that hold every content word of `query`, most specific first, at most `limit`. */
  function search(query: string, limit = 5): Passage[] {
    const wanted = tokenize(query)
      .map((token) => analyzer.query(token.word))
      .filter((terms) => terms.length);
    if (!wanted.length || wanted.length > MAX_WORDS) return [];
    blocks ??= index();
    const found: { passage: Passage; rarity: number }[] = [];
    for (const block of blocks) {
      if (!wanted.every((terms) => terms.some((term) => block.terms.has(term)))) continue;
      const matched = new Set(wanted.flat());
      const ranges = block.words
        .filter((word) => word.terms.some((term) => matched.has(term)))
        .map((word): Range => [word.start, word.end]);
      const { reportId, sectionId, block: at, text } = block;
      found.push({
        passage: { reportId, sectionId, block: at, text, ranges },
        rarity: ranges.length / text.length,
      });
    }
    // A short passage that says the words often is more about them than a long one that says them once.
    return found
      .sort((a, b) => b.rarity - a.rarity)
      .slice(0, limit)
      .map(({ passage }) => passage);
  }

  return {
    search,
    /** Whether the reports' text holds any of these terms. */
    holds(terms: readonly string[]): boolean {
      blocks ??= index();
      return blocks.some((block) => terms.some((term) => block.terms.has(term)));
    },
    /** Analyses the report's words now, for an idle moment. */
    prepare() {
      blocks ??= index();
    },
  };
}
