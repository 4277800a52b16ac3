import { describe, expect, it } from 'vitest';
import { splitByRanges } from '@/lib/search/highlight';
import { ANSWER_COORDINATION, PRIMARY_COORDINATION, createSearch } from '@/lib/search/create-search';
import { matchReason } from '@/lib/search/match-reason';
import { loadSearch, serializeSearch } from '@/tools/serialized-search';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase();
const search = createSearch(kb);
const top = (query: string, n = 3) =>
  search
    .search(query)
    .results.slice(0, n)
    .map((result) => result.tip.id);
const marked = (text: string, ranges: [number, number][]) =>
  splitByRanges(text, ranges)
    .filter((piece) => piece.marked)
    .map((piece) => piece.text);

describe('search', () => {
  it('weighs a phrase met around an aside as its own words, not the words of the aside', () => {
    const best = (text: string) => search.lookupSelection(text).results[0]!;
    const short = best('de overheid (2019) vertrouwen');
    const long = best('de overheid (2019, 2020, 2021, 2022, 2023) vertrouwen');
    expect(short.via.map((via) => via.concept.id)).toContain('vertrouwen-in-de-overheid');
    expect([long.tip.id, long.score]).toEqual([short.tip.id, short.score]);
  });

  it.each([
    ['a word', 'aanbesteding', 'aanbesteding-sluit-niet-aan-op-praktijk'],
    ['a plural for a singular', 'boetes', 'meelopen-naar-huis-in-plaats-van-boete'],
    ['a compound by its head', 'bestuurders', 'samenwerking-eerstelijns-functionarissen'],
    ['a compound by its first part', 'moskee', 'samenwerking-eerstelijns-functionarissen'],
    ['a compound written apart', 'politie opleiding', 'praten-en-netwerkopbouw-in-opleiding'],
    ['a compound with a hyphen', 'netwerk-opbouw', 'praten-en-netwerkopbouw-in-opleiding'],
    ['a typo', 'sleutelpersonnen', 'sleutelpersonen-gemotiveerd-houden'],
    ['two letters swapped, as one typo', 'ouedrs ', 'ouders-vragen-naar-dure-schoenen'],
    ['two letters swapped in a word still being typed', 'wantruowen', 'wantrouwen-achterhalen'],
    ['a word without its accents', 'meteen iets bieden', 'snel-handelen-bij-hulpvraag'],
    ['a synonym from the themes', 'niet mijn taak', 'niet-denken-vanuit-rollen'],
    ['an English query', 'admit mistakes', 'eerlijk-zijn-en-fouten-toegeven'],
    ['a word still being typed', 'wantr', 'wantrouwen-achterhalen'],
  ])('finds the tip for %s', (_, query, id) => {
    expect(top(query)).toContain(id);
  });

  it('takes a last word the tips hold, or one followed by a mark, as complete', () => {
    const concepts = (query: string) =>
      new Set(search.search(query).results.flatMap((r) => r.via.map((via) => via.concept.id)));
    // `wijk` begins dozens of the thesaurus's labels; typed, it is still the word `wijk` (its index
    // terms are still matched by prefix, as MiniSearch does, but no label is completed from it).
    expect(concepts('welke netwerkvorm kies ik voor mijn wijk')).toEqual(
      concepts('welke netwerkvorm kies ik voor mijn wijk '),
    );
    expect(top('welke netwerkvorm kies ik voor mijn wijk', 1)).toEqual([
      expect.stringMatching(/netwerkvorm/u),
    ]);
    const scores = (query: string) => search.search(query).results.map((r) => [r.tip.id, r.score]);
    expect(scores('hoe begin je een netwerk in een buurt?')).toEqual(
      scores('hoe begin je een netwerk in een buurt '),
    );
  });

  it('puts the tip that names the advice first', () => {
    expect(top('neutrale gespreksleider', 1)).toEqual(['neutrale-gespreksleider']);
  });

  it('searches a query of stop words alone for what it says', () => {
    expect(top('zelf', 10).length).toBeGreaterThan(0);
  });

  it('combines results with filters on theme, speaker, section and kind', () => {
    const results = search.search('jongeren', { filter: { kinds: ['question'] } }).results;
    expect(results[0]?.tip.id).toBe('jongere-spreekt-in-derde-persoon');
    expect(results.every((r) => r.tip.kind === 'question')).toBe(true);
    expect(
      search
        .search('vertrouwen', { filter: { speakers: ['Halima Bochallati'] } })
        .results.every((r) => r.tip.speaker?.name === 'Halima Bochallati'),
    ).toBe(true);
    expect(
      search
        .search('netwerk', { filter: { themes: ['politie'], sections: ['jamal-ezzarqtouni'] } })
        .results.map((r) => r.tip.id),
    ).toEqual(['politieagent-in-netwerk']);
  });

  it('limits the number of results', () => {
    expect(search.search('de gemeente', { limit: 2 }).results).toHaveLength(2);
  });

  it('marks the words that matched, compounds included', () => {
    const [result] = search.search('agent').results;
    const tip = result!.tip;
    expect(marked(tip.quote, result!.highlights.quote).map((w) => w.toLowerCase())).toEqual(
      expect.arrayContaining([expect.stringMatching(/agent/)]),
    );
    const [english] = search.search('volunteers', { limit: 1 }).results;
    expect(marked(english!.tip.en.summary, english!.highlights.enSummary).join(' ')).toMatch(/volunteer/i);
  });

  it('finds the advice for a long selection by its distinctive terms', () => {
    const draft =
      'In onze wijkaanpak willen we investeren in de mensen in de frontlinie. Wijkagenten en jongerenwerkers ' +
      'klagen dat ze door de administratie niet toekomen aan het echte werk. We willen hen de ruimte geven ' +
      'om te excelleren en zorgen dat we goede mensen kunnen rekruteren en behouden.';
    expect(search.lookupSelection(draft.repeat(10)).results[0]?.tip.id).toBe('ruimte-voor-het-echte-werk');
  });

  it('finds an unknown compound by the longest start of it that the tips hold', () => {
    // Not `bewonersavond`: that is a label of the thesaurus, whose tips come first.
    expect(search.namesConcept('bewonersdag')).toBe(false);
    const { results, strong } = search.search('bewonersdag');
    expect(strong).toBeGreaterThan(0);
    expect(results.slice(0, strong).every((r) => r.terms.some((term) => term.startsWith('bewoner')))).toBe(
      true,
    );
  });

  it('ranks the answers of a specific concept the query names above tips that share its common words', () => {
    // `transparant` names the concept transparantie, which leads to two tips; `gemeente` is in a
    // dozen tips and is a theme's label too. Counted as terms met alone, the tip that shares only
    // `gemeente` came before the second answer (twelfth).
    const { results, strong } = search.search('transparant zijn over wat de gemeente niet kan');
    expect(results.slice(0, 2).map((r) => r.tip.id)).toEqual([
      'verwachtingen-uitspreken-en-informeren',
      'eerlijk-zijn-en-fouten-toegeven',
    ]);
    // Both above the cut-off, each counted as having met all of `ANSWER_COORDINATION` more terms:
    // `gemeente`, a theme's concept that leads to no tip of its own, takes no share. The concept's
    // first tip, its main answer, counts `PRIMARY_COORDINATION` more.
    expect(strong).toBeGreaterThanOrEqual(2);
    const first = kb.concepts.find((c) => c.id === 'transparantie')!.tips[0];
    expect(results.slice(0, 2).map((r) => r.coordination - r.met)).toEqual(
      results.slice(0, 2).map((r) => ANSWER_COORDINATION + (r.tip.id === first ? PRIMARY_COORDINATION : 0)),
    );
  });

  it('counts a label in a row with its function words as all its words, in a part of a draft too', () => {
    // `niet mijn taak` is one content word and two function words: counted as `taak` alone, the tips
    // that share `organisatie` and `medewerkers` came first and its answer fourth.
    const part =
      "Bij meldingen over overlast in de flats zeggen medewerkers van de verschillende organisatie-onderdelen te vaak 'niet mijn taak'.";
    const [outcome] = search.lookupSelections([part]);
    expect(outcome!.results[0]!.tip.id).toBe('niet-denken-vanuit-rollen');
  });

  it('names the concepts the input names, in its order, and none for an empty query', () => {
    expect(search.search('wijkregie met het straathoekwerk').concepts.map((c) => c.id)).toEqual([
      'wijkregie',
      'straathoekwerk',
    ]);
    expect(search.search('').concepts).toEqual([]);
  });

  it("counts a concept's first tip, its main answer, as having met one more term", () => {
    // `regie` leads to six tips: no concept's specific answers, but its first is its main one.
    const regie = kb.concepts.find((c) => c.id === 'regie')!;
    expect(regie.tips.length).toBeGreaterThan(4);
    const { results } = search.search('regie');
    const more = new Map(results.map((r) => [r.tip.id, r.coordination - r.met]));
    expect(more.get(regie.tips[0]!)).toBe(PRIMARY_COORDINATION);
    expect(regie.tips.slice(1).map((id) => more.get(id) ?? 0)).toEqual(regie.tips.slice(1).map(() => 0));
    expect(results[0]!.tip.id).toBe(regie.tips[0]);
  });

  it('does not name missing a word that joins the one before it into a compound the tips hold', () => {
    // `ondermij` + `nende` is `ondermijnende`; neither half is a word of the tips.
    expect(search.search('ondermij nende ').missing).toEqual([]);
    expect(search.search('nende ').missing.map((m) => m.word)).toEqual(['nende']);
  });

  it('leaves out the long tail of weak matches for a long selection', () => {
    const draft =
      'Met deze notitie wil de gemeente een bondgenotennetwerk opzetten. Bewoners, ondernemers en ' +
      'maatschappelijke organisaties denken mee. De gemeente zorgt voor een goede waardering van de ' +
      'vrijwilligers, vraagt niet te veel van dezelfde mensen en houdt hen op de hoogte van plannen.';
    const { results } = search.lookupSelection(draft);
    expect(results.length).toBeLessThan(search.tips.length / 2);
    expect(results.at(-1)!.score).toBeGreaterThanOrEqual(results[0]!.score * 0.1);
  });

  it('matches a sentence word by word, typed or selected, without naming the words that lead nowhere', () => {
    // Fourteen content words: a sentence, not a passage, and too long to name its words one by one.
    const sentence =
      'Wij willen dat jongeren in Oost die zich melden met een hulpvraag binnen een week een concreet aanbod krijgen van werk, stage of een opleiding.';
    const ranked = (outcome: { results: { tip: { id: string }; score: number }[] }) =>
      outcome.results.map((r) => [r.tip.id, r.score]);
    expect(ranked(search.lookupSelection(sentence))).toEqual(ranked(search.search(sentence)));
    expect(top(sentence)).toContain('snel-handelen-bij-hulpvraag');
    expect(search.lookupSelection(sentence).missing).toEqual([]);
  });

  it("marks words that are the report's subjects, even where a wide list calls them function words", () => {
    const marked = (query: string) =>
      search.search(query).marks.map(([start, end]) => query.slice(start, end));
    expect(marked('weinig uren ')).toContain('weinig');
    // Not `eerst luisteren`: that is a label of the thesaurus, marked as one.
    expect(marked('eerst netwerkvorm ')).toContain('eerst');
  });

  it('never marks a pronominal adverb (daarbij, hiervoor) as a reason for a match', () => {
    // Tips hold `daarbij`: matched, it would be marked in a user's draft.
    const sentence =
      'Daarbij sluiten wij aan bij plekken waar bewoners al samenkomen, zoals de moskee, de sportvereniging en het buurthuis.';
    const marks = [search.lookupSelection(sentence), ...search.lookupSelections([sentence])].flatMap(
      (o) => o.marks,
    );
    const marked = marks.map(([start, end]) => sentence.slice(start, end));
    expect(marked).toContain('bewoners');
    expect(marked.join(' ').toLowerCase()).not.toContain('daarbij');
  });

  it('marks no function word in a tip, nor names one as a reason, though it counts in the ranking', () => {
    // `waar` and `zoals` are words of the query (some such words are the report's subjects), and the
    // tip about finding people where they already come has them in its title and summary.
    const sentence = 'Zoek mensen op waar ze al samenkomen, zoals het zwembad of de moskee.';
    for (const outcome of [search.lookupSelection(sentence), ...search.lookupSelections([sentence])]) {
      const result = outcome.results.find((r) => r.tip.id === 'mensen-opzoeken-waar-ze-al-komen')!;
      expect(result.terms).toEqual(expect.arrayContaining(['war', 'zoal']));
      const { tip, highlights } = result;
      const words = [
        ...marked(tip.title, highlights.title),
        ...marked(tip.summary, highlights.summary),
        ...marked(tip.quote, highlights.quote),
      ].map((word) => word.toLowerCase());
      expect(words).toContain('mensen');
      expect(words).not.toContain('waar');
      expect(words).not.toContain('zoals');
      const reason = matchReason(result, 'nl').words.map((word) => word.toLowerCase());
      expect(reason).toContain('mensen');
      expect(reason).not.toContain('waar');
      expect(reason).not.toContain('zoals');
    }
    // Where a tip shares nothing else with the query, its function words are the reason it matched.
    const [alone] = search.search('zelf').results;
    expect(matchReason(alone!, 'nl').words.map((word) => word.toLowerCase())).toContain('zelf');
  });

  it('does not take the grammar of a sentence for its subject', () => {
    // `in plaats van` is a preposition; the tip about a walk home instead of a fine has `in plaats van` in its title.
    const sentence = 'Jongeren opzoeken op straat in plaats van wachten tot ze zelf komen';
    expect(search.search(sentence).results.flatMap((r) => r.terms)).not.toContain('plaats');
  });

  it('finds a label as it is written, its verb and particle apart or its word with an apostrophe', () => {
    const concepts = (query: string) =>
      search.search(query).results.flatMap((result) => result.via.map((via) => via.concept.id));
    for (const [label, id] of [
      ['ouders haken af', 'ouders-bereiken'],
      ['wat levert het op', 'effect-meten'],
      ['wethouder sluit aan', 'startbijeenkomst'],
      ['iedereen doet mee', 'inclusie'],
      ['hoe kom ik over', 'zelfkennis'],
      ['aarzeling om in te grijpen', 'handelingsverlegenheid'],
      // A label's `'s` is read as the query's is.
      ["collega's meekrijgen", 'draagvlak-binnen-de-organisatie'],
    ]) {
      expect(concepts(`${label} `), label).toContain(id);
    }
  });

  it('treats a short selection like a typed query', () => {
    expect(search.lookupSelection('sleutelpersonen overvragen').results[0]?.tip.id).toBe(
      'sleutelpersonen-niet-overvragen',
    );
  });

  it('loads a prebuilt index that ranks exactly like a fresh one', () => {
    const loaded = loadSearch(kb, JSON.parse(JSON.stringify(serializeSearch(search))));
    // Every prefix too: short ones match many tips with equal scores, whose order must hold as well.
    const words = ['vertrouwen', 'aan', 'wijk agent', 'sleutelpersonnen', 'youth workers', 'gemeente'];
    for (const query of words.flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1)))) {
      expect(loaded.search(query).results.map((r) => [r.tip.id, r.score])).toEqual(
        search.search(query).results.map((r) => [r.tip.id, r.score]),
      );
    }
  });

  it.each([
    ['nothing', ''],
    ['white space', ' \n\t '],
    ['markup', '<img src=x onerror=alert(1)><script>alert(1)</script>'],
    ['regular-expression characters', '.*+?^${}()|[]\\ (a+)+$'],
    ['emoji and right-to-left text', '🙂👍🏽 مرحبا שלום'],
    ['control characters and lone surrogates', '\u0000\u0007\u001b[0m \ud800 \udfff'],
    ['100 000 characters', 'wijkagent vertrouwen '.repeat(5000)],
    ['one 100 000-character word', 'a'.repeat(100_000)],
  ])('does not throw on %s', (_, input) => {
    expect(() => search.search(input)).not.toThrow();
    expect(() => search.lookupSelection(input)).not.toThrow();
  });

  it('finds nothing for an empty query', () => {
    expect(search.search('').results).toEqual([]);
    expect(search.search('   ').results).toEqual([]);
  });

  it('gives outcomes whose lazy parts are getters of their class, the results and missing words worked out once', () => {
    // An object literal's getter is an accessor pair in V8's old generation that keeps a search's
    // working data alive until a full garbage collection (create-search.ts, `Outcome`): a draft's
    // parts promoted 2.5 MB a draft so.
    const outcomes = [
      search.search('vertrouwen van sleutelpersonen'),
      search.search(''),
      ...search.lookupSelections(['Wij investeren eerst in het vertrouwen van bewoners.']),
    ];
    for (const outcome of outcomes) {
      const own = Object.values(Object.getOwnPropertyDescriptors(outcome));
      expect(own.filter((descriptor) => descriptor.get)).toEqual([]);
      expect(outcome.results).toBe(outcome.results);
      expect(outcome.missing).toBe(outcome.missing);
      expect(outcome.tips.length).toBe(outcome.count);
    }
    const [found] = outcomes;
    expect(found!.strong).toBe(found!.strongResults.length);
    found!.strongResults.forEach((result, i) => expect(found!.results[i]).toBe(result));
    expect(found!.concepts.map((concept) => concept.id)).toContain('vertrouwen');
  });
});
