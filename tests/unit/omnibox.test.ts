import { describe, expect, it } from 'vitest';
import { toSuggestions } from '@/lib/omnibox';
import type { SearchResult } from '@/lib/search/create-search';
import { DATA_DIR, loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase(DATA_DIR, ['tests/fixtures/second-report']);
const reports = kb.reports.map(({ report }) => report);
const tips = kb.reports.flatMap(({ tips }) => tips);
const results = ['neutrale-gespreksleider', 'testdag-neutrale-gespreksleider'].map(
  (id) => ({ tip: tips.find((tip) => tip.id === id)! }) as SearchResult,
);

describe('toSuggestions', () => {
  it('names the speaker, and no report where there is one', () => {
    expect(toSuggestions(results.slice(0, 1), 'nl', false, reports.slice(0, 1))).toEqual([
      {
        content: 'tip:neutrale-gespreksleider',
        description: 'Kies een neutrale gespreksleider — Halima Bochallati',
      },
    ]);
  });

  it('names the report of each suggestion where there is more than one', () => {
    expect(toSuggestions(results, 'en', true, reports).map((s) => s.description)).toEqual([
      '<match>Choose a neutral facilitator</match> <dim>— Halima Bochallati · Knowledge day 2 · 15 April 2024</dim>',
      '<match>Choose a neutral facilitator (test day)</match> <dim>— Halima Bochallati · Test day · 10 March 2025</dim>',
    ]);
  });
});
