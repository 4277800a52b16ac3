import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adviseDraft,
  adviseParts,
  DraftAdviser,
  draftParts,
  type AdvisedPart,
  type DraftAdvice,
} from '@/lib/search/advise-draft';
import { createSearch, type Search, type SearchOutcome, type SearchResult } from '@/lib/search/create-search';
import { NO_WRITERS } from '@/lib/schema';
import { mergeRanges } from '@/lib/search/highlight';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase();
const search = createSearch(kb);

/** The wijkaanpak of the issue "Advice for a whole draft": seven sentences, seven subjects. */
const WIJKAANPAK =
  'Met de wijkaanpak Veilig Samen in Oost willen wij de weerbaarheid van bewoners tegen ondermijnende criminaliteit vergroten. ' +
  'Wij zien dat jongeren in de wijk al op jonge leeftijd worden benaderd voor klusjes in het drugscircuit. ' +
  'De gemeente wil daarom samen met de wijkagent, het jongerenwerk en sleutelpersonen uit de gemeenschap een lokaal netwerk opbouwen. ' +
  'Daarbij sluiten wij aan bij plekken waar bewoners al samenkomen, zoals de moskee, de sportvereniging en het buurthuis. ' +
  'Sleutelpersonen ontvangen een vrijwilligersvergoeding en worden actief op de hoogte gehouden van de voortgang. ' +
  'Omdat het vertrouwen in de gemeente in Oost laag is, investeren wij eerst in contact en pas daarna in handhaving. ' +
  'Voor de uitvoering sluiten wij een meerjarige subsidieovereenkomst met de welzijnsorganisatie, zodat de frontlijnwerkers niet elk jaar wisselen.';

