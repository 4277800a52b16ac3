import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { DUTCH_STOPWORDS } from './stopwords';

/**
 * Dutch Snowball stems of a folded word, plus the stem of its base form where Snowball leaves two
 * regular forms apart:
 * - the plural `-s` after a vowel: `boetes` stays `boetes` while `boete` becomes `boet`;
 * - past participles: `gewaardeerd`, `overvraagd` and `geïnformeerd` keep their `ge-` and `-d`,
 *   while `waarderen`, `overvragen` and `informeren` become `waarder`, `overvrag` and `informer`.
 * A final `v` or `z` after a diphthong is written `f` or `s`, as the word's other forms write it
 * (`initiatieven` and `initiatief`, `huizen` and `huis`: `VOICED_END`).
 *
 * @example stemDutch('sleutelpersonen') // ['sleutelperson']
 * @example stemDutch('boetes') // ['boetes', 'boet']
 * @example stemDutch('gewaardeerd') // ['gewaardeerd', 'waarder']
 * @example stemDutch('overheid') // ['over~~~'], not Snowball's `over`
 */
export function stemDutch(word: string): string[] {
  // Snowball takes `-heid` off `overheid` and leaves `over`, and makes `meten` and `meet` `met`: function
  // words that every other tip holds. Such a stem of a word that is not a function word itself is
  // marked, so that the word's forms still meet each other (`overheid`, `overheden`) and nothing else.
  const stem = snowball(word);
  const base = pluralBase(word, stem) ?? participleBase(word);
  if (base === undefined) return [stem];
  const baseStem = snowball(base);
  return baseStem === stem ? [stem] : [stem, baseStem];
}

/**
 * A `v` or `z` after a diphthong at the end of a stem, where the word's other forms have `f` or `s`
 * (`initiatieven`, `actieve`, `huizen`, `keuze`), which Snowball leaves apart from `initiatief`,
 * `actief`, `huis` and `keus`. After a single vowel it would join other words (`lezen` and `les`).
 */
const VOICED_END = /(ie|ei|ij|ui|ou|au|eu|oe)([vz])$/u;

function snowball(word: string): string {
  const raw = dutchStemmer(word);
  const stem = raw.replace(VOICED_END, (_, vowel: string, consonant: string) =>
    consonant === 'v' ? `${vowel}f` : `${vowel}s`,
  );
  return DUTCH_STOPWORDS.has(stem) && !DUTCH_STOPWORDS.has(word) ? stem + STEM_MARK : stem;
}

/**
 * Marks a stem that would otherwise be a function word. No analysed word holds it, and it is three
 * characters long, more than the typo tolerance, so `over` never reaches `over~~~` by a typo.
 */
const STEM_MARK = '~~~';

/** The English (Porter) stem of a folded word. */
export function stemEnglish(word: string): string {
  return englishStemmer(word);
}

function pluralBase(word: string, stem: string): string | undefined {
  return word.length > 4 && word.endsWith('es') && stem === word ? word.slice(0, -1) : undefined;
}

const LONG_VOWEL_BEFORE_END = /(aa|ee|oo|uu)([^aeiou])$/u;

function participleBase(word: string): string | undefined {
  if (word.length < 7 || !/[dt]$/u.test(word)) return undefined;
  let base = word.slice(0, -1);
  if (base.startsWith('ge') && base.length >= 7) base = base.slice(2);
  else if (!LONG_VOWEL_BEFORE_END.test(base)) return undefined;
  // The infinitive's stem has the short spelling of the vowel: waardeer → waarder(en).
  return base.replace(LONG_VOWEL_BEFORE_END, (_, vowel: string, consonant: string) => vowel[0] + consonant);
}

/**
 * The stems of the infinitives a finite verb form or a past participle may belong to, which Snowball
 * leaves apart from it: `maakt`, `durft`, `haakte`, `werkten`, `klapt` and `losgelaten` against
 * `maken`, `durven`, `haken`, `werken`, `klappen` and `loslaten`, and the forms of the strong verbs of
 * policy prose (`zat`, `kwam`, `voorgezeten`: `STRONG_VERBS`). Letters cannot tell `werkt` (a
 * verb) from `kracht` (a noun), nor `stoppen` from `luisteren` (whether the consonant doubles), so
 * these are candidates: the search keeps those its labels write as an infinitive. A folded word; `[]`
 * where it is no such form.
 *
 * @example verbStems('durft') // ['durv']
 * @example verbStems('haakte') // ['hak']
 */
