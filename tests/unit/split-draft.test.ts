import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clausesOf, isHeaderLine, splitDraft } from '@/lib/search/split-draft';
import { tokenize } from '@/lib/analysis/tokenize';

const texts = (draft: string) => splitDraft(draft).map((part) => part.text);

describe('splitDraft', () => {
  it('keeps a short text, one sentence or two short ones, as one part', () => {
    expect(texts('Wij werken samen met de wijkagent.')).toEqual(['Wij werken samen met de wijkagent.']);
    expect(texts('Wij werken samen. Met de wijkagent.')).toHaveLength(1);
  });

  it('splits a long paragraph into its sentences', () => {
    const draft =
      'Wij zien dat jongeren in de wijk al op jonge leeftijd worden benaderd voor klusjes in het drugscircuit. ' +
      'Omdat het vertrouwen in de gemeente in Oost laag is, investeren wij eerst in contact en pas daarna in handhaving.';
    expect(texts(draft)).toEqual([
      'Wij zien dat jongeren in de wijk al op jonge leeftijd worden benaderd voor klusjes in het drugscircuit.',
      'Omdat het vertrouwen in de gemeente in Oost laag is, investeren wij eerst in contact en pas daarna in handhaving.',
    ]);
  });

  it.each(['bijv.', 'o.a.', 'd.w.z.', 'm.b.t.', 't.z.t.', 'art.', 'dhr. J.'])(
    'does not end a sentence after %s',
    (abbreviation) => {
      const draft =
        `In de wijkaanpak werken wij samen met partners, ${abbreviation} de politie en het jongerenwerk in Oost. ` +
        'Daarnaast zetten wij in op een sterke sociale basis met voorzieningen dicht bij huis voor alle bewoners.';
      expect(texts(draft)).toHaveLength(2);
      expect(texts(draft)[0]).toContain(abbreviation);
    },
  );

  it('keeps numbers whole: 2,5 fte, 1.200 bewoners, art. 13b', () => {
    const draft =
      'Voor de uitvoering is 2,5 fte beschikbaar voor 1.200 bewoners, en de burgemeester kan art. 13b Opiumwet inzetten. ' +
      'De evaluatie volgt na twee jaar, samen met de bewoners en de partners in de wijk en het sociaal wijkteam.';
    const [first, second] = texts(draft);
    expect(first).toContain('2,5 fte beschikbaar voor 1.200 bewoners');
    expect(first).toContain('art. 13b Opiumwet');
    expect(second).toMatch(/^De evaluatie/u);
  });

  it('makes each paragraph a part, and each bullet pasted from Word, and joins a heading to its text', () => {
    const draft = [
      'Aanpak',
      'De gemeente bouwt samen met sleutelfiguren een netwerk op in de wijk.',
      '',
      '• Jongeren bereiken via het jongerenwerk en de sportvereniging',
      '• Ouders betrekken bij de preventie van ondermijning in de buurt',
      '- Vrijwilligers waarderen met een passende vergoeding',
    ].join('\r\n');
    expect(texts(draft)).toEqual([
      'Aanpak\r\nDe gemeente bouwt samen met sleutelfiguren een netwerk op in de wijk.',
      '• Jongeren bereiken via het jongerenwerk en de sportvereniging',
      '• Ouders betrekken bij de preventie van ondermijning in de buurt',
      '- Vrijwilligers waarderen met een passende vergoeding',
    ]);
  });

  it('keeps each header line of a letter, memo or minutes a part of its own', () => {
    const draft = [
      'Aan: de gemeenteraad',
      'Van: het college',
      'Datum: 12 mei 2025',
      'Onderwerp: jongerenwerk in Oost',
      'Wij vragen u in te stemmen met twee extra jongerenwerkers in de wijk.',
      'Aanwezig: wijkagent, jongerenwerker, leerplicht',
      'Zo ja.',
    ].join('\n');
    expect(texts(draft)).toEqual([
      'Aan: de gemeenteraad',
      'Van: het college',
      'Datum: 12 mei 2025',
      'Onderwerp: jongerenwerk in Oost\nWij vragen u in te stemmen met twee extra jongerenwerkers in de wijk.',
      'Aanwezig: wijkagent, jongerenwerker, leerplicht',
      'Zo ja.',
    ]);
    expect(
      texts('Datum: 12 mei 2025, in het wijkcentrum, met de wijkagent en de jongerenwerker erbij.'),
    ).toHaveLength(1);
  });

  it('takes the close of a letter and the signature under it for header lines, and no more', () => {
    const letter = [
      'Wij investeren in 2025 in de buurtvaders, zodat de jongeren in de Kanaalzone een vast aanspreekpunt hebben.',
      'Met vriendelijke groet,',
      'namens het college,',
      'R. Haverkamp, afdelingshoofd Samenleving',
    ].join('\n');
    expect(splitDraft(letter).map(({ text, header }) => [text, header])).toEqual([
      [letter.split('\n')[0], false],
      ['Met vriendelijke groet,', true],
      ['namens het college,', true],
      ['R. Haverkamp, afdelingshoofd Samenleving', true],
    ]);
    // A reply pasted under the signature is read again from its first line with a colon or a sentence.
    const thread = [
      'Hoogachtend,',
      'Sanne de Wit',
      'Onderwerp: jongeren in de wijk',
      'Wij merken dat jongeren in de wijk steeds vaker worden benaderd voor klusjes.',
      'Groet,',
      'Karim',
      'Het jongerenwerk is er elke avond, ook in de vakantie.',
    ].join('\n');
    expect(splitDraft(thread).map(({ header }) => header)).toEqual([true, true, false, true, true, false]);
    expect(
      splitDraft(
        'Burgemeester en wethouders van Oosterveld besluiten: de wijkaanpak gaat in mei van start, met de wijkagent.',
      ).map(({ header }) => header),
    ).toEqual([false]);
  });

  it.each([
    ['Aan: de raad', true],
    ['Portefeuillehouder: wethouder M. Dijkgraaf', true],
    ['Opgesteld door: Femke Roelofs, wijkregisseur', true],
    ['aanwezig : Ellen, Mo', true],
    ['From: Karim Ouali', true],
    ['Onderwerp: vertrouwen in de wijk', false],
    ['Aanpak: we gaan de wijk in', false],
    ['Aan de raad: wij stellen voor', false],
  ])('takes %j for a header line: %s', (text, header) => {
    expect(isHeaderLine(text)).toBe(header);
  });

  it('joins a very short sentence to its neighbour', () => {
    const draft =
      'De gemeente investeert de komende vier jaar in een sterk netwerk van sleutelfiguren in de wijk Oost. Zo ja. ' +
      'Het jongerenwerk krijgt een vaste plek in de wijk, zodat jongeren weten waar zij terechtkunnen met hun vragen.';
    expect(texts(draft)).toEqual([
      'De gemeente investeert de komende vier jaar in een sterk netwerk van sleutelfiguren in de wijk Oost. Zo ja.',
      'Het jongerenwerk krijgt een vaste plek in de wijk, zodat jongeren weten waar zij terechtkunnen met hun vragen.',
    ]);
  });

  it.each([
    [
      'Burgemeester en wethouders van Zuidermeer stellen twee extra jongerenwerkers aan in de wijk Oost.',
      '.',
    ],
    [
      'Wij doen dit.\nMet vriendelijke groet,\nKarim\n\n• Jongeren bereiken via het jongerenwerk en de sportclub.',
      '.HH.',
    ],
    [
      'Wij werken samen met de wijkagent en het jongerenwerk.\nGroet,\nKarim\nPS vergeet de buurtvaders niet.',
      '.HH.',
    ],
    [
      'Wij werken samen met de wijkagent en het jongerenwerk.\nMvg\nKarim Ouali\nTel: 06-12345678\nwww.zuidermeer.nl',
      '.HHHH',
    ],
    ['Wij werken samen met de wijkagent en het jongerenwerk.\nMet vriendelijke groet, Karim', '.H'],
    ['Namens het college van burgemeester en wethouders,\nde secretaris,\nde burgemeester,', 'HHH'],
    [
      'Met vriendelijke groet,\nKarim\n-----Oorspronkelijk bericht-----\nWij zien dat jongeren in de wijk worden benaderd.',
      'HH.',
    ],
    ['Met vriendelijke groet,\nKarim\nDe wijkaanpak van de gemeente met de wijkagent start in 2025.', 'HH.'],
    [
      'Wij werken samen met de wijkagent.\nGroeten uit Velderveen was het thema van de avond met de bewoners.',
      '.',
    ],
  ])('tells a close and its signature from what follows: %j', (draft, flags) => {
    expect(
      splitDraft(draft)
        .map(({ header }) => (header ? 'H' : '.'))
        .join(''),
    ).toBe(flags);
  });

  it('gives each part its place in the text, and every word lies in exactly one part', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 600 }),
          fc
            .array(
              fc.constantFrom(
                'Wij werken samen. ',
                'bijv. ',
                '\n',
                '\n\n',
                '• ',
                'o.a. de wijk',
                '2,5 fte. ',
                'Zo.',
                'Aan: de raad',
                'Met vriendelijke groet,',
                'Karim Ouali',
                'PS ',
              ),
              {
                maxLength: 80,
              },
            )
            .map((pieces) => pieces.join('')),
        ),
        (draft) => {
          const parts = splitDraft(draft);
          let end = 0;
          for (const part of parts) {
            expect(part.start).toBeGreaterThanOrEqual(end);
            expect(part.end).toBeLessThanOrEqual(draft.length);
            expect(draft.slice(part.start, part.end)).toBe(part.text);
            expect(part.text).toBe(part.text.trim());
            // A header line, a close or a signature line is one line, never joined to another.
            if (part.header) expect(part.text).not.toMatch(/[\r\n]/u);
            end = part.end;
          }
          const covered = parts.reduce((sum, part) => sum + part.text.replace(/\s/gu, '').length, 0);
          expect(covered).toBe(draft.replace(/\s/gu, '').length);
        },
      ),
    );
  });
});