describe('adviseDraft', () => {
  const advice = adviseDraft(search, kb.themes, WIJKAANPAK);
  const inSomePart = (ids: string[]) =>
    advice.parts.some((part) => part.results.slice(0, 3).some((result) => ids.includes(result.tip.id)));

  it('matches each sentence of the draft on its own', () => {
    expect(advice.parts).toHaveLength(7);
    expect(advice.parts.every((part) => part.results.length > 0 && part.results.length <= 3)).toBe(true);
  });

  it("keeps each part's matched terms and concepts, read after every other part ran", () => {
    // Read now, after the last part's query: each as the part looked up alone gives them.
    for (const part of advice.parts) {
      const alone = search.lookupSelections([part.text], { limit: 6 })[0]!.strongResults;
      for (const result of part.results) {
        const same = alone.find((found) => found.tip.id === result.tip.id)!;
        expect(result.terms).toEqual(same.terms);
        expect(result.via.map((via) => via.concept.id)).toEqual(same.via.map((via) => via.concept.id));
        expect(result.met).toBe(same.met);
      }
    }
    expect(advice.parts.flatMap((part) => part.results.flatMap((result) => result.terms))).toContain(
      'jonger',
    );
  });

  it.each([
    ['young people who take part to protect themselves', ['meedoen-uit-zelfbescherming']],
    ['places where residents already meet', ['mensen-opzoeken-waar-ze-al-komen']],
    [
      'key figures as volunteers',
      ['perspectief-vrijwilliger-centraal', 'vrijwilligers-waarderen', 'sleutelpersonen-gemotiveerd-houden'],
    ],
    ['keeping them informed', ['verwachtingen-uitspreken-en-informeren']],
    ['where distrust comes from', ['wantrouwen-achterhalen']],
    ['building trust', ['vertrouwen-kweken-kost-tijd', 'contact-met-bewoners-uitbouwen']],
    [
      'continuity of frontline workers',
      ['continuiteit-in-beleid-en-organisatie', 'investeren-in-frontlijnfunctionarissen'],
    ],
  ])('finds the subject %s in some part', (_, ids) => {
    expect(inSomePart(ids)).toBe(true);
  });

  it("keeps of a part's strong results the three of most merit: a named concept's answer before a common word's", () => {
    // `draaiboek` names the concept `improviseren`; `bewoners` is the part's common word and the
    // concept of a theme. Summed, the tip with bewoners in its title leads; by merit, the answer.
    // (Without the words writers use for each tip, which name the answer too: `draaiboek` is one.)
    const text =
      'We hebben een draaiboek voor de avonden, maar als bewoners iets anders aankaarten, gaan we daarop in.';
    const wordsOfTheReport = createSearch({ ...kb, writers: NO_WRITERS });
    const summed = wordsOfTheReport
      .lookupSelections([text], { limit: 6 })[0]!
      .strongResults.map((r) => r.tip.id);
    const kept = adviseDraft(wordsOfTheReport, kb.themes, text).parts[0]!.results.map((r) => r.tip.id);
    expect(search.lookupSelections([text])[0]!.strongResults[0]!.tip.id).toBe(
      'improviseren-en-inspelen-op-behoeften',
    );
    expect(summed.indexOf('improviseren-en-inspelen-op-behoeften')).toBeGreaterThanOrEqual(3);
    expect(kept[0]).toBe('improviseren-en-inspelen-op-behoeften');
    expect(kept).toHaveLength(3);
    expect(kept.every((id) => summed.includes(id))).toBe(true);
  });

  it('marks in a part what the tips it keeps matched, not what the strong results it passed over did', () => {
    const text =
      'De voortgang wordt elk kwartaal besproken in het wijkregie-overleg; meldingen blijven lopen via 0900-8844.';
    const words = (marks: [number, number][]) => marks.map(([start, end]) => text.slice(start, end));
    expect(words(search.lookupSelections([text], { limit: 6 })[0]!.marks)).toContain('lopen');
    expect(words(adviseDraft(search, kb.themes, text).parts[0]!.marks)).toEqual(['wijkregie-overleg']);
  });

  it("marks each result's words from its terms as the index marks them for all together", () => {
    const texts = [
      ...WIJKAANPAK.split('. '),
      'De voortgang wordt elk kwartaal besproken in het wijkregie-overleg; meldingen blijven lopen via 0900-8844.',
      'Hoe bouwen wij vertrouwen op met sleutelfiguren uit de moskee en de voetbalclub?',
    ];
    for (const text of texts) {
      for (const outcome of [
        search.lookupSelections([text], { limit: 6 })[0]!,
        search.lookupSelection(text),
      ]) {
        const each = outcome.marksEach(outcome.strongResults);
        expect(each).toHaveLength(outcome.strongResults.length);
        expect(mergeRanges(each.flat())).toEqual(outcome.marks);
      }
    }
  });

  it("orders a part's tips in the merged list as a selection of that part would rank them", () => {
    // `transparant` names a specific concept: its answers count as having met more of the part.
    const part = 'Wij willen als gemeente transparant zijn over wat wij niet kunnen waarmaken voor bewoners.';
    const draft = adviseDraft(search, kb.themes, `${part}\n\nDe wijkagent praat met jongeren op straat.`);
    const kept = draft.parts[0]!.results;
    expect(kept.some((result) => result.coordination > result.met)).toBe(true);
    const selected = search.lookupSelection(part).results.map((result) => result.tip.id);
    const inMerged = draft.results
      .filter((entry) => entry.parts.includes(0))
      .sort((a, b) => a.rank - b.rank)
      .map((entry) => entry.tip.id);
    expect(inMerged).toEqual(selected.filter((id) => kept.some((result) => result.tip.id === id)));
  });

  /** What a part serves: the tips it keeps and those it names that another part keeps. */
  const served = (part: AdvisedPart) => [...part.results, ...part.shared.map((shared) => shared.result)];
  /** A part's own best: what it keeps looked up alone, where no other part keeps any tip. */
  const ownBest = (part: AdvisedPart) =>
    new Set(adviseParts(search, kb.themes, [part]).parts[0]!.results.map((result) => result.tip.id));

  /**
   * Each part's tips as the merged list ranks them (its own best by coordinated score, then what it
   * keeps in their place), and whether the part is weak (`WEAK_PART`).
   */
  const ranking = (draft: typeof advice) => {
    const byScore = (results: SearchResult[]) =>
      results.sort((a, b) => b.score * b.coordination - a.score * a.coordination);
    const coordinated = draft.parts.map((part) => {
      const own = ownBest(part);
      const tips = served(part);
      return [
        ...byScore(tips.filter((result) => own.has(result.tip.id))),
        ...byScore(tips.filter((result) => !own.has(result.tip.id))),
      ];
    });
    const best = (i: number) => coordinated[i]![0]!.score * coordinated[i]![0]!.coordination;
    const bests = coordinated.flatMap((tips, i) => (tips.length ? [best(i)] : [])).sort((a, b) => a - b);
    const typical = bests[Math.floor(bests.length / 2)]!;
    return {
      ids: coordinated.map((tips) => tips.map((r) => r.tip.id)),
      weak: coordinated.map((tips, i) => tips.length > 0 && best(i) < typical / 2),
    };
  };

  it('shows a tip under one part only, and names it under each other part whose best it is among', () => {
    const kept = advice.parts.flatMap((part) => part.results.map((result) => result.tip.id));
    expect(new Set(kept).size).toBe(kept.length);
    // "Wij zien dat jongeren …" has young people who take part to protect themselves first, alone;
    // the draft's opening sentence keeps that tip, where it stands higher, and this part its next.
    const youth = advice.parts[1]!;
    expect(ownBest(youth)).toContain('meedoen-uit-zelfbescherming');
    expect(youth.shared.map(({ result, part }) => [result.tip.id, part])).toContainEqual([
      'meedoen-uit-zelfbescherming',
      0,
    ]);
    expect(youth.results).toHaveLength(3);
    for (const [i, part] of advice.parts.entries()) {
      // Nothing a part would show alone is lost: kept, or named with the part that keeps it.
      const ids = served(part).map((result) => result.tip.id);
      expect(ids).toEqual(expect.arrayContaining([...ownBest(part)]));
      for (const { result, part: keeper } of part.shared) {
        expect(keeper).not.toBe(i);
        expect(advice.parts[keeper]!.results.map((r) => r.tip.id)).toContain(result.tip.id);
      }
    }
  });

  it('keeps each tip once over the drafts of a tuning set, losing none a part would show alone', () => {
    const drafts = JSON.parse(
      readFileSync(join(import.meta.dirname, '../fixtures/relevance/drafts-dev24.json'), 'utf8'),
    ) as { text: string }[];
    for (const { text } of drafts) {
      const draft = adviseDraft(search, kb.themes, text);
      const kept = draft.parts.flatMap((part) => part.results.map((result) => result.tip.id));
      expect(new Set(kept).size).toBe(kept.length);
      for (const [i, part] of draft.parts.entries()) {
        if (part.header) continue;
        const own = ownBest(part);
        const ids = served(part).map((result) => result.tip.id);
        expect(ids).toEqual(expect.arrayContaining([...own]));
        // A part short of three had nothing more to keep: each of its candidates is kept somewhere.
        expect(part.results.length).toBeLessThanOrEqual(3);
        if (part.results.length < 3) {
          const candidates = search.lookupSelections([part.text], { limit: 6 })[0]!.strongResults;
          for (const { tip } of candidates) expect(kept).toContain(tip.id);
        }
        for (const { result, part: keeper } of part.shared) {
          expect(keeper).not.toBe(i);
          expect(own).toContain(result.tip.id);
          expect(draft.parts[keeper]!.results.map((r) => r.tip.id)).toContain(result.tip.id);
        }
      }
      for (const entry of draft.results) {
        expect(draft.parts.some((part) => part.results.includes(entry.result))).toBe(true);
      }
    }
  });

  it('lists every tip found once, by merit: round, strength, parts served, main answers', () => {
    const ids = advice.results.map((entry) => entry.tip.id);
    expect(new Set(ids).size).toBe(ids.length);
    const found = new Set(advice.parts.flatMap((part) => part.results.map((result) => result.tip.id)));
    expect(new Set(ids)).toEqual(found);
    // Within a part, the merged list ranks its tips by their coordinated score; a weak part's come a
    // round later (the second sentence of this draft, which meets little of any tip, is one).
    const { ids: coordinated, weak } = ranking(advice);
    expect(weak.filter(Boolean)).toHaveLength(1);
    for (const entry of advice.results) {
      const places = entry.parts.map((i) => coordinated[i]!.indexOf(entry.tip.id) + (weak[i] ? 1 : 0));
      expect(entry.rank).toBe(Math.min(...places));
      const results = entry.parts.map((i) =>
        served(advice.parts[i]!).find((r) => r.tip.id === entry.tip.id)!,
      );
      expect(entry.answer).toBe(results.some((r) => r.via.some((v) => v.concept.tips[0] === entry.tip.id)));
    }
    expect(advice.results.some((entry) => entry.answer)).toBe(true);
    for (let i = 1; i < advice.results.length; i++)
      expect(advice.results[i - 1]!.merit).toBeGreaterThanOrEqual(advice.results[i]!.merit);
  });

  it("lists a weak part's tips a round later: a title or a line of costs rarely names a subject", () => {
    const draft = adviseDraft(
      search,
      kb.themes,
      'Raadsvoorstel van het college aan de gemeenteraad, maart 2025\n\n' +
        `${WIJKAANPAK}\n\nDe kosten bedragen € 45.000 per jaar, te dekken uit de begroting van 2025.`,
    );
    const { ids: coordinated, weak } = ranking(draft);
    const last = draft.parts.length - 1;
    expect([weak[0], weak[last]]).toEqual([true, true]);
    // Their first tips, which no other part has first, come after the first of every other part.
    const firsts = new Set(coordinated.flatMap((tips, i) => (weak[i] ? [] : tips.slice(0, 1))));
    const merged = draft.results.map((entry) => entry.tip.id);
    for (const i of [0, last]) {
      const first = coordinated[i]![0]!;
      expect(firsts.has(first)).toBe(false);
      expect(merged.indexOf(first)).toBeGreaterThanOrEqual(firsts.size);
    }
  });

  it('says which themes no part touches, with their tips, advice first', () => {
    expect(advice.themes.map((coverage) => coverage.theme.id)).toEqual(kb.themes.map((theme) => theme.id));
    const touched = new Set(advice.results.flatMap((entry) => entry.tip.themes));
    for (const { theme, parts, tips } of advice.themes) {
      expect(parts > 0).toBe(touched.has(theme.id));
      expect(tips.every((tip) => tip.themes.includes(theme.id))).toBe(true);
      const kinds = tips.map((tip) => tip.kind);
      expect(kinds.indexOf('advice')).toBeLessThanOrEqual(
        Math.max(
          0,
          kinds.findIndex((kind) => kind !== 'advice'),
        ),
      );
    }
  });

  it('marks the words of each part that matched, not its function words', () => {
    const part = advice.parts[1]!;
    const marked = part.marks.map(([start, end]) => part.text.slice(start, end).toLowerCase());
    expect(marked).toContain('jongeren');
    expect(marked).not.toContain('wij');
    expect(marked).not.toContain('dat');
    // Function words in the wide sense never say why a tip matched, even where a tip holds them.
    const all = advice.parts.flatMap((p) =>
      p.marks.map(([start, end]) => p.text.slice(start, end).toLowerCase()),
    );
    expect(all).toContain('moskee');
    for (const filler of ['willen', 'zoals', 'waar', 'zien']) expect(all).not.toContain(filler);
  });

  it('gives a header line no advice, in its part or in the merged list', () => {
    const memo = adviseDraft(
      search,
      kb.themes,
      'Aan: de burgemeester en de wijkagent\nVan: het jongerenwerk\n\n' +
        'Jongeren die hulp vragen om uit het drugscircuit te stappen, moeten binnen een week geholpen worden.',
    );
    expect(memo.parts.map((part) => part.header)).toEqual([true, true, false]);
    expect(memo.parts.map((part) => part.results.length)).toEqual([0, 0, expect.any(Number)]);
    expect(memo.parts[0]!.marks).toEqual([]);
    expect(memo.parts[2]!.results[0]!.tip.id).toBe('snel-handelen-bij-hulpvraag');
    const listed = new Set(memo.results.map((entry) => entry.tip.id));
    expect([...listed].every((id) => memo.parts[2]!.results.some((result) => result.tip.id === id))).toBe(
      true,
    );
  });

  it('gives the same advice looked up a part at a time as in one go', () => {
    const parts = draftParts(WIJKAANPAK);
    const adviser = new DraftAdviser(search, kb.themes, parts);
    const steps: number[] = [];
    let stepped: DraftAdvice | undefined;
    // Told to stop after each part: one part a call, the advice with the last.
    while (!(stepped = adviser.advance(() => true))) steps.push(adviser.done);
    expect(steps).toEqual([1, 2, 3, 4, 5, 6]);
    expect(adviser.done).toBe(7);
    expect(stepped).toEqual(adviseParts(search, kb.themes, parts));
    // Asked again once done, it gives the same advice.
    expect(adviser.advance()).toEqual(stepped);
  });

  it('gives a text of one sentence one part', () => {
    expect(adviseDraft(search, kb.themes, 'Hoe winnen wij het vertrouwen van bewoners?').parts).toHaveLength(
      1,
    );
  });
});

