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
export function pickLanguage(uiLanguage: string): 'nl' | 'en' {
  return /^en\b/iu.test(uiLanguage) ? 'en' : 'nl';
}
