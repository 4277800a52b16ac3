import { useApp } from './app-context';
import { andFocus, SEARCH_BOX } from './focus';

/** Recent lookups, typed and selected, each one click from running again. */
export function HistoryList() {
  const { state, t } = useApp();
  const entries = state.history.value;
  if (!entries.length) return <p class="empty">{t('historyEmpty')}</p>;
  return (
    <section class="history" aria-label={t('tabHistory')}>
      <ol class="history-list">
        {entries.map((entry) => {
          const short = entry.text.length > 90 ? `${entry.text.slice(0, 90).trimEnd()}…` : entry.text;
          return (
            <li key={`${entry.kind}:${entry.text}`}>
              <button
                type="button"
                class="link"
                // The visible text is the name (WCAG 2.5.3, label in name); "Opnieuw: …" describes it.
                title={t('historyRerun', { text: short })}
                onClick={() => state.actions.rerun(entry)}
              >
                <span class="history-kind">
                  {t(entry.kind === 'typed' ? 'historyTyped' : 'historySelection')}
                </span>{' '}
                <span class="history-text">{short}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        class="secondary"
        onClick={andFocus(() => state.actions.clearHistory(), SEARCH_BOX)}
      >
        {t('historyClear')}
      </button>
    </section>
  );
}
