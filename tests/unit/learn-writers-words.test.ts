import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis/analyzer';
import { NO_WRITERS } from '@/lib/schema';
import { createSearch } from '@/lib/search/create-search';
import { matchReason } from '@/lib/search/match-reason';
import type { LabelledDraft } from '@/tools/evaluate-relevance';
import {
  LEARNING_SETS,
  learnFromFixtures,
  learnWritersWords,
  type LabelledSet,
} from '@/tools/learn-writers-words';
import { DATA_DIR, loadKnowledgeBase, WRITERS_WORDS } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase();
const analyzer = createAnalyzer(['de wijk', 'een agent']);

/**
 * Sets of one draft each: a paragraph about the draaiboek that asks for `plan`, one about the
 * buurthuis that asks for `plek` (labelled `plekLabel`), and one about money that asks for nothing.
 * Every paragraph but the last holds `avond`; every paragraph the year 2025.
 */
function sets(count: number, plekLabel = 'Bij het buurthuis aansluiten'): LabelledSet[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `set${i}`,
    drafts: [
      {
        id: `d${i}`,
        kind: 'wijkaanpak',
        text:
          'Halverwege 2025 hebben we het draaiboek losgelaten toen de avond anders liep.\n\n' +
          'De avond vindt in 2025 plaats in het buurthuis aan het plein, waar bewoners al komen.\n\n' +
          'De dekking van de kosten in 2025 komt uit de algemene reserve en de begroting.',
        subjects: [
          { label: 'Draaiboek losgelaten', tips: ['plan'] },
          { label: plekLabel, tips: ['plek'] },
        ],
      } satisfies LabelledDraft,
    ],
  }));
}

describe('learnWritersWords', () => {
  it("learns the words of a tip's parts that three sets use for it, and not the words every part shares", () => {
    const { tips, words } = learnWritersWords(sets(3), analyzer);
    expect(tips.plan).toEqual(expect.arrayContaining(['draaiboek', 'losgelat', 'halverweg']));
    expect(tips.plek).toEqual(expect.arrayContaining(['buurthuis', 'plein']));
    // `avond` is in the parts of both tips: no more likely in one's than in the other's.
    expect(tips.plan).not.toContain('avond');
    expect(tips.plek).not.toContain('avond');
    const all = Object.values(tips).flat();
    // The money paragraph answers no subject: its words are no tip's.
    expect(all).not.toContain('begroting');
    // Neither function words nor numbers, though every set has them in each tip's part.
    for (const word of ['de', 'het', 'we', 'in', '2025']) expect(all).not.toContain(word);
    // A term is named as writers write it where the stem is not the word.
    expect(words).toMatchObject({ losgelat: 'losgelaten', halverweg: 'halverwege' });
    expect(words).not.toHaveProperty('draaiboek');
  });

  it('learns nothing that fewer than three sets use', () => {
    expect(learnWritersWords(sets(2), analyzer)).toEqual({ tips: {}, words: {} });
  });

  it("takes a subject's part to be the one that shares the rarest of its label's words", () => {
    // `Avond in het buurthuis` shares `avond` with the first paragraph too, but `buurthuis`, rarer,
    // with the second only: counted alike, the first (the earlier of two as good) would be taken.
    const { tips } = learnWritersWords(sets(3, 'Avond in het buurthuis'), analyzer);
    expect(tips.plek).toEqual(expect.arrayContaining(['buurthuis', 'plein']));
    expect(tips.plek).not.toContain('draaiboek');
  });
});

describe('data/writers-words.json', () => {
  const file = JSON.parse(readFileSync(join(DATA_DIR, WRITERS_WORDS), 'utf8')) as {
    learnedFrom: string[];
  };

  it('is what `npm run learn-words` learns from the sets to tune on', () => {
    expect(file).toEqual(learnFromFixtures(kb));
  });

  it('is learned from neither the held-out drafts nor the sets kept to check it', () => {
    expect(file.learnedFrom).toEqual([...LEARNING_SETS]);
    expect(file.learnedFrom).not.toContain('drafts');
    for (let i = 52; i <= 69; i++) expect(file.learnedFrom).not.toContain(`drafts-dev${i}`);
  });

  it("is in the index as it is: every term in its tip's writers field", () => {
    const { index } = createSearch(kb);
    const field = index.fields.indexOf('writers');
    for (const [id, line] of Object.entries(kb.writers.tips)) {
      const document = index.documentIds.indexOf(id);
      for (const term of line.split(' ')) {
        expect(index.terms.get(term)?.get(field)?.has(document), `${id}: ${term}`).toBe(true);
      }
    }
  });
});

describe('the search, with the words writers use for each tip', () => {
  const search = createSearch(kb);
  const IMPROVISE = 'improviseren-en-inspelen-op-behoeften';

  it('finds a tip by a word its writers use and it does not, says so, and that the report does not use it', () => {
    const outcome = search.search('leidraad');
    const [first] = outcome.strongResults;
    expect(first!.tip.id).toBe(IMPROVISE);
    expect(first!.writersWords).toEqual(['leidraad']);
    expect(matchReason(first!, 'nl')).toMatchObject({ words: [], writers: ['leidraad'] });
    expect(outcome.missing.map(({ word }) => word)).toEqual(['leidraad']);
  });

  it('names such a word as the report does not use it also when met by a typo, a swap or its start', () => {
    for (const query of ['leidraat', 'lediraad', 'leidraadje', 'uitgangs punt']) {
      const outcome = search.search(`${query} `);
      expect(
        outcome.missing.map(({ word }) => word),
        query,
      ).not.toEqual([]);
    }
    for (const query of ['leidraat', 'lediraad']) {
      const [first] = search.search(`${query} `).strongResults;
      expect(first!.tip.id, query).toBe(IMPROVISE);
      expect(first!.writersWords, query).toEqual(['leidraad']);
    }
  });

  it("names no word as the writers' that the tip holds itself", () => {
    const [first] = search.search('improviseren leidraad').strongResults;
    expect(first!.tip.id).toBe(IMPROVISE);
    expect(first!.writersWords).toEqual(['leidraad']);
    expect(matchReason(first!, 'nl').words.map((word) => word.toLowerCase())).toContain('improviseer');
  });

  it('finds in a draft the advice its sentence asks for in its own words', () => {
    const text =
      'Halverwege het jaar hebben we het programma omgegooid omdat de jongeren iets anders nodig hadden.';
    const first = (words: typeof search) =>
      words
        .lookupSelections([text])[0]!
        .strongResults.slice(0, 3)
        .map(({ tip }) => tip.id);
    expect(first(search)[0]).toBe(IMPROVISE);
    expect(first(createSearch({ ...kb, writers: NO_WRITERS }))).not.toContain(IMPROVISE);
  });
});
