import { formatDate } from '@/lib/format-date';
import { localized } from '@/lib/i18n';
import type { Report } from '@/lib/schema';
import { useApp } from './app-context';

/**
 * What the panel holds, in one short header: the report's title and the day's conclusion, then what
 * the day was, when and where, and who spoke.
 */
export function ReportHeader({ report }: { report: Report }) {
  const { state, t } = useApp();
  const { language } = state;
  const speakers = report.sections.flatMap((section) => (section.speaker ? [section.speaker.name] : []));
  return (
    <header class="report-header">
      <h2>{localized(report, 'title', language)}</h2>
      <p class="report-headline">{localized(report, 'headline', language)}</p>
      <p class="report-day">
        {t('dayContext', {
          theme: localized(report, 'theme', language),
          date: formatDate(report.date, language),
          place: report.place,
        })}{' '}
        {t('daySpeakers', { speakers: speakers.join(', ') })}
      </p>
    </header>
  );
}
