import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis/analyzer';
import { tokenize, words } from '@/lib/analysis/tokenize';
import { buildIndex } from '@/lib/search/build-index';
import { dutchVocabulary, FIELDS, toSearchDocuments, type SearchDocument } from '@/lib/search/documents';
import { BOOST, createSearch } from '@/lib/search/create-search';
import { createQueryExecutor, type TermQuery } from '@/lib/search/execute-query';
import type { KnowledgeBase } from '@/lib/schema';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';
import { createSyntheticKnowledgeBase } from '@/tools/synthetic-corpus';
import { shown, shownResults } from './search-outcome';

// The fast paths of the search must change nothing. The query executor must rank exactly as
// MiniSearch's own `search`: same ids, same order, scores equal to the last bit, same matched terms.
// Checked on the real tips and on a synthetic corpus five times larger, where near-copies of tips
// make ties (and so the order of ties) matter.
const real = loadKnowledgeBase();
const corpora: [string, KnowledgeBase][] = [
  ['the real corpus', real],
  ['a synthetic corpus', createSyntheticKnowledgeBase(real, { factor: 5, tipsPerReport: 120, seed: 7 })],
];

const WORDS = [
  'wijkagent',
  'jongerenwerkers',
  'vertrouwen',
  'sleutelpersonnen',
  'aanbestding',
  'moeders',
  'betrekken',
  'youth',
  'workers',
  'zelf',
  'netwerkvorm',
  'politie',
  'opleiding',
  'bestuurders',
  'gemeente',
  '14',
];

