/**
 * The panel's citations: the style the user chose, copying a tip, exporting the kept list, and what a
 * dragged tip carries. Part of the app-state model (`createAppState` spreads these actions in); like
 * it, it knows nothing of the browser: the clipboard and the download come in from `main.tsx`.
 */
import { signal } from '@preact/signals';
import { citeTip, citeTips, type CitationStyle, type Citations, type ListLabels } from './format-citation';
import type { Language, Translate } from './i18n';
import { toClipboard, toMarkdown, type ClipboardContent } from './render-citation';
import type { Report, Tip } from './schema';

/** A tip with its report: what a citation needs. */
export interface CitedEntry {
  report: Report;
  tip: Tip;
}

/** How a copy of one tip is made: rich (HTML and text together) or Markdown (text). */
export type CopyFormat = 'text' | 'markdown';
/** How the kept list is exported: rich text or Markdown to the clipboard, or a Word document. */
export type ExportFormat = 'rich' | 'markdown' | 'docx';

export interface CitationDependencies {
  language: Language;
  t: Translate;
  notify(text: string, tone?: 'info' | 'error'): void;
  /** Writes text, and HTML when given, to the clipboard; rejects when the browser refuses. */
  writeClipboard(text: string, html?: string): Promise<void>;
  /** Offers a file for download. */
  saveFile?(file: Blob, name: string): void;
  /** A tip and its report by id; `undefined` for an unknown id. */
  entry(id: string): CitedEntry | undefined;
  /** The kept tips, in their order. */
  kept(): CitedEntry[];
  now(): number;
}

/** The style a new user starts with: the Dutch house style's "(Bron: …)". */
export const DEFAULT_CITATION_STYLE: CitationStyle = 'inline';

export function createCitationActions({
  language,
  t,
  notify,
  writeClipboard,
  saveFile,
  entry,
  kept,
  now,
}: CitationDependencies) {
  const style = signal<CitationStyle>(DEFAULT_CITATION_STYLE);
  const labels = (): ListLabels => ({ heading: t('sourceListHeading'), literature: t('literatureHeading') });
  const citeOne = ({ report, tip }: CitedEntry): Citations =>
    citeTip(report, tip, style.value, language, t('literatureHeading'));

  async function copy(write: () => Promise<void>, confirmation: string) {
    try {
      await write();
      notify(confirmation);
    } catch {
      notify(t('copyFailed'), 'error');
    }
  }

  /** What a copy and a drag of the tip carry: HTML and plain text; `null` for an unknown id. */
  function contentOf(id: string): ClipboardContent | null {
    const found = entry(id);
    return found ? toClipboard(citeOne(found)) : null;
  }

  const actions = {
    setCitationStyle(next: CitationStyle) {
      style.value = next;
    },
    copyCitation(id: string, format: CopyFormat) {
      const found = entry(id);
      if (!found) return Promise.resolve();
      if (format === 'markdown') {
        return copy(() => writeClipboard(toMarkdown(citeOne(found))), t('copiedMarkdown'));
      }
      const { text, html } = toClipboard(citeOne(found));
      return copy(() => writeClipboard(text, html), t('copiedText'));
    },
    /** Exports the kept tips in their order, with one literature list. */
    exportPins(format: ExportFormat = 'markdown') {
      return exportEntries(kept(), format);
    },
    /** Exports these tips in the order given (a draft's advice, say), with one literature list. */
    exportTips(ids: readonly string[], format: ExportFormat = 'rich') {
      return exportEntries(
        ids.flatMap((id) => entry(id) ?? []),
        format,
      );
    },
  };

  async function exportEntries(entries: CitedEntry[], format: ExportFormat) {
    if (!entries.length) return;
    const citations = citeTips(entries, style.value, language, labels());
    if (format === 'markdown') {
      return copy(() => writeClipboard(toMarkdown(citations)), t('copiedSourceList'));
    }
    if (format === 'rich') {
      const { text, html } = toClipboard(citations);
      return copy(() => writeClipboard(text, html), t('copiedSourceListRich'));
    }
    try {
      // Loaded here, not at start-up: the Word library would otherwise be most of the panel's weight.
      const { toDocxBlob } = await import('./export-docx');
      const name = exportFileName(entries, now());
      saveFile?.(await toDocxBlob(citations, labels().heading), name);
      notify(t('exportedDocx', { name }));
    } catch {
      notify(t('exportFailed'), 'error');
    }
  }

  return { style, contentOf, actions };
}

/**
 * The download's name: the report's id and the day, `kennisdag-2-lokale-netwerken-2025-06-14.docx`;
 * `weerbaar-…` when the list holds tips of more than one report.
 */
export function exportFileName(entries: readonly CitedEntry[], at: number, extension = 'docx'): string {
  const ids = new Set(entries.map(({ report }) => report.id));
  const date = new Date(at);
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `${ids.size === 1 ? [...ids][0] : 'weerbaar'}-${day}.${extension}`;
}
