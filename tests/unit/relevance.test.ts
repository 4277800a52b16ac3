import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createResultText,
  evaluateDrafts,
  evaluatePrecision,
  evaluateRelevance,
  formatRelevance,
  labelledByTips,
  type LabelledDraft,
  type LabelledQuery,
  type TipLabelledQuery,
} from '@/tools/evaluate-relevance';
import { adviseDraft } from '@/lib/search/advise-draft';
import { createSearch } from '@/lib/search/create-search';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'relevance');
const QUERIES = join(FIXTURES, 'dev-queries.json');
const HELD_OUT = join(FIXTURES, 'held-out-queries.json');
const PRACTITIONER = join(FIXTURES, 'practitioner-queries.json');
const DRAFTS = join(FIXTURES, 'drafts.json');
const PRACTITIONER_DEV = join(FIXTURES, 'practitioner-dev-queries.json');
const DRAFTS_DEV = join(FIXTURES, 'drafts-dev.json');
const PRACTITIONER_DEV3 = join(FIXTURES, 'practitioner-dev3-queries.json');
const DRAFTS_DEV3 = join(FIXTURES, 'drafts-dev3.json');
const PRACTITIONER_DEV4 = join(FIXTURES, 'practitioner-dev4-queries.json');
const DRAFTS_DEV4 = join(FIXTURES, 'drafts-dev4.json');
const PRACTITIONER_DEV5 = join(FIXTURES, 'practitioner-dev5-queries.json');
const DRAFTS_DEV5 = join(FIXTURES, 'drafts-dev5.json');
const PRACTITIONER_DEV6 = join(FIXTURES, 'practitioner-dev6-queries.json');
const DRAFTS_DEV6 = join(FIXTURES, 'drafts-dev6.json');
const PRACTITIONER_DEV7 = join(FIXTURES, 'practitioner-dev7-queries.json');
const PRACTITIONER_DEV8 = join(FIXTURES, 'practitioner-dev8-queries.json');
const DRAFTS_DEV7 = join(FIXTURES, 'drafts-dev7.json');
const PRACTITIONER_DEV9 = join(FIXTURES, 'practitioner-dev9-queries.json');
const DRAFTS_DEV8 = join(FIXTURES, 'drafts-dev8.json');
const PRACTITIONER_DEV10 = join(FIXTURES, 'practitioner-dev10-queries.json');
const PRACTITIONER_DEV11 = join(FIXTURES, 'practitioner-dev11-queries.json');
const PRACTITIONER_DEV12 = join(FIXTURES, 'practitioner-dev12-queries.json');
const PRACTITIONER_DEV13 = join(FIXTURES, 'practitioner-dev13-queries.json');
const DRAFTS_DEV9 = join(FIXTURES, 'drafts-dev9.json');
const DRAFTS_DEV10 = join(FIXTURES, 'drafts-dev10.json');
const DRAFTS_DEV11 = join(FIXTURES, 'drafts-dev11.json');
const DRAFTS_DEV12 = join(FIXTURES, 'drafts-dev12.json');
const DRAFTS_DEV13 = join(FIXTURES, 'drafts-dev13.json');
const DRAFTS_DEV14 = join(FIXTURES, 'drafts-dev14.json');
const DRAFTS_DEV15 = join(FIXTURES, 'drafts-dev15.json');
const DRAFTS_DEV16 = join(FIXTURES, 'drafts-dev16.json');
const DRAFTS_DEV17 = join(FIXTURES, 'drafts-dev17.json');
const DRAFTS_DEV18 = join(FIXTURES, 'drafts-dev18.json');
const DRAFTS_DEV19 = join(FIXTURES, 'drafts-dev19.json');
const DRAFTS_DEV20 = join(FIXTURES, 'drafts-dev20.json');
const DRAFTS_DEV21 = join(FIXTURES, 'drafts-dev21.json');
const DRAFTS_DEV22 = join(FIXTURES, 'drafts-dev22.json');
const DRAFTS_DEV23 = join(FIXTURES, 'drafts-dev23.json');
const DRAFTS_DEV24 = join(FIXTURES, 'drafts-dev24.json');
const DRAFTS_DEV25 = join(FIXTURES, 'drafts-dev25.json');
const DRAFTS_DEV26 = join(FIXTURES, 'drafts-dev26.json');
const DRAFTS_DEV27 = join(FIXTURES, 'drafts-dev27.json');
const DRAFTS_DEV28 = join(FIXTURES, 'drafts-dev28.json');
const DRAFTS_DEV29 = join(FIXTURES, 'drafts-dev29.json');
const DRAFTS_DEV30 = join(FIXTURES, 'drafts-dev30.json');
const DRAFTS_DEV31 = join(FIXTURES, 'drafts-dev31.json');
const DRAFTS_DEV32 = join(FIXTURES, 'drafts-dev32.json');
const DRAFTS_DEV33 = join(FIXTURES, 'drafts-dev33.json');
const DRAFTS_DEV34 = join(FIXTURES, 'drafts-dev34.json');
const DRAFTS_DEV35 = join(FIXTURES, 'drafts-dev35.json');
const DRAFTS_DEV36 = join(FIXTURES, 'drafts-dev36.json');
const DRAFTS_DEV37 = join(FIXTURES, 'drafts-dev37.json');
const DRAFTS_DEV38 = join(FIXTURES, 'drafts-dev38.json');
const DRAFTS_DEV39 = join(FIXTURES, 'drafts-dev39.json');
const DRAFTS_DEV40 = join(FIXTURES, 'drafts-dev40.json');
const DRAFTS_DEV41 = join(FIXTURES, 'drafts-dev41.json');
const DRAFTS_DEV42 = join(FIXTURES, 'drafts-dev42.json');
const DRAFTS_DEV43 = join(FIXTURES, 'drafts-dev43.json');
const DRAFTS_DEV44 = join(FIXTURES, 'drafts-dev44.json');
const DRAFTS_DEV45 = join(FIXTURES, 'drafts-dev45.json');
const DRAFTS_DEV46 = join(FIXTURES, 'drafts-dev46.json');
const DRAFTS_DEV47 = join(FIXTURES, 'drafts-dev47.json');
const DRAFTS_DEV48 = join(FIXTURES, 'drafts-dev48.json');
const DRAFTS_DEV49 = join(FIXTURES, 'drafts-dev49.json');
const DRAFTS_DEV50 = join(FIXTURES, 'drafts-dev50.json');
const DRAFTS_DEV51 = join(FIXTURES, 'drafts-dev51.json');
const DRAFTS_DEV52 = join(FIXTURES, 'drafts-dev52.json');
const DRAFTS_DEV53 = join(FIXTURES, 'drafts-dev53.json');
const DRAFTS_DEV54 = join(FIXTURES, 'drafts-dev54.json');
const DRAFTS_DEV55 = join(FIXTURES, 'drafts-dev55.json');
const DRAFTS_DEV56 = join(FIXTURES, 'drafts-dev56.json');
const DRAFTS_DEV57 = join(FIXTURES, 'drafts-dev57.json');
const DRAFTS_DEV58 = join(FIXTURES, 'drafts-dev58.json');
const DRAFTS_DEV59 = join(FIXTURES, 'drafts-dev59.json');
const DRAFTS_DEV60 = join(FIXTURES, 'drafts-dev60.json');
const DRAFTS_DEV61 = join(FIXTURES, 'drafts-dev61.json');
const DRAFTS_DEV62 = join(FIXTURES, 'drafts-dev62.json');
const DRAFTS_DEV63 = join(FIXTURES, 'drafts-dev63.json');
const DRAFTS_DEV64 = join(FIXTURES, 'drafts-dev64.json');
const DRAFTS_DEV65 = join(FIXTURES, 'drafts-dev65.json');
const DRAFTS_DEV66 = join(FIXTURES, 'drafts-dev66.json');
const DRAFTS_DEV67 = join(FIXTURES, 'drafts-dev67.json');
const DRAFTS_DEV68 = join(FIXTURES, 'drafts-dev68.json');
const DRAFTS_DEV69 = join(FIXTURES, 'drafts-dev69.json');

