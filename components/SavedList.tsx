import { useApp } from './app-context';
import { citationDrag } from './citation-drag';
import { CitationSettings } from './CitationSettings';
import { andFocus, moveButton, tabButton, TIP_HEADING, tipButton } from './focus';
import { tipTexts } from './tip-texts';

/** The ways to export the kept list, the first the main one: rich text, Word, Markdown. */
const EXPORTS = [
  { format: 'rich', action: 'export', label: 'savedExport' },
  { format: 'docx', action: 'export-docx', label: 'savedExportDocx' },
  { format: 'markdown', action: 'export-markdown', label: 'savedExportMarkdown' },
] as const;

/**
 * The kept tips ("Bewaard"): reorder, remove, open, drag into a document, and export in their order
 * with one literature list: as rich text, as a Word document, or as Markdown.
 */
export function SavedList() {
  const { state, t } = useApp();
  const tips = state.pinnedTips.value;
  if (!tips.length) return <p class="empty">{t('savedEmpty')}</p>;
  return (
    <section class="saved" aria-label={t('tabSaved', { count: tips.length })}>
      <div class="actions">
        {EXPORTS.map(({ format, action, label }, i) => (
          <button
            key={format}
            type="button"
            data-action={action}
            class={i ? 'secondary' : undefined}
            onClick={() => state.actions.exportPins(format)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <CitationSettings />
      <ol class="saved-list">
        {tips.map((tip, i) => {
          const { title } = tipTexts(tip, state.language);
          const report = state.reportName(state.reportOf(tip));
          const next = tips[i + 1] ?? tips[i - 1];
          return (
            <li key={tip.id} data-tip-id={tip.id} {...citationDrag(state, tip.id, t('dragHint'))}>
              <button
                type="button"
                class="link tip-open"
                onClick={andFocus(() => state.actions.openTip(tip.id), TIP_HEADING)}
              >
                <span class="saved-title">{title}</span>
                {report && <span class="tip-report">{report}</span>}
              </button>
              <span class="row-actions">
                <MoveButton id={tip.id} title={title} direction="up" disabled={i === 0} />
                <MoveButton id={tip.id} title={title} direction="down" disabled={i === tips.length - 1} />
                <button
                  type="button"
                  class="icon"
                  aria-label={t('removeTip', { title })}
                  title={t('remove')}
                  onClick={andFocus(
                    () => state.actions.togglePin(tip.id),
                    next ? tipButton(next.id) : tabButton('saved'),
                  )}
                >
                  ✕
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Moves a kept tip one place up or down; focus stays on the arrow, or the other one at an end. */
function MoveButton({
  id,
  title,
  direction,
  disabled,
}: {
  id: string;
  title: string;
  direction: 'up' | 'down';
  disabled: boolean;
}) {
  const { state, t } = useApp();
  const up = direction === 'up';
  return (
    <button
      type="button"
      class="icon"
      aria-label={t(up ? 'moveUpTip' : 'moveDownTip', { title })}
      title={t(up ? 'moveUp' : 'moveDown')}
      disabled={disabled}
      data-move={direction}
      onClick={andFocus(
        () => state.actions.movePin(id, up ? -1 : 1),
        moveButton(id, direction),
        moveButton(id, up ? 'down' : 'up'),
      )}
    >
      {up ? '↑' : '↓'}
    </button>
  );
}
