import { localized } from '@/lib/i18n';
import { reportLabel } from '@/lib/report-label';
import type { Report } from '@/lib/schema';
import { useApp } from './app-context';
import { andFocus, reportGroupButton } from './focus';

/**
 * The start screen's header with more than one report: the reports as a short index, each by its
 * short name and day, its title and headline. A report's name unfolds its sections in the index below.
 */
export function ReportList({ reports }: { reports: readonly Report[] }) {
  const { state, t } = useApp();
  const { language } = state;
  return (
    <section class="report-header report-list" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reportsHeading')}</h2>
      <ol>
        {reports.map((report) => (
          <li key={report.id} data-report-id={report.id}>
            <button
              type="button"
              class="link-button report-name"
              onClick={andFocus(() => state.actions.showReport(report.id), reportGroupButton(report.id))}
            >
              {reportLabel(report, language)}
            </button>
            <p class="report-title">{localized(report, 'title', language)}</p>
            <p class="report-headline">{localized(report, 'headline', language)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
