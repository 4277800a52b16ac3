import { fold } from './fold';
import { DUTCH_POSSESSIVES } from './stopwords';
import type { Token } from './tokenize';

/**
 * Dutch separable verbs: in a main clause the particle goes to the end (`hoe bouw je vertrouwen
 * op`, `jongeren sluiten zich uit angst aan bij een groep`, `de gemeente zet in op preventie`), so
 * the words the tips and the thesaurus write as one (`opbouwen`, `aansluiten`, `inzetten`) stand
 * apart. These are the particles; a verb they join is recognised by the vocabulary, not by a list.
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'aan',
  'achter',
  'af',
  'bij',
  'binnen',
  'buiten',
  'door',
  'in',
  'langs',
  'los',
  'mee',
  'na',
  'neer',
  'om',
  'onder',
  'op',
  'over',
  'rond',
  'samen',
  'tegen',
  'terecht',
  'terug',
  'toe',
  'uit',
  'vast',
  'voor',
  'vrij',
  'weg',
]);

/**
 * What may follow a particle that ends its clause's verb: a preposition or conjunction that opens
 * what comes next (`gaat om met`, `zet in op`, `sluiten zich aan bij`, `haken af omdat`). A particle
 * followed by anything else is taken as a preposition (`werken aan vertrouwen`, `op de hoogte`).
 */
const AFTER_PARTICLE: ReadonlySet<string> = new Set([
  'aan',
  'bij',
  'door',
  'in',
  'met',
  'naar',
  'om',
  'op',
  'over',
  'tegen',
  'tot',
  'uit',
  'vanuit',
  'voor',
  'zonder',
  'en',
  'of',
  'maar',
  'want',
  'omdat',
  'als',
  'wanneer',
  'zodat',
  'zodra',
  'terwijl',
  'doordat',
  'dat',
  'die',
  'dan',
  'nu',
  'ook',
  'wel',
  'niet',
  'meer',
]);

/** Words after which a word is a noun, not the verb (`de straat op`, `een deel gaf aan`). */
const DETERMINERS: ReadonlySet<string> = new Set([
  ...'de het een deze dit die elke ieder iedere geen'.split(' '),
  ...DUTCH_POSSESSIVES,
]);

/**
 * The verb as written and the infinitives it may be a form of: present tense (`ga`, `gaat`,
 * `houd`, `zet`, `zit`) and the plural (`sluiten`), as the tips and labels mostly write the
 * infinitive (`omgaan`, `vasthouden`, `opzetten`).
 */
function infinitives(verb: string): string[] {
  const stem = verb.endsWith('t') && verb.length > 3 && !verb.endsWith('tt') ? verb.slice(0, -1) : verb;
  const forms = [verb, stem + 'en', stem + 'n'];
  // A short vowel before a single consonant doubles it (`zet` → `zetten`).
  if (/[^aeiou][aeiou][bdfgklmnprstz]$/u.test(verb)) forms.push(verb + verb[verb.length - 1] + 'en');
  // A long vowel at the end is written double before `n` (`ga` → `gaan`, `sta` → `staan`).
  if (/[^aeiou][aou]$/u.test(stem)) forms.push(stem + stem[stem.length - 1] + 'n');
  return forms;
}

/** How far before its particle a verb may stand, in words. */
const REACH = 8;

/**
 * The tokens with each separable verb whose particle stands apart joined to it: the verb's token
 * reads as the whole verb (`sluiten` … `aan` → `aansluiten`), at the verb's own place in the text.
 * `known(word, verb)` says whether the joined word means something to the search; the nearest verb before
 * the particle, in the same clause, that makes a known word is taken. Other tokens are unchanged.
 */
export function joinSeparableVerbs(
  text: string,
  tokens: Token[],
  known: (word: string, verb: string) => boolean,
): Token[] {
  let joined: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const particle = fold(tokens[i]!.word);
    if (!PARTICLES.has(particle)) continue;
    const next = tokens[i + 1];
    // The infinitive with `te` (`om vertrouwen op te bouwen`, `langs te gaan`): the verb follows.
    const verbAfter = tokens[i + 2];
    if (next && verbAfter && fold(next.word) === 'te') {
      const word = particle + fold(verbAfter.word);
      if (known(word, verbAfter.word)) {
        joined ??= tokens.slice();
        joined[i + 2] = { ...verbAfter, word };
      }
      continue;
    }
    if (i === 0) continue;
    const endsClause = !next || /[.,;:!?()\n]/u.test(text.slice(tokens[i]!.end, next.start));
    if (!endsClause && !AFTER_PARTICLE.has(fold(next.word))) continue;
    for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
      if (/[.,;:!?()\n]/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) break;
      const verb = tokens[j]!;
      if (PARTICLES.has(fold(verb.word))) continue;
      if (j > 0 && DETERMINERS.has(fold(tokens[j - 1]!.word))) continue;
      const word = infinitives(fold(verb.word))
        .map((form) => particle + form)
        .find((candidate) => known(candidate, verb.word));
      if (!word) continue;
      joined ??= tokens.slice();
      joined[j] = { ...verb, word };
      break;
    }
  }
  return joined ?? tokens;
}
