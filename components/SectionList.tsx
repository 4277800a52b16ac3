import type { Report, Tip } from '@/lib/schema';

/** The report's sections in report order, each with its speaker and how many tips it holds. */
export function SectionList({ report, tips }: { report: Report; tips: Tip[] }) {
  const sections = report.sections
    .map((section) => ({ section, count: tips.filter((tip) => tip.section === section.id).length }))
    .filter(({ count }) => count > 0);
  return (
    <nav aria-label="Onderdelen van het verslag">
      <ol class="sections">
        {sections.map(({ section, count }) => (
          <li key={section.id} data-section-id={section.id}>
            <span class="section-title">{section.speaker?.name ?? section.title}</span>{' '}
            <span class="count">{count}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