describe.each(corpora)('the query executor on %s', (_, kb) => {
  const analyzer = createAnalyzer(dutchVocabulary(kb));
  const documents = toSearchDocuments(kb);
  const processTerm = (term: string, field?: string) =>
    field === 'english' ? analyzer.english(term) : analyzer.dutch(term);
  // MiniSearch itself, as the reference ...
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize: (text) => tokenize(text).map((token) => token.word),
    processTerm,
    searchOptions: { boost: BOOST, tokenize: (text) => [text], processTerm: (term) => term },
  });
  index.addAll(documents);
  // ... and the executor on the index the search builds without it.
  const built = buildIndex(documents, { fields: FIELDS, tokenize: words, processTerm }).index;
  const execute = createQueryExecutor(built, BOOST);

  /** What MiniSearch itself returns for the same groups of term queries. */
  function reference(groups: TermQuery[][], filter?: (id: string) => boolean): SearchResult[] {
    const options = new Map(groups.flat().map((query) => [query.term, query]));
    const query: Query = {
      combineWith: 'OR',
      queries: groups.map((group) => ({
        queries: group.map((query) => query.term),
        prefix: (term: string) => group.find((query) => query.term === term)!.prefix,
        fuzzy: (term: string) => group.find((query) => query.term === term)!.fuzzy,
      })),
    };
    return index.search(query, {
      boostTerm: (term) => options.get(term)!.boost,
      filter: filter && ((result) => filter(result.id as string)),
    });
  }

  function expectSame(queries: TermQuery[][], limit?: number, filter?: (id: string) => boolean) {
    // MiniSearch boosts a term, not a term query: a term in two groups has one boost (the search
    // gives it the highest of its groups' weights).
    const boosts = new Map<string, number>();
    for (const { term, boost } of queries.flat()) boosts.set(term, Math.max(boosts.get(term) ?? 0, boost));
    const groups = queries.map((group) =>
      group.map((query) => ({ ...query, boost: boosts.get(query.term)! })),
    );
    const expected = reference(groups, filter).slice(0, limit);
    const actual = execute(groups, { limit, accept: filter });
    expect(actual.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(actual.map((r) => r.score)).toEqual(expected.map((r) => r.score));
    expect(actual.map((r) => r.terms)).toEqual(expected.map((r) => r.terms));
    // Its terms are a getter of its class, not of each object (execute-query.ts, `Scored`).
    for (const scored of actual) expect(Object.getOwnPropertyDescriptor(scored, 'terms')).toBeUndefined();
  }

  const group = (word: string, prefix: boolean, boostBy = 1): TermQuery[] =>
    analyzer.query(word).map((term, i) => ({
      term,
      prefix: prefix && i === 0,
      fuzzy: term.length >= 10 ? 2 : term.length >= 5 ? 1 : false,
      boost: boostBy,
    }));

  it.each(WORDS)('ranks %s and every prefix of it as MiniSearch does', (word) => {
    for (let end = 2; end <= word.length; end++) expectSame([group(word.slice(0, end), true)], 10);
    expectSame([group(word, false)]);
  });

  it('ranks queries of several words, repeated terms and weights as MiniSearch does', () => {
    expectSame([group('moeders', false), group('jongeren', false), group('betrek', true)], 10);
    expectSame([group('vertrouwen', false), group('vertrouwen', true, 0.5), group('wijk', false, 0.3)]);
    expectSame(
      WORDS.map((word, i) => group(word, false, 1 / (i + 1))),
      25,
    );
  });

  it('ranks as MiniSearch does a term it has scored before, with the same options or others', () => {
    // The executor keeps what each term query scored; a term asked for again, in another query, with
    // another weight, as a prefix or not, must score as if asked for the first time.
    const queries: TermQuery[][][] = [
      [group('jongeren', false)],
      [group('jongeren', false, 0.5), group('wijkagent', false)],
      [group('wijkagent', false), group('jongeren', false)],
      [group('jongeren', true)],
      [group('jongeren', false)],
      [group('vertrouwen', false, 0.3), group('jongeren', true, 0.3)],
      // More weights than it keeps for one term: a long selection weighs each term its own way.
      ...[0.9, 0.8, 0.7, 0.6, 0.55, 0.45].map((weight) => [group('jongeren', false, weight)]),
    ];
    for (let round = 0; round < 2; round++) for (const query of queries) expectSame(query);
    // And its share of other fields: what a term scored with one share is not what it scores with another.
    const term = analyzer.query('gemeente')[0]!;
    const scores = (otherFields: number) =>
      execute.match([[{ term, prefix: false, fuzzy: 1, boost: 1 }]], undefined, otherFields).scores;
    const fresh = createQueryExecutor(built, BOOST);
    for (const otherFields of [0.3, 1, 0.3, 0.5]) {
      expect(scores(otherFields)).toEqual(
        fresh.match([[{ term, prefix: false, fuzzy: 1, boost: 1 }]], undefined, otherFields).scores,
      );
      expect(scores(otherFields)).toEqual(
        createQueryExecutor(built, BOOST).match(
          [[{ term, prefix: false, fuzzy: 1, boost: 1 }]],
          undefined,
          otherFields,
        ).scores,
      );
    }
  });

  it("counts a term's fields other than its best at a share of their score, when asked", () => {
    // MiniSearch itself, one field at a time: a term query's score in that field alone.
    const inField = (term: string, field: string) =>
      new Map(
        index
          .search({ queries: [term] }, { fields: [field], boostTerm: () => 1 })
          .map((result) => [result.id as string, result.score]),
      );
    for (const word of ['gemeente', 'vertrouwen', 'jongeren']) {
      const term = analyzer.query(word)[0]!;
      const perField = FIELDS.map((field) => inField(term, field));
      const matches = execute.match([[{ term, prefix: false, fuzzy: false, boost: 1 }]], undefined, 0.3);
      expect(matches.size).toBeGreaterThan(0);
      let shared = 0;
      for (let i = 0; i < matches.size; i++) {
        const id = built.documentIds[matches.documents[i]!]!;
        const scores = perField.map((field) => field.get(id) ?? 0);
        const best = Math.max(...scores);
        const sum = scores.reduce((a, b) => a + b, 0);
        if (sum > best) shared++;
        expect(matches.scores[i]).toBeCloseTo(best + 0.3 * (sum - best), 9);
      }
      // The word stands in more than one field of some tip: the share is what is tested.
      expect(shared).toBeGreaterThan(0);
    }
  });

  it('applies a filter and a limit as MiniSearch does', () => {
    const odd = (id: string) => id.length % 2 === 1;
    expectSame([group('jongeren', false), group('ve', true)], 5, odd);
    expectSame([group('gemeente', false)], undefined, odd);
    expectSame([group('gemeente', false)], 0);
  });
});

describe('the highlights of search results', () => {
  // Results mark words from texts analysed once per tip; `search.highlight` analyses the text anew.
  const search = createSearch(real);
  it.each(['agent', 'vertrouwen winnen', 'sleutelpersonnen', 'youth workers', 'moeders van jongeren be'])(
    'are the ranges of highlighting the texts anew, for %s',
    (query) => {
      for (const { tip, terms, highlights } of search.search(query).results) {
        expect(highlights).toEqual({
          title: search.highlight(tip.title, terms),
          summary: search.highlight(tip.summary, terms),
          quote: search.highlight(tip.quote, terms),
          enTitle: search.highlight(tip.en.title, terms, 'en'),
          enSummary: search.highlight(tip.en.summary, terms, 'en'),
        });
      }
    },
  );
});

