import { useEffect, useRef } from 'preact/hooks';
import type { ReportMark } from '@/lib/app-state';
import { findQuote, sectionText } from '@/lib/find-quote';
import { localized } from '@/lib/i18n';
import type { Range } from '@/lib/search/highlight';
import type { Tip } from '@/lib/schema';
import { useApp } from './app-context';
import { goBack } from './focus';
import { Highlighted } from './Highlighted';

/** The report section a tip comes from, scrolled to its quote, which is marked. */
export function ReportContext({ tip }: { tip: Tip }) {
  const { state } = useApp();
  const report = state.kb.reports.find((r) => r.report.id === tip.report)!;
  const blocks = report.text.sections.find((s) => s.id === tip.section)?.blocks ?? [];
  const text = sectionText(blocks);
  const span = findQuote(text, tip.quote);
  // The quote's pieces are offsets into the section's text: cut them per block, each found where it
  // stands in that text.
  let offset = 0;
  const marks = blocks.map((block) => {
    const start = text.indexOf(block.text, offset);
    offset = start + block.text.length;
    return (span?.pieces ?? [])
      .filter((piece) => piece.start < start + block.text.length && piece.end > start)
      .map((piece): Range => [
        Math.max(piece.start - start, 0),
        Math.min(piece.end - start, block.text.length),
      ]);
  });
  return (
    <ReportSection reportId={tip.report} sectionId={tip.section} marks={marks} backLabel="closeContext" />
  );
}

/** A section of a report opened at a passage the search found (marked), or moved to from another. */
export function ReportPassage({
  reportId,
  sectionId,
  mark,
}: {
  reportId: string;
  sectionId: string;
  mark?: ReportMark;
}) {
  const marks: Range[][] = [];
  if (mark) marks[mark.block] = [...mark.ranges];
  return <ReportSection reportId={reportId} sectionId={sectionId} marks={marks} backLabel="back" />;
}

/**
 * One section of a report, its marked words scrolled into view, with the sections before and after
 * it one step away. Escape and the back buttons return to where the report was opened from.
 */
function ReportSection({
  reportId,
  sectionId,
  marks,
  backLabel,
}: {
  reportId: string;
  sectionId: string;
  /** Per block, by its place in the section: the ranges to mark. */
  marks: readonly (readonly Range[] | undefined)[];
  backLabel: string;
}) {
  const { state, t } = useApp();
  const container = useRef<HTMLElement>(null);
  const close = () => goBack(state);
  const { report, text } = state.kb.reports.find((r) => r.report.id === reportId)!;
  const at = report.sections.findIndex((s) => s.id === sectionId);
  const section = report.sections[at]!;
  const blocks = text.sections.find((s) => s.id === sectionId)?.blocks ?? [];
  const neighbours = [report.sections[at - 1], report.sections[at + 1]];
  const reportName = state.reportName(report);
  const marked = marks.map((ranges) => ranges?.map((range) => range.join('-')).join(',') ?? '').join('|');
  useEffect(() => {
    const mark = container.current?.querySelector('mark');
    if (mark) mark.scrollIntoView({ block: 'center' });
    else container.current?.scrollIntoView({ block: 'start' });
    container.current?.focus();
  }, [sectionId, marked]);

  return (
    <section class="report-context" aria-labelledby="context-heading" ref={container} tabIndex={-1} lang="nl">
      <button type="button" class="back secondary" onClick={close}>
        ← {t(backLabel)}
      </button>
      <h2 id="context-heading">{t('contextHeading')}</h2>
      {reportName && <p class="report-name">{reportName}</p>}
      <p class="group-note">{localized(section, 'title', state.language)}</p>
      {blocks.map((block, i) => {
        const content = <Highlighted text={block.text} ranges={marks[i] ?? []} />;
        if (block.type === 'heading') return <h3 key={i}>{content}</h3>;
        if (block.type === 'item')
          return (
            <p key={i} class="item">
              • {content}
            </p>
          );
        return <p key={i}>{content}</p>;
      })}
      <nav class="context-bar section-nav" aria-label={t('sectionNav')}>
        {neighbours.map((neighbour, i) =>
          neighbour ? (
            <button
              key={neighbour.id}
              type="button"
              class="secondary"
              onClick={() => state.actions.openSection(reportId, neighbour.id)}
            >
              {i === 0 ? '← ' : ''}
              {t(i === 0 ? 'sectionPrevious' : 'sectionNext', {
                title: localized(neighbour, 'title', state.language),
              })}
              {i === 1 ? ' →' : ''}
            </button>
          ) : null,
        )}
        <button type="button" class="secondary" onClick={close}>
          {t(backLabel)}
        </button>
      </nav>
    </section>
  );
}
