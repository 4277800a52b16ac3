/**
 * The search of the knowledge base, on MiniSearch, used alike by the side panel, the background
 * (context menu, address bar) and the command-line lookup. See DESIGN.md beside this file.
 */
import { createAnalyzer, type Analyzer, type WordAnalysis } from '../analysis/analyzer';
import { fold } from '../analysis/fold';
import { DUTCH_FUNCTION_WORDS } from '../analysis/stopwords';
import { tokenize, words } from '../analysis/tokenize';
import { passesFilter, type TipFilter } from '../filter-tips';
import type { Language } from '../i18n';
import type { Concept, ConceptLinks, OpeningKnowledgeBase, Tip, TipKind } from '../schema';
import { readAnalysis, type AnalysisTable } from './analysis-table';
import {
  CONCEPT_FIELDS,
  conceptFields,
  WRITER_FIELDS,
  writersFields,
  dutchVocabulary,
  FIELDS,
  reportTexts,
  toSearchDocuments,
  type Field,
} from './documents';
import { conceptOfTerm, conceptTerm, createConceptMatcher, type Thesaurus } from './concepts';
import { addFields, buildIndex, type IndexOptions, type SearchIndex } from './build-index';
import { createQueryExecutor, type Matches } from './execute-query';
import {
  analyseWords,
  highlightAnalysed,
  highlightWords,
  mergeRanges,
  type AnalysedWord,
  type Range,
} from './highlight';
import { createQueryPlanner, fuzziness, isStillTyping, type Plan } from './plan-query';
import { createPassageSearch, type Passage } from './report-passages';
import { clausesOf } from './split-draft';

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

/** A concept of the thesaurus through which a tip matched, and the words of the input that named it. */
export interface ConceptVia {
  concept: Concept;
  /** The input's words that are the concept's label, as the user wrote them. */
  text: string;
  /** Where those words stand in the input (UTF-16 offsets). */
  range: Range;
}

export interface SearchResult {
  tip: Tip;
  /**
   * BM25+ score: higher is better; comparable within one search only. For a typed query or a
   * selection the sum of its matches times `coordination` (MiniSearch's score, but for the answers of
   * a specific concept the input names); for a draft's parts (`lookupSelections`) the sum alone. Both
   * weighed by the tip's kind (`KIND_WEIGHT`).
   */
  score: number;
  /**
   * How many distinct query terms it met: the input's stems, the parts of its compounds, the
   * concepts it names and the other forms the plan asks for, not its words. MiniSearch multiplies the
   * sum of the matches by it.
   */
  met: number;
  /**
   * What a coordinated ranking multiplies the sum of its matches by: `met`, and more for an answer of
   * a specific concept the input names (`ANSWER_COORDINATION`). A typed query's or a selection's
   * `score` is that product; a draft's merged list orders a part's tips by `score * coordination`
   * (lib/search/DESIGN.md).
   */
  coordination: number;
  /** The index terms (stems) of the tip that matched, for highlighting elsewhere. */
  terms: string[];
  /** Where the matched words stand in the tip's texts: the words the tip shares with the input. */
  highlights: Highlights;
  /** The concepts through which it matched; empty when it matched on words alone. */
  via: ConceptVia[];
  /**
   * The words writers use for it (`KnowledgeBase#writers`) that the input met, as a typo, a prefix or
   * as they are, and that none of its own texts holds: as writers write them, each once.
   */
  writersWords: string[];
}

/** A word of the input that the reports do not use, nor the thesaurus as a way into them. */
export interface MissingWord {
  /** As the user wrote it. */
  word: string;
  /** Concepts near it that do lead to advice: where the thesaurus knows the word but the reports do not. */
  related: Concept[];
}

