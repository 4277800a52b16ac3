/**
 * Formats an ISO date (`2024-04-15`) for a language: `15 april 2024` in Dutch, `15 April 2024` in
 * (British) English. Read as UTC so that the day never shifts with the user's time zone.
 */
export function formatDate(iso: string, language: 'nl' | 'en' = 'nl'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}
