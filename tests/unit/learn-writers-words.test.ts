import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis/analyzer';
import { createSearch } from '@/lib/search/create-search';
import { matchReason } from '@/lib/search/match-reason';
import type { LabelledDraft } from '@/tools/evaluate-relevance';
import {
  LEARNING_SETS,
  learnFromFixtures,
  learnWritersWords,
  type LabelledSet,
} from '@/tools/learn-writers-words';
import { DATA_DIR, loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase();
const analyzer = createAnalyzer(['de wijk', 'een agent']);

/**
 * Sets of one draft each: a paragraph about the draaiboek that asks for `plan`, one about the
 * buurthuis that asks for `plek`, and in some sets a third about money that asks for nothing.
 */
function sets(count: number, extra: (i: number) => string = () => ''): LabelledSet[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `set${i}`,
    drafts: [
      {
        id: `d${i}`,
        kind: 'wijkaanpak',
        text:
          `Halverwege hebben we het draaiboek losgelaten toen de avond anders liep dan gedacht ${i}.\n\n` +
          `De avond vindt plaats in het buurthuis aan het plein, waar bewoners al komen ${i}.\n\n` +
          `De dekking van de kosten komt uit de algemene reserve en de begroting ${i}.${extra(i)}`,
        subjects: [
          { label: 'Draaiboek losgelaten', tips: ['plan'] },
          { label: 'Bij het buurthuis aansluiten', tips: ['plek'] },
        ],
      } satisfies LabelledDraft,
    ],
  }));
}

describe('learnWritersWords', () => {
  it("learns the words of a tip's parts that three sets use for it, and not the words every part shares", () => {
    const learned = learnWritersWords(sets(3), analyzer);
    expect(learned.plan).toEqual(expect.arrayContaining(['draaiboek', 'losgelat', 'halverweg']));
    expect(learned.plek).toEqual(expect.arrayContaining(['buurthuis', 'plein']));
    // `avond` is in the parts of both tips: no more likely in one's than in the other's.
    expect(learned.plan).not.toContain('avond');
    expect(learned.plek).not.toContain('avond');
    // The money paragraph answers no subject: its words are no tip's.
    expect(Object.values(learned).flat()).not.toContain('begroting');
    // Function words are not learned, nor numbers.
    expect(Object.values(learned).flat()).not.toEqual(expect.arrayContaining(['de', 'het', '0']));
  });

  it('learns nothing that fewer than three sets use', () => {
    expect(learnWritersWords(sets(2), analyzer)).toEqual({});
  });

  it("takes a subject's part to be the one that shares the rarest of its label's words", () => {
    // The label `Bij het buurthuis aansluiten` shares `buurthuis` with the second paragraph only.
    const learned = learnWritersWords(sets(4), analyzer);
    expect(learned.plek).not.toContain('draaiboek');
    expect(learned.plan).not.toContain('buurthuis');
  });
});

describe('data/writers-words.json', () => {
  const file = JSON.parse(readFileSync(join(DATA_DIR, 'writers-words.json'), 'utf8')) as {
    learnedFrom: string[];
  };

  it('is what `npm run learn-words` learns from the sets to tune on', () => {
    expect(JSON.parse(readFileSync(join(DATA_DIR, 'writers-words.json'), 'utf8'))).toEqual(
      learnFromFixtures(kb),
    );
  });

  it('is learned from neither the held-out drafts nor the sets kept to check it', () => {
    expect(file.learnedFrom).toEqual([...LEARNING_SETS]);
    expect(file.learnedFrom).not.toContain('drafts');
    for (let i = 52; i <= 69; i++) expect(file.learnedFrom).not.toContain(`drafts-dev${i}`);
  });
});

describe('the search, with the words writers use for each tip', () => {
  const search = createSearch(kb);

  it('finds a tip by a word its writers use and it does not, says so, and that the report does not use it', () => {
    const outcome = search.search('leidraad');
    const [first] = outcome.strongResults;
    expect(first!.tip.id).toBe('improviseren-en-inspelen-op-behoeften');
    expect(first!.writersWords).toEqual(['leidraad']);
    expect(matchReason(first!, 'nl')).toMatchObject({ words: [], writers: ['leidraad'] });
    expect(outcome.missing.map(({ word }) => word)).toEqual(['leidraad']);
  });

  it("names no word as the writers' that the tip holds itself", () => {
    // `improviseren` is the tip's own word (and among its writers' words or not, it is its own).
    const [first] = search.search('improviseren leidraad').strongResults;
    expect(first!.tip.id).toBe('improviseren-en-inspelen-op-behoeften');
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
    expect(first(search)[0]).toBe('improviseren-en-inspelen-op-behoeften');
    expect(first(createSearch({ ...kb, writers: {} }))).not.toContain(
      'improviseren-en-inspelen-op-behoeften',
    );
  });
});
