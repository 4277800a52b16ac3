import { formatDate } from '@/lib/format-date';
import { localized } from '@/lib/i18n';
import type { Report } from '@/lib/schema';
import { useApp } from './app-context';

/** The day's context in one short header: what it was, when and where, who spoke. */
export function ReportHeader({ report }: { report: Report }) {
  const { state, t } = useApp();
  const { language } = state;
  const speakers = report.sections.flatMap((section) => (section.speaker ? [section.speaker.name] : []));
  return (
    <header class="report-header">
      <h2>{localized(report, 'headline', language)}</h2>
      <p>
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
