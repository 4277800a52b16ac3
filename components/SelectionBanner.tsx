import { isCut } from '@/lib/handoff';
import { MAX_SELECTION_CHARS } from '@/lib/search/create-search';
import { useApp } from './app-context';
import { andFocus, SEARCH_BOX } from './focus';

/** Which selected or pasted text the results below are for, shortened, and a way back. */
export function SelectionBanner({ text }: { text: string }) {
  const { state, t } = useApp();
  const flat = text.replace(/\s+/gu, ' ').trim();
  const short = flat.length > 140 ? `${flat.slice(0, 140).trimEnd()}…` : flat;
  return (
    <section class="selection-banner" aria-labelledby="selection-heading">
      <h2 id="selection-heading">{t('selectionHeading')}</h2>
      <blockquote class="selection-text">{short}</blockquote>
      {isCut(text) && (
        <p class="hint selection-cut">
          {t('selectionCut', { count: MAX_SELECTION_CHARS.toLocaleString(state.language) })}
        </p>
      )}
      <button
        type="button"
        class="secondary"
        onClick={andFocus(() => state.actions.clearSelection(), SEARCH_BOX)}
      >
        {t('selectionClear')}
      </button>
    </section>
  );
}
