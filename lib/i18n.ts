/** The panel's languages: Dutch, the report's own, and English. */
export type Language = 'nl' | 'en';

/** The panel's messages in one language: key to text, with `{name}` placeholders. */
export type Messages = Readonly<Record<string, string>>;

/** Looks up a message and fills in its placeholders. */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/**
 * Makes the translator for one language, falling back to another for a missing key (the tests keep
 * the locale files complete, so the fallback is a safety net, not a feature).
 *
 * @example createTranslator({ results: '{count} tips' })('results', { count: 3 }) // '3 tips'
 */
export function createTranslator(messages: Messages, fallback: Messages = {}): Translate {
  return (key, values = {}) => {
    const message = messages[key] ?? fallback[key] ?? key;
    return message.replace(/\{(\w+)\}/gu, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/** Dutch by default; English when the browser's language is English. */
export function pickLanguage(uiLanguage: string): Language {
  return /^en\b/iu.test(uiLanguage) ? 'en' : 'nl';
}

/**
 * A text of the knowledge base in a language: the record's own (Dutch) text, or in English its
 * translation under `en`. Quotes have no translation: they are the report's own words.
 *
 * @example localized(theme, 'label', 'en') // theme.en.label
 */
export function localized<K extends string>(
  record: Readonly<Record<K, string>> & { readonly en: Readonly<Record<K, string>> },
  key: K,
  language: Language,
): string {
  return language === 'en' ? record.en[key] : record[key];
}

/**
 * A count in words: the message `one` for exactly one, else `many` with the `{count}` filled in.
 *
 * @example countText(t, 3, 'tipCountOne', 'tipCount') // '3 tips'
 */
export function countText(t: Translate, count: number, one: string, many: string): string {
  return count === 1 ? t(one) : t(many, { count });
}

/**
 * How many results a search gives, in words: the one wording the results' heading, its spoken
 * announcement and the filtered-out message share.
 *
 * @example resultsCount(t, 3) // '3 resultaten'
 */
export function resultsCount(t: Translate, count: number): string {
  return countText(t, count, 'resultsOne', 'resultsCount');
}
