import { describe, expect, it } from 'vitest';
import { findQuote } from '@/lib/find-quote';
import { validateKnowledgeBase, type KnowledgeBaseFiles } from '@/tools/validate-knowledge-base';
import { readKnowledgeBaseFiles } from '@/tools/read-knowledge-base';

type Record = { [key: string]: unknown };
const TIPS = 'data/reports/kennisdag-2-lokale-netwerken/tips.json';
const REPORT = 'data/reports/kennisdag-2-lokale-netwerken/report.json';

/** A fresh copy of the real files with one change made to it. */
function mutated(change: (files: KnowledgeBaseFiles, tips: Record[]) => void): string[] {
  const files = structuredClone(readKnowledgeBaseFiles());
  change(files, files.reports[0]!.tips.data as Record[]);
  const result = validateKnowledgeBase(files);
  return result.ok ? [] : result.errors;
}

describe('validateKnowledgeBase', () => {
  it.each<[string, (files: KnowledgeBaseFiles, tips: Record[]) => void, string]>([
    [
      'an unknown kind',
      (_, tips) => (tips[0]!.kind = 'tip'),
      `${TIPS} › tip "%id0" (record 1) › kind: Invalid`,
    ],
    [
      'a missing title',
      (_, tips) => delete tips[1]!.title,
      `${TIPS} › tip "%id1" (record 2) › title: Invalid`,
    ],
    [
      'an empty summary',
      (_, tips) => (tips[0]!.summary = ''),
      `tip "%id0" (record 1) › summary: must not be empty`,
    ],
    ['an unknown field', (_, tips) => (tips[0]!.tags = []), `tip "%id0" (record 1) › tags: Invalid key`],
    [
      'an id that is no slug',
      (_, tips) => (tips[2]!.id = 'Snel handelen'),
      `tip "Snel handelen" (record 3) › id: must be a slug`,
    ],
    [
      'an English title missing',
      (_, tips) => delete (tips[0]!.en as Record).title,
      `tip "%id0" (record 1) › en.title: Invalid`,
    ],
    [
      'an unknown theme',
      (_, tips) => (tips[0]!.themes = ['nope']),
      `tip "%id0" › themes: "nope" is not in data/themes.json`,
    ],
    [
      'an unknown section',
      (_, tips) => (tips[0]!.section = 'nope'),
      `tip "%id0" › section: "nope" is not a section`,
    ],
    [
      'a paraphrased quote',
      (_, tips) => (tips[0]!.quote = 'Dit staat er niet.'),
      `tip "%id0" › quote: not found verbatim`,
    ],
    [
      'a quote that overlaps another',
      (_, tips) => (tips[1]!.quote = tips[0]!.quote),
      `tip "%id1" › quote: overlaps the quote of tip "%id0"`,
    ],
    ['a duplicate id', (_, tips) => (tips[1]!.id = tips[0]!.id), `tip "%id0" › id: used more than once`],
    [
      'a wrong speaker',
      (_, tips) => (tips[0]!.speaker = { name: 'Iemand', role: 'x' }),
      `tip "%id0" › speaker: must equal`,
    ],
    [
      'a malformed date',
      (files) => ((files.reports[0]!.report.data as Record).date = '15-04-2024'),
      `${REPORT} › date: must be a date`,
    ],
    [
      'tips that are no list',
      (files) => (files.reports[0]!.tips.data = {}),
      `${TIPS}: must be a JSON array of tip records`,
    ],
  ])('reports %s with the file, the record and the field', (_, change, expected) => {
    const ids = (readKnowledgeBaseFiles().reports[0]!.tips.data as Record[]).map((tip) => tip.id as string);
    const message = expected.replace(/%id(\d)/g, (_, i: string) => ids[Number(i)]!);
    expect(mutated(change)).toContainEqual(expect.stringContaining(message));
  });

  describe('the thesaurus', () => {
    const THEMES = 'data/thesaurus/themes.json';
    /** The concepts of data/thesaurus/themes.json, to change one. */
    const concepts = (files: KnowledgeBaseFiles) =>
      (files.thesaurus.find((file) => file.path === THEMES)!.data as { concepts: Record[] }).concepts;

    it.each<[string, (concepts: Record[]) => void, string]>([
      [
        'a concept id used twice',
        (c) => (c[1]!.id = c[0]!.id),
        `${THEMES} › concept "${'%c0'}" › id: already used in ${THEMES}`,
      ],
      [
        'a tip that does not exist',
        (c) => (c[0]!.tips = ['nope']),
        `› tips: "nope" is no tip of data/reports/`,
      ],
      [
        'a theme that does not exist',
        (c) => (c[0]!.themes = ['nope']),
        `› themes: "nope" is not in data/themes.json`,
      ],
      [
        'a related concept that does not exist',
        (c) => (c[0]!.related = ['nope']),
        `› related: "nope" is no concept`,
      ],
      [
        'a concept broader than itself',
        (c) => (c[0]!.broader = [c[0]!.id]),
        `› broader: a concept cannot point at itself`,
      ],
      [
        'a label in two concepts',
        (c) => (c[1]!.altLabel as { nl: string[] }).nl.push('Netwerkvormen'),
        `› label "netwerkvormen": already a label of concept "netwerkvorm"`,
      ],
      ['an empty label', (c) => (c[0]!.altLabel as { nl: string[] }).nl.push(''), `.altLabel.nl.`],
      ['a prefLabel without English', (c) => delete (c[0]!.prefLabel as Record).en, `.prefLabel.en: Invalid`],
    ])('reports %s', (_, change, expected) => {
      const errors = mutated((files) => change(concepts(files)));
      const first = concepts(readKnowledgeBaseFiles())[0]!.id as string;
      expect(errors).toContainEqual(expect.stringContaining(expected.replace('%c0', first)));
    });

    it('reads every file of data/thesaurus/ into the concepts of the knowledge base', () => {
      const files = readKnowledgeBaseFiles();
      const result = validateKnowledgeBase(files);
      const count = files.thesaurus.reduce(
        (sum, file) => sum + (file.data as { concepts: [] }).concepts.length,
        0,
      );
      expect(result.ok && result.value.concepts.length).toBe(count);
    });
  });

  describe('the words writers use for each tip', () => {
    const WRITERS = 'data/writers-words.json';
    const tips = (files: KnowledgeBaseFiles) => (files.writers!.data as { tips: Record }).tips;

    it.each<[string, (tips: Record) => void, string]>([
      ['a tip that does not exist', (t) => (t.nope = 'wijk'), `${WRITERS} › tips › "nope": no such tip`],
      [
        'words that are no index terms',
        (t) => (t[Object.keys(t)[0]!] = 'Wijk  agent'),
        'must be index terms, one space between them',
      ],
    ])('reports %s', (_, change, expected) => {
      expect(mutated((files) => change(tips(files)))).toContainEqual(expect.stringContaining(expected));
    });

    it('reports how writers write a term that no tip has', () => {
      const errors = mutated((files) => {
        (files.writers!.data as { words: Record }).words.zzzonbekend = 'zzz';
      });
      expect(errors).toContainEqual(`${WRITERS} › words › "zzzonbekend": no tip has this term`);
    });

    it('are read where data/ has them, and none where it does not', () => {
      const files = readKnowledgeBaseFiles();
      const read = validateKnowledgeBase(files);
      expect(read.ok && Object.keys(read.value.writers.tips).length).toBeGreaterThan(40);
      delete files.writers;
      const without = validateKnowledgeBase(files);
      expect(without.ok && without.value.writers).toEqual({ tips: {}, words: {} });
    });
  });

  it('accepts the real knowledge base', () => {
    expect(mutated(() => undefined)).toEqual([]);
  });
});

describe('findQuote', () => {
  const text = 'Wees eerlijk. Geef fouten toe en beloof niets wat je niet kunt waarmaken.';

  it.each([
    ['a verbatim quote', 'Geef fouten toe', [[14, 29]]],
    [
      'pieces left out with an ellipsis',
      'Wees eerlijk. … beloof niets',
      [
        [0, 13],
        [33, 45],
      ],
    ],
    ['an ellipsis at the start', '… niet kunt waarmaken.', [[53, 73]]],
  ])('finds %s', (_, quote, pieces) => {
    const found = findQuote(text, quote);
    expect(found?.pieces.map((p) => [p.start, p.end])).toEqual(pieces);
    expect([found?.start, found?.end]).toEqual([pieces[0]![0], pieces.at(-1)![1]]);
  });

  it.each([
    ['a paraphrase', 'Geef je fouten toe'],
    ['pieces out of order', 'beloof niets … Wees eerlijk.'],
    ['an empty quote', ' … '],
  ])('rejects %s', (_, quote) => {
    expect(findQuote(text, quote)).toBeNull();
  });
});
