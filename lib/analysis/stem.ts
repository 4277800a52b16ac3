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
 * @example stemDutch('overheid') // ['overheid'], not Snowball's `over`
 */
export function stemDutch(word: string): string[] {
  // Snowball takes `-heid` off `overheid` and leaves `over`, a function word in every other tip: a
  // word that is not a function word itself never stems to one, and keeps its own form instead (the
  // plural `-heden` as `-heid`: `overheden` is `overheid`).
  const snowball = dutchStemmer(word);
  const stem =
    DUTCH_STOPWORDS.has(snowball) && !DUTCH_STOPWORDS.has(word) ? word.replace(/heden$/u, 'heid') : snowball;
  const base = pluralBase(word, stem) ?? participleBase(word);
  if (base === undefined) return [stem];
  const baseStem = dutchStemmer(base);
  return baseStem === stem ? [stem] : [stem, baseStem];
}

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