/** What a search found, and what it could not. */
export interface SearchOutcome {
  /**
   * Every tip that matched, best first: the strong results, then the weak tail. The weak tail is
   * ranked when this is first read: in a large corpus it holds thousands, which a panel that folds
   * it away never shows (`strongResults` and `count` are known without it).
   */
  readonly results: SearchResult[];
  /** The strong results: `results.slice(0, strong)`, ranked at once. */
  readonly strongResults: SearchResult[];
  /**
   * How many of the first results are strong matches: the rest are the weak tail, which the panel
   * folds away. Never 0 when there are results.
   */
  readonly strong: number;
  /** How many results there are: `results.length`. */
  readonly count: number;
  /** The tips of `results`, in no particular order: known without ranking the weak tail. */
  readonly tips: Tip[];
  /** The input's content words that lead to nothing in the knowledge base, in input order. */
  readonly missing: MissingWord[];
  /** The concepts the input names, in input order. */
  readonly concepts: Concept[];
  /**
   * Where the input holds what the strong results matched: its distinctive words and the labels of
   * the concepts they came through, in order (UTF-16 offsets). Function words and words most tips
   * share (`zien`, `komen`) are not marked: they say nothing about why.
   */
  readonly marks: Range[];
  /**
   * The same for each of some of its results, one list each, from their matched terms (`terms`, read
   * now if not yet), not yet joined where they touch: a draft's part marks what the tips it shows
   * matched, chosen once every part has run, not what the strong results it passed over did.
   */
  marksEach(results: readonly SearchResult[]): Range[][];
}

export interface Search {
  /** Every tip, in report order. */
  readonly tips: readonly Tip[];
  /** The tip with this id, if any. */
  tip(id: string): Tip | undefined;
  /**
   * Searches for what the user types: every word counts, the last one as a prefix while it is
   * being typed, longer words with typo tolerance, the thesaurus's labels as phrases. An empty query
   * finds nothing.
   */
  search(query: string, options?: SearchOptions): SearchOutcome;
  /**
   * Looks up a selected passage, from one word to a whole page. Short selections behave like a
   * typed query; long ones are matched by their most distinctive terms (TF-IDF against the tips).
   */
  lookupSelection(text: string, options?: SearchOptions): SearchOutcome;
  /**
   * Looks up each of several passages (a draft's parts) as `lookupSelection` does, but each ranked
   * by the sum of a tip's matches, not that many times the terms it met: in a part about two
   * subjects, the tip that answers one of them outranks the one that shares a common word with both
   * (lib/search/DESIGN.md).
   */
  lookupSelections(texts: readonly string[], options?: SearchOptions): SearchOutcome[];
  /**
   * The passages of the reports' own text that hold every content word of a typed query, for what
   * no tip quotes: tips stay the first answer.
   */
  passages(query: string, limit?: number): Passage[];
  /** Ranges of the words of `text` that match `terms`, for highlighting any text the same way. */
  highlight(text: string, terms: readonly string[], language?: Language): Range[];
  /**
   * Gives the search the thesaurus, for a knowledge base it was created without (the panel loads it
   * after its first render): its labels, what its concepts lead to where the knowledge base did not
   * have that either, and the words writers use for each tip where it had none. Until then, queries
   * match on the report's words alone. Called again, it indexes what it did not have before: the
   * panel gives it the writers' words in a task of their own.
   */
  useThesaurus(thesaurus: Thesaurus): void;
  /**
   * Whether `text` names a concept of the thesaurus (a label, or the start of one being typed). (Not
   * whether the thesaurus changes what a search of it finds: the writers' words that come with it
   * may change that for any word.)
   */
  namesConcept(text: string): boolean;
  /**
   * How many concepts of the thesaurus lead to the tip with this id itself (0 until the search has
   * the thesaurus): a tip many lead to is found by the common subjects of many texts.
   */
  conceptsLeadingTo(id: string): number;
  /** The index the search runs over (tools/serialized-search.ts writes and reads it). */
  readonly index: SearchIndex;
  /** In how many tips each index term occurs. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /**
   * Does now what the first word the tips do not hold would otherwise wait for (the compound
   * splitter learning the corpus's words, the thesaurus's labels being analysed): for an idle
   * moment after the panel has opened.
   */
  prepare(): void;
}

/** How a search ranks what it finds (`run` in `searchOverIndex`). */
type Ranking = 'coordinated' | 'summed';

/**
 * In a draft's part (the `summed` ranking), what a word's matches in a tip's fields other than its
 * best one count for: a common word that a tip has in its title, summary, quote and concepts is one
 * word of the part, not four (DESIGN.md, "Drafts").
 */
