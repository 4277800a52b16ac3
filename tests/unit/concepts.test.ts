import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis/analyzer';
import { functionPhraseTokens } from '@/lib/analysis/function-phrases';
import { tokenize } from '@/lib/analysis/tokenize';
import {
  conceptOfTerm,
  conceptTerm,
  createConceptMatcher,
  type ConceptMatcher,
  leadsSomewhere,
  recordLabels,
} from '@/lib/search/concepts';
import type { Concept } from '@/lib/schema';
import { clausesOf } from '@/lib/search/split-draft';

function concept(id: string, nl: string[], en: string[] = [], more: Partial<Concept> = {}): Concept {
  return {
    id,
    prefLabel: { nl: nl[0]!, en: en[0] ?? id },
    altLabel: { nl: nl.slice(1), en: en.slice(1) },
    hiddenLabel: [],
    broader: [],
    related: [],
    tips: ['a-tip'],
    themes: [],
    ...more,
  };
}

const thesaurus = [
  concept(
    'straathoekwerk',
    ['straathoekwerk', 'straathoekwerker', 'ambulant jongerenwerk'],
    ['detached youth work'],
  ),
  concept('vertrouwen-overheid', ['vertrouwen in de overheid'], ['trust in government']),
  concept('rolverdeling', ['niet mijn taak']),
  concept('wijkregie', ['wijkregie', 'wijk regisseren']),
  concept('zorg-en-veiligheidshuis', ['zorg- en veiligheidshuis', 'zvh'], ['safety house'], {
    hiddenLabel: ['zorg en veiligheidshuis'],
  }),
  concept('boa', ['boa', 'handhaver'], ['community enforcement officer']),
  concept('gemeenschapszin', ['gemeenschapszin', 'wij-gevoel']),
  concept('empathie', ['begrip tonen']),
  concept('politie', ['agent']),
  concept('wijkagent', ['wijkagent', 'agent van de wijk']),
  concept('buurtagentschap', ['buurtagentschap']),
  concept('bewoners', ['bewoners', 'de wijk']),
  concept('sociale-basis', ['sociale basis']),
  concept('praten-niet-beboeten', ['in plaats van boetes']),
  concept('agent-in-de-wijk', ['agent in de wijk']),
  concept('wijkaanpak', ['wijkaanpak']),
  concept('wijkagentennorm', ['wijkagentennorm']),
  concept('wijkbudget', ['wijkbudget']),
  concept('wijkcentrum', ['wijkcentrum', 'wijkgebouw']),
  concept('radicalisering', ['radicalisering'], ['radicalisation'], {
    tips: [],
    related: ['straathoekwerk'],
  }),
];
// The compound splitter knows the corpus's words: `buurt` and `handhaver` are among them here.
const analyzer = createAnalyzer([
  'de wijk en de agent',
  'jongeren in de buurt',
  'een handhaver',
  'het beleid',
]);
const matcher = createConceptMatcher(thesaurus, analyzer);
const matched = (text: string, stillTyping = false) =>
  matcher.match(tokenize(text), stillTyping).map((match) => match.concept.id);
/** The ids of the concepts a matcher of `concepts` alone finds in a text, in the order found. */
const matcherOf = (concepts: Concept[]) => {
  const own = createConceptMatcher(concepts, analyzer);
  return (text: string) => own.match(tokenize(text)).map((match) => match.concept.id);
};
/** The ids a matcher finds in a text with the text's clauses (and, with `grammar`, its function phrases). */
const inClauses = (own: ConceptMatcher, text: string, grammar = false) => {
  const tokens = tokenize(text);
  return own
    .match(tokens, false, grammar ? functionPhraseTokens(tokens) : undefined, clausesOf(text, tokens))
    .map((match) => match.concept.id);
};
/** A matcher of these concepts, as `inClauses` reads a text with its function phrases. */
const clausalMatcherOf = (concepts: Concept[]) => {
  const own = createConceptMatcher(concepts, analyzer);
  return (text: string) => inClauses(own, text, true);
};
/** A made-up word for a number (`zabo`, `zebu`): letters only, each number its own. */
const numberWord = (n: number) =>
  [...String(n).padStart(3, '0')]
    .map((digit) => ['zab', 'zeb', 'zib', 'zob', 'zub', 'zyb', 'zag', 'zeg', 'zig', 'zog'][Number(digit)])
    .join('');

