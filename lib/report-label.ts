import { formatDate } from './format-date';
import { localized, type Language } from './i18n';
import type { Report } from './schema';

/**
 * A report named briefly, to tell it from the others: its short title and its day, e.g.
 * `Kennisdag 2 · 15 april 2024`, in English `Knowledge day 2 · 15 April 2024`.
 */
export function reportLabel(report: Report, language: Language): string {
  return `${localized(report, 'shortTitle', language)} · ${formatDate(report.date, language)}`;
}