const OTHER_FIELDS = 0.3;

/** Beyond this, a selection is cut: a page of text says what it is about well before. */
export const MAX_SELECTION_CHARS = 20_000;
/**
 * Results scoring at least this share of the best are strong; the rest are the weak tail. BM25 scores
 * are comparable within one search only, so the cut is relative to the best (DESIGN.md, "Precision").
 */
const STRONG_SHARE = 0.4;
/**
 * An announcement (the next meeting) is about its subject only in passing: its score counts this
 * much, so advice on the subject ranks above it.
 */
const KIND_WEIGHT: Readonly<Partial<Record<TipKind, number>>> = { announcement: 0.5 };
/**
 * A concept that leads to at least one and at most this many tips of its own (its themes aside) is
 * specific: those tips are its answers. A query that names one is about it (DESIGN.md, "Concepts"):
 * otherwise one rare label loses to a tip that shares three common words with the rest of the query
 * (`transparant zijn over wat de gemeente niet kan`).
 */
const SPECIFIC_CONCEPT_TIPS = 4;
/**
 * How many more of the query's terms an answer of a specific concept the query names counts, in the
 * coordination, as having met: shared among the specific concepts it names, and once for a tip that
 * answers two of them.
 */
export const ANSWER_COORDINATION = 5;
/**
 * How many more terms a concept's first tip (the thesaurus lists a concept's tips most relevant
 * first: data/README.md) counts as having met, for each concept the query names: the concept's main
 * answer before the tips that share more of the query's common words.
 */
export const PRIMARY_COORDINATION = 1;
/** A word that more than this share of the tips hold says little about why a result matched. */
const COMMON_SHARE = 0.25;
/**
 * Field weights: a match in the title says most about a tip, one through a concept of its other
 * themes least. A concept that leads to the tip itself weighs as a summary word would, so that a
 * concept match ranks below a direct match of the same word in the title or summary. A word that
 * writers use for the tip (`writers`, learned from labelled drafts: DESIGN.md, "Writers' words")
 * weighs as a summary word too: the field's words for what the tip says, not the tip's own.
 */
export const BOOST: Record<Field, number> = {
  title: 3,
  summary: 2,
  quote: 1.2,
  context: 1.5,
  mainTheme: 1.2,
  themes: 0.6,
  english: 1.5,
  concepts: 2.5,
  conceptMainTheme: 1.2,
  conceptThemes: 0.6,
  writers: 2,
};

/**
 * Builds the search over a knowledge base. With `analysis`, the table the build recorded for this
 * knowledge base (tools/record-search-analysis.ts), its words are not analysed again: the same index, faster.
 */
export function createSearch(kb: OpeningKnowledgeBase, analysis?: AnalysisTable): Search {
  const documents = toSearchDocuments(kb);
  const known = analysis && readAnalysis(analysis, documents, reportTexts(kb));
  const analyzer = createAnalyzer(dutchVocabulary(kb), known);
  const built = buildIndex(documents, indexOptions(analyzer));
  // Last, as the panel adds it when the thesaurus comes: the same tree, in the same order.
  if (kb.writers) addFields(built, writersFields(kb, kb.writers), WRITER_FIELDS, indexOptions(analyzer));
  return searchOverIndex(kb, analyzer, built.index, built.documentFrequency);
}

/** How the index is built: its fields, and the words and terms of their texts. */
function indexOptions(analyzer: Analyzer): IndexOptions {
  return {
    fields: FIELDS,
    // The writers' words are index terms already, one space between them (`~` is a stem's mark).
    tokenize: (text, field) => (isWritersField(field) ? text.split(' ').filter(Boolean) : words(text)),
    processTerm: (word, field) => analyzeField(analyzer, word, field),
  };
}

/** The index terms of a word of a field: English is analysed as English, a concept id is its term. */
function analyzeField(analyzer: Analyzer, word: string, field: string): string[] {
  if (field === 'english') return analyzer.english(word);
  if ((CONCEPT_FIELDS as readonly string[]).includes(field)) return [conceptTerm(word)];
  if (isWritersField(field)) return [word];
  return analyzer.dutch(word);
}

