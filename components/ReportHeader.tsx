import { formatDate } from '@/lib/format-date';
import type { Report } from '@/lib/schema';
import { useApp } from './app-context';

/** The day's context in one short header: what it was, when and where, who spoke. */
export function ReportHeader({ report }: { report: Report }) {
  const { state, t } = useApp();
  const en = state.language === 'en';
  const speakers = report.sections.flatMap((section) => (section.speaker ? [section.speaker.name] : []));
  return (
    <header class="report-header">
      <h2>{en ? report.en.headline : report.headline}</h2>
      <p>
        {t('dayContext', {
          theme: en ? report.en.theme : report.theme,
          date: formatDate(report.date, state.language),
          place: report.place,
        })}{' '}
        {t('daySpeakers', { speakers: speakers.join(', ') })}
      </p>
    </header>
  );
}
