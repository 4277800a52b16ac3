/**
 * The search of the knowledge base, on MiniSearch, used alike by the side panel, the background
 * (context menu, address bar) and the command-line lookup. See DESIGN.md beside this file.
 */
import type { AsPlainObject } from 'minisearch';
import { createAnalyzer, type Analyzer } from '../analysis/analyzer';
import { fold } from '../analysis/fold';
import { stemDutch } from '../analysis/stem';
import { tokenize, words, type Token } from '../analysis/tokenize';
import { passesFilter, type TipFilter } from '../filter-tips';
import type { KnowledgeBase, Tip } from '../schema';
import { readAnalysis, recordAnalysis, type AnalysisTable } from './analysis-table';
import { dutchVocabulary, FIELDS, toSearchDocuments } from './documents';
import { buildIndex, loadIndex, serializeIndex, type IndexOptions, type SearchIndex } from './build-index';
import { createQueryExecutor } from './execute-query';
import { analyseWords, highlightAnalysed, highlightWords, type AnalysedWord, type Range } from './highlight';
import { pickSelectionTerms } from './pick-selection-terms';

export type { TipFilter };

export interface SearchOptions {
  /** The most results to return. Default: all that match. */
  limit?: number;
  /** Only tips that pass this filter. Default: none. */
  filter?: TipFilter;
}

/** Where a tip's texts hold the matched words, as ranges of UTF-16 offsets into each text. */
export interface Highlights {
  title: Range[];
  summary: Range[];
  quote: Range[];
  enTitle: Range[];
  enSummary: Range[];
}

export interface SearchResult {
  tip: Tip;
  /** BM25+ score: higher is better; comparable within one search only. */
  score: number;
  /** The index terms (stems) of the tip that matched, for highlighting elsewhere. */
  terms: string[];
  /** Where the matched words stand in the tip's texts. */
  highlights: Highlights;
}

export interface Search {
  /** Every tip, in report order. */
  readonly tips: readonly Tip[];
  /** The tip with this id, if any. */
  tip(id: string): Tip | undefined;
  /**
   * Searches for what the user types: every word counts, the last one as a prefix while it is
   * being typed, longer words with typo tolerance. An empty query finds nothing.
   */
  search(query: string, options?: SearchOptions): SearchResult[];
  /**
   * Looks up a selected passage, from one word to a whole page. Short selections behave like a
   * typed query; long ones are matched by their most distinctive terms (TF-IDF against the tips).
   */
  lookupSelection(text: string, options?: SearchOptions): SearchResult[];
  /** Ranges of the words of `text` that match `terms`, for highlighting any text the same way. */
  highlight(text: string, terms: readonly string[], language?: 'nl' | 'en'): Range[];
  /** The built index in MiniSearch's serialised form, which `loadSearch` reads (the benchmark times it). */
  toJSON(): SerializedSearch;
  /**
   * Does now what the first word the tips do not hold would otherwise wait for (the compound
   * splitter learning the corpus's words): for an idle moment after the panel has opened.
   */
  prepare(): void;
}

export interface SerializedSearch {
  /** MiniSearch's serialised form (`MiniSearch#toJSON`). */
  index: AsPlainObject;
  documentFrequency: [string, number][];
}

/** Selections with at most this many content words are matched like a typed query. */
const SHORT_SELECTION = 8;
/** A typed query of more words than this is matched like a selection (a pasted sentence). */
const LONG_QUERY = 12;
/** The distinctive terms a long selection is matched by. */
const SELECTION_TERMS = 24;
/** Beyond this, a selection is cut: a page of text says what it is about well before. */
const MAX_SELECTION_CHARS = 20_000;
/**
 * A long selection shares a word or two with almost every tip: results scoring under this share of
 * the best one are that long tail, not advice for the passage.
 */
const SELECTION_FLOOR = 0.1;
/** The shortest known start of an unknown word that still says something (`bewoner`, `politie`). */
const MIN_KNOWN_START = 5;
/** Field weights: a match in the title says most about a tip, one in the theme synonyms least. */
export const BOOST: Record<(typeof FIELDS)[number], number> = {
  title: 3,
  summary: 2,
  quote: 1.2,
  context: 1.5,
  mainTheme: 1.2,
  themes: 0.6,
  english: 1.5,
};

/**
 * Builds the search over a knowledge base. With `analysis`, the table the build recorded for this
 * knowledge base (`recordSearchAnalysis`), its words are not analysed again: the same index, faster.
 */