/** Whether a field holds the words writers use for a tip, index terms already (`WRITER_FIELDS`). */
function isWritersField(field: string): boolean {
  return (WRITER_FIELDS as readonly string[]).includes(field);
}

/** Whether a concept of the knowledge base came with its labels (`OpeningKnowledgeBase`). */
function hasLabels(concept: ConceptLinks): concept is Concept {
  return 'prefLabel' in concept;
}

/**
 * What `Outcome` works out only when first read (`results`, `missing`, `marks`) or each time (`tips`,
 * `concepts`, `marksEach`).
 */
interface Later {
  results(): SearchResult[];
  tips(): Tip[];
  missing(): MissingWord[];
  concepts(): Concept[];
  marks(results: readonly SearchResult[]): Range[];
  marksEach(results: readonly SearchResult[]): Range[][];
}

/**
 * A `Later` as every outcome has it: made by one object literal, so they all have one shape, and code
 * that reads them, optimised for that shape, is not thrown away when an input without a word to
 * search for (a part of a draft that is all numbers, say) brings another (DESIGN.md, "Drafts").
 */
function later({ results, tips, missing, concepts, marks, marksEach }: Later): Later {
  return { results, tips, missing, concepts, marks, marksEach };
}

/** No concept: what an outcome without a term to search for names. */
const NONE_NAMED: ReadonlyMap<string, ConceptVia> = new Map();

/**
 * The concepts an input names, in its order: in an array pushed, not mapped, so that every outcome's
 * comes in one shape, with concepts or without (`later`).
 */
function namedConcepts(via: ReadonlyMap<string, ConceptVia>): Concept[] {
  const concepts: Concept[] = [];
  for (const { concept } of via.values()) concepts.push(concept);
  return concepts;
}

/**
 * What a search found, the rest worked out when read. A class, not an object literal with getters:
 * V8 makes each getter of such a literal an accessor pair in the old generation, which points at the
 * getter's closure and through it at the search's working data (its plan, matches, scores); a
 * young-generation collection keeps all that alive until the next full one. A draft's parts, looked
 * up one after the other, were all copied and promoted so: 2.5 MB a draft (DESIGN.md, "Drafts").
 */
class Outcome implements SearchOutcome {
  readonly strong: number;
  readonly #later: Later;
  #results?: SearchResult[];
  #missing?: MissingWord[];
  #marks?: Range[];

  constructor(
    readonly strongResults: SearchResult[],
    readonly count: number,
    later: Later,
  ) {
    this.strong = strongResults.length;
    this.#later = later;
  }

