import { stopwords as dutch } from '@orama/stopwords/dutch';
import { stopwords as english } from '@orama/stopwords/english';
import dutchFunctionWords from 'stopwords-nl';
import { fold } from './fold';

/** Dutch function words (Snowball's list, via `@orama/stopwords`), folded. */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(dutch.map(fold));

/** English function words, folded; used for the English fields and English queries. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(english.map(fold));

/**
 * Dutch possessive pronouns (`mijn`, `hun`, `onze`, and as spoken: `m'n`, `z'n`, `d'r`): the same
 * role in a phrase, whoever's it is. Folded, with either apostrophe.
 */
export const DUTCH_POSSESSIVES: ReadonlySet<string> = new Set([
  ...'mijn jouw je zijn haar ons onze hun uw jullie'.split(' '),
  ...["m'n", "z'n", "d'r"].flatMap((word) => [word, word.replace("'", '’')]),
]);

/** Words of stopwords-nl that are subjects of the reports' advice: marked like any other word. */
const SUBJECT_WORDS = new Set(['samen', 'eerst', 'weinig', 'eigen', 'missen', 'onzeker', 'vrij', 'gewoon']);

/**
 * Dutch function words in the wide sense (stopwords-iso's list, `stopwords-nl`, with Snowball's),
 * folded: pronouns, auxiliaries, adverbs such as `zoals`, `willen`, `daarom`. Not for ranking, where
 * some of them are this report's subjects, but for what the panel marks as matched in a user's text:
 * they never say why a tip matched. Those subjects (`samen`, `eerst`, `weinig`) are left out of it.
 */
export const DUTCH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...dutch, ...(dutchFunctionWords as string[]), ...pronominalAdverbs()]
    .filter((word) => !SUBJECT_WORDS.has(word))
    .map(fold),
);

/**
 * Dutch pronominal adverbs, `er`, `daar`, `hier` or `waar` with a preposition (`daarbij`,
 * `hiervoor`, `waarmee`): grammar, as `bij dat` would be, that the lists above have only in part.
 */
function pronominalAdverbs(): string[] {
  const prepositions = (
    'aan achter af bij binnen boven buiten door heen in langs mee na naar naast om omheen onder op ' +
    'over tegen tegenover toe tussen uit van vandaan vanuit voor zonder'
  ).split(' ');
  return ['er', 'daar', 'hier', 'waar'].flatMap((head) => prepositions.map((word) => head + word));
}
