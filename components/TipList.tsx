import type { SearchResult } from '@/lib/search/create-search';
import type { Tip } from '@/lib/schema';
import { TipItem } from './TipItem';

/** Moves focus between the tips of a list with the arrow keys, Home and End. */
export function moveFocus(event: KeyboardEvent): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-tip-id] .tip-open')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : event.key === 'ArrowDown'
          ? Math.min(at + 1, buttons.length - 1)
          : at - 1;
  event.preventDefault();
  if (next < 0) document.querySelector<HTMLInputElement>('#search')?.focus();
  else buttons[next]?.focus();
}

/** A list of tips, from a search (with highlights) or from browsing. */
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
