import { formatDate } from './format-date';
import { localized, type Language } from './i18n';
import type { Report, Tip } from './schema';

/**
 * How a quote names its source in the user's document: the Dutch house style's full reference after
 * the quote (`inline`), a footnote (`footnote`), or an APA 7 in-text reference with the entry in a
 * literature list (`apa`). Chosen once, in the panel's settings.
 */
export const CITATION_STYLES = ['inline', 'footnote', 'apa'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** A run of text in a reference; `italic` for a title, as APA and footnotes set it. */
export interface Span {
  text: string;
  italic?: boolean;
}

/** One cited tip, as every renderer (plain text, HTML, Markdown, Word) sets it. */
export interface CitedTip {
  title: string;
  /** The verbatim quote, without quotation marks: a renderer adds them (`quoted`) or sets a block quote. */
  quote: string;
  /** What follows the quote: `(Bron: …)` or `(Ministerie van SZW, 2024, …)`; empty with a footnote. */
  reference: string;
  /** The footnote style's note: its number and text. */
  note?: { number: number; text: Span[] };
}

/** One tip or a kept list, cited in one style: what the clipboard, the drop and the downloads carry. */
export interface Citations {
  /** The list's heading; none for a single tip. */
  heading?: string;
  items: CitedTip[];
  /** The literature list: each source once, in APA 7; none for a single tip cited inline or in a footnote. */
  literature?: { heading: string; entries: Span[][] };
}

/** The headings a kept list is exported under, in the panel's language. */
export interface ListLabels {
  heading: string;
  literature: string;
}

/**
 * The source reference in the Dutch house style of a policy document, e.g.
 * `(Bron: Ministerie van SZW, Verslag tweede bijeenkomst project Weerbare gemeenschappen tegen
 * ondermijning, 15 april 2024, bijdrage van Farid Bouchlaghmi)`, naming whose words they are
 * (`attributionText`).
 */
export function formatSourceReference(report: Report, tip: Tip, language: Language = 'nl'): string {
  const nl = language === 'nl';
  return enclose(
    [report.publisherShort, titleOf(report, language), formatDate(report.date, language)],
    tip,
    language,
    nl ? 'Bron' : 'Source',
  );
}

/**
 * Whose words a tip gives, as its reference names them: "bijdrage van Farid Bouchlaghmi",
 * "opmerking uit de zaal bij de bijdrage van Radboud Engbersen", "groepsgesprek o.l.v. Halima
 * Bochallati"; `null` for the report's own words.
 */
export function attributionText(tip: Tip, language: Language = 'nl'): string | null {
  if (!tip.speaker || tip.attribution === 'report') return null;
  const { name } = tip.speaker;
  const nl = language === 'nl';
  switch (tip.attribution) {
    case 'speaker':
      return nl ? `bijdrage van ${name}` : `contribution by ${name}`;
    case 'audience':
      return nl
        ? `opmerking uit de zaal bij de bijdrage van ${name}`
        : `remark from the audience during the contribution by ${name}`;
    case 'group-discussion':
      return nl ? `groepsgesprek o.l.v. ${name}` : `group discussion led by ${name}`;
  }
}

/**
 * The report's entry in APA 7: the publisher as author, the year, the title in italics, a
 * description in square brackets (in the English interface the title's translation first), e.g.
 * `Ministerie van Sociale Zaken en Werkgelegenheid. (2024). *Verslag tweede bijeenkomst …* [Verslag
 * van een kennisdag, Utrecht, 15 april 2024].` `year` is the year as a list cites it (`2024a`).
 */
export function apaEntry(report: Report, language: Language = 'nl', year = yearOf(report)): Span[] {
  const date = formatDate(report.date, language);
  const description =
    language === 'nl'
      ? `Verslag van een kennisdag, ${date}`
      : `${report.en.title}; report of a knowledge day, ${date}`;
  return [
    { text: `${report.publisher}. (${year}). ` },
    { text: report.title, italic: true },
    { text: ` [${description}].` },
  ];
}

/** A quote between quotation marks, unless it holds double ones itself: those show whose words they are. */
export function quoted(quote: string): string {
  return /["“”„]/u.test(quote) ? quote : `“${quote}”`;
}

/** One tip cited in `style`, for a copy or a drag: with its literature entry in APA, its note as a footnote. */
export function citeTip(
  report: Report,
  tip: Tip,
  style: CitationStyle,
  language: Language,
  literatureHeading: string,
): Citations {
  if (style === 'inline') {
    return {
      items: [{ ...textsOf(tip, language), reference: formatSourceReference(report, tip, language) }],
    };
  }
  return citeTips([{ report, tip }], style, language, { heading: '', literature: literatureHeading }, true);
}

/**
 * Kept tips, cited in `style` in the order given, each with its short reference (`(Bron: Ministerie
 * van SZW, 2024, bijdrage van …)`, `(Ministerie van SZW, 2024, …)` or a footnote), and one literature
 * list at the end with each report once.
 */
export function citeTips(
  entries: readonly { report: Report; tip: Tip }[],
  style: CitationStyle,
  language: Language,
  labels: ListLabels,
  single = false,
): Citations {
  const reports = [...new Map(entries.map(({ report }) => [report.id, report])).values()];
  const years = citedYears(reports);
  const items = entries.map(({ report, tip }, i): CitedTip => {
    const texts = textsOf(tip, language);
    if (style === 'footnote')
      return { ...texts, reference: '', note: { number: i + 1, text: footnote(report, tip, language) } };
    const short = [report.publisherShort, years.get(report.id)!];
    return {
      ...texts,
      reference: enclose(short, tip, language, style === 'inline' && (language === 'nl' ? 'Bron' : 'Source')),
    };
  });
  const literature =
    single && style === 'footnote'
      ? undefined
      : {
          heading: labels.literature,
          // In APA's order: by author, then year (2024a before 2024b).
          entries: [...reports]
            .sort(
              (a, b) =>
                a.publisher.localeCompare(b.publisher, 'nl') ||
                years.get(a.id)!.localeCompare(years.get(b.id)!),
            )
            .map((report) => apaEntry(report, language, years.get(report.id))),
        };
  return { ...(single ? {} : { heading: labels.heading }), items, ...(literature && { literature }) };
}

/** A footnote's text: `Ministerie van SZW, *Verslag …*, 15 april 2024, bijdrage van …` */
function footnote(report: Report, tip: Tip, language: Language): Span[] {
  const rest = [formatDate(report.date, language), attributionText(tip, language)].filter(Boolean).join(', ');
  return [
    { text: `${report.publisherShort}, ` },
    { text: titleOf(report, language), italic: true },
    { text: `, ${rest}.` },
  ];
}

/** `(Label: part, part, attribution)`: the reference's parts and whose words they are, in brackets. */
function enclose(parts: string[], tip: Tip, language: Language, label: string | false): string {
  const attribution = attributionText(tip, language);
  const all = attribution ? [...parts, attribution] : parts;
  return `(${label ? `${label}: ` : ''}${all.join(', ')})`;
}

function textsOf(tip: Tip, language: Language): Pick<CitedTip, 'title' | 'quote'> {
  return { title: localized(tip, 'title', language), quote: tip.quote };
}

/** The report's title; in English with its translation, keeping the Dutch title findable. */
function titleOf(report: Report, language: Language): string {
  return language === 'nl' ? report.title : `${report.title} (${report.en.title})`;
}

function yearOf(report: Report): string {
  return report.date.slice(0, 4);
}

/**
 * The year of each report as a list cites it: where one publisher has more than one report of a
 * year in the list, a letter after the year in the order of their titles (APA 7: `2024a`, `2024b`),
 * so that a short reference names one report.
 */
function citedYears(reports: readonly Report[]): Map<string, string> {
  const same = (a: Report, b: Report) => a.publisher === b.publisher && yearOf(a) === yearOf(b);
  return new Map(
    reports.map((report) => {
      const namesakes = reports.filter((other) => same(report, other));
      if (namesakes.length < 2) return [report.id, yearOf(report)];
      const place = namesakes
        .map((other) => other.title)
        .sort((a, b) => a.localeCompare(b, 'nl'))
        .indexOf(report.title);
      return [report.id, `${yearOf(report)}${String.fromCharCode(97 + place)}`];
    }),
  );
}
