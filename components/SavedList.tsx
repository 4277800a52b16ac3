import { useApp } from './app-context';
import { focusLater, tipButton } from './focus-later';

/** The kept tips ("Bewaard"): reorder, remove, open, and export as one Markdown source list. */
export function SavedList() {
  const { state, t } = useApp();
  const en = state.language === 'en';
  const tips = state.pinnedTips.value;
  if (!tips.length) return <p class="empty">{t('savedEmpty')}</p>;
  return (
    <section class="saved" aria-label={t('tabSaved', { count: tips.length })}>
      <button type="button" data-action="export" onClick={() => state.actions.exportPins()}>
        {t('savedExport')}
      </button>
      <ol class="saved-list">
        {tips.map((tip, i) => {
          const title = en ? tip.en.title : tip.title;
          return (
            <li key={tip.id} data-tip-id={tip.id}>
              <button type="button" class="link tip-open" onClick={() => state.actions.openTip(tip.id)}>
                {title}
              </button>
              <span class="row-actions">
                <button
                  type="button"
                  class="icon"
                  aria-label={t('moveUpTip', { title })}
                  title={t('moveUp')}
                  disabled={i === 0}
                  data-move="up"
                  onClick={() => {
                    state.actions.movePin(tip.id, -1);
                    focusLater(
                      `[data-tip-id="${tip.id}"] [data-move="up"]`,
                      `[data-tip-id="${tip.id}"] [data-move="down"]`,
                    );
                  }}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="icon"
                  aria-label={t('moveDownTip', { title })}
                  title={t('moveDown')}
                  disabled={i === tips.length - 1}
                  data-move="down"
                  onClick={() => {
                    state.actions.movePin(tip.id, 1);
                    focusLater(
                      `[data-tip-id="${tip.id}"] [data-move="down"]`,
                      `[data-tip-id="${tip.id}"] [data-move="up"]`,
                    );
                  }}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="icon"
                  aria-label={t('removeTip', { title })}
                  title={t('remove')}
                  onClick={() => {
                    const next = tips[i + 1] ?? tips[i - 1];
                    state.actions.togglePin(tip.id);
                    focusLater(next ? tipButton(next.id) : '[data-view="saved"]');
                  }}
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