export function verbStems(word: string): string[] {
  const finite = finiteBase(word);
  const candidates = [
    ...(finite ? infinitives(finite.base, finite.voiced) : []),
    ...participleInfinitives(word),
    ...strongInfinitives(word),
  ];
  if (!candidates.length) return [];
  const own = stemDutch(word);
  const stems = candidates.map(snowball).filter((stem) => !own.includes(stem) && !stem.endsWith(STEM_MARK));
  return [...new Set(stems)];
}

/** The particles of separable verbs, the common ones of policy prose. */
const PARTICLES =
  'aan|af|bij|binnen|buiten|dicht|door|in|los|mee|na|neer|om|onder|op|over|rond|samen|tegen|terug|toe|uit|vast|voor|vrij|weg';

/** The particles of separable verbs (`aan`, `toe`, `samen`), folded: `PARTICLES`. */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(PARTICLES.split('|'));

/**
 * A separable verb's particle before the `ge-` of its participle (`losgelaten`, `ingezet`,
 * `aangesproken`).
 */
const SEPARABLE_PARTICLE = new RegExp(`^(${PARTICLES})?ge(?!e)`, 'u');

/** A stem that ends in a voiceless sound takes `-t` in the past and the participle ('t kofschip). */
const VOICELESS_END = /(?:[tkfsp]|ch)$/u;
/** A stem: a vowel and the consonants that end it. */
const STEM_END = /[aeiouy][^aeiouy]+$/u;

/**
 * The infinitives a past participle may belong to: `gewerkt` and `gehoord` (a weak verb, `-t` after
 * a voiceless stem and `-d` after any other: `werken`, `horen`, `uitleggen`); with a particle also
 * `ingezet` and `opgeleid` (a stem that ends in `t` or `d` already: `inzetten`, `opleiden`) and
 * `losgelaten` (a strong verb whose participle keeps the infinitive's vowel: `loslaten`). Without a
 * particle those two would take nouns in `ge-` for verbs (`gebieden`, `gevallen`, `gerecht`). A
 * strong verb that changes its vowel (`gesproken`) is in `STRONG_VERBS`.
 */
function participleInfinitives(word: string): string[] {
  const ge = SEPARABLE_PARTICLE.exec(word);
  if (!ge) return [];
  const particle = ge[1] ?? '';
  const rest = word.slice(ge[0].length);
  if (rest.length < 3) return [];
  const found: string[] = [];
  const base = rest.slice(0, -1);
  if (/[dt]$/u.test(rest) && STEM_END.test(base) && rest.endsWith('t') === VOICELESS_END.test(base)) {
    found.push(...infinitives(base, rest.endsWith('d')));
  }
  if (particle && /[dt]$/u.test(rest) && STEM_END.test(rest)) found.push(...infinitives(rest, false));
  if (particle && /[aeiouy][^aeiouy]+en$/u.test(rest)) found.push(rest);
  return found.map((infinitive) => particle + infinitive);
}

/**
 * The verb's stem in a form of the present (`maakt`) or the past (`maakte`, `durfden`), and whether
 * its `f` or `s` may be a voiced `v` or `z` before `-en`, or undefined. The past follows 't kofschip:
 * `-te` after a voiceless stem (`werkte`, not `hoogte`), `-de` after any other (`durfde`, not `bootde`).
 */
function finiteBase(word: string): { base: string; voiced: boolean } | undefined {
  const past = /(?:t|d)(?:e|en)$/u.exec(word);
  let found: { base: string; voiced: boolean } | undefined;
  if (past && word.length >= 6) {
    const base = word.slice(0, past.index);
    const voiceless = VOICELESS_END.test(base);
    if (word[past.index] === 't' ? voiceless : !/(?:[tkp]|ch)$/u.test(base)) {
      found = { base, voiced: word[past.index] === 'd' };
    }
  } else if (/[^aeiou]t$/u.test(word) && word.length >= 4) {
    found = { base: word.slice(0, -1), voiced: true };
  }
  return found && STEM_END.test(found.base) ? found : undefined;
}

/** An `f` or `s` after a long vowel or a diphthong, or an `f` after `l` or `r`, is a `v` or `z` before `-en`. */
const VOICED_BEFORE_EN = /(?:(?:aa|ee|oo|uu|ie|ei|ij|ui|ou|au|eu)[fs]|[lr]f)$/u;
/** One short vowel before one consonant at the end: the consonant doubles before `-en` (`stop`, `stoppen`). */
const SHORT_VOWEL_BEFORE_END = /(?:^|[^aeiou])[aeiou][^aeiouwy]$/u;
/** An unstressed `e` before `l`, `r`, `n` or `m` ends a stem that may not double (`wandel`, `luister`). */
const UNSTRESSED_END = /[^aeiou](?:e[lrnm]|ig)$/u;

