import { stopwords as dutch } from '@orama/stopwords/dutch';
import { stopwords as english } from '@orama/stopwords/english';
import { fold } from './fold';

/** Dutch function words (Snowball's list, via `@orama/stopwords`), folded. */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(dutch.map(fold));

/** English function words, folded; used for the English fields and English queries. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(english.map(fold));
