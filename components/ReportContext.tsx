import { useEffect, useRef } from 'preact/hooks';
import { findQuote, sectionText } from '@/lib/find-quote';
import type { Range } from '@/lib/search/highlight';
import type { Tip } from '@/lib/schema';
import { useApp } from './app-context';
import { goBack } from './focus';
import { Highlighted } from './Highlighted';

/** The report section a tip comes from, scrolled to its quote, which is marked. */
export function ReportContext({ tip }: { tip: Tip }) {
  const { state, t } = useApp();
  const container = useRef<HTMLElement>(null);
  const closeContext = () => goBack(state);
  const report = state.kb.reports.find((r) => r.report.id === tip.report)!;
  const blocks = report.text.sections.find((s) => s.id === tip.section)?.blocks ?? [];
  const text = sectionText(blocks);
  const span = findQuote(text, tip.quote);
  // The quote's pieces are offsets into the section's text: cut them per block, each found where it
  // stands in that text.
  let offset = 0;
  const marked = blocks.map((block) => {
    const start = text.indexOf(block.text, offset);
    offset = start + block.text.length;
    const ranges: Range[] = (span?.pieces ?? [])
      .filter((piece) => piece.start < start + block.text.length && piece.end > start)
      .map((piece) => [Math.max(piece.start - start, 0), Math.min(piece.end - start, block.text.length)]);
    return { block, ranges };
  });
  useEffect(() => {
    const mark = container.current?.querySelector('mark');
    mark?.scrollIntoView({ block: 'center' });
    container.current?.focus();
  }, [tip.id]);

  return (
    <section class="report-context" aria-labelledby="context-heading" ref={container} tabIndex={-1} lang="nl">
      <button type="button" class="back secondary" onClick={closeContext}>
        ← {t('closeContext')}
      </button>
      <h2 id="context-heading">{t('contextHeading')}</h2>
      {marked.map(({ block, ranges }, i) => {
        const content = <Highlighted text={block.text} ranges={ranges} />;
        if (block.type === 'heading') return <h3 key={i}>{content}</h3>;
        if (block.type === 'item')
          return (
            <p key={i} class="item">
              • {content}
            </p>
          );
        return <p key={i}>{content}</p>;
      })}
      <div class="context-bar">
        <button type="button" class="secondary" onClick={closeContext}>
          ← {t('closeContext')}
        </button>
      </div>
    </section>
  );
}
