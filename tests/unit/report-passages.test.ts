import { describe, expect, it } from 'vitest';
import { excerptAround } from '@/lib/search/highlight';
import { appState, kb, search } from './app-state-fixture';

const marked = (text: string, ranges: readonly [number, number][]) =>
  ranges.map(([a, b]) => text.slice(a, b));

describe('the passages of the report', () => {
  it.each([
    ['a name no tip holds', 'Heilige Boontjes', ['Heilige', 'Boontjes']],
    ['the place of the day', 'Park Plaza', ['Park', 'Plaza']],
    ['an organisation', 'Movisie', ['Movisie']],
  ])('finds %s in the text, its words marked', (_, query, words) => {
    const [first] = search.passages(query);
    expect(first).toBeDefined();
    expect(marked(first!.text, first!.ranges)).toEqual(words);
    const section = kb.reports[0]!.text.sections.find((s) => s.id === first!.sectionId)!;
    expect(section.blocks[first!.block]!.text).toBe(first!.text);
  });

  it('needs every content word of the query, and says nothing for a long passage', () => {
    expect(search.passages('Park Plaza Amsterdam')).toEqual([]);
    expect(search.passages('een twee drie vier vijf zes zeven acht negen tien elf twaalf')).toEqual([]);
  });

  it('does not call a word of the report missing when only its text, not a tip, holds it', () => {
    expect(search.search('Plaza ').results).toEqual([]);
    expect(search.search('Plaza ').missing).toEqual([]);
    expect(search.search('qwxzyv ').missing.map((m) => m.word)).toEqual(['qwxzyv']);
  });
});

describe('excerptAround', () => {
  it('cuts a long text around its first range, with its ranges moved along', () => {
    expect(excerptAround('een twee drie vier vijf', [[19, 23]], 9)).toEqual({
      text: '…vier vijf',
      ranges: [[6, 10]],
    });
    expect(excerptAround('kort', [[0, 4]], 160)).toEqual({ text: 'kort', ranges: [[0, 4]] });
  });
});

describe('the report view in the state model', () => {
  const state = () => appState();

  it('opens a passage found in the report, marked, and Escape returns to the search', () => {
    const model = state();
    model.actions.setQuery('Heilige Boontjes');
    const [passage] = model.passages.value;
    model.actions.openPassage(passage!);
    expect(model.screen.value).toMatchObject({
      name: 'report',
      sectionId: passage!.sectionId,
      mark: { block: passage!.block },
    });
    expect(model.tab.value).toBe('search');
    expect(model.actions.back()).toBe(true);
    expect(model.screen.value).toEqual({ name: 'search' });
    expect(model.query.value).toBe('Heilige Boontjes');
  });

  it('moves from a tip in the report to the next section, and back to the tip in one step', () => {
    const model = state();
    const tip = kb.reports[0]!.tips[0]!;
    model.actions.openTip(tip.id);
    model.actions.openContext();
    const sections = kb.reports[0]!.report.sections;
    const next = sections[sections.findIndex((s) => s.id === tip.section) + 1]!;
    model.actions.openSection(tip.report, next.id);
    model.actions.openSection(tip.report, tip.section);
    expect(model.screen.value).toMatchObject({ name: 'report', sectionId: tip.section });
    model.actions.back();
    expect(model.screen.value).toMatchObject({ name: 'context', tipId: tip.id });
  });
});
