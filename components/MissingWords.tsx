import type { MissingWord } from '@/lib/search/create-search';
import { useApp } from './app-context';

/**
 * Says which words of the query the report does not use ("‘radicalisering’ komt in het verslag niet
 * voor"), and offers the thesaurus's related subjects that it does cover, each a search of its own.
 */
export function MissingWords({ missing }: { missing: readonly MissingWord[] }) {
  const { state, t } = useApp();
  if (!missing.length) return null;
  return (
    <ul class="missing" aria-label={t('missingLabel')}>
      {missing.map(({ word, related }) => (
        <li key={word}>
          {t('missingWord', { word })}
          {related.length > 0 && (
            <>
              {' '}
              {t('missingRelated')}{' '}
              {related.map((concept, i) => {
                const shown = concept.prefLabel[state.language];
                return (
                  <span key={concept.id}>
                    {i > 0 && ', '}
                    <button type="button" class="link-button" onClick={() => state.actions.setQuery(shown)}>
                      {shown}
                    </button>
                  </span>
                );
              })}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