describe('the merged list of a draft, over parts with made-up results', () => {
  /**
   * A part's results as `[tip id, summed score, coordination, main answer]`, in the order the part
   * keeps them: the last, whether the tip is the first tip of a concept the part names.
   */
  type Made = [string, number, number?, boolean?][];
  const tips = new Map(search.tips.map((tip) => [tip.id, tip]));
  const ids = [...tips.keys()];
  const [a, b, c, d, w, x, z] = ids as [string, string, string, string, string, string, string];

  /**
   * The merged list's tip ids for parts whose lookups return `made`, one part per line of text, with
   * `leading` concepts leading to each tip (none where not given).
   */
  function advised(made: Made[], leading: Record<string, number> = {}, perPart = 3): DraftAdvice {
    // The part names a concept whose first tip is each answer, and one whose second tip is each other.
    const outcome = (results: Made): SearchOutcome =>
      ({
        strongResults: results.map(
          ([id, score, coordination = 1]) =>
            ({ tip: tips.get(id)!, score, coordination, met: coordination }) as SearchResult,
        ),
        strong: results.length,
        marks: [],
        marksEach: (results: unknown[]) => results.map(() => []),
        concepts: results.map(([id, , , answer = false]) => ({
          tips: answer ? [id] : [a === id ? b : a, id],
        })),
      }) as unknown as SearchOutcome;
    const stub = {
      tips: search.tips,
      // Each part is looked up as its text, `part <i>`.
      lookupSelections: (texts: string[]) => texts.map((text) => outcome(made[Number(text.slice(5))]!)),
      conceptsLeadingTo: (id: string) => leading[id] ?? 0,
    } as unknown as Search;
    const parts = made.map((_, i) => ({ text: `part ${i}`, start: i * 10, end: i * 10 + 6, header: false }));
    return adviseParts(stub, kb.themes, parts, perPart);
  }

  /** The merged list's tip ids of `advised`. */
  const merged = (made: Made[], leading: Record<string, number> = {}) =>
    advised(made, leading).results.map((entry) => entry.tip.id);
  /** Each part's kept tip ids and named ones, as `id@part`. */
  const kept = (advice: DraftAdvice) =>
    advice.parts.map((part) => [
      part.results.map((result) => result.tip.id),
      part.shared.map(({ result, part: keeper }) => `${result.tip.id}@${keeper}`),
    ]);

  it('keeps a tip in the part where it stands highest, and names it under the others', () => {
    expect(kept(advised([[[x, 9]], [[x, 10]], [[x, 8]]]))).toEqual([
      [[], [`${x}@1`]],
      [[x], []],
      [[], [`${x}@1`]],
    ]);
  });

  it('gives a tip of equal merit in two parts to the first', () => {
    expect(kept(advised([[[a, 10]], [[a, 10]]]))).toEqual([
      [[a], []],
      [[], [`${a}@0`]],
    ]);
  });

  it("gives a named tip's place to the part's next, listed after its own best in the merged list", () => {
    const advice = advised(
      [
        [
          [a, 10],
          [b, 9],
        ],
        [
          [a, 5],
          [c, 4],
          // Kept in a's place: coordinated, it would outrank c (7.5 against 4).
          [d, 2.5, 3],
        ],
      ],
      {},
      2,
    );
    expect(kept(advice)).toEqual([
      [[a, b], []],
      [[c, d], [`${a}@0`]],
    ]);
    const rank = (id: string) => advice.results.find((entry) => entry.tip.id === id)!.rank;
    // The second part serves a and c, its own best two, then d in a's place, whatever its score.
    expect([rank(c), rank(d)]).toEqual([1, 2]);
    expect(advice.results.find((entry) => entry.tip.id === a)!.parts).toEqual([0, 1]);
  });

  it('keeps one tip a part with one place', () => {
    expect(
      kept(
        advised(
          [
            [
              [a, 10],
              [b, 9],
            ],
            [
              [a, 8],
              [c, 7],
            ],
          ],
          {},
          1,
        ),
      ),
    ).toEqual([
      [[a], []],
      [[c], [`${a}@0`]],
    ]);
  });

  it.each<[string, Made[], string[], Record<string, number>?]>([
    [
      "every part's first, then every part's second, where they are about as strong",
      [
        [
          [a, 10],
          [b, 8],
        ],
        [
          [c, 9],
          [d, 7],
        ],
      ],
      [a, c, b, d],
    ],
    [
      // A round later costs a factor e: 15 of the typical 10, second, against 5 of it, first.
      "a much stronger second before a part's first that is only half the typical part's",
      [
        [
          [a, 20],
          [b, 15],
        ],
        [[c, 10]],
        [[d, 5]],
      ],
      [a, c, b, d],
    ],
    ['what serves more parts before what is a little stronger', [[[x, 9]], [[x, 9]], [[c, 10]]], [x, c]],
    ['what is much stronger before what serves more parts', [[[x, 5]], [[x, 5]], [[c, 10]]], [c, x]],
    [
      "a weak part's tips (best under half of the typical part's) a round later",
      [
        [
          [a, 10],
          [b, 9],
        ],
        [
          [c, 10],
          [d, 8],
        ],
        [
          [w, 3],
          [z, 2],
        ],
      ],
      [a, c, b, d, w, z],
    ],
    [
      "a part's tips by their coordinated score, not the sum it kept them by",
      [
        [
          [a, 10, 1],
          [b, 6, 2],
        ],
        [[c, 11]],
      ],
      [b, c, a],
    ],
    [
      "each tip once, at its best round, with every part it serves: a part's second may lead",
      [
        [
          [a, 10],
          [b, 9],
        ],
        [[b, 10]],
      ],
      [b, a],
    ],
    ["a concept's main answer before a little stronger tip", [[[a, 10]], [[b, 9, 1, true]]], [b, a]],
    [
      'a tip few concepts lead to before a little stronger one that many lead to',
      [[[a, 10]], [[c, 9]]],
      [c, a],
      { [a]: 20, [c]: 3 },
    ],
    [
      'as many concepts leading to each, by strength alone',
      [[[a, 10]], [[c, 9]]],
      [a, c],
      { [a]: 5, [c]: 5 },
    ],
    [
      'a tip no concept leads to as the typical tip, not the rarest',
      [[[a, 10]], [[c, 9]]],
      [a, c],
      { [a]: 20, [b]: 20, [d]: 20 },
    ],
  ])('%s', (_, made, expected, leading) => {
    expect(merged(made, leading)).toEqual(expected);
  });
});