describe('clausesOf', () => {
  const clauses = (text: string) => clausesOf(text, tokenize(text));

  it('numbers clauses in the order they begin, a sentence, a semicolon or a new line apart', () => {
    expect(clauses('wij werken. Zij wachten; jullie\nNiet')).toEqual([0, 0, 1, 1, 2, 3]);
    // Not after an abbreviation, nor at a line wrapped in lower case.
    expect(clauses('o.a. jongeren en\nouders')).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives a bracketed aside its own clause and goes on with the clause around it after it', () => {
    expect(clauses('per groep (ouders, jongeren) apart')).toEqual([0, 0, 1, 1, 0]);
    expect(clauses('a (b [c] d) e')).toEqual([0, 1, 2, 1, 0]);
    // Cut off by a sentence's end, the aside is not resumed; a bracket that closes nothing begins one.
    expect(clauses('wij (zie bijlage. Daar) gaan')).toEqual([0, 1, 1, 2, 3]);
    expect(clauses('a) b c) d')).toEqual([0, 1, 1, 2]);
  });

  it('holds a number for every token, never falling back to an earlier clause but after an aside', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z ().;\n[\]]{0,60}$/), (text) => {
        const tokens = tokenize(text);
        const numbers = clausesOf(text, tokens);
        expect(numbers).toHaveLength(tokens.length);
        numbers.forEach((n, i) => {
          if (i > 0 && n < numbers[i - 1]!)
            expect(/[)\]]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))).toBe(true);
        });
      }),
    );
  });
});
