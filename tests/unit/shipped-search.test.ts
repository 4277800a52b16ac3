/**
 * What the extension ships instead of `data/` and a built index: the packed knowledge base, the
 * analysis of its words recorded at build time, and the index built from them at open. Each must
 * give exactly what the plain path gives, which the relevance and equivalence tests measure.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis/analyzer';
import { tokenize, words } from '@/lib/analysis/tokenize';
import { createConceptMatcher, recordLabels } from '@/lib/search/concepts';
import { unpackKnowledgeBase, unpackThesaurus } from '@/lib/unpack-knowledge-base';
import { packKnowledgeBase, packThesaurus } from '@/tools/pack-knowledge-base';
import { indexedWords, readAnalysis, recordAnalysis } from '@/lib/search/analysis-table';
import { buildIndex } from '@/lib/search/build-index';
import { loadIndex, serializeIndex, serializeSearch } from '@/tools/serialized-search';
import { createSearch } from '@/lib/search/create-search';
import { recordSearchAnalysis } from '@/tools/record-search-analysis';
import {
  dutchVocabulary,
  FIELDS,
  reportTexts,
  toSearchDocuments,
  type SearchDocument,
} from '@/lib/search/documents';
import type { Concept, KnowledgeBase } from '@/lib/schema';
import { createKnowledgeBaseSearch, knowledgeBase, loadThesaurus } from '@/utils/knowledge-base';
import shippedAnalysis from 'virtual:search-analysis';
import { createSyntheticKnowledgeBase } from '@/tools/synthetic-corpus';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';
import { shown } from './search-outcome';

const real = loadKnowledgeBase();
const synthetic = createSyntheticKnowledgeBase(real, { factor: 3, tipsPerReport: 80, seed: 11 });
/** A serialised search with its terms in one order, for two trees that hold the same terms. */
const sortedTerms = ({ index, documentFrequency }: ReturnType<typeof serializeSearch>) => ({
  index: { ...index, index: [...index.index].sort(([a], [b]) => (a < b ? -1 : 1)) },
  documentFrequency: [...documentFrequency].sort(([a], [b]) => (a < b ? -1 : 1)),
});
const corpora: [string, KnowledgeBase][] = [
  ['the real corpus', real],
  ['a synthetic corpus', synthetic],
];

/** The knowledge base as the panel has it once the thesaurus is in: its labels apart, as analysed. */
const unpacked = (kb: KnowledgeBase): KnowledgeBase => {
  const thesaurus = unpackThesaurus(packThesaurus(kb));
  return {
    ...unpackKnowledgeBase(packKnowledgeBase(kb)),
    concepts: [...thesaurus.concepts],
    writers: thesaurus.writers!,
  };
};
/** A knowledge base with its concepts' labels as written left out: they ship analysed. */
const withoutLabels = (kb: KnowledgeBase): KnowledgeBase => ({
  ...kb,
  concepts: kb.concepts.map((concept): Concept => ({
    ...concept,
    altLabel: { nl: [], en: [] },
    hiddenLabel: [],
  })),
});
const recorded = (kb: KnowledgeBase) => recordLabels(kb.concepts, createAnalyzer([]));