/** Where a matcher of one concept with these labels names it in a text. */
const namingOf = (labels: string[], text: string) =>
  createConceptMatcher([concept('x', labels)], analyzer).match(tokenize(text))[0];

describe('concept matching', () => {
  it.each([
    ['a label as it is', 'straathoekwerk in Oost', ['straathoekwerk']],
    ['an inflected label', 'de straathoekwerkers van de gemeente', ['straathoekwerk']],
    ['a label with a capital and an accent', 'Straathoékwerk', ['straathoekwerk']],
    ['a label of several words', 'meer ambulant jongerenwerk', ['straathoekwerk']],
    ['an English label', 'detached youth work in the city', ['straathoekwerk']],
    ['an abbreviation', 'het ZVH', ['zorg-en-veiligheidshuis']],
    ['a hidden label', 'zorg en veiligheidshuis', ['zorg-en-veiligheidshuis']],
    ['a label with other function words in between', 'vertrouwen in overheid', ['vertrouwen-overheid']],
    ['a compound label written apart', 'wijk regie voeren', ['wijkregie']],
    ['a label inside a compound', 'buurthandhavers', ['boa']],
    ['a hyphenated label by the whole word', 'meer wij-gevoel', ['gemeenschapszin']],
  ])('finds %s', (_, text, ids) => {
    expect(matched(text)).toEqual(ids);
  });

  it('does not take a hyphenated label for its first part, nor join a word with a function word', () => {
    expect(matched('wij gaan')).toEqual([]);
    expect(matched('boa en')).toEqual(['boa']);
    expect(matcher.match(tokenize('de boa en de wijk'))[0]).toMatchObject({ first: 1, last: 1 });
  });

  it('needs every word of a label of one content word', () => {
    expect(matched('dat is niet mijn taak')).toEqual(['rolverdeling']);
    expect(matched('een taak van de gemeente')).toEqual([]);
    expect(matched('niet de taak')).toEqual([]);
  });

  it('never takes a function word of the input for a content word of a label that shares its stem', () => {
    // `gêne` and `geen`, `othering` and `other`: one stem, and the second a function word.
    const found = matcherOf([
      concept('schaamte', ['gêne'], ['shame']),
      concept('wij-zij', ['wij-zij'], ['othering']),
    ]);
    expect(found('er is geen geld')).toEqual([]);
    expect(found('they blame each other')).toEqual([]);
    expect(found('een gevoel van gêne')).toEqual(['schaamte']);
    expect(found('othering in the city')).toEqual(['wij-zij']);
  });

  it('takes one possessive pronoun of a label for another, before a content word only', () => {
    expect(matched('professionals zeggen dat het niet hun taak is')).toEqual(['rolverdeling']);
    expect(matched('niet onze taak')).toEqual(['rolverdeling']);
    expect(matched('niet jullie taak')).toEqual(['rolverdeling']);
    const named = matcherOf([
      concept('echt', ['echt zijn'], ['being genuine']),
      concept('top-down', ['jullie zijn nu een netwerk'], ['top-down']),
      concept('inbreng', ['met hun inbreng'], ['their input']),
      concept('direct', ['recht voor zijn raap'], ['straight talk']),
    ]);
    // `zijn` the verb and `jullie` before a verb are no possessives.
    expect(named('is het echt je taak')).toEqual([]);
    expect(named('jouw netwerk opbouwen')).toEqual([]);
    expect(named('netwerk van onze wijk')).toEqual([]);
    expect(named('het is echt zijn')).toEqual(['echt']);
    // A possessive that is no stop word (`onze`) stands for one that is (`hun`), both ways.
    expect(named('met onze inbreng')).toEqual(['inbreng']);
    expect(named('met mijn inbreng')).toEqual(['inbreng']);
    // As spoken, with either apostrophe.
    expect(named('recht voor z’n raap')).toEqual(['direct']);
    expect(named("recht voor m'n raap")).toEqual(['direct']);
  });

  it('finds the content words of a longer label close together, in any order', () => {
    expect(matched('de overheid verdient vertrouwen')).toEqual(['vertrouwen-overheid']);
    expect(matched('de overheid moet in het dorp en op straat en op school en thuis vertrouwen')).toEqual([]);
  });

  it('finds a label within one clause of the text: not across a sentence, a semicolon, a bracket or a line', () => {
    const inText = (text: string) => inClauses(matcher, text);
    // Close together, but a sentence apart: the heading after a full stop, a new line, a bracket.
    expect(inText('Wij houden de overheid. Vertrouwen is de basis')).toEqual([]);
    expect(inText('de overheid\nVertrouwen')).toEqual([]);
    expect(inText('de overheid\n\nvertrouwen')).toEqual([]);
    expect(inText('de overheid (vertrouwen)')).toEqual([]);
    expect(inText('de overheid; vertrouwen')).toEqual([]);
    // Labels in a row too: `wijk regie` joined as one word, `niet mijn taak`.
    expect(inText('de wijk. Regie')).toEqual(['bewoners']);
    expect(inText('dat is niet mijn. Taak')).toEqual([]);
    // Within a clause: a comma, an abbreviation or an initial, a line wrapped mid-sentence.
    expect(inText('vertrouwen, dat verdient de overheid')).toEqual(['vertrouwen-overheid']);
    expect(inText('vertrouwen in bijv. de overheid')).toEqual(['vertrouwen-overheid']);
    expect(inText('vertrouwen van o.a. de overheid')).toEqual(['vertrouwen-overheid']);
    expect(inText('vertrouwen in de\noverheid')).toEqual(['vertrouwen-overheid']);
    expect(inText('de wijk regie voeren')).toEqual(['bewoners', 'wijkregie']);
    // Without their clauses, the tokens are one.
    expect(matched('Wij houden de overheid. Vertrouwen is de basis')).toEqual(['vertrouwen-overheid']);
  });

  it('reads a bracketed aside as a clause of its own, and the clause around it as going on after it', () => {
    const inText = (text: string) => inClauses(matcher, text);
    expect(inText('de overheid (in het dorp) vertrouwen')).toEqual(['vertrouwen-overheid']);
    expect(inText('de overheid [zie bijlage] vertrouwen')).toEqual(['vertrouwen-overheid']);
    // The aside's own words meet no label with the words around it.
    expect(inText('de overheid (vertrouwen)')).toEqual([]);
    expect(inText('vertrouwen (de overheid)')).toEqual([]);
    // An aside cut off by a sentence's end is no aside, nor is a bracket that closes what never opened.
    expect(inText('de overheid (zie hoofdstuk 2. Daar) vertrouwen')).toEqual([]);
    expect(inText('a) de overheid b) vertrouwen')).toEqual([]);
  });

  it('finds a label in any form of its verb', () => {
    const found = matcherOf([
      concept('afhaken', ['ouders haken af']),
      concept('dichtklappen', ['dichtklappen']),
    ]);
    expect(found('de ouders haakten af')).toEqual(['afhaken']);
    expect(found('zonder dat ze dichtklapt')).toEqual(['dichtklappen']);
    expect(found('een klap')).toEqual([]);
  });

  it('meets only the words a label writes as an infinitive in a form of a verb', () => {
    // `werkt` may be a form of `werken`, never the noun `werk`.
    const found = matcherOf([
      concept('werk-voor-jongeren', ['werk voor jongeren']),
      concept('samenwerken', ['samen werken']),
    ]);
    expect(found('wat werkt bij jongeren')).toEqual([]);
    expect(found('de school werkt samen met de wijk')).toEqual(['samenwerken']);
  });

  it('takes a concept where whole words name it, not where a part of a word does', () => {
    // `wijk` and `agent` are both parts of `wijkagent`: that is no agent who lives in the wijk.
    const found = matcherOf([
      concept('politie', ['wijkagent']),
      concept('dubbele-pet', ['agent woont in de wijk', 'als agent voorstellen']),
    ]);
    expect(found('de wijkagent woont hier en wil zich als agent voorstellen')).toEqual([
      'politie',
      'dubbele-pet',
    ]);
    expect(found('de wijkagent woont hier')).toEqual(['politie']);
  });

  it('matches a label that repeats a word with its words in a row', () => {
    const found = matcherOf([concept('afspraak-is-afspraak', ['afspraak is afspraak', 'stap voor stap'])]);
    expect(found('de afspraak van dinsdag')).toEqual([]);
    expect(found('een volgende stap')).toEqual([]);
    expect(found('Afspraak: Jan belt. Afspraak: Piet mailt.')).toEqual([]);
    expect(found('afspraak is afspraak')).toEqual(['afspraak-is-afspraak']);
    expect(found('we gaan stap voor stap')).toEqual(['afspraak-is-afspraak']);
  });

  it('matches a compound written apart with its words in a row, not its halves apart in a clause', () => {
    const found = matcherOf([concept('jongerenwerk', ['jongerenwerk', 'jongeren werk'])]);
    expect(found('het jongeren werk in Oost')).toEqual(['jongerenwerk']);
    expect(found('het jongerenwerk in Oost')).toEqual(['jongerenwerk']);
    expect(found('de jongeren, ouderen en de kerkenraad werken samen')).toEqual([]);
    // Without the compound among its labels, two words are a phrase, met apart in a clause.
    expect(
      matcherOf([concept('werk-voor-jongeren', ['jongeren werk'])])('jongeren gaan aan het werk'),
    ).toEqual(['werk-voor-jongeren']);
  });

  it('says whether a label stands in a row with its function words or was met by its content words apart', () => {
    const inRow = (text: string) =>
      Object.fromEntries(matcher.match(tokenize(text)).map((match) => [match.concept.id, match.inRow]));
    expect(inRow('dat is niet mijn taak')).toMatchObject({ rolverdeling: true });
    expect(inRow('zij vertrouwen de overheid niet')).toMatchObject({ 'vertrouwen-overheid': false });
    expect(inRow('het sociale basis werk')).toMatchObject({ 'sociale-basis': false });
  });

  it("joins a separable verb's particle that ends its clause to the verb, as a label writes it", () => {
    const found = clausalMatcherOf([
      concept('excuses', ['fouten toegeven']),
      concept('samenwerking', ['samenwerken']),
      concept('vertrouwen-opbouwen', ['vertrouwen opbouwen']),
    ]);
    expect(found('De gemeente gaf haar fouten ruiterlijk toe.')).toEqual(['excuses']);
    expect(found('De gemeente gaf toe dat er fouten waren gemaakt.')).toEqual(['excuses']);
    expect(found('De partners werkten goed samen; de wijkagent ook.')).toEqual(['samenwerking']);
    // Before an indirect question or a subordinate clause, the particle ends the verb too.
    expect(found('Per groep werken we samen hoe we het gesprek openen')).toEqual(['samenwerking']);
    expect(found('De partners werkten samen, want de buurt vroeg erom')).toEqual(['samenwerking']);
    expect(found('De gemeente gaf haar fouten toe, wat bewoners waardeerden')).toEqual(['excuses']);
    // A particle that is a preposition too is one before `wat`, `welke` or `wie` (`op wat er is`).
    expect(found('We bouwen voort op wat er aan vertrouwen is')).toEqual([]);
    expect(found('Vertrouwen bouw je op waar mensen al komen')).toEqual(['vertrouwen-opbouwen']);
    // Past an aside in its clause, to the verb before it.
    expect(found('De partners werken (sinds 2020) samen.')).toEqual(['samenwerking']);
    // Before anything but a preposition or a conjunction the particle is no particle (`samen maandag`),
    // and it joins no verb of another clause.
    expect(found('De partners werken samen maandag')).toEqual([]);
    expect(found('Zij werken. Samen met de buren')).toEqual([]);
  });

  it('matches a word as it stands each time, whatever it stood for in a text before', () => {
    // What each word meets in the labels is kept from one text to the next; its stems joined with a
    // particle, or its place as a possessive, are the text's own.
    const found = clausalMatcherOf([
      concept('samenwerking', ['samenwerken']),
      concept('rolverdeling', ['niet mijn taak']),
      concept('werk', ['werk']),
    ]);
    for (let round = 0; round < 2; round++) {
      expect(found('De partners werkten goed samen.')).toEqual(['samenwerking']);
      expect(found('De partners werkten goed.')).toEqual([]);
      expect(found('Dat is niet mijn taak.')).toEqual(['rolverdeling']);
      expect(found('Dat is niet mijn werk.')).toEqual(['werk']);
      expect(found('Mijn taak is het niet.')).toEqual([]);
    }
  });

  it('finds each label of several words however many labels share a first word', () => {
    // The labels' later words are checked against the text by bits, several words to a bit where
    // there are many: a bit another word set must not stand for a word the text lacks.
    const concepts = Array.from({ length: 300 }, (_, i) =>
      concept(`c${i}`, [`jongeren ${numberWord(i)}`, `${numberWord(i)} bewoners`]),
    );
    const found = clausalMatcherOf(concepts);
    expect(found(`De jongeren ${numberWord(7)} en ${numberWord(250)}.`).sort()).toEqual(['c250', 'c7']);
    expect(found(`De bewoners ${numberWord(7)}.`)).toEqual(['c7']);
    expect(found(`Alleen ${numberWord(7)}.`)).toEqual([]);
    expect(found(`${numberWord(12)} bewoners`)).toEqual(['c12']);
    expect(found(`Jongeren en bewoners.`)).toEqual([]);
  });

  it('finds each label in a row however many labels share a first word', () => {
    // The second word of a label matched in a row is checked by a bit first, several words to a bit.
    const found = clausalMatcherOf(
      Array.from({ length: 300 }, (_, i) => concept(`n${i}`, [`niet ${numberWord(i)}`])),
    );
    expect(found(`Dat is niet ${numberWord(7)}, en niet ${numberWord(299)}.`)).toEqual(['n7', 'n299']);
    expect(found(`Dat is ${numberWord(7)} niet.`)).toEqual([]);
    expect(found('Dat is niet zo.')).toEqual([]);
  });

  it("joins a separable verb's particle before `te` to the infinitive after it", () => {
    const found = clausalMatcherOf([
      concept('improviseren', ['afwijken van het plan', 'draaiboek loslaten']),
      concept('informele-zorg', ['omzien naar elkaar']),
      concept('vrijlaten', ['jongeren vrijlaten']),
    ]);
    expect(found('De begeleiders krijgen ruimte om van het plan af te wijken.')).toEqual(['improviseren']);
    expect(found('We durven het draaiboek los te laten.')).toEqual(['improviseren']);
    // Not across a clause's end.
    expect(found('Het werk is af. Te wijken van het plan is geen optie.')).toEqual([]);
    // `om te` begins a purpose clause: `om te zien` is no `omzien`.
    expect(found('Het is mooi om te zien dat bewoners naar elkaar kijken.')).toEqual([]);
    // `te` before a word that is no infinitive is `too`: `vrij te laat` is no `vrijlaten`.
    expect(found('De jongeren kwamen vrij te laat binnen.')).toEqual([]);
  });

  it('matches the start of a label while it is being typed, and only then', () => {
    expect(matched('straathoek', true)).toEqual(['straathoekwerk']);
    expect(matched('straathoek')).toEqual([]);
    expect(matched('str', true)).toEqual([]);
  });

  it('completes a word being typed to its closest labels only, and never to the last word of a longer label', () => {
    // `wijk` begins seven labels here: the three shortest complete it (each counts as a query word),
    // not `wijkbudget`, `wijkcentrum`, `wijkgebouw` or `wijkagentennorm`.
    expect(matched('wijk', true).sort()).toEqual(['wijkaanpak', 'wijkagent', 'wijkregie']);
    // `tonen` is the last word of `begrip tonen`, not the start of its compound `begriptonen`.
    expect(matched('resultaat aantonen', true)).toEqual([]);
    expect(matched('tonen', true)).toEqual([]);
    expect(matched('begrip tonen', true)).toEqual(['empathie']);
  });

  it('takes a word that a label names as a whole for that concept only, not also for those of its parts', () => {
    // `wijkagenten` is the label `wijkagent`; its parts also make `agent van de wijk` (the same
    // concept, through parts), `agent` and `de wijk`: only the whole word's concept counts.
    expect(matched('de wijkagenten')).toEqual(['wijkagent']);
    // Without a label for the whole word, its parts still lead to their concepts.
    expect(matched('de buurtagent')).toEqual(['politie']);
    expect(matched('de agent in de wijk').sort()).toEqual([
      'agent-in-de-wijk',
      'bewoners',
      'politie',
      'wijkagent',
    ]);
  });

  it('completes a word being typed even where a part of it names a concept', () => {
    expect(matched('buurtagent', true)).toEqual(['buurtagentschap']);
  });

  it('leaves the words of a complex preposition to the labels that hold that preposition', () => {
    const inGrammar = (text: string) => {
      const tokens = tokenize(text);
      return matcher.match(tokens, false, functionPhraseTokens(tokens)).map((match) => match.concept.id);
    };
    expect(inGrammar('op basis van sociale kaarten')).toEqual([]);
    expect(inGrammar('een sterke sociale basis')).toEqual(['sociale-basis']);
    expect(inGrammar('in plaats van boetes een gesprek')).toEqual(['praten-niet-beboeten']);
  });

  it('completes nothing when the word being typed is a label as it is', () => {
    expect(matched('wijkregie', true)).toEqual(['wijkregie']);
  });

  it('says which words named the concept', () => {
    const [match] = matcher.match(tokenize('wij willen meer ambulant jongerenwerk'));
    expect([match!.first, match!.last]).toEqual([3, 4]);
  });

  it('names each concept once, at its longest label (the widest, then the first of equals), in the order of the text', () => {
    const text = 'zvh, straathoekwerk en nog eens het zorg- en veiligheidshuis';
    expect(matched(text)).toEqual(['straathoekwerk', 'zorg-en-veiligheidshuis']);
    const zvh = matcher.match(tokenize(text)).find((m) => m.concept.id === 'zorg-en-veiligheidshuis');
    expect(zvh).toMatchObject({ first: 6, last: 8, inRow: false });
    expect(matched('zvh en straathoekwerk en weer zvh')).toEqual([
      'zorg-en-veiligheidshuis',
      'straathoekwerk',
    ]);
    // A label met apart is as long as its own words, not the words between them: `taak afschuiven`
    // met across four words is two, and `niet mijn taak` in a row, three, stays the naming.
    expect(
      namingOf(
        ['niet mijn taak', 'taak afschuiven'],
        'Dat is niet mijn taak, zeggen ze, en zo wordt elke taak steeds weer afgeschoven',
      ),
    ).toMatchObject({ first: 2, last: 4, inRow: true });
    // Of two labels as long, the one whose words span more of the text: it weighs as those words.
    expect(
      namingOf(
        ['onszelf kijken', 'verkeerd vallen'],
        'Wij hebben naar onszelf gekeken: de brief viel bij veel bewoners verkeerd',
      ),
    ).toMatchObject({ first: 7, last: 11, inRow: false });
  });

  it('records its labels as it reads them, a line per label, and matches the same from that record', () => {
    const [straathoekwerk, , rolverdeling] = recordLabels(thesaurus, analyzer);
    // Flags in base 36 (1: English; 2: several content words; then a bit per function word), keys.
    expect(straathoekwerk!.split('\n')).toEqual([
      '0 straathoekwerk',
      '0 straathoekwerker',
      '2 ambulant jongerenwerk',
      '0 ambulantjongerenwerk',
      '3 detach youth work',
    ]);
    expect(rolverdeling!.split('\n')[0]).toBe(`${(0b011 << 2).toString(36)} niet §poss tak`);
    // The last word as typed, where a label of one key has a stem that is not it.
    expect(recordLabels([concept('x', ['straathoekwerkers'])], analyzer)[0]!.split('\n')[0]).toBe(
      '0 straathoekwerker|straathoekwerkers',
    );
  });

  it('knows which concepts lead nowhere', () => {
    expect(thesaurus.filter((c) => !leadsSomewhere(c)).map((c) => c.id)).toEqual(['radicalisering']);
  });

  it('turns a concept into an index term that no word can reach, and back', () => {
    expect(conceptOfTerm(conceptTerm('boa'))).toBe('boa');
    expect(conceptOfTerm('boa')).toBeUndefined();
    // No word of a query holds the mark: tokenizing drops it.
    expect(tokenize(conceptTerm('boa')).map((token) => token.word)).toEqual(['boa']);
  });
});