export function createSearch(kb: KnowledgeBase, analysis?: AnalysisTable): Search {
  const documents = toSearchDocuments(kb);
  const known = analysis && readAnalysis(analysis, documents);
  const analyzer = createAnalyzer(dutchVocabulary(kb), known);
  const { index, documentFrequency } = buildIndex(documents, indexOptions(analyzer));
  return wrap(kb, analyzer, index, documentFrequency);
}

/** The analysis of every word of the knowledge base, to ship beside it for `createSearch`. */
export function recordSearchAnalysis(kb: KnowledgeBase): AnalysisTable {
  return recordAnalysis(toSearchDocuments(kb), createAnalyzer(dutchVocabulary(kb)));
}

/** Loads a search built by `createSearch(kb).toJSON()` for the same knowledge base. */
export function loadSearch(kb: KnowledgeBase, serialized: SerializedSearch): Search {
  const analyzer = createAnalyzer(dutchVocabulary(kb));
  return wrap(kb, analyzer, loadIndex(serialized.index), new Map(serialized.documentFrequency));
}

/** How the index is built: its fields, and the words and terms of their texts. */
function indexOptions(analyzer: Analyzer): IndexOptions {
  return {
    fields: FIELDS,
    tokenize: words,
    processTerm: (word, field) => analyzeField(analyzer, word, field),
  };
}

/** The index terms of a word of a field: the English field is analysed as English. */
function analyzeField(analyzer: Analyzer, word: string, field: string): string[] {
  return field === 'english' ? analyzer.english(word) : analyzer.dutch(word);
}

/** One word of the query: its terms, searched as a group with the word's prefix and typo settings. */
interface TermGroup {
  terms: string[];
  /** Prefix search for the word's own stem (the first term), while the user is still typing it. */
  prefix: boolean;
  /** Typo tolerance, per term by its length. */
  fuzzy: boolean;
  weight: number;
}

/** Edits allowed in a term: none in short ones, where a typo would be another word (wijk, bij, zij). */
function fuzziness(term: string): number | false {
  return term.length >= 10 ? 2 : term.length >= 5 ? 1 : false;
}