describe('the packed knowledge base', () => {
  it('unpacks, with its thesaurus, to exactly the knowledge base it was packed from, its labels analysed', () => {
    for (const kb of [real, synthetic]) {
      expect(unpacked(kb)).toEqual(withoutLabels(kb));
      expect(unpackThesaurus(packThesaurus(kb)).labels).toEqual(recorded(kb));
    }
  });

  it("ships the thesaurus's labels analysed, so that the panel's matcher names what the matcher over data/ names", () => {
    const analyzer = createAnalyzer(dutchVocabulary(real));
    const written = createConceptMatcher(real.concepts, analyzer);
    const shipped = unpackThesaurus(packThesaurus(real));
    const read = createConceptMatcher(shipped.concepts, analyzer, shipped.labels);
    const matched = (matcher: typeof read, text: string, stillTyping: boolean) =>
      matcher.match(tokenize(text), stillTyping).map(({ concept, first, last }) => [concept.id, first, last]);
    const texts = [
      ...real.concepts.flatMap((concept) => [...concept.altLabel.nl, ...concept.altLabel.en]),
      ...real.reports[0]!.tips.flatMap((tip) => [tip.title, tip.summary, tip.quote, tip.en.summary]),
      'niet hun taak',
      'straathoek',
      'neighbourhood wat',
    ];
    let found = 0;
    for (const text of texts) {
      for (const stillTyping of [false, true]) {
        const expected = matched(written, text, stillTyping);
        expect(matched(read, text, stillTyping), text).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(texts.length);
  });

  it('ships none of the thesaurus, which loads apart, not even what its concepts lead to', () => {
    expect(packKnowledgeBase(real)).not.toHaveProperty('concepts');
    expect(packKnowledgeBase(real)).not.toHaveProperty('writers');
    expect(unpackKnowledgeBase(packKnowledgeBase(real)).concepts).toEqual([]);
  });

  it('ships a quote as where it stands in the text, and no report or speaker per tip', () => {
    const tips = packKnowledgeBase(real).reports[0]!.tips;
    for (const tip of tips) {
      expect(tip).not.toHaveProperty('quote');
      expect(tip).not.toHaveProperty('speaker');
      expect(tip).not.toHaveProperty('report');
      expect(tip.at).toEqual([expect.any(Number), expect.any(Number)]);
    }
    // Far smaller than the files: the quotes were a fifth of the tips.
    expect(JSON.stringify(tips).length).toBeLessThan(0.8 * JSON.stringify(real.reports[0]!.tips).length);
  });

  it('keeps a quote with a part left out as it is', () => {
    const kb = structuredClone(real);
    const tip = kb.reports[0]!.tips[0]!;
    const [first, ...rest] = tip.quote.split(' ');
    tip.quote = `${first} … ${rest.at(-1)}`;
    const packed = packKnowledgeBase(kb);
    expect(packed.reports[0]!.tips[0]).toMatchObject({ quote: tip.quote });
    expect(packed.reports[0]!.tips[0]).not.toHaveProperty('at');
    expect(unpacked(kb)).toEqual(withoutLabels(kb));
  });

  it('is what the extension loads: the validated data/ folder', async () => {
    const thesaurus = await loadThesaurus();
    expect({ ...knowledgeBase, concepts: thesaurus.concepts, writers: thesaurus.writers }).toEqual(
      withoutLabels(real),
    );
    expect(thesaurus.labels).toEqual(recorded(real));
  });
});

describe.each(corpora)('the index built by buildIndex on %s', (_, kb) => {
  const analyzer = createAnalyzer(dutchVocabulary(kb));
  const processTerm = (word: string, field?: string) =>
    field === 'english' ? analyzer.english(word) : analyzer.dutch(word);
  const documents = toSearchDocuments(kb);
  const built = buildIndex(documents, { fields: FIELDS, tokenize: words, processTerm });

  it('is the index MiniSearch#addAll builds, in the same order', () => {
    const miniSearch = new MiniSearch<SearchDocument>({ fields: [...FIELDS], tokenize: words, processTerm });
    miniSearch.addAll(documents);
    expect(serializeIndex(built.index)).toEqual(miniSearch.toJSON());
  });

  it('counts in how many documents each term occurs', () => {
    const expected = new Map<string, number>();
    for (const [term, byField] of built.index.terms) {
      const documentsWithTerm = new Set([...byField.values()].flatMap((postings) => [...postings.keys()]));
      expected.set(term, documentsWithTerm.size);
    }
    expect(new Map([...built.documentFrequency].sort())).toEqual(new Map([...expected].sort()));
  });

  it('loads back from its serialised form into the same tree, terms in the same order', () => {
    const json = serializeIndex(built.index);
    expect(serializeIndex(loadIndex(JSON.parse(JSON.stringify(json)) as AsPlainObject))).toEqual(json);
  });
});

describe('buildIndex', () => {
  it('skips a missing field as MiniSearch does, averages included', () => {
    const documents = [
      { id: 'a', title: 'Wijk en agent', body: 'De wijk' },
      { id: 'b', title: null, body: 'Een agent, een agent' },
      { id: 'c', title: 'Agent', body: undefined },
    ];
    const options = {
      fields: ['title', 'body'],
      tokenize: words,
      processTerm: (w: string) => [w.toLowerCase()],
    };
    const miniSearch = new MiniSearch(options);
    miniSearch.addAll(documents);
    expect(serializeIndex(buildIndex(documents, options).index)).toEqual(miniSearch.toJSON());
  });
});

describe.each(corpora)('the recorded analysis of %s', (_, kb) => {
  const documents = toSearchDocuments(kb);
  const analyzer = createAnalyzer(dutchVocabulary(kb));
  const table = recordAnalysis(documents, analyzer);

  it('reads back to what the analyzer makes of every word', () => {
    const known = readAnalysis(table, documents)!;
    const { dutch, english } = indexedWords(documents);
    expect(known.dutch.size).toBe(dutch.length);
    expect(known.english.size).toBe(english.length);
    for (const word of dutch) {
      expect(known.dutch.get(word)).toEqual(analyzer.dutch(word));
      expect(known.parts.get(word)).toEqual(analyzer.parts(word));
    }
    for (const word of english) expect(known.english.get(word)).toEqual(analyzer.english(word));
  });

  it('builds the same index as analysing every word anew, and searches the same', () => {
    const plain = createSearch(kb);
    expect(readAnalysis(recordSearchAnalysis(kb), documents, reportTexts(kb))).toBeDefined();
    const fromTable = createSearch(kb, recordSearchAnalysis(kb));
    expect(serializeSearch(fromTable)).toEqual(serializeSearch(plain));
    for (const query of ['wijkagent', 'sleutelpersonnen', 'jeugdagent', 'youth workers', 'vertr']) {
      expect(shown(fromTable.search(query))).toEqual(shown(plain.search(query)));
    }
  });
});

describe('the recorded analysis', () => {
  it('is not read for other documents, and the search then analyses them itself', () => {
    const other = recordSearchAnalysis(synthetic);
    expect(readAnalysis(other, toSearchDocuments(real), reportTexts(real))).toBeUndefined();
    expect(serializeSearch(createSearch(real, other))).toEqual(serializeSearch(createSearch(real)));
  });

  it('is not read for the same number of words in another order', () => {
    const withTitle = (title: string) => {
      const kb = structuredClone(real);
      kb.reports[0]!.tips[3]!.title = title;
      return kb;
    };
    // Words no other text has, so that their order is the order of the table.
    const table = recordSearchAnalysis(withTitle('Zwemmen Inspanning'));
    const kb = withTitle('Inspanning Zwemmen');
    expect(table.dutch.split('\n')).toHaveLength(
      indexedWords(toSearchDocuments(kb), reportTexts(kb)).dutch.length,
    );
    expect(readAnalysis(table, toSearchDocuments(kb), reportTexts(kb))).toBeUndefined();
    expect(serializeSearch(createSearch(kb, table))).toEqual(serializeSearch(createSearch(kb)));
  });

  it('leaves to the analyzer a word whose terms it cannot write, and builds the same index', () => {
    const kb = structuredClone(real);
    // U+FDFA folds (NFKD) to words with spaces between them.
    kb.reports[0]!.tips[0]!.summary += ' \uFDFA-wijk x-\uFDFA';
    const table = recordSearchAnalysis(kb);
    expect(table.dutch.split('\n')).toContain('!');
    const known = readAnalysis(table, toSearchDocuments(kb), reportTexts(kb))!;
    expect(known.dutch.has('\uFDFA-wijk')).toBe(false);
    expect(known.dutch.get('wijk')).toEqual(['wijk']);
    expect(serializeSearch(createSearch(kb, table))).toEqual(serializeSearch(createSearch(kb)));
  });

  it('writes terms that do not start their word in full, and digits apart from lengths cut off', () => {
    const documents = [{ ...toSearchDocuments(real)[0]!, title: 'covid-19 14-jarigen Wijkagenten' }];
    const analyzer = createAnalyzer(['de wijk', 'een agent', 'jarigen']);
    const table = recordAnalysis(documents, analyzer);
    expect(table.dutch).toContain('#19');
    const known = readAnalysis(table, documents)!;
    for (const word of ['covid-19', '14-jarigen', 'Wijkagenten']) {
      expect(known.dutch.get(word)).toEqual(analyzer.dutch(word));
      expect(known.parts.get(word)).toEqual(analyzer.parts(word));
    }
  });

  it('is small: a tenth of the serialised index', () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(recordSearchAnalysis(real))).toBeLessThan(size(serializeSearch(createSearch(real))) / 10);
  });
});

