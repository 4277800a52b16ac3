import { fold } from '@/lib/analysis/fold';
import type { SearchResult } from '@/lib/search/create-search';
import { matchReason } from '@/lib/search/match-reason';
import { useApp } from './app-context';

const MAX_VIA = 2;

/**
 * Why a result matched, in one quiet line: the tip's own words that matched, and the concepts of the
 * thesaurus it came through ("via ‘straathoekwerk’ → jongerenwerk").
 */
export function MatchReason({ result }: { result: SearchResult }) {
  const { state, t } = useApp();
  const { words, via } = matchReason(result, state.language);
  const parts = [
    ...(words.length ? [t('reasonWords', { words: words.join(', ') })] : []),
    // Two concepts say why; more would be a list of its own.
    ...via
      .slice(0, MAX_VIA)
      .map(({ text, label }) =>
        fold(text) === fold(label) ? t('reasonVia', { text }) : t('reasonViaConcept', { text, label }),
      ),
  ];
  return parts.length ? <span class="tip-reason">{parts.join(' · ')}</span> : null;
}
