import { CITATION_STYLES, type CitationStyle } from '@/lib/format-citation';
import { useApp } from './app-context';

/**
 * The panel's one setting: how a copied or exported quote names its source (in the text, as a
 * footnote, or APA 7 with a literature list). Remembered in storage (utils/settings.ts).
 */
export function CitationSettings() {
  const { state, t } = useApp();
  return (
    <p class="citation-settings">
      <label>
        {t('citationStyleLabel')}{' '}
        <select
          data-setting="citation-style"
          value={state.citationStyle.value}
          onChange={(event) => state.actions.setCitationStyle(event.currentTarget.value as CitationStyle)}
        >
          {CITATION_STYLES.map((style) => (
            <option key={style} value={style}>
              {t(`citationStyle_${style}`)}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
