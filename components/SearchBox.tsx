import { MAX_SELECTION_CHARS } from '@/lib/search/create-search';
import { useApp } from './app-context';
import { focusFirstTip } from './focus';

/** The search box: results follow every keystroke; arrow down moves into the results. */
export function SearchBox() {
  const { state, t } = useApp();
  const pasting = state.screen.value.name === 'paste';
  return (
    <form
      class="search-box"
      role="search"
      onSubmit={(event) => (event.preventDefault(), state.actions.commitQuery())}
    >
      <label for="search" class="visually-hidden">
        {t('searchLabel')}
      </label>
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
        value={state.query.value}
        onInput={(event) => state.actions.setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            focusFirstTip();
          }
        }}
      />
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