describe.each(corpora)('the outcome of a search on %s', (_, kb) => {
  // The strong results are ranked at once, the weak tail when first read: the same list either way.
  const search = createSearch(kb);
  const analyzer = createAnalyzer(dutchVocabulary(kb));
  const common = search.tips.length / 4;
  const queries = ['ve', 'sleu', 'vertrouwen w', 'jongeren snel helpen', 'straathoekwerk', 'youth workers'];

  it.each(queries)('for %s: strong results, count and tips are those of the whole list', (query) => {
    const outcome = search.search(query);
    const { results } = outcome;
    expect(shownResults(outcome.strongResults)).toEqual(shownResults(results.slice(0, outcome.strong)));
    expect(outcome.count).toBe(results.length);
    expect(outcome.tips.map((tip) => tip.id).sort()).toEqual(results.map((r) => r.tip.id).sort());
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(shownResults(search.search(query, { limit: 5 }).results)).toEqual(
      shownResults(results.slice(0, 5)),
    );
  });

  it("looks up a draft's parts together as a search that has looked up nothing else finds each", () => {
    // With typos (`jongerenwerkrs`), whose lookups the search keeps from one search to the next.
    const parts = ['De wijkagent en de jongerenwerkrs', 'vertrouwen winnen bij jongeren', 'De wijkagnet'];
    for (const query of queries) search.search(query);
    const alone = parts.map((part) => createSearch(kb).lookupSelections([part], { limit: 3 })[0]!);
    expect(search.lookupSelections(parts, { limit: 3 }).map(shown)).toEqual(alone.map(shown));
  });

  it("ranks a draft's part by the sum of a tip's matches, a word's other fields at a share", () => {
    // A part's coordination is what a selection multiplies its sum by: here, the terms met (the
    // synthetic corpus's concepts lead to no tip of their own; tests/unit/advise-draft.test.ts has a
    // part whose answers count more). A word's matches in a tip's fields beyond its best count less
    // in a part than in a selection (`OTHER_FIELDS`), never more.
    const part = 'De wijkagent en de jongerenwerkers willen het vertrouwen van jongeren winnen';
    const [summed] = search.lookupSelections([part]);
    const selected = new Map(search.lookupSelection(part).results.map((r) => [r.tip.id, r]));
    const both = summed!.results.filter((result) => selected.has(result.tip.id));
    expect(both.length).toBeGreaterThan(1);
    let less = 0;
    for (const result of both) {
      const same = selected.get(result.tip.id)!;
      expect([result.met, result.coordination]).toEqual([same.met, same.coordination]);
      expect(result.score * result.coordination).toBeLessThanOrEqual(same.score * (1 + 1e-9));
      if (result.score * result.coordination < same.score * (1 - 1e-9)) less++;
    }
    // A word in more than one field of a tip: the share is what is tested (the executor's own test
    // checks its sum against MiniSearch field by field).
    expect(less).toBeGreaterThan(0);
  });

  it('gives the terms of a result read after other searches, as read at once', () => {
    const first = search.search('sleu');
    const expected = search.search('sleu').results.map((result) => result.terms);
    for (const query of queries) search.search(query);
    expect(first.results.map((result) => result.terms)).toEqual(expected);
  });

  it.each(queries)('for %s: marks the words the strong results matched', (query) => {
    const outcome = search.search(query);
    const shown = outcome.results.slice(0, outcome.strong);
    const matched = new Set(shown.flatMap((result) => result.terms));
    const words = tokenize(query)
      .filter((token) => distinctive(token.word, matched))
      .map((token) => [token.start, token.end]);
    const concepts = shown.flatMap((result) => result.via.map((via) => via.range));
    const expected = [...words, ...concepts].sort((a, b) => a[0]! - b[0]!);
    // Touching and overlapping ranges are joined: compare the characters marked.
    const marked = (ranges: number[][]) =>
      [...query].map((_, i) => ranges.some(([start, end]) => start! <= i && i < end!));
    expect(marked(outcome.marks)).toEqual(marked(expected));
  });

  /** Whether a word of the query meets a matched term that at most a quarter of the tips hold. */
  function distinctive(word: string, matched: Set<string>): boolean {
    return analyzer
      .query(word)
      .some((term) => matched.has(term) && (search.documentFrequency.get(term) ?? 0) <= common);
  }
});
