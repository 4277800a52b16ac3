import { formatDate } from '@/lib/format-date';
import type { Report } from '@/lib/schema';

/** The day's context in one short header: what it was, when and where, who spoke. */
export function ReportHeader({ report }: { report: Report }) {
  const speakers = report.sections.flatMap((section) => (section.speaker ? [section.speaker.name] : []));
  return (
    <header class="report-header">
      <h1>{report.headline}</h1>
      <p>
        Kennisdag ‘{report.theme}’, {formatDate(report.date)}, {report.place}. Met {speakers.join(', ')}.
      </p>
    </header>
  );
}
