import type { Highlights } from '@/lib/search/create-search';
import type { Tip } from '@/lib/schema';
import { useApp } from './app-context';
import { Highlighted } from './Highlighted';

/**
 * One tip in a list: a button that opens it, with its title, summary and speaker. `data-tip-id`
 * carries the tip's id for tests and keyboard navigation.
 */
export function TipItem({ tip, highlights }: { tip: Tip; highlights?: Highlights }) {
  const { state, t } = useApp();
  const en = state.language === 'en';
  const pinned = state.pins.value.includes(tip.id);
  return (
    <li class="tip-item" data-tip-id={tip.id}>
      <button type="button" class="tip-open" onClick={() => state.actions.openTip(tip.id)}>
        <span class="tip-title">
          <Highlighted
            text={en ? tip.en.title : tip.title}
            ranges={en ? highlights?.enTitle : highlights?.title}
          />
          {pinned && (
            <span class="pin-mark">
              <span aria-hidden="true">★</span>
              <span class="visually-hidden"> ({t('unpin').toLowerCase()})</span>
            </span>
          )}
        </span>
        <span class="tip-summary">
          <Highlighted
            text={en ? tip.en.summary : tip.summary}
            ranges={en ? highlights?.enSummary : highlights?.summary}
          />
        </span>
        <span class="tip-meta">
          <span class={`kind kind-${tip.kind}`}>{t(`kind_${tip.kind}`)}</span>
          {tip.speaker ? ` · ${tip.speaker.name}` : ''}
        </span>
      </button>
    </li>
  );
}