/**
 * The infinitives a verb's stem may have: `leef` → `leven`, `durf` → `durven`, `stop` → `stoppen`,
 * `luister` → `luisteren` (or `luisterren`: letters do not say where the stress is), `kom` → `komen`.
 */
function infinitives(base: string, voiced: boolean): string[] {
  const voicing = voiced && VOICED_BEFORE_EN.test(base);
  const stem = voicing ? base.slice(0, -1) + (base.endsWith('f') ? 'v' : 'z') : base;
  const spelled = stem.replace(
    LONG_VOWEL_BEFORE_END,
    (_, vowel: string, consonant: string) => vowel[0] + consonant,
  );
  if (!SHORT_VOWEL_BEFORE_END.test(base) || /kom$/u.test(base)) return [`${spelled}en`];
  const doubled = `${spelled}${spelled.at(-1)!}en`;
  return UNSTRESSED_END.test(base) ? [`${spelled}en`, doubled] : [doubled];
}

/**
 * Strong and irregular verbs of policy prose, each as its infinitive, its past (singular and plural)
 * and its participle: forms no rule of letters leads back to the infinitive. A form that is another
 * word too is left out (`-`): `gezien` (given that), `gegeven` (a given), `geboden` (called for),
 * `lagen` (layers), `greep` (grip), `gaven` (gifts), `gelegen` (situated), `gelaten` (resigned); so are
 * the verbs whose forms are (`wijken`: `week`, `vragen`: `vroeg`, `wijzen`: `wees`, `sluiten`: `sloot`).
 */
const STRONG_VERBS = `
beginnen begon begonnen begonnen
bieden bood boden -
blijven bleef bleven gebleven
brengen bracht brachten gebracht
denken dacht dachten gedacht
doen deed deden gedaan
dwingen dwong dwongen gedwongen
gaan ging gingen gegaan
geven gaf - -
grijpen - - gegrepen
hangen hing hingen gehangen
helpen hielp hielpen geholpen
houden hield hielden gehouden
kiezen koos kozen gekozen
kijken keek keken gekeken
komen kwam kwamen gekomen
krijgen kreeg kregen gekregen
laten liet lieten -
liggen lag - -
lopen liep liepen gelopen
nemen nam - genomen
roepen riep riepen geroepen
schrijven schreef schreven geschreven
schuiven schoof schoven geschoven
slaan sloeg sloegen geslagen
spreken sprak spraken gesproken
staan stond stonden gestaan
steken stak - gestoken
trekken trok trokken getrokken
vallen viel vielen -
vangen ving vingen -
verdwijnen verdween verdwenen verdwenen
verliezen verloor verloren verloren
vinden vond vonden gevonden
winnen won wonnen gewonnen
zien zag zagen -
zitten zat zaten gezeten
zoeken zocht zochten gezocht
zwijgen zweeg zwegen gezwegen
`;

/** A form of `STRONG_VERBS`: its infinitive, and whether it is the past plural. */
interface StrongForm {
  infinitive: string;
  plural: boolean;
}

/** Each form of `STRONG_VERBS`. */
const STRONG_FORMS: ReadonlyMap<string, StrongForm> = new Map(
  STRONG_VERBS.trim()
    .split('\n')
    .flatMap((line) => {
      const [infinitive, ...forms] = line.split(' ') as [string, ...string[]];
      return forms.flatMap((form, i) =>
        form === '-' ? [] : [[form, { infinitive, plural: i === 1 }] as const],
      );
    }),
);

/** A separable verb's particle at the start of a word. */
const PARTICLE = new RegExp(`^(?:${PARTICLES})`, 'u');

/** Words that start with a particle and end in a strong verb's form, but are no form of that verb. */
const NOT_SEPARABLE = new Set(['aandacht']);

/**
 * The infinitives a form of a strong or irregular verb belongs to (`zat`, `kwam`, `gesproken`), with
 * the particle of a separable verb before its past singular or participle (`voorzat`, `toegaf`,
 * `vastgelopen`); not before its past plural, which is a noun as often (`afspraken`, `uitspraken`).
 */
function strongInfinitives(word: string): string[] {
  const own = STRONG_FORMS.get(word);
  if (own) return [own.infinitive];
  const particle = PARTICLE.exec(word)?.[0];
  if (!particle || NOT_SEPARABLE.has(word)) return [];
  const form = STRONG_FORMS.get(word.slice(particle.length));
  return form && !form.plural ? [particle + form.infinitive] : [];
}