  get results(): SearchResult[] {
    return (this.#results ??= this.#later.results());
  }

  get tips(): Tip[] {
    return this.#later.tips();
  }

  get missing(): MissingWord[] {
    return (this.#missing ??= this.#later.missing());
  }

  get concepts(): Concept[] {
    return this.#later.concepts();
  }

  get marks(): Range[] {
    return (this.#marks ??= this.#later.marks(this.strongResults));
  }

  marksEach(results: readonly SearchResult[]): Range[][] {
    return this.#later.marksEach(results);
  }
}

/**
 * The search over a built index: query planning, ranking, the cut-off, highlights and reasons. For
 * `createSearch`, and for a prebuilt index (tools/serialized-search.ts).
 */
export function searchOverIndex(
  kb: OpeningKnowledgeBase,
  analyzer: Analyzer,
  index: SearchIndex,
  documentFrequency: Map<string, number>,
): Search {
  const tips = kb.reports.flatMap((report) => report.tips);
  const tipsById = new Map(tips.map((tip) => [tip.id, tip]));
  let execute = createQueryExecutor(index, BOOST);
  let concepts = createConceptMatcher(kb.concepts.filter(hasLabels), analyzer);
  // The concept fields are indexed with the first concepts the search gets: the knowledge base's, or
  // else (the panel's, which opens without them) the thesaurus's.
  let conceptsIndexed = kb.concepts.length > 0;
  // The same for the words writers use for each tip, which come with the thesaurus.
  let writersIndexed = kb.writers !== undefined;
  // The concepts the matcher was made for: the panel gives the thesaurus twice (its writers' words in
  // a task of their own), and a matcher made again would read its labels again.
  let matched: readonly Concept[] | undefined;
  const reportText = createPassageSearch(kb, analyzer);
  // A concept's own tips, as the index has them: the documents whose `concepts` field holds its term.
  const ownConcepts = index.fields.indexOf('concepts');
  const writersField = index.fields.indexOf('writers');
  // How writers write the terms of the writers' words, for the reasons (`Result#writersWords`).
  let writtenAs: Readonly<Record<string, string>> = kb.writers?.words ?? {};
  // A new planner when the writers' words come in: it keeps what it learns of the index (the terms
  // a word is one swap from, the known start of an unknown word), and they add ordinary stems.
  const planner = () =>
    createQueryPlanner({
      analyzer,
      index,
      documentFrequency,
      tipCount: tips.length,
      reportHolds: reportText.holds,
      concepts: () => concepts,
      writersOnly,
    });
  let plan = planner();
  const tipOfDocument = index.documentIds.map((id) => tipsById.get(id)!);
  const kindWeight = Float64Array.from(tipOfDocument, (tip) => KIND_WEIGHT[tip.kind] ?? 1);

  /** Whether only the words writers use for tips hold a term, none of the tips' own texts. */
  function writersOnly(term: string): boolean {
    const fields = index.terms.get(term);
    return fields?.size === 1 && fields.has(writersField);
  }

  /** Whether a document holds a term in the words writers use for it and in none of its own texts. */
  function writersOnlyIn(term: string, document: number): boolean {
    const fields = index.terms.get(term);
    if (!fields?.get(writersField)?.has(document)) return false;
    for (const [field, documents] of fields)
      if (field !== writersField && documents.has(document)) return false;
    return true;
  }

  const documentOfTip = new Map(index.documentIds.map((id, document) => [id, document]));

  /**
   * How many more terms than it met each document counts as having met: the answers of the specific
   * concepts a plan searches for (`SPECIFIC_CONCEPT_TIPS`, `ANSWER_COORDINATION`), and the first tip
   * of every concept it searches for (`PRIMARY_COORDINATION`). Empty where the plan names none.
   */
  function answersOf(via: Plan['via'], weights: ReadonlyMap<string, number>): Map<number, number> {
    const more = new Map<number, number>();
    const add = (document: number, terms: number) => more.set(document, (more.get(document) ?? 0) + terms);
    const specific = new Set<number>();
    let named = 0;
    for (const id of via.keys()) {
      const term = conceptTerm(id);
      if (!weights.has(term)) continue;
      const first = concepts.concept(id)?.tips?.[0];
      const main = first === undefined ? undefined : documentOfTip.get(first);
      if (main !== undefined) add(main, PRIMARY_COORDINATION);
      const own = index.terms.get(term)?.get(ownConcepts);
      if (!own || own.size > SPECIFIC_CONCEPT_TIPS) continue;
      named++;
      for (const document of own.keys()) specific.add(document);
    }
    for (const document of specific) add(document, ANSWER_COORDINATION / named);
    return more;
  }

  function highlight(text: string, terms: readonly string[], language: Language = 'nl'): Range[] {
    return highlightWords(text, new Set(terms), language === 'en' ? analyzer.english : analyzer.dutch);
  }

  /**
   * Runs a plan and ranks what it finds: `coordinated`, by MiniSearch's score, the sum of a tip's
   * matches times how many of the input's terms it met (more for an answer of a specific concept the
   * input names: `ANSWER_COORDINATION`); `summed`, by the sum alone (a draft's parts, DESIGN.md
   * "Drafts"). Both weighed by the tip's kind.
   */
  function run(plan: Plan, options: SearchOptions, ranking: Ranking = 'coordinated'): SearchOutcome {
    const { groups, via, floor } = plan;
    if (!groups.length) {
      return new Outcome(
        [],
        0,
        later({
          results: () => [],
          tips: () => [],
          missing: plan.missing,
          concepts: () => namedConcepts(NONE_NAMED),
          marks: () => [],
          marksEach: (results) => results.map(() => []),
        }),
      );
    }
    const weights = new Map<string, number>();
    for (const group of groups) {
      for (const term of group.terms) weights.set(term, Math.max(weights.get(term) ?? 0, group.weight));
    }
    // The query MiniSearch would run as `{ combineWith: 'OR', queries: groups.map(…) }`, one term
    // query per term, run by the executor that scores exactly as `index.search` (execute-query.ts).
    const { filter } = options;
    const matches = execute.match(
      groups.map((group) =>
        group.terms.map((term) => ({
          term,
          prefix: group.prefix && term === group.terms[0],
          fuzzy: group.fuzzy && fuzziness(term),
          boost: weights.get(term) ?? 1,
        })),
      ),
      filter ? (id) => passesFilter(tipsById.get(id)!, filter) : undefined,
      ranking === 'summed' ? OTHER_FIELDS : 1,
    );
    // Each match's score (for a draft's part, divided by the terms it met: the sum of its matches;
    // for an answer of a specific concept the query names, as if it met more) weighed by its tip's
    // kind. The order: by that score, ties as MiniSearch ranks them (by its score, a part's with the
    // other fields shared, then as first matched, the order of `matches`).
    const { size, documents, scores, met } = matches;
    const answers = answersOf(via, weights);
    const isAnswer = (i: number) => answers.has(documents[i]!);
    const coordination = (i: number) => met[i]! + (answers.get(documents[i]!) ?? 0);
    const weighed = new Float64Array(size);
    let best = 0;
    for (let i = 0; i < size; i++) {
      // MiniSearch's score as it is where nothing is added: the same value to the last bit.
      const score =
        ranking === 'summed'
          ? scores[i]! / met[i]!
          : isAnswer(i)
            ? (scores[i]! / met[i]!) * coordination(i)
            : scores[i]!;
      weighed[i] = score * kindWeight[documents[i]!]!;
      best = Math.max(best, weighed[i]!);
    }
    const before = (a: number, b: number) => weighed[b]! - weighed[a]! || scores[b]! - scores[a]! || a - b;
    /** The matches scoring at least `low` and under `high`, best first. */
    const between = (low: number, high: number) => {
      const picked: number[] = [];
      for (let i = 0; i < size; i++) if (weighed[i]! >= low && weighed[i]! < high) picked.push(i);
      return picked.sort(before);
    };
    const limit = options.limit ?? Infinity;
    // Only the strong results are ranked and made now: the weak tail, thousands for a short prefix
    // in a large corpus, when `results` is first read. A result's highlights and the terms and
    // concepts they come from are worked out when first read too (`Result`).
    const strongMatches = between(best * STRONG_SHARE, Infinity).slice(0, limit);
    const result = (i: number): SearchResult =>
      new Result(tipOfDocument[documents[i]!]!, weighed[i]!, coordination(i), matches, i, via);
    const strongResults = strongMatches.map(result);
    let kept = 0;
    for (let i = 0; i < size; i++) if (weighed[i]! >= best * floor) kept++;
    const count = Math.min(kept, limit);
    const outcome: Outcome = new Outcome(
      strongResults,
      count,
      later({
        results: () => [
          ...strongResults,
          ...between(best * floor, best * STRONG_SHARE)
            .slice(0, count - strongResults.length)
            .map((i) => result(i)),
        ],
        tips: () => {
          if (count < kept) return outcome.results.map((found) => found.tip);
          const found: Tip[] = [];
          for (let i = 0; i < size; i++) {
            if (weighed[i]! >= best * floor) found.push(tipOfDocument[documents[i]!]!);
          }
          return found;
        },
        missing: plan.missing,
        concepts: () => namedConcepts(via),
        // `matchedIn` asks the index, not the executor's reused state: right whenever it is read.
        marks: (results) => {
          const shown = new Set(results.map((found) => documentOfTip.get(found.tip.id)!));
          return markInput(plan, (term) => matches.matchedIn(term, shown));
        },
        // A result's terms are what `matchedIn` asks of its document, and kept once read.
        marksEach: (results) => {
          const { ranges, terms } = markable(plan);
          const marks: Range[][] = [];
          for (const found of results) {
            const matched = new Set(found.terms);
            marks.push(ranges.filter((_, i) => terms[i]!.some((term) => matched.has(term))));
          }
          return marks;
        },
      }),
    );
    return outcome;
  }

  /**
   * What of the input a match can mark, as two lists of one length: `ranges`, where it stands (its
   * distinctive words, not function words, not words most tips share: `zien`, `komen`; and the
   * labels of the concepts it names), and `terms`, the index terms that would mark each.
   */
  function markable({ tokens, words, via }: Plan): { ranges: Range[]; terms: (readonly string[])[] } {
    const ranges: Range[] = [];
    const terms: (readonly string[])[] = [];
    words.forEach((word, i) => {
      const distinctive = distinctiveTerms(word);
      if (!distinctive.length) return;
      ranges.push([tokens[i]!.start, tokens[i]!.end]);
      terms.push(distinctive);
    });
    for (const [id, { range }] of via) {
      ranges.push(range);
      terms.push([conceptTerm(id)]);
    }
    return { ranges, terms };
  }

  /**
   * The terms of a word that mark it where a match holds them (`markable`): none of a function word,
   * none that most tips hold. Kept per word while the index is the same: a draft's parts repeat
   * their words.
   */
  let distinctive = new WeakMap<WordAnalysis, readonly string[]>();
  function distinctiveTerms(word: WordAnalysis): readonly string[] {
    let terms = distinctive.get(word);
    if (!terms) {
      const common = tips.length * COMMON_SHARE;
      terms = isFunctionWord(word.folded)
        ? []
        : word.query.filter((term) => (documentFrequency.get(term) ?? 0) <= common);
      distinctive.set(word, terms);
    }
    return terms;
  }

  /** Where the input holds what some tips matched (`matched`, of an index term), in order. */
  function markInput(plan: Plan, matched: (term: string) => boolean): Range[] {
    const { ranges, terms } = markable(plan);
    return mergeRanges(ranges.filter((_, i) => terms[i]!.some(matched)));
  }

  /**
   * A result, its matched terms, highlights and concepts worked out when first read: a search
   * makes one per strong result, and a short prefix in a large corpus has hundreds. Its terms read,
   * it lets go of the query's matches: a draft reads those of each part's candidates (`marksEach`)
   * while the executor still holds the part's query (read after other queries, each would run its
   * own again), and its parts would otherwise keep every query's matches alive, for the garbage
   * collector to copy.
   */
  class Result implements SearchResult {
    #matches: Matches | undefined;
    readonly #at: number;
    readonly #met: number;
    readonly #named: Map<string, ConceptVia>;
    #terms?: string[];
    #highlights?: Highlights;
    #via?: ConceptVia[];
    readonly #document: number;
    #writersWords?: string[];

    constructor(
      readonly tip: Tip,
      readonly score: number,
      readonly coordination: number,
      matches: Matches,
      at: number,
      named: Map<string, ConceptVia>,
    ) {
      this.#at = at;
      this.#met = matches.met[at]!;
      this.#named = named;
      this.#matches = matches;
      this.#document = matches.documents[at]!;
    }

    get writersWords(): string[] {
      return (this.#writersWords ??= [
        ...new Set(
          this.terms
            .filter((term) => writersOnlyIn(term, this.#document))
            .map((term) => writtenAs[term] ?? term),
        ),
      ]);
    }

    get met(): number {
      return this.#met;
    }

    get terms(): string[] {
      if (!this.#terms) {
        this.#terms = this.#matches!.terms(this.#at);
        this.#matches = undefined;
      }
      return this.#terms;
    }

    get highlights(): Highlights {
      return (this.#highlights ??= highlightTip(this.tip, this.terms));
    }

    get via(): ConceptVia[] {
      return (this.#via ??= this.terms.flatMap((term) => {
        const id = conceptOfTerm(term);
        return id && this.#named.has(id) ? [this.#named.get(id)!] : [];
      }));
    }
  }

  /**
   * Whether a word is a function word in the wide sense (`waar`, `zoals`, `daarbij`): it counts in
   * the ranking, where some are this report's subjects in a phrase, but says nothing of why a tip
   * matched, in the input (`markInput`) or in a tip (`highlightTip`) where anything else does.
   */
  function isFunctionWord(folded: string): boolean {
    return DUTCH_FUNCTION_WORDS.has(folded);
  }
  // A tip's words are folded here rather than analysed whole (`Analyzer#word`): a tip is marked the
  // first time it is shown, on a keystroke, and its words need only their Dutch stems besides.
  const isQuiet = (word: string) => isFunctionWord(fold(word));

  // The texts of a tip, analysed the first time it is among the results and then kept: every
  // keystroke highlights the results shown, and a tip's texts never change.
  const analysedTips = new Map<Tip, Record<keyof Highlights, AnalysedWord[]>>();

  function highlightTip(tip: Tip, terms: string[]): Highlights {
    let words = analysedTips.get(tip);
    if (!words) {
      words = {
        title: analyseWords(tip.title, analyzer.dutch, isQuiet),
        summary: analyseWords(tip.summary, analyzer.dutch, isQuiet),
        quote: analyseWords(tip.quote, analyzer.dutch, isQuiet),
        enTitle: analyseWords(tip.en.title, analyzer.english),
        enSummary: analyseWords(tip.en.summary, analyzer.english),
      };
      analysedTips.set(tip, words);
    }
    const matched = new Set(terms);
    // A tip's function words are marked only where none of its other Dutch words is: then they are
    // all it shares with the input (a query of such words alone, `zelf`), and the reason it matched.
    const dutch = (quiet: boolean) => ({
      title: highlightAnalysed(words.title, matched, quiet),
      summary: highlightAnalysed(words.summary, matched, quiet),
      quote: highlightAnalysed(words.quote, matched, quiet),
    });
    const loud = dutch(false);
    return {
      ...(loud.title.length || loud.summary.length || loud.quote.length ? loud : dutch(true)),
      enTitle: highlightAnalysed(words.enTitle, matched),
      enSummary: highlightAnalysed(words.enSummary, matched),
    };
  }

  function lookupSelection(selection: string, options: SearchOptions, ranking?: Ranking) {
    const text = selection.slice(0, MAX_SELECTION_CHARS);
    return run(plan(text, tokenize(text), false), options, ranking);
  }

  return {
    tips,
    tip: (id) => tipsById.get(id),
    conceptsLeadingTo(id) {
      const document = documentOfTip.get(id);
      return document === undefined ? 0 : (index.fieldLengths[document]![ownConcepts] ?? 0);
    },
    highlight,
    search(query, options = {}) {
      const text = query.slice(0, MAX_SELECTION_CHARS);
      const tokens = tokenize(text);
      return run(plan(text, tokens, isStillTyping(text)), options);
    },
    lookupSelection: (selection, options = {}) => lookupSelection(selection, options),
    lookupSelections(texts, options = {}) {
      // Pushed rather than mapped: an array map() makes comes in more than one shape, and a draft's
      // code, optimised for one, would be thrown away at the next (lib/search/DESIGN.md, "Drafts").
      const outcomes: SearchOutcome[] = [];
      for (const text of texts) outcomes.push(lookupSelection(text, options, 'summed'));
      return outcomes;
    },
    passages: reportText.search,
    useThesaurus({ concepts: thesaurus, labels, writers }) {
      if (thesaurus !== matched) {
        matched = thesaurus;
        concepts = createConceptMatcher(thesaurus, analyzer, labels);
      }
      const built = { index, documentFrequency };
      const options = indexOptions(analyzer);
      let grew = false;
      if (!conceptsIndexed) {
        conceptsIndexed = grew = true;
        addFields(built, conceptFields(kb, thesaurus), CONCEPT_FIELDS, options);
      }
      if (writers && !writersIndexed) {
        writersIndexed = grew = true;
        addFields(built, writersFields(kb, writers), WRITER_FIELDS, options);
        writtenAs = writers.words;
        plan = planner();
      }
      if (grew) {
        execute = createQueryExecutor(index, BOOST);
        // The tips' terms counted more often: what is common among them may have changed.
        distinctive = new WeakMap();
      }
    },
    namesConcept: (text) => {
      const start = text.slice(0, MAX_SELECTION_CHARS);
      const tokens = tokenize(start);
      return concepts.match(tokens, true, undefined, clausesOf(start, tokens)).length > 0;
    },
    index,
    documentFrequency,
    prepare() {
      analyzer.prepare();
      concepts.prepare();
      reportText.prepare();
    },
  };
}
