import { describe, expect, it } from 'vitest';
import { browseGroup, browseIndex } from '@/lib/browse-index';
import { reportLabel } from '@/lib/report-label';
import { DATA_DIR, loadKnowledgeBase } from '@/tools/read-knowledge-base';

const one = loadKnowledgeBase();
/** The shipped report and the tests' own second one, which shares a section id and speaker with it. */
const two = loadKnowledgeBase(DATA_DIR, ['tests/fixtures/second-report']);
const [first, second] = two.reports as [(typeof two.reports)[number], (typeof two.reports)[number]];
const allTips = (kb: typeof two) => kb.reports.flatMap(({ tips }) => tips);

describe('reportLabel', () => {
  it.each([
    ['nl', 'Kennisdag 2 · 15 april 2024'],
    ['en', 'Knowledge day 2 · 15 April 2024'],
  ] as const)('names a report by its short title and day, in %s', (language, label) => {
    expect(reportLabel(first.report, language)).toBe(label);
  });
});

describe('browseIndex', () => {
  it('lists one report by its sections, in report order, leaving out those without tips', () => {
    const [{ report, tips }] = one.reports as [(typeof one.reports)[number]];
    const groups = browseIndex(one, tips, 'section', 'nl');
    const withTips = report.sections.filter((s) => tips.some((t) => t.section === s.id));
    expect(groups.map((g) => g.key)).toEqual(withTips.map((s) => browseGroup('section', s.id, report.id)));
    expect(groups.every((g) => g.kind === 'section' && !g.groups)).toBe(true);
    expect(groups.flatMap((g) => g.tips.map((t) => t.id))).toEqual(tips.map((t) => t.id));
    const marco = groups.find((g) => g.id === 'marco-den-dunnen')!;
    expect([marco.name, marco.note]).toEqual(['Marco den Dunnen', report.sections[1]!.title]);
  });

  it('lists more than one report first, each with its own sections', () => {
    const groups = browseIndex(two, allTips(two), 'section', 'en');
    expect(groups.map(({ key, name, note }) => ({ key, name, note }))).toEqual([
      {
        key: `report:${first.report.id}`,
        name: 'Knowledge day 2 · 15 April 2024',
        note: first.report.en.title,
      },
      { key: `report:${second.report.id}`, name: 'Test day · 10 March 2025', note: second.report.en.title },
    ]);
    expect(groups.map((g) => g.tips.length)).toEqual([first.tips.length, second.tips.length]);
    expect(groups[1]!.groups!.map((g) => g.key)).toEqual([
      `section:${second.report.id}/inleiding`,
      `section:${second.report.id}/halima-bochallati`,
    ]);
  });

  it('keeps apart the sections of two reports that share an id and a speaker', () => {
    const groups = browseIndex(two, allTips(two), 'section', 'nl');
    const shared = groups.map((report) => report.groups!.find((g) => g.id === 'halima-bochallati')!);
    expect(shared.map((g) => g.name)).toEqual(['Halima Bochallati', 'Halima Bochallati']);
    expect(shared[0]!.key).not.toBe(shared[1]!.key);
    expect(shared.map((g) => g.tips.map((t) => t.id))).toEqual(
      [first, second].map(({ tips }) =>
        tips.filter((t) => t.section === 'halima-bochallati').map((t) => t.id),
      ),
    );
    expect(shared[1]!.tips.map((t) => t.id)).toEqual([
      'testdag-neutrale-gespreksleider',
      'testdag-luisteren-is-soms-genoeg',
    ]);
  });

  it('leaves out a report the filters leave no tips', () => {
    const groups = browseIndex(two, second.tips, 'section', 'nl');
    expect(groups.map((g) => g.id)).toEqual([second.report.id]);
  });

  it('lists themes flat, whatever the number of reports, each tip under every theme it has', () => {
    const groups = browseIndex(two, allTips(two), 'theme', 'nl');
    expect(groups.every((g) => g.kind === 'theme')).toBe(true);
    const trust = groups.find((g) => g.id === 'vertrouwen')!;
    expect(trust.tips.map((t) => t.id)).toEqual(
      allTips(two)
        .filter((t) => t.themes.includes('vertrouwen'))
        .map((t) => t.id),
    );
    expect(trust.tips.some((t) => t.report === second.report.id)).toBe(true);
  });
});
