import { formatDate } from './format-date';
import { localized, type Language } from './i18n';
import type { Report, Tip } from './schema';

/**
 * The source reference in the Dutch house style of a policy document, e.g.
 * `(Bron: Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen
 * ondermijning, 15 april 2024, bijdrage van Farid Bouchlaghmi)`. Parts of the report nobody
 * presented have no "bijdrage van".
 */
export function formatSourceReference(report: Report, tip: Tip, language: Language = 'nl'): string {
  const nl = language === 'nl';
  const parts = [
    report.publisherShort,
    nl ? report.title : `${report.title} (${report.en.title})`,
    formatDate(report.date, language),
  ];
  if (tip.speaker) parts.push(`${nl ? 'bijdrage van' : 'contribution by'} ${tip.speaker.name}`);
  return `(${nl ? 'Bron' : 'Source'}: ${parts.join(', ')})`;
}

/**
 * A tip as plain text to paste into a document: its title, the verbatim quote and the source.
 *
 * @example
 * Zet het perspectief van de vrijwilliger centraal
 * “Zijn overkoepelende advies is …” (Bron: Ministerie van SZW, …, bijdrage van Farid Bouchlaghmi)
 */
export function formatCitationText(report: Report, tip: Tip, language: Language = 'nl'): string {
  return `${localized(tip, 'title', language)}\n“${tip.quote}” ${formatSourceReference(report, tip, language)}`;
}

/** The same as Markdown: the title in bold, the quote as a block quote, the source below it. */
export function formatCitationMarkdown(report: Report, tip: Tip, language: Language = 'nl'): string {
  return `**${escapeMarkdown(localized(tip, 'title', language))}**\n\n> ${escapeMarkdown(tip.quote)}\n\n${escapeMarkdown(
    formatSourceReference(report, tip, language),
  )}`;
}

/**
 * Kept tips as one Markdown source list for a policy document: a heading, then per tip its title,
 * its quote and its source reference, numbered in the order the user put them.
 */
export function formatSourceList(
  entries: readonly { report: Report; tip: Tip }[],
  heading: string,
  language: Language = 'nl',
): string {
  const items = entries.map(
    ({ report, tip }, i) =>
      `${i + 1}. **${escapeMarkdown(localized(tip, 'title', language))}**: “${escapeMarkdown(tip.quote)}” ${escapeMarkdown(
        formatSourceReference(report, tip, language),
      )}`,
  );
  return [`## ${heading}`, '', ...items].join('\n');
}

/**
 * Makes text safe inside one Markdown line: white space (line breaks too) becomes one space, so the
 * text cannot end the block it is in, and the characters Markdown reads as formatting are escaped.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/([\\`*_[\]<>#|])/gu, '\\$1');
}