const kb = loadKnowledgeBase();
const search = createSearch(kb);
const text = createResultText(kb);

const read = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
/** A query as a policy writer makes it: a paragraph is a selection, the rest is typed. */
const run = (query: string, kind: string) =>
  kind === 'paragraph' ? search.lookupSelection(query) : search.search(query);

/** Runs labelled queries and prints hit@3 and MRR@5 per kind. */
function evaluate(queries: LabelledQuery[], label: string) {
  const report = evaluateRelevance(queries, (query, kind) =>
    run(query, kind).results.map((r) => text(r.tip)),
  );
  console.log(`\n${label}:\n${formatRelevance(report)}\n`);
  return report;
}

describe('relevance on the development queries', () => {
  const report = evaluate(read(QUERIES), 'development queries');

  it('has a hit in the top 3 for at least 95% of all queries', () => {
    expect(report.overall.hitAt3, JSON.stringify(report.misses, null, 2)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['typo', 'paragraph'])('has a hit in the top 3 for every %s query', (kind) => {
    expect(report.misses.filter((miss) => miss.kind === kind)).toEqual([]);
    expect(report.byKind[kind]?.hitAt3).toBe(1);
  });

  it('covers every kind of query', () => {
    expect(Object.keys(report.byKind).sort()).toEqual([
      'compound',
      'diacritics',
      'english',
      'paragraph',
      'phrase',
      'term',
      'typo',
    ]);
  });
});

describe('relevance on the held-out queries', () => {
  // Written blind, from the report alone, to see how the search does on queries nobody tuned it
  // for. Reported, with a floor that catches a regression rather than a target to tune towards.
  const report = evaluate(read(HELD_OUT), 'held-out queries');

  // The issue "Search that speaks the writer's language" asks that it keeps at least 0.97 (now 1.00).
  it('has a hit in the top 3 for at least 97% of them', () => {
    expect(report.overall.hitAt3, JSON.stringify(report.misses, null, 2)).toBeGreaterThanOrEqual(0.97);
  });
});

describe("relevance on the practitioners' queries", () => {
  // Written blind to the thesaurus and the search (practitioner-queries.md): the field's own words,
  // which the report does not use. Held out like the set above: never tuned to query by query.
  const report = evaluate(labelledByTips(read<TipLabelledQuery[]>(PRACTITIONER)), "practitioners' queries");

  // The target is 0.90 (issue "Search that speaks the writer's language"), which the search now meets
  // (0.90): the floor is the target, so that a change that loses ground fails.
  it('has a hit in the top 3 for at least 90% of them', () => {
    expect(report.overall.hitAt3, JSON.stringify(report.misses, null, 2)).toBeGreaterThanOrEqual(0.9);
  });
});

// Twelve more sets of the same kinds, written blind to the search (practitioner-dev.md,
// practitioner-dev3.md to practitioner-dev13.md), to tune on: their misses may be read, so that the
// set above stays unseen. The fourth to thirteenth weigh the kinds the set above misses most
// (synonyms, questions, policy sentences); as written they scored 0.83, 0.86, 0.93, 0.91, 0.82, 0.89,
// 0.93, 0.90, 0.94 and 0.96.
describe.each([
  { file: PRACTITIONER_DEV, label: "practitioners' development queries", floor: 0.93 },
  { file: PRACTITIONER_DEV3, label: "practitioners' third development set", floor: 0.97 },
  { file: PRACTITIONER_DEV4, label: "practitioners' fourth development set", floor: 0.97 },
  { file: PRACTITIONER_DEV5, label: "practitioners' fifth development set", floor: 0.94 },
  { file: PRACTITIONER_DEV6, label: "practitioners' sixth development set", floor: 0.97 },
  { file: PRACTITIONER_DEV7, label: "practitioners' seventh development set", floor: 0.96 },
  { file: PRACTITIONER_DEV8, label: "practitioners' eighth development set", floor: 0.94 },
  { file: PRACTITIONER_DEV9, label: "practitioners' ninth development set", floor: 0.95 },
  { file: PRACTITIONER_DEV10, label: "practitioners' tenth development set", floor: 0.96 },
  { file: PRACTITIONER_DEV11, label: "practitioners' eleventh development set", floor: 0.98 },
  { file: PRACTITIONER_DEV12, label: "practitioners' twelfth development set", floor: 0.98 },
  { file: PRACTITIONER_DEV13, label: "practitioners' thirteenth development set", floor: 0.98 },
])('relevance on the $label', ({ file, label, floor }) => {
  const report = evaluate(labelledByTips(read<TipLabelledQuery[]>(file)), label);

  it(`has a hit in the top 3 for at least ${Math.round(floor * 100)}% of them`, () => {
    expect(report.overall.hitAt3, JSON.stringify(report.misses, null, 2)).toBeGreaterThanOrEqual(floor);
  });
});

/** Advises labelled drafts part by part and prints, per draft, the subjects found. */
function evaluateDraftSet(file: string, label: string) {
  const report = evaluateDrafts(read<LabelledDraft[]>(file), (text) => {
    const advice = adviseDraft(search, kb.themes, text);
    return {
      parts: advice.parts.map((part) => part.results.map((r) => r.tip.id)),
      merged: advice.results.map((r) => r.tip.id),
    };
  });
  console.log(
    `\n${label}: subjects found in some part's top 3 ${report.inParts.toFixed(2)}, in the merged top 10 ` +
      `${report.inMerged.toFixed(2)}\n` +
      report.drafts
        .map((d) => `  ${d.id.padEnd(52)} ${d.inParts}/${d.subjects}  ${d.inMerged}/${d.subjects}`)
        .join('\n'),
  );
  return report;
}

// Every set written blind to the search: realistic multi-topic drafts, each subject labelled with
// the tips that answer it. The targets are 0.90 in some part's top 3 and 0.80 in the merged list's
// top 10 (issue "Advice for a whole draft"); each floor sits just under what the search reaches now,
// so that a change that loses ground fails. The held-out set (drafts.md) is never tuned to draft by
// draft. The words writers use for each tip are learned from the sets to tune on (`LEARNING_SETS`);
// drafts-dev52 to drafts-dev69 are never learned from, to check them (tests/fixtures/relevance/README.md).
// The figures, now and as each set was written: README.md ("Search") and each set's note.
describe.each([
  { file: DRAFTS, label: 'drafts', inParts: 0.92, inMerged: 0.88 },
  { file: DRAFTS_DEV, label: 'development drafts', inParts: 0.97, inMerged: 0.95 },
  { file: DRAFTS_DEV3, label: 'third set of development drafts', inParts: 1, inMerged: 0.94 },
  { file: DRAFTS_DEV4, label: 'fourth set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV5, label: 'fifth set of development drafts', inParts: 1, inMerged: 0.92 },
  { file: DRAFTS_DEV6, label: 'sixth set of development drafts', inParts: 1, inMerged: 0.96 },
  { file: DRAFTS_DEV7, label: 'seventh set of development drafts', inParts: 1, inMerged: 0.95 },
  { file: DRAFTS_DEV8, label: 'eighth set of development drafts', inParts: 0.99, inMerged: 0.96 },
  { file: DRAFTS_DEV9, label: 'ninth set of development drafts', inParts: 1, inMerged: 0.97 },
  { file: DRAFTS_DEV10, label: 'tenth set of development drafts', inParts: 0.99, inMerged: 0.9 },
  { file: DRAFTS_DEV11, label: 'eleventh set of development drafts', inParts: 1, inMerged: 0.94 },
  { file: DRAFTS_DEV12, label: 'twelfth set of development drafts', inParts: 0.98, inMerged: 0.96 },
  { file: DRAFTS_DEV13, label: 'thirteenth set of development drafts', inParts: 1, inMerged: 0.95 },
  { file: DRAFTS_DEV14, label: 'fourteenth set of development drafts', inParts: 0.97, inMerged: 0.92 },
  { file: DRAFTS_DEV15, label: 'fifteenth set of development drafts', inParts: 0.94, inMerged: 0.86 },
  { file: DRAFTS_DEV16, label: 'sixteenth set of development drafts', inParts: 0.98, inMerged: 0.92 },
  { file: DRAFTS_DEV17, label: 'seventeenth set of development drafts', inParts: 1, inMerged: 0.96 },
  { file: DRAFTS_DEV18, label: 'eighteenth set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV19, label: 'nineteenth set of development drafts', inParts: 1, inMerged: 0.97 },
  { file: DRAFTS_DEV20, label: 'twentieth set of development drafts', inParts: 0.94, inMerged: 0.86 },
  { file: DRAFTS_DEV21, label: 'twenty-first set of development drafts', inParts: 1, inMerged: 1 },
  { file: DRAFTS_DEV22, label: 'twenty-second set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV23, label: 'twenty-third set of development drafts', inParts: 1, inMerged: 0.97 },
  { file: DRAFTS_DEV24, label: 'twenty-fourth set of development drafts', inParts: 0.98, inMerged: 0.95 },
  { file: DRAFTS_DEV25, label: 'twenty-fifth set of development drafts', inParts: 1, inMerged: 0.95 },
  { file: DRAFTS_DEV26, label: 'twenty-sixth set of development drafts', inParts: 0.98, inMerged: 0.96 },
  { file: DRAFTS_DEV27, label: 'twenty-seventh set of development drafts', inParts: 0.97, inMerged: 0.95 },
  { file: DRAFTS_DEV28, label: 'twenty-eighth set of development drafts', inParts: 0.98, inMerged: 0.95 },
  { file: DRAFTS_DEV29, label: 'twenty-ninth set of development drafts', inParts: 0.97, inMerged: 0.92 },
  { file: DRAFTS_DEV30, label: 'thirtieth set of development drafts', inParts: 1, inMerged: 0.96 },
  { file: DRAFTS_DEV31, label: 'thirty-first set of development drafts', inParts: 1, inMerged: 0.97 },
  { file: DRAFTS_DEV32, label: 'thirty-second set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV33, label: 'thirty-third set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV34, label: 'thirty-fourth set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV35, label: 'thirty-fifth set of development drafts', inParts: 1, inMerged: 1 },
  { file: DRAFTS_DEV36, label: 'thirty-sixth set of development drafts', inParts: 0.98, inMerged: 0.98 },
  { file: DRAFTS_DEV37, label: 'thirty-seventh set of development drafts', inParts: 1, inMerged: 0.97 },
  { file: DRAFTS_DEV38, label: 'thirty-eighth set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV39, label: 'thirty-ninth set of development drafts', inParts: 0.97, inMerged: 0.95 },
  { file: DRAFTS_DEV40, label: 'fortieth set of development drafts', inParts: 0.98, inMerged: 0.95 },
  { file: DRAFTS_DEV41, label: 'forty-first set of development drafts', inParts: 1, inMerged: 1 },
  { file: DRAFTS_DEV42, label: 'forty-second set of development drafts', inParts: 0.98, inMerged: 0.97 },
  { file: DRAFTS_DEV43, label: 'forty-third set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV44, label: 'forty-fourth set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV45, label: 'forty-fifth set of development drafts', inParts: 1, inMerged: 0.96 },
  { file: DRAFTS_DEV46, label: 'forty-sixth set of development drafts', inParts: 0.98, inMerged: 0.97 },
  { file: DRAFTS_DEV47, label: 'forty-seventh set of development drafts', inParts: 1, inMerged: 0.97 },
  { file: DRAFTS_DEV48, label: 'forty-eighth set of development drafts', inParts: 1, inMerged: 1 },
  { file: DRAFTS_DEV49, label: 'forty-ninth set of development drafts', inParts: 1, inMerged: 0.98 },
  { file: DRAFTS_DEV50, label: 'fiftieth set of development drafts', inParts: 0.99, inMerged: 0.98 },
  { file: DRAFTS_DEV51, label: 'fifty-first set of development drafts', inParts: 0.97, inMerged: 0.96 },
  { file: DRAFTS_DEV52, label: 'fifty-second set of development drafts', inParts: 1, inMerged: 0.96 },
  { file: DRAFTS_DEV53, label: 'fifty-third set of development drafts', inParts: 1, inMerged: 1 },
  { file: DRAFTS_DEV54, label: 'fifty-fourth set of development drafts', inParts: 1, inMerged: 0.95 },
  { file: DRAFTS_DEV55, label: 'fifty-fifth set of development drafts', inParts: 0.98, inMerged: 0.95 },
  { file: DRAFTS_DEV56, label: 'fifty-sixth set of development drafts', inParts: 0.99, inMerged: 0.94 },
  { file: DRAFTS_DEV57, label: 'fifty-seventh set of development drafts', inParts: 0.99, inMerged: 0.95 },
  { file: DRAFTS_DEV58, label: 'fifty-eighth set of development drafts', inParts: 0.98, inMerged: 0.94 },
  { file: DRAFTS_DEV59, label: 'fifty-ninth set of development drafts', inParts: 0.98, inMerged: 0.95 },
  { file: DRAFTS_DEV60, label: 'sixtieth set of development drafts', inParts: 0.94, inMerged: 0.89 },
  { file: DRAFTS_DEV61, label: 'sixty-first set of development drafts', inParts: 0.95, inMerged: 0.87 },
  { file: DRAFTS_DEV62, label: 'sixty-second set of development drafts', inParts: 0.97, inMerged: 0.89 },
  { file: DRAFTS_DEV63, label: 'sixty-third set of development drafts', inParts: 0.94, inMerged: 0.88 },
  { file: DRAFTS_DEV64, label: 'sixty-fourth set of development drafts', inParts: 0.97, inMerged: 0.83 },
  { file: DRAFTS_DEV65, label: 'sixty-fifth set of development drafts', inParts: 0.98, inMerged: 0.9 },
  { file: DRAFTS_DEV66, label: 'sixty-sixth set of development drafts', inParts: 0.94, inMerged: 0.86 },
  { file: DRAFTS_DEV67, label: 'sixty-seventh set of development drafts', inParts: 0.96, inMerged: 0.87 },
  { file: DRAFTS_DEV68, label: 'sixty-eighth set of development drafts', inParts: 0.96, inMerged: 0.83 },
  { file: DRAFTS_DEV69, label: 'sixty-ninth set of development drafts', inParts: 0.99, inMerged: 0.87 },
])('relevance on whole $label', ({ file, label, inParts, inMerged }) => {
  const report = evaluateDraftSet(file, label);

  it(`finds at least ${Math.round(inParts * 100)}% of the subjects in some part's top 3`, () => {
    expect(report.inParts).toBeGreaterThanOrEqual(inParts);
  });

  it(`finds at least ${Math.round(inMerged * 100)}% of the subjects in the merged list's top 10`, () => {
    expect(report.inMerged).toBeGreaterThanOrEqual(inMerged);
  });
});

describe('precision: the cut-off between strong and weak results', () => {
  // Single-topic queries: every typed query of the development and the first held-out set.
  const queries = [...read<LabelledQuery[]>(QUERIES), ...read<LabelledQuery[]>(HELD_OUT)].filter(
    ([kind]) => kind !== 'paragraph',
  );
  const report = evaluatePrecision(queries, (query, kind) => {
    const { results, strong } = run(query, kind);
    return { texts: results.map((r) => text(r.tip)), strong };
  });
  console.log(
    `\nprecision on ${report.queries} single-topic queries: median ${report.medianStrong} strong results, ` +
      `expected tip strong in ${(report.expectedStrong * 100).toFixed(1)}%\n`,
  );

  it('shows a median of at most 6 results above the cut-off', () => {
    expect(report.medianStrong).toBeLessThanOrEqual(6);
  });

  it('keeps the expected tip above the cut-off for at least 95% of the queries', () => {
    expect(report.expectedStrong, JSON.stringify(report.misses)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('evaluatePrecision', () => {
  it('counts the strong results and whether the expected one is among them', () => {
    const outcomes: Record<string, { texts: string[]; strong: number }> = {
      a: { texts: ['wanted', 'x'], strong: 1 },
      b: { texts: ['x', 'wanted', 'y'], strong: 1 },
      c: { texts: ['x', 'y', 'wanted'], strong: 3 },
    };
    const report = evaluatePrecision(
      [
        ['term', 'a', 'wanted'],
        ['term', 'b', 'wanted'],
        ['term', 'c', 'wanted'],
      ],
      (query) => outcomes[query]!,
    );
    expect(report).toEqual({
      queries: 3,
      medianStrong: 1,
      expectedStrong: 2 / 3,
      misses: [{ query: 'b', rank: 1, strong: 1 }],
    });
  });

  it('labels queries by tip ids as patterns over the result text', () => {
    const pattern = new RegExp(labelledByTips([['term', 'q', ['a-tip', 'b-tip']]])[0]![2]);
    expect(pattern.test('b-tip kennisdag …')).toBe(true);
    expect(pattern.test('a-tip-more kennisdag …')).toBe(false);
  });
});

describe('evaluateDrafts', () => {
  it('counts the subjects found in some part and in the merged list', () => {
    const report = evaluateDrafts(
      [
        {
          id: 'd',
          kind: 'wijkaanpak',
          text: 'x',
          subjects: [
            { label: 'a', tips: ['a'] },
            { label: 'b', tips: ['b', 'c'] },
          ],
        },
      ],
      () => ({ parts: [['x', 'y', 'z', 'a'], ['c']], merged: ['c'] }),
    );
    expect(report.drafts).toEqual([{ id: 'd', subjects: 2, inParts: 1, inMerged: 1 }]);
    expect([report.inParts, report.inMerged]).toEqual([0.5, 0.5]);
  });
});

describe('evaluateRelevance', () => {
  it('scores hit@3 and MRR@5 per kind and overall', () => {
    const report = evaluateRelevance(
      [
        ['term', 'a', 'wanted'],
        ['term', 'b', 'wanted'],
        ['typo', 'c', 'wanted'],
      ],
      (query) => ({ a: ['wanted'], b: ['x', 'y', 'z', 'wanted'], c: ['x', 'wanted'] })[query] ?? [],
    );
    expect(report.byKind.term).toEqual({ queries: 2, hitAt3: 0.5, mrrAt5: (1 + 1 / 4) / 2 });
    expect(report.byKind.typo).toEqual({ queries: 1, hitAt3: 1, mrrAt5: 0.5 });
    expect(report.overall.hitAt3).toBeCloseTo(2 / 3);
    expect(report.misses.map((miss) => miss.query)).toEqual(['b']);
  });
});
