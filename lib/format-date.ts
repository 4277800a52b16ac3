import type { Language } from './i18n';

/**
 * The locale the panel writes dates and times in for a language: British English, so the day comes
 * before the month as in Dutch.
 *
 * @example new Intl.DateTimeFormat(dateLocale('en'), { month: 'long' })
 */
export function dateLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/**
 * Formats an ISO date (`2024-04-15`) for a language: `15 april 2024` in Dutch, `15 April 2024` in
 * (British) English. Read as UTC so that the day never shifts with the user's time zone.
 */
export function formatDate(iso: string, language: Language = 'nl'): string {
  return new Intl.DateTimeFormat(dateLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}
