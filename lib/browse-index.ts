/**
 * The start screen's index: the tips grouped by section (speaker) in report order, or by theme. With
 * more than one report, browsing by section groups by report first, each report holding its own
 * sections: two reports may have a section of the same id and speaker, and they stay apart.
 */
import { localized, type Language } from './i18n';
import { reportLabel } from './report-label';
import type { OpeningKnowledgeBase, Report, Tip } from './schema';

/** How the index is listed: by section (and report) or by theme. */
export type BrowseBy = 'section' | 'theme';

/** One entry of the index, with the tips it holds. */
export interface BrowseGroup {
  /** What folds it open in the model: `browseGroup(kind, …)`. */
  key: string;
  kind: 'report' | 'section' | 'theme';
  /** The report's, section's or theme's id. */
  id: string;
  /** The report a report or section entry belongs to. */
  reportId?: string;
  /** The heading: the report's short name, the section's speaker (or title), the theme's label. */
  name: string;
  /** A line on what it holds: the report's title, the section's title, the theme's description. */
  note: string | null;
  tips: Tip[];
  /** A report's sections, each with its tips. */
  groups?: BrowseGroup[];
}

/**
 * The key of an entry of the index: `theme:<id>`, `report:<id>`, and for a section
 * `section:<report>/<section>`, as section ids are unique only within their report.
 */
export function browseGroup(kind: BrowseGroup['kind'], id: string, reportId?: string): string {
  return kind === 'section' ? `section:${reportId}/${id}` : `${kind}:${id}`;
}

/**
 * The index of `tips` (those the filters leave), listed `by` section or theme; entries without tips
 * are left out. By section: one report's sections, or with more than one report, the reports, each
 * with its sections. By theme: every theme, a tip under each theme it has.
 */
export function browseIndex(
  kb: Pick<OpeningKnowledgeBase, 'reports' | 'themes'>,
  tips: readonly Tip[],
  by: BrowseBy,
  language: Language,
): BrowseGroup[] {
  if (by === 'theme') {
    return kb.themes
      .map((theme) => ({
        key: browseGroup('theme', theme.id),
        kind: 'theme' as const,
        id: theme.id,
        name: localized(theme, 'label', language),
        note: localized(theme, 'description', language),
        tips: tips.filter((tip) => tip.themes.includes(theme.id)),
      }))
      .filter((group) => group.tips.length);
  }
  const sections = (report: Report): BrowseGroup[] =>
    report.sections
      .map((section) => {
        const title = localized(section, 'title', language);
        return {
          key: browseGroup('section', section.id, report.id),
          kind: 'section' as const,
          id: section.id,
          reportId: report.id,
          name: section.speaker?.name ?? title,
          note: section.speaker ? title : null,
          tips: tips.filter((tip) => tip.report === report.id && tip.section === section.id),
        };
      })
      .filter((group) => group.tips.length);
  if (kb.reports.length === 1) return sections(kb.reports[0]!.report);
  return kb.reports
    .map(({ report }) => {
      const groups = sections(report);
      return {
        key: browseGroup('report', report.id),
        kind: 'report' as const,
        id: report.id,
        reportId: report.id,
        name: reportLabel(report, language),
        note: localized(report, 'title', language),
        tips: groups.flatMap((group) => group.tips),
        groups,
      };
    })
    .filter((group) => group.tips.length);
}
