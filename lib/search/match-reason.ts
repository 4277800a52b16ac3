/**
 * Why a result matched, in words a user reads: the words the tip shares with the input, the
 * concepts of the thesaurus it came through ("via ‘straathoekwerk’ → jongerenwerk"), and the words
 * writers use for it that the input met ("vaak genoemd bij dit advies: ‘leidraad’").
 */
import { fold } from '../analysis/fold';
import type { Language } from '../i18n';
import type { Highlights, SearchResult } from './create-search';

export interface MatchReason {
  /** The tip's own words that matched, as the tip writes them, each once, in reading order. */
  words: string[];
  /** The concepts it matched through: the input's words, and the concept's label in the language. */
  via: { text: string; label: string }[];
  /**
   * The words writers use for it, not its own texts, that the input met, as writers write them
   * (`SearchResult#writersWords`): said of it, not by it.
   */
  writers: string[];
}

/** At most this many shared words are named: enough to say why, short enough to read at a glance. */
const MAX_WORDS = 4;

/** The reason for a result, for a reader of `language`. */
export function matchReason(
  { tip, highlights, via, writersWords }: SearchResult,
  language: Language,
): MatchReason {
  const texts: [string, keyof Highlights][] =
    language === 'en'
      ? [
          [tip.en.title, 'enTitle'],
          [tip.en.summary, 'enSummary'],
          [tip.quote, 'quote'],
        ]
      : [
          [tip.title, 'title'],
          [tip.summary, 'summary'],
          [tip.quote, 'quote'],
        ];
  const words = new Map<string, string>();
  for (const [text, field] of texts) {
    for (const [start, end] of highlights[field]) {
      const word = text.slice(start, end);
      if (!words.has(fold(word))) words.set(fold(word), word);
    }
  }
  return {
    words: [...words.values()].slice(0, MAX_WORDS),
    via: via.map(({ concept, text }) => ({ text, label: concept.prefLabel[language] })),
    writers: writersWords.slice(0, MAX_WORDS),
  };
}