describe('the search the extension builds', () => {
  it('is, once its thesaurus is in, the search over data/, built from the analysis recorded at build time', async () => {
    const search = createKnowledgeBaseSearch();
    // As the panel takes it in (main.tsx): the writers' words in a task of their own.
    const thesaurus = await loadThesaurus();
    search.useThesaurus({ ...thesaurus, writers: undefined });
    search.useThesaurus(thesaurus);
    // The concepts' terms come into the tree last, which no query but one naming them sees: the same
    // terms and postings. The writers' words come last in both.
    expect(sortedTerms(serializeSearch(search))).toEqual(sortedTerms(serializeSearch(createSearch(real))));
    const plain = createSearch(real);
    for (const prefix of ['poli', 'lei', 'draai', 'ver', 'jon', 'sleut', 'bew', 'wijkag']) {
      expect(shown(search.search(prefix)), prefix).toEqual(shown(plain.search(prefix)));
    }
  });

  it('opens without the thesaurus, then searches as the search built with it', async () => {
    const search = createKnowledgeBaseSearch();
    expect([...search.documentFrequency.keys()].filter((term) => term.startsWith('§'))).toEqual([]);
    search.useThesaurus(await loadThesaurus());
    const plain = createSearch(real);
    for (const query of [
      'straathoekwerk',
      'wijkregie',
      'vertrouwen in de overheid',
      'neighbourhood watch',
      'vertr',
    ]) {
      expect(shown(search.search(query))).toEqual(shown(plain.search(query)));
    }
    const passage = real.reports[0]!.tips[4]!.quote + ' ' + real.reports[0]!.tips[9]!.summary;
    expect(shown(search.lookupSelection(passage))).toEqual(shown(plain.lookupSelection(passage)));
  });

  it('finds through the words writers use for a tip once its thesaurus is in, also for a word that names no concept', async () => {
    // So the panel searches any query on screen again when the thesaurus comes in (main.tsx).
    const search = createKnowledgeBaseSearch();
    const plain = createSearch(real);
    const top = (query: string) => search.search(query).strongResults.map(({ tip }) => tip.id);
    // Typos, swaps and unknown words asked before: what the search learned of them then is not kept.
    const queries = ['leidraad', 'lediraad ', 'leidraadje ', 'draaibeok ', 'uitgansgpunt '];
    const before = queries.map((query) => shown(search.search(query)));
    expect(top('leidraad').slice(0, 3)).not.toContain('improviseren-en-inspelen-op-behoeften');
    search.useThesaurus(await loadThesaurus());
    expect(search.namesConcept('leidraad')).toBe(false);
    expect(top('leidraad')[0]).toBe('improviseren-en-inspelen-op-behoeften');
    for (const [i, query] of queries.entries()) {
      expect(shown(search.search(query)), query).toEqual(shown(plain.search(query)));
      expect(shown(search.search(query)), query).not.toEqual(before[i]);
    }
    expect(search.namesConcept('straathoekwerk')).toBe(true);
    expect(search.namesConcept('straathoek')).toBe(true);
  });

  it('searches the same after its idle preparation, before the thesaurus and after', async () => {
    // The panel prepares at its first idle moment (main.tsx), which may come before the thesaurus.
    const search = createKnowledgeBaseSearch();
    search.prepare();
    const plain = createSearch(real);
    search.useThesaurus(await loadThesaurus());
    search.prepare();
    for (const query of ['straathoek', 'wijkregie', 'vertrouwen w', 'leidraad']) {
      expect(shown(search.search(query)), query).toEqual(shown(plain.search(query)));
    }
    expect(search.namesConcept('straathoek')).toBe(true);
  });

  it('marks in the input what is distinctive once its thesaurus is in, not what was before', async () => {
    // The writers' words make `groep` and `leiding` common among the tips (most tips' words are not
    // marked): what the search kept of them before must go.
    const search = createKnowledgeBaseSearch();
    const plain = createSearch(real);
    const queries = ['groep jongeren', 'leiding geven aan de groep', 'een groep bewoners met leiding'];
    const before = queries.map((query) => search.lookupSelection(query).marks);
    search.useThesaurus(await loadThesaurus());
    for (const query of queries) {
      expect(search.lookupSelection(query).marks, query).toEqual(plain.lookupSelection(query).marks);
      expect(search.search(query).marks, query).toEqual(plain.search(query).marks);
    }
    expect(queries.map((query) => search.lookupSelection(query).marks)).not.toEqual(before);
  });

  it('counts the concepts that lead to each tip once its thesaurus is in, none before', async () => {
    const search = createKnowledgeBaseSearch();
    const ids = search.tips.map((tip) => tip.id);
    expect(ids.map((id) => search.conceptsLeadingTo(id)).filter(Boolean)).toEqual([]);
    const thesaurus = await loadThesaurus();
    search.useThesaurus(thesaurus);
    const leading = (id: string) => thesaurus.concepts.filter((concept) => concept.tips.includes(id)).length;
    expect(ids.map((id) => search.conceptsLeadingTo(id))).toEqual(ids.map(leading));
    expect(Math.min(...ids.map(leading))).toBeGreaterThan(0);
    expect(search.conceptsLeadingTo('no-such-tip')).toBe(0);
  });

  it('has every word it indexes or searches in the recorded analysis, so it analyses none at open', () => {
    const documents = toSearchDocuments(knowledgeBase);
    const texts = reportTexts(knowledgeBase);
    const known = readAnalysis(shippedAnalysis, documents, texts);
    expect(known).toBeDefined();
    const { dutch, english } = indexedWords(documents, texts);
    expect(dutch.length).toBeGreaterThan(indexedWords(documents).dutch.length);
    expect(dutch.filter((word) => !known!.dutch.has(word) || !known!.parts.has(word))).toEqual([]);
    expect(english.filter((word) => !known!.english.has(word))).toEqual([]);
  });
});
