import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { DUTCH_STOPWORDS } from './stopwords';

/**
 * Dutch Snowball stems of a folded word, plus the stem of its base form where Snowball leaves two
 * regular forms apart:
 * - the plural `-s` after a vowel: `boetes` stays `boetes` while `boete` becomes `boet`;
 * - past participles: `gewaardeerd`, `overvraagd` and `geïnformeerd` keep their `ge-` and `-d`,
 *   while `waarderen`, `overvragen` and `informeren` become `waarder`, `overvrag` and `informer`.
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

function snowball(word: string): string {
  const stem = dutchStemmer(word);
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
