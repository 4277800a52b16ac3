import { dateLocale } from '@/lib/format-date';
import type { Language } from '@/lib/i18n';
import { useApp } from './app-context';
import { andFocus, SEARCH_BOX } from './focus';

/** Text shown of a lookup: a long one by its first and its last words, so two passages differ. */
const HEAD = 60;
const TAIL = 30;

/**
 * Recent lookups, typed and selected, each one click from running again and removable on its own;
 * each says when it was made.
 */
export function HistoryList() {
  const { state, t } = useApp();
  const entries = state.history.value;
  if (!entries.length) return <p class="empty">{t('historyEmpty')}</p>;
  const rerunButton = (index: number) => `.history-list li:nth-child(${index + 1}) .history-rerun`;
  return (
    <section class="history" aria-label={t('tabHistory')}>
      <ol class="history-list">
        {entries.map((entry, i) => {
          const short = shortened(entry.text);
          const when = formatWhen(entry.at, state.language);
          return (
            <li key={`${entry.kind}:${entry.text}`}>
              <button
                type="button"
                class="link history-rerun"
                // The visible text is the name (WCAG 2.5.3, label in name); "Opnieuw: …" describes it.
                title={t('historyRerun', { text: short })}
                onClick={() => state.actions.rerun(entry)}
              >
                <span class="history-kind">
                  {t(entry.kind === 'typed' ? 'historyTyped' : 'historySelection')}
                </span>{' '}
                <span class="history-text">{short}</span>
              </button>
              <time class="history-when" dateTime={new Date(entry.at).toISOString()}>
                {when}
              </time>
              <button
                type="button"
                class="icon"
                aria-label={t('historyRemove', { text: short })}
                title={t('remove')}
                onClick={andFocus(
                  () => state.actions.forget(entry),
                  rerunButton(i),
                  rerunButton(i - 1),
                  SEARCH_BOX,
                )}
              >
                ✕
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

/** A lookup as the list shows it: whole when short, else its first and its last words. */
function shortened(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= HEAD + TAIL + 5) return flat;
  const head = flat.slice(0, flat.lastIndexOf(' ', HEAD) + 1 || HEAD).trimEnd();
  const from = flat.length - TAIL;
  const tail = flat.slice(flat.indexOf(' ', from) + 1 || from).trimStart();
  return `${head} … ${tail}`;
}

/** When a lookup was made: the time today, else the day and the time. */
function formatWhen(at: number, language: Language): string {
  const date = new Date(at);
  const today = new Date().toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(dateLocale(language), {
    ...(today ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
