import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis/analyzer';
import { createCompoundSplitter } from '@/lib/analysis/compounds';
import { fold } from '@/lib/analysis/fold';
import { functionPhraseTokens } from '@/lib/analysis/function-phrases';
import { stemDutch, verbStems } from '@/lib/analysis/stem';
import { DUTCH_STOPWORDS } from '@/lib/analysis/stopwords';
import { tokenize } from '@/lib/analysis/tokenize';

describe('fold', () => {
  it.each([
    ['metéén', 'meteen'],
    ['zélf', 'zelf'],
    ['óók', 'ook'],
    ['ĳverig', 'ijverig'],
    ['Continuïteit', 'continuiteit'],
    ['WIJKAGENT', 'wijkagent'],
    ['e\u0301e\u0301n', 'een'],
  ])('folds %s to %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('folds printable ASCII by lower case alone, as the full folding would', () => {
    const full = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(fold(text)).toBe(full(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it('gives each word with its offsets', () => {
    expect(tokenize('Snel handelen!')).toEqual([
      { word: 'Snel', start: 0, end: 4 },
      { word: 'handelen', start: 5, end: 13 },
    ]);
  });

  it('keeps hyphenated compounds and apostrophes whole', () => {
    expect(tokenize("de politie-opleiding, auto's").map((t) => t.word)).toEqual([
      'de',
      'politie-opleiding',
      "auto's",
    ]);
  });

  it('finds each word where a regular expression match of it stands, in any text', () => {
    // The oracle: the same pattern, its matches with their indexes.
    const pattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
    const pieces = fc.constantFrom(
      'wijk',
      'Wijk',
      'agent',
      "auto's",
      'a-b',
      'é',
      '\u0301',
      ' ',
      '-',
      "'",
      '.',
      '🙂',
      '2024',
      'ĳ',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const expected = [...input.matchAll(pattern)].map((m) => ({
          word: m[0],
          start: m.index,
          end: m.index + m[0].length,
        }));
        expect(tokenize(input)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('splits on markup, punctuation, emoji and control characters', () => {
    expect(tokenize('<b>wijk</b>🙂agent\u0000x').map((t) => t.word)).toEqual([
      'b',
      'wijk',
      'b',
      'agent',
      'x',
    ]);
  });
});

describe('stemDutch', () => {
  it.each([
    ['sleutelpersoon', 'sleutelpersonen'],
    ['boete', 'boetes'],
    ['vrijwilliger', 'vrijwilligers'],
    ['netwerkvorm', 'netwerkvormen'],
    ['aanbesteding', 'aanbestedingen'],
    ['waarderen', 'gewaardeerd'],
    ['overvragen', 'overvraagd'],
    ['informeren', 'geinformeerd'],
    ['overheid', 'overheden'],
    ['meten', 'meet'],
    ['zaal', 'zalen'],
    ['initiatief', 'initiatieven'],
    ['actief', 'actieve'],
    ['huis', 'huizen'],
    ['keus', 'keuze'],
  ])('makes %s and %s meet', (singular, plural) => {
    expect(stemDutch(plural)).toContain(stemDutch(singular)[0]);
  });

  it('never stems a word to a function word, and keeps its forms together', () => {
    // Snowball's stem of `overheid` is `over`, which every tip that talks about something holds.
    for (const word of ['overheid', 'overheden', 'meten', 'meet', 'zalen']) {
      expect(
        stemDutch(word).some((stem) => DUTCH_STOPWORDS.has(stem)),
        word,
      ).toBe(false);
    }
    expect(stemDutch('over')).toEqual(['over']);
    expect(stemDutch('met')).toEqual(['met']);
    expect(stemDutch('veiligheid')).toEqual(['veilig']);
  });
});

describe('verbStems', () => {
  it.each([
    ['maken', 'maakt'],
    ['durven', 'durft'],
    ['haken', 'haakte'],
    ['werken', 'werkten'],
    ['dichtklappen', 'dichtklapt'],
    ['leven', 'leeft'],
    ['kiezen', 'kiest'],
    ['wensen', 'wenst'],
    ['vinden', 'vindt'],
    ['geloven', 'gelooft'],
    ['vertrouwen', 'vertrouwt'],
    // Strong verbs, from their list (`STRONG_VERBS`), with a separable verb's particle before them.
    ['zitten', 'zat'],
    ['komen', 'kwamen'],
    ['spreken', 'gesproken'],
    ['voorzitten', 'voorzat'],
    ['voorzitten', 'voorgezeten'],
    ['toegeven', 'toegaf'],
    ['vastlopen', 'vastgelopen'],
    ['nemen', 'nam'],
  ])('leads %s from its form %s', (infinitive, form) => {
    expect(verbStems(form)).toContain(stemDutch(infinitive)[0]);
  });

  it('leaves out a strong form that is another word too, and a particle before a past plural', () => {
    // `week` (wijken, and seven days), `vroeg` (vragen, and early), `namen` (nemen, and names),
    // `gezien` (given that), `gegeven` (a given), `geboden` (called for), `lagen` (layers).
    for (const word of [
      'week',
      'vroeg',
      'namen',
      'wees',
      'sloot',
      'staken',
      'gevallen',
      'gezien',
      'gegeven',
    ]) {
      expect(verbStems(word), word).toEqual([]);
    }
    for (const word of ['geboden', 'lagen', 'greep', 'gaven', 'gelegen', 'aangezien', 'ingreep']) {
      expect(verbStems(word), word).toEqual([]);
    }
    // A past plural with a particle is a noun as often: `afspraken`, `uitspraken`, `opgaven`.
    for (const word of ['afspraken', 'uitspraken', 'aanspraken', 'opgaven', 'bijlagen']) {
      expect(verbStems(word), word).toEqual([]);
    }
    expect(verbStems('aandacht')).not.toContain(stemDutch('aandenken')[0]);
  });

  it('gives nothing for a form Snowball already joins, an infinitive, or a word with no such ending', () => {
    for (const word of ['praat', 'maken', 'starten', 'gaat', 'wijk', 'jongeren', 'sleutelpersoon']) {
      expect(verbStems(word), word).toEqual([]);
    }
  });

  it("reads a past tense by 't kofschip, so a noun in -te or -ten is no verb", () => {
    // `-te` after a voiceless stem only (werkte), `-de` after any other (durfde); not hoogte, buurten.
    for (const word of ['hoogte', 'gewoonte', 'stilte', 'buurten', 'kaarten']) {
      expect(verbStems(word), word).toEqual([]);
    }
    expect(verbStems('durfde')).toEqual(stemDutch('durven'));
  });

  it('doubles the consonant after a short vowel, as the infinitive does', () => {
    // `legt` is `leggen`, not `legen`; `valt` is `vallen`, not the `vals` of `valse beloftes`.
    expect(verbStems('legt')).toEqual(stemDutch('leggen'));
    expect(verbStems('valt')).toEqual(stemDutch('vallen'));
    expect(verbStems('wandelt')).toContain(stemDutch('wandelen')[0]);
    expect(verbStems('komt')).toEqual(stemDutch('komen'));
  });

  it.each([
    ['werken', 'gewerkt'],
    ['horen', 'gehoord'],
    ['inzetten', 'ingezet'],
    ['loslaten', 'losgelaten'],
    ['invullen', 'ingevuld'],
    ['overdragen', 'overgedragen'],
    ['uitnodigen', 'uitgenodigd'],
    ['opleiden', 'opgeleid'],
    ['uitleggen', 'uitgelegd'],
  ])('leads %s from its past participle %s, with its particle', (infinitive, participle) => {
    expect(verbStems(participle)).toContain(stemDutch(infinitive)[0]);
  });

  it('joins a participle whose strong verb changes its vowel by the list only, and no noun in ge- to a verb', () => {
    // `gesproken` is `spreken`: letters do not say so, `STRONG_VERBS` does; `gestreden` is not listed.
    expect(verbStems('aangesproken')).toContain(stemDutch('aanspreken')[0]);
    expect(verbStems('gestreden')).not.toContain(stemDutch('strijden')[0]);
    // Without a particle, a word in ge- that ends like a strong participle or a stem in -t is a noun:
    // `gebieden` is no `bieden`, `gevallen` no `vallen`, `gerecht` no `rechten`.
    for (const [noun, verb] of [
      ['gebieden', 'bieden'],
      ['gevallen', 'vallen'],
      ['geweten', 'weten'],
      ['gebouwen', 'bouwen'],
      ['gevolgen', 'volgen'],
      ['gezinnen', 'zinnen'],
      ['gerecht', 'rechten'],
      ['gedicht', 'dichten'],
    ] as const) {
      expect(verbStems(noun), noun).not.toContain(stemDutch(verb)[0]);
    }
  });

  it('never gives a function word or a stem of the word itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,10}(?:t|te|de|ten|den)$/u), (word) =>
        verbStems(word).every((stem) => !DUTCH_STOPWORDS.has(stem) && !stemDutch(word).includes(stem)),
      ),
    );
  });
});

describe('createCompoundSplitter', () => {
  const split = createCompoundSplitter([
    'wijk',
    'agent',
    'politie',
    'opleiding',
    'bestuurders',
    'veiligheid',
    'beleid',
    'onder',
    'mijning',
  ]);

  it.each([
    ['wijkagenten', ['wijk', 'agenten']],
    ['politieopleiding', ['politie', 'opleiding']],
    ['moskeebestuurders', ['moskee', 'bestuurders']],
    ['veiligheidsbeleid', ['veiligheid', 'beleid']],
  ])('splits %s into %j', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it.each(['wijk', 'agent', 'ondermijning', 'vertrouwen'])('leaves %s whole', (word) => {
    expect(split(word)).toEqual([]);
  });
});

describe('createAnalyzer', () => {
  const analyzer = createAnalyzer(['De wijkagent en de politie-opleiding', 'Een agent in de wijk']);

  it('gives a compound the stems of its parts as well as its own', () => {
    expect(analyzer.dutch('Wijkagenten')).toEqual(['wijkagent', 'wijk', 'agent']);
  });

  it('treats a hyphenated compound as its parts and as one word', () => {
    expect(analyzer.dutch('politie-opleiding')).toEqual(
      expect.arrayContaining(['politie', 'opleid', 'politieopleid']),
    );
  });

  it('drops stop words from queries, in Dutch and English', () => {
    expect(analyzer.query('het')).toEqual([]);
    expect(analyzer.query('the')).toEqual([]);
  });

  it('gives a query word its Dutch and its English stem', () => {
    expect(analyzer.query('workers')).toEqual(expect.arrayContaining(['worker']));
  });

  it('learns the vocabulary only when a compound must first be split, or when asked to', () => {
    let reads = 0;
    const vocabulary = {
      *[Symbol.iterator]() {
        reads++;
        yield 'De wijkagent en de politie-opleiding';
        yield 'Een agent in de wijk';
      },
    };
    const lazy = createAnalyzer(vocabulary);
    expect(lazy.dutch('wijk')).toEqual(['wijk']);
    expect(lazy.english('agents')).toEqual(['agent']);
    expect(reads).toBe(0);
    expect(lazy.dutch('Wijkagenten')).toEqual(['wijkagent', 'wijk', 'agent']);
    expect(reads).toBe(1);

    const prepared = createAnalyzer(vocabulary);
    prepared.prepare();
    expect(reads).toBe(2);
    expect(prepared.dutch('Wijkagenten')).toEqual(['wijkagent', 'wijk', 'agent']);
    expect(reads).toBe(2);
  });

  it('reads a word as its functions do, all at once, and keeps the reading', () => {
    // A stop word, a possessive, a compound, a verb form, a hyphenated word, an accent, a number.
    const samples = ['de', 'Hun', 'Wijkagenten', 'haakte', 'politie-opleiding', 'metéén', 'Ｗijk', '2024'];
    const arbitrary = fc.oneof(fc.constantFrom(...samples), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(arbitrary, (word) => {
        expect(analyzer.word(word)).toEqual({
          folded: fold(word),
          stop: analyzer.isStopword(word),
          dutch: analyzer.dutch(word),
          english: analyzer.english(word),
          query: analyzer.query(word),
          parts: analyzer.parts(word),
          verbs: analyzer.verbs(word),
        });
        expect(analyzer.word(word)).toBe(analyzer.word(word));
      }),
    );
    expect(analyzer.word('Wijkagenten').parts).toEqual(['wijk', 'agent']);
    expect(analyzer.word('de')).toMatchObject({ stop: true, query: [] });
  });

  it('reads two words as one as `dutch` reads them joined, each pair kept however many it has seen', () => {
    const samples = ['politie', 'opleiding', 'wijk', 'Agenten', 'jongeren-', 'werk', 'de', ''];
    const arbitrary = fc.oneof(fc.constantFrom(...samples), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(arbitrary, arbitrary, (first, second) => {
        expect(analyzer.compound(first, second)).toBe(analyzer.dutch(first + second)[0]);
        expect(analyzer.compound(first, second)).toBe(analyzer.dutch(first + second)[0]);
      }),
    );
    expect(analyzer.compound('politie', 'opleiding')).toBe('politieopleid');
    // Past its bound it starts again, and still answers as `dutch` does.
    const fresh = createAnalyzer([]);
    for (let i = 0; i < 50_010; i++) fresh.compound(`w${i.toString(36)}`, 'x');
    expect(fresh.compound('wijk', 'agent')).toBe(fresh.dutch('wijkagent')[0]);
    expect(fresh.compound('w1', 'x')).toBe(fresh.dutch('w1x')[0]);
  });

  it('keeps what was known when its cache is full of other words', () => {
    // A known analysis other than the stemmer's, to see whether it is still the one given.
    const known = { dutch: new Map([['wijk', ['known']]]), parts: new Map(), english: new Map() };
    const seeded = createAnalyzer([], known);
    for (let i = 0; i < 50_010; i++) seeded.dutch(`w${i.toString(36)}`);
    expect(seeded.dutch('wijk')).toEqual(['known']);
  });

  it('starts from what is known of words, without learning the vocabulary for them', () => {
    let reads = 0;
    const vocabulary = {
      *[Symbol.iterator]() {
        reads++;
        yield 'Een agent in de wijk';
      },
    };
    const known = {
      dutch: new Map([['Wijkagenten', ['wijkagent', 'wijk', 'agent']]]),
      parts: new Map([['Wijkagenten', ['wijk', 'agent']]]),
      english: new Map([['officers', ['officer']]]),
    };
    const seeded = createAnalyzer(vocabulary, known);
    expect(seeded.dutch('Wijkagenten')).toEqual(['wijkagent', 'wijk', 'agent']);
    expect(seeded.parts('Wijkagenten')).toEqual(['wijk', 'agent']);
    expect(seeded.query('Wijkagenten')).toEqual(expect.arrayContaining(['wijkagent', 'wijk', 'agent']));
    expect(seeded.english('officers')).toEqual(['officer']);
    expect(reads).toBe(0);
  });
});

describe('functionPhraseTokens', () => {
  const phraseWords = (text: string) => {
    const tokens = tokenize(text);
    const found = functionPhraseTokens(tokens);
    return tokens.filter((_, i) => found.has(i)).map((token) => token.word);
  };

  it('finds the words of complex prepositions, whatever their case', () => {
    expect(phraseWords('In plaats van een boete brengt de wijkagent hem thuis')).toEqual([
      'In',
      'plaats',
      'van',
    ]);
    expect(phraseWords('op basis van signalen en in het kader van de wijkaanpak')).toEqual([
      'op',
      'basis',
      'van',
      'in',
      'het',
      'kader',
      'van',
    ]);
  });

  it('leaves the same words alone outside such a phrase', () => {
    expect(phraseWords('een sterke sociale basis in de wijk')).toEqual([]);
    expect(phraseWords('de plaats waar bewoners samenkomen')).toEqual([]);
    expect(phraseWords('in plaats')).toEqual([]);
  });
});
