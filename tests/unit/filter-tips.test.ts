import { describe, expect, it } from 'vitest';
import { facetValues, FACETS, passesFilter } from '@/lib/filter-tips';
import { DATA_DIR, loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase(DATA_DIR, ['tests/fixtures/second-report']);
const tips = kb.reports.flatMap((r) => r.tips);
const ids = (filter: Parameters<typeof passesFilter>[1]) =>
  tips.filter((tip) => passesFilter(tip, filter)).map((tip) => tip.id);

describe('passesFilter', () => {
  it('narrows to the tips of a report', () => {
    expect(ids({ reports: ['testdag-twee-verslagen'] })).toEqual(kb.reports[1]!.tips.map((t) => t.id));
  });

  it('combines the report with the other facets', () => {
    expect(ids({ reports: ['testdag-twee-verslagen'], speakers: ['Halima Bochallati'] })).toEqual([
      'testdag-neutrale-gespreksleider',
      'testdag-luisteren-is-soms-genoeg',
    ]);
    // A section id is one per report: with the report, it names one section.
    expect(ids({ sections: ['halima-bochallati'], reports: ['kennisdag-2-lokale-netwerken'] })).toEqual(
      kb.reports[0]!.tips.filter((t) => t.section === 'halima-bochallati').map((t) => t.id),
    );
  });

  it('lets every tip through an empty filter', () => {
    expect(ids({ reports: [], themes: [] })).toHaveLength(tips.length);
  });
});

describe('facetValues', () => {
  it('gives each tip exactly one report, its own', () => {
    expect(FACETS).toContain('reports');
    expect(tips.every((tip) => facetValues(tip, 'reports').join() === tip.report)).toBe(true);
  });
});
