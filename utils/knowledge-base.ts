/**
 * The knowledge base as the extension ships it: the JSON of `data/`, bundled at build time. The build
 * has validated it (see `wxt.config.ts`), so here it is only typed, not checked again.
 */
import reportIndex from '@/data/reports/index.json';
import themes from '@/data/themes.json';
import type { KnowledgeBase, ReportData } from '@/lib/validate-knowledge-base';

const files = import.meta.glob('/data/reports/*/*.json', { eager: true, import: 'default' });

export const knowledgeBase: KnowledgeBase = {
  themes: themes as KnowledgeBase['themes'],
  reports: reportIndex.reports.map(
    (id): ReportData =>
      ({
        report: files[`/data/reports/${id}/report.json`],
        text: files[`/data/reports/${id}/text.json`],
        tips: files[`/data/reports/${id}/tips.json`],
      }) as ReportData,
  ),
};
