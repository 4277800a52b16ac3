/**
 * Sets cited tips (`Citations`, from lib/format-citation.ts) as plain text, HTML and Markdown: what
 * the clipboard and a drag carry. The HTML is simple and semantic so that Word, Word for the web,
 * Google Docs and LibreOffice keep it: the title in bold, the quote as a block quote, the reference
 * after it. Every text is escaped, so nothing in the data can become markup.
 */
import { quoted, type Citations, type CitedTip, type Span } from './format-citation';

/** What a copy or a drop puts on the clipboard: the HTML that documents take, the text for the rest. */
export interface ClipboardContent {
  text: string;
  html: string;
}

export function toClipboard(citations: Citations): ClipboardContent {
  return { text: toPlainText(citations), html: toHtml(citations) };
}

/**
 * Plain text: a single tip as its title, then the quote with its reference; a list as numbered lines
 * under its heading. Then the footnotes, then the literature list.
 *
 * @example
 * Kies een neutrale gespreksleider
 * “Kies voor een neutraal persoon als gespreksleider.” (Bron: Ministerie van SZW, …)
 */
export function toPlainText({ heading, items, literature }: Citations): string {
  const cite = (item: CitedTip) =>
    `${quoted(item.quote)}${marker(item)}${item.reference ? ` ${item.reference}` : ''}`;
  const body =
    heading === undefined
      ? items.map((item) => `${item.title}\n${cite(item)}`)
      : [heading, items.map((item, i) => `${i + 1}. ${item.title}: ${cite(item)}`).join('\n')];
  const notes = items.flatMap((item) =>
    item.note ? [`${superscript(item.note.number)} ${plain(item.note.text)}`] : [],
  );
  return [
    ...body,
    ...(notes.length ? [notes.join('\n')] : []),
    ...(literature ? [[literature.heading, ...literature.entries.map(plain)].join('\n')] : []),
  ].join('\n\n');
}

/** HTML for documents: no styles, no classes, only `h2`, `p`, `b`, `i`, `sup` and `blockquote`. */
export function toHtml({ heading, items, literature }: Citations): string {
  const parts = heading === undefined ? [] : [`<h2>${escapeHtml(heading)}</h2>`];
  for (const item of items) {
    const sup = item.note ? `<sup>${item.note.number}</sup>` : '';
    parts.push(
      `<p><b>${escapeHtml(item.title)}</b></p>`,
      `<blockquote><p>${escapeHtml(item.quote)}${sup}</p></blockquote>`,
      ...(item.reference ? [`<p>${escapeHtml(item.reference)}</p>`] : []),
    );
  }
  for (const item of items) {
    if (item.note) parts.push(`<p><sup>${item.note.number}</sup> ${spansHtml(item.note.text)}</p>`);
  }
  if (literature) {
    parts.push(
      `<p><b>${escapeHtml(literature.heading)}</b></p>`,
      ...literature.entries.map((entry) => `<p>${spansHtml(entry)}</p>`),
    );
  }
  return parts.join('\n');
}

/**
 * Markdown: a single tip as its title in bold, the quote as a block quote and the reference below;
 * a list as numbered lines under a `##` heading. Then the footnotes (`[^1]`) and the literature list.
 */
export function toMarkdown({ heading, items, literature }: Citations): string {
  const note = (item: CitedTip) => (item.note ? `[^${item.note.number}]` : '');
  const reference = (item: CitedTip) => (item.reference ? ` ${escapeMarkdown(item.reference)}` : '');
  const body =
    heading === undefined
      ? items.flatMap((item) => [
          `**${escapeMarkdown(item.title)}**`,
          `> ${escapeMarkdown(item.quote)}${note(item)}`,
          ...(item.reference ? [escapeMarkdown(item.reference)] : []),
        ])
      : [
          `## ${escapeMarkdown(heading)}`,
          items
            .map(
              (item, i) =>
                `${i + 1}. **${escapeMarkdown(item.title)}**: ${escapeMarkdown(quoted(item.quote))}${note(item)}${reference(item)}`,
            )
            .join('\n'),
        ];
  const notes = items.flatMap((item) =>
    item.note ? [`[^${item.note.number}]: ${spansMarkdown(item.note.text)}`] : [],
  );
  return [
    ...body,
    ...(notes.length ? [notes.join('\n')] : []),
    ...(literature
      ? [`### ${escapeMarkdown(literature.heading)}`, literature.entries.map(spansMarkdown).join('\n\n')]
      : []),
  ].join('\n\n');
}

/** Escapes text for HTML content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

function marker(item: CitedTip): string {
  return item.note ? superscript(item.note.number) : '';
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function superscript(n: number): string {
  return [...String(n)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
}

function plain(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}

function spansHtml(spans: readonly Span[]): string {
  return spans
    .map((span) => (span.italic ? `<i>${escapeHtml(span.text)}</i>` : escapeHtml(span.text)))
    .join('');
}

function spansMarkdown(spans: readonly Span[]): string {
  return spans
    .map((span) => (span.italic ? `*${escapeMarkdown(span.text)}*` : escapeMarkdown(span.text)))
    .join('');
}

/**
 * Makes text safe inside one Markdown line: white space (line breaks too) becomes one space, so the
 * text cannot end the block it is in, and the characters Markdown reads as formatting are escaped.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/([\\`*_[\]<>#|])/gu, '\\$1');
}
