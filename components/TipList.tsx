import type { SearchResult } from '@/lib/search/create-search';
import type { Tip } from '@/lib/schema';
import { moveFocus } from './focus';
import { TipItem } from './TipItem';

/** A list of tips, from a search (with highlights) or from browsing; arrow keys move between them. */
export function TipList({ results, tips, label }: { results?: SearchResult[]; tips?: Tip[]; label: string }) {
  return (
    <ol class="tip-list" aria-label={label} onKeyDown={moveFocus}>
      {results
        ? results.map((result) => (
            <TipItem key={result.tip.id} tip={result.tip} highlights={result.highlights} />
          ))
        : tips?.map((tip) => <TipItem key={tip.id} tip={tip} />)}
    </ol>
  );
}
