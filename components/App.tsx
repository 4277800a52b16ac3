import type { KnowledgeBase } from '@/lib/validate-knowledge-base';
import { ReportHeader } from './ReportHeader';
import { SectionList } from './SectionList';

export function App({ knowledgeBase }: { knowledgeBase: KnowledgeBase }) {
  return (
    <main>
      {knowledgeBase.reports.map(({ report, tips }) => (
        <article key={report.id}>
          <ReportHeader report={report} />
          <SectionList report={report} tips={tips} />
        </article>
      ))}
    </main>
  );
}
