import { resultsCount } from '@/lib/i18n';
import { useApp } from './app-context';
import { andFocus, SEARCH_BOX } from './focus';

/**
 * What a search without results says: when the filters hid what it found, how many results there
 * would be without them, with the way to clear them; else that nothing was found, unless `quiet`
 * (what is on screen already says so: the words the report does not use, passages of its text).
 */
export function NoResults({ quiet = false }: { quiet?: boolean }) {
  const { state, t } = useApp();
  const without = state.unfilteredCount.value;
  if (!state.activeFilterCount.value || !without) {
    return quiet ? null : <p class="empty">{t('noResults')}</p>;
  }
  return (
    <p class="empty filtered-out">
      {t('noResultsFiltered', { results: resultsCount(t, without) })}{' '}
      <button
        type="button"
        class="link-button"
        onClick={andFocus(() => state.actions.resetFilters(), SEARCH_BOX)}
      >
        {t('filtersReset')}
      </button>
    </p>
  );
}
