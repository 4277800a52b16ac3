import { useState } from 'preact/hooks';
import type { SearchResult } from '@/lib/search/create-search';
import type { Tip } from '@/lib/schema';
import { useApp } from './app-context';
import { moveFocus } from './focus';
import { TipItem } from './TipItem';

/**
 * A list of tips from browsing; arrow keys move between them. `namesReport`: whether each names its
 * report (with more than one), which a list under its report's own heading need not.
 */
export function TipList({ tips, label, namesReport }: { tips: Tip[]; label: string; namesReport?: boolean }) {
  return (
    <ol class="tip-list" aria-label={label} onKeyDown={moveFocus}>
      {tips.map((tip) => (
        <TipItem key={tip.id} tip={tip} namesReport={namesReport} />
      ))}
    </ol>
  );
}

/**
 * Search results: the strong ones (`results`, of `count` in all), and the weak tail folded away
 * behind a button that says how many it holds, read only when unfolded. One list, so arrow keys move
 * through all that is shown.
 */
export function ResultList({
  results,
  count,
  label,
}: {
  results: SearchResult[];
  count: number;
  label: string;
}) {
  const { state, t } = useApp();
  const [unfolded, setUnfolded] = useState(false);
  const strong = results.length;
  const weak = count - strong;
  const shown = unfolded ? (state.results.value ?? results) : results;
  return (
    <>
      <ol class="tip-list" aria-label={label} onKeyDown={moveFocus}>
        {shown.map((result, i) => (
          <TipItem key={result.tip.id} tip={result.tip} result={result} weak={i >= strong} />
        ))}
      </ol>
      {weak > 0 && (
        <button
          type="button"
          class="link-button weak-toggle"
          aria-expanded={unfolded}
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded
            ? t('resultsWeakHide')
            : weak === 1
              ? t('resultsWeakOne')
              : t('resultsWeak', { count: weak })}
        </button>
      )}
    </>
  );
}
