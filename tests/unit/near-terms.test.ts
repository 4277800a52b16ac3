import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/analysis/tokenize';
import { createSearch } from '@/lib/search/create-search';
import { nearTerms } from '@/lib/search/near-terms';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';
import { createSyntheticKnowledgeBase } from '@/tools/synthetic-corpus';

const real = loadKnowledgeBase();
const corpora = [
  ['the real corpus', real],
  ['a synthetic corpus', createSyntheticKnowledgeBase(real, { factor: 10 })],
] as const;

/** What `fuzzyGet` finds, as a list that keeps its order. */
const listed = (found: Map<string, [unknown, number]>) =>
  [...found].map(([term, [value, distance]]) => [term, value, distance]);

describe.each(corpora)('the terms near a term, in %s', (_, kb) => {
  const search = createSearch(kb);
  const { terms } = search.index;
  // The index's own terms, and every word of the tips with a letter dropped, doubled or changed.
  const indexTerms = [...terms.keys()];
  const words = [
    ...new Set(
      kb.reports
        .flatMap((r) => r.tips.flatMap((tip) => tokenize(tip.summary)))
        .map((t) => t.word.toLowerCase()),
    ),
  ];

  it.each([1, 2])('are what fuzzyGet finds, in its order, within %i edits, for every index term', (edits) => {
    for (const term of indexTerms.slice(0, 3000)) {
      expect(listed(nearTerms(terms, term, edits))).toEqual(listed(terms.fuzzyGet(term, edits)));
    }
  });

  it('are what fuzzyGet finds for any string near the tips words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.nat(),
        fc.string({ maxLength: 2 }),
        fc.integer({ min: 0, max: 3 }),
        (word, at, inserted, edits) => {
          const i = at % (word.length + 1);
          const typo = word.slice(0, i) + inserted + word.slice(i + 1);
          expect(listed(nearTerms(terms, typo, edits))).toEqual(listed(terms.fuzzyGet(typo, edits)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the terms near a term, as the tree grows', () => {
  it('include the terms added since the last lookup', () => {
    const tree = new SearchableMap<number>();
    tree.set('wijkagent', 1);
    expect(listed(nearTerms(tree, 'wijkagenten', 2))).toEqual([['wijkagent', 1, 2]]);
    tree.set('wijkagenten', 2);
    expect(listed(nearTerms(tree, 'wijkagenten', 2))).toEqual(listed(tree.fuzzyGet('wijkagenten', 2)));
    expect(nearTerms(tree, 'wijkagenten', 2).size).toBe(2);
  });

  it('count a distance that is not whole as its whole part (fuzzyGet is only defined for whole ones)', () => {
    const tree = new SearchableMap<number>();
    for (const [i, term] of ['wijk', 'wijkagent', 'wijkagenten', 'wijkteam'].entries()) tree.set(term, i);
    for (const distance of [0.5, 1.5, 2.9]) {
      expect(listed(nearTerms(tree, 'wijkagnt', distance))).toEqual(
        listed(tree.fuzzyGet('wijkagnt', Math.floor(distance))),
      );
    }
    expect(listed(nearTerms(tree, 'wijkagnt', 1.5))).toEqual([['wijkagent', 1, 1]]);
  });

  it('find nothing in an empty tree, and any string is safe to ask', () => {
    const tree = new SearchableMap<number>();
    expect(nearTerms(tree, 'wijk', 1).size).toBe(0);
    tree.set('wijk', 1);
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.integer({ min: 0, max: 2 }),
        (text, edits) => {
          expect(listed(nearTerms(tree, text, edits))).toEqual(listed(tree.fuzzyGet(text, edits)));
        },
      ),
    );
  });
});
