import { fold } from '@/lib/analysis/fold';
import type { SearchResult } from '@/lib/search/create-search';
import { matchReason } from '@/lib/search/match-reason';
import { useApp } from './app-context';

const MAX_VIA = 2;

/**
 * Why a result matched, in one quiet line: the tip's own words that matched, the concepts of the
 * thesaurus it came through ("via ‘straathoekwerk’ → jongerenwerk"), and the words writers use for it,
 * which the tip itself does not, that the input met ("vaak genoemd bij dit advies: ‘leidraad’").
 */
export function MatchReason({ result }: { result: SearchResult }) {
  const { state, t } = useApp();
  const { words, via, writers } = matchReason(result, state.language);
  const parts = [
    ...(words.length ? [t('reasonWords', { words: words.join(', ') })] : []),
    // Two concepts say why; more would be a list of its own.
    ...via
      .slice(0, MAX_VIA)
      .map(({ text, label }) =>
        fold(text) === fold(label) ? t('reasonVia', { text }) : t('reasonViaConcept', { text, label }),
      ),
    ...(writers.length ? [t('reasonWriters', { words: writers.map((word) => `‘${word}’`).join(', ') })] : []),
  ];
  return parts.length ? <span class="tip-reason">{parts.join(' · ')}</span> : null;
}
