import { MAX_SELECTION_CHARS } from '@/lib/search/create-search';
import { useApp } from './app-context';
import { focusFirstTip, focusSearchBox } from './focus';

/**
 * The search box: results follow every keystroke; arrow down moves into the results. It has a clear
 * button of its own, the same in every browser (Firefox draws none in a search field, Chromium a
 * small one of its own, which is hidden).
 */
export function SearchBox() {
  const { state, t } = useApp();
  const pasting = state.screen.value.name === 'paste';
  const query = state.query.value;
  return (
    <form
      class="search-box"
      role="search"
      onSubmit={(event) => (event.preventDefault(), state.actions.commitQuery())}
    >
      <label for="search" class="visually-hidden">
        {t('searchLabel')}
      </label>
      {/* As wide as its placeholder at least: narrower, the paste button goes under it. */}
      <span class="search-field" style={{ '--placeholder-width': `${t('searchPlaceholder').length}ch` }}>
        <input
          id="search"
          type="search"
          autoFocus
          autoComplete="off"
          spellcheck={false}
          // What a lookup reads; longer text belongs in the paste box, which says where it was cut.
          maxLength={MAX_SELECTION_CHARS}
          placeholder={t('searchPlaceholder')}
          aria-describedby="search-hint"
          value={query}
          onInput={(event) => state.actions.setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              focusFirstTip();
            }
          }}
        />
        {query && (
          <button
            type="button"
            class="search-clear"
            aria-label={t('searchClear')}
            title={t('searchClear')}
            onClick={() => {
              state.actions.setQuery('');
              focusSearchBox();
            }}
          >
            ×
          </button>
        )}
      </span>
      <button
        type="button"
        class="secondary"
        aria-expanded={pasting}
        aria-controls="paste-box"
        onClick={() => (pasting ? state.actions.back() : state.actions.openPaste())}
      >
        {t('pasteOpen')}
      </button>
      <p id="search-hint" class="visually-hidden">
        {t('searchHint')}
      </p>
    </form>
  );
}