function wrap(
  kb: KnowledgeBase,
  analyzer: Analyzer,
  index: SearchIndex,
  documentFrequency: Map<string, number>,
): Search {
  const tips = kb.reports.flatMap((report) => report.tips);
  const tipsById = new Map(tips.map((tip) => [tip.id, tip]));
  const execute = createQueryExecutor(index, BOOST);

  function highlight(text: string, terms: readonly string[], language: 'nl' | 'en' = 'nl'): Range[] {
    return highlightWords(text, new Set(terms), language === 'en' ? analyzer.english : analyzer.dutch);
  }

  /** `floor`: drop results scoring below this share of the best (selections match a long tail). */
  function run(groups: TermGroup[], options: SearchOptions, floor = 0): SearchResult[] {
    if (!groups.length) return [];
    const weights = new Map<string, number>();
    for (const group of groups) {
      for (const term of group.terms) weights.set(term, Math.max(weights.get(term) ?? 0, group.weight));
    }
    // The query MiniSearch would run as `{ combineWith: 'OR', queries: groups.map(…) }`, one term
    // query per term, run by the executor that ranks exactly as `index.search` (execute-query.ts).
    const { filter } = options;
    const found = execute(
      groups.map((group) =>
        group.terms.map((term) => ({
          term,
          prefix: group.prefix && term === group.terms[0],
          fuzzy: group.fuzzy && fuzziness(term),
          boost: weights.get(term) ?? 1,
        })),
      ),
      {
        accept: filter ? (id) => passesFilter(tipsById.get(id)!, filter) : undefined,
        limit: options.limit,
      },
    );
    const threshold = (found[0]?.score ?? 0) * floor;
    return found.flatMap((result) => {
      const tip = tipsById.get(result.id);
      if (!tip || result.score < threshold) return [];
      const terms = result.terms;
      return [{ tip, score: result.score, terms, highlights: highlightTip(tip, terms) }];
    });
  }

  // The texts of a tip, analysed when it is first among the results and kept: every keystroke
  // highlights its results, and analysing their texts anew was a third of a search on 48 tips.
  const analysedTips = new Map<Tip, Record<keyof Highlights, AnalysedWord[]>>();

  function highlightTip(tip: Tip, terms: string[]): Highlights {
    let words = analysedTips.get(tip);
    if (!words) {
      words = {
        title: analyseWords(tip.title, analyzer.dutch),
        summary: analyseWords(tip.summary, analyzer.dutch),
        quote: analyseWords(tip.quote, analyzer.dutch),
        enTitle: analyseWords(tip.en.title, analyzer.english),
        enSummary: analyseWords(tip.en.summary, analyzer.english),
      };
      analysedTips.set(tip, words);
    }
    const matched = new Set(terms);
    return {
      title: highlightAnalysed(words.title, matched),
      summary: highlightAnalysed(words.summary, matched),
      quote: highlightAnalysed(words.quote, matched),
      enTitle: highlightAnalysed(words.enTitle, matched),
      enSummary: highlightAnalysed(words.enSummary, matched),
    };
  }

  /**
   * One group per word; a query of stop words alone (`zelf`, `niet`) is searched for as it is. Two
   * words in a row that the tips write as one (`politie opleiding`) also count as that compound, and
   * a compound the tips do not use (`jeugdagent`) is searched for by its parts.
   */
  function wordGroups(tokens: Token[], stillTyping: boolean): TermGroup[] {
    const content = tokens.map((token) => analyzer.query(token.word));
    const useAll = content.every((terms) => !terms.length);
    const groups: TermGroup[] = [];
    tokens.forEach((token, i) => {
      let terms = useAll ? analyzer.dutch(token.word) : content[i]!;
      if (!terms.length) return;
      // A compound the tips use as such is searched as itself; only an unknown one by its parts.
      if (documentFrequency.has(terms[0]!)) {
        const parts = new Set(analyzer.parts(token.word));
        terms = terms.filter((term, j) => j === 0 || !parts.has(term));
      }
      const last = i === tokens.length - 1;
      const prefix = stillTyping && last;
      groups.push({ terms, prefix, fuzzy: true, weight: 1 });
      // A word the tips do not hold and that splits into nothing known may still start with a word
      // they do: `bewonersavond` is about bewoners, `verantwoordelijkheit` (sic) about verantwoordelijk.
      if (!documentFrequency.has(terms[0]!) && !analyzer.parts(token.word).length) {
        const start = knownStart(token.word);
        if (start) groups.push({ terms: [start], prefix: false, fuzzy: false, weight: 0.5 });
      }
      const next = tokens[i + 1];
      if (next && content[i + 1]!.length) {
        const compound = analyzer.dutch(token.word + next.word)[0]!;
        if (documentFrequency.has(compound))
          groups.push({ terms: [compound], prefix: false, fuzzy: false, weight: 1 });
      }
    });
    return groups;
  }

  /** The stem of the longest start of `word`, at least half of it, that the tips hold. */
  function knownStart(word: string): string | undefined {
    const folded = fold(word);
    for (let end = folded.length - 1; end >= Math.max(MIN_KNOWN_START, folded.length / 2); end--) {
      const stem = stemDutch(folded.slice(0, end)).find((candidate) => documentFrequency.has(candidate));
      if (stem && !analyzer.isStopword(stem)) return stem;
    }
    return undefined;
  }

  function selectionGroups(tokens: Token[]): TermGroup[] {
    return pickSelectionTerms(tokens, analyzer, documentFrequency, tips.length, SELECTION_TERMS).map(
      ({ term, weight }) => ({ terms: [term], prefix: false, fuzzy: false, weight }),
    );
  }

  function contentWords(tokens: Token[]): number {
    return tokens.filter((token) => !analyzer.isStopword(token.word)).length;
  }

  return {
    tips,
    tip: (id) => tipsById.get(id),
    highlight,
    search(query, options = {}) {
      const text = query.slice(0, MAX_SELECTION_CHARS);
      const tokens = tokenize(text);
      if (contentWords(tokens) > LONG_QUERY) return run(selectionGroups(tokens), options, SELECTION_FLOOR);
      return run(wordGroups(tokens, !/\s$/u.test(text)), options);
    },
    lookupSelection(text, options = {}) {
      const tokens = tokenize(text.slice(0, MAX_SELECTION_CHARS));
      if (contentWords(tokens) <= SHORT_SELECTION) return run(wordGroups(tokens, false), options);
      return run(selectionGroups(tokens), options, SELECTION_FLOOR);
    },
    toJSON: () => ({ index: serializeIndex(index), documentFrequency: [...documentFrequency] }),
    prepare: analyzer.prepare,
  };
}
