import type { SearchResult } from '@/lib/search/create-search';
import type { Tip } from '@/lib/schema';
import { useApp } from './app-context';
import { citationDrag } from './citation-drag';
import { andFocus, TIP_HEADING } from './focus';
import { Highlighted } from './Highlighted';
import { MatchReason } from './MatchReason';
import { tipTexts } from './tip-texts';

/**
 * One tip in a list: a button that opens it, with its title, summary and speaker (and its report,
 * where there is more than one), and for a search result why it matched. `data-tip-id` carries the
 * tip's id for tests and keyboard navigation.
 */
export function TipItem({
  tip,
  result,
  weak = false,
  note,
  namesReport = true,
}: {
  tip: Tip;
  result?: SearchResult;
  weak?: boolean;
  /** A line of context under the reason ("Bij deel 1, 3"). */
  note?: string;
  /** Whether it names its report (with more than one); not under the report's own heading. */
  namesReport?: boolean;
}) {
  const { state, t } = useApp();
  const texts = tipTexts(tip, state.language, result?.highlights);
  const pinned = state.pins.value.includes(tip.id);
  const report = namesReport && state.reportName(state.reportOf(tip));
  return (
    <li
      class={weak ? 'tip-item weak' : 'tip-item'}
      data-tip-id={tip.id}
      {...citationDrag(state, tip.id, t('dragHint'))}
    >
      <button
        type="button"
        class="tip-open"
        onClick={andFocus(() => state.actions.openTip(tip.id), TIP_HEADING)}
      >
        <span class="tip-title">
          <Highlighted text={texts.title} ranges={texts.titleRanges} />
          {pinned && (
            <span class="pin-mark">
              <span aria-hidden="true">★</span>
              <span class="visually-hidden"> ({t('unpin').toLowerCase()})</span>
            </span>
          )}
        </span>
        <span class="tip-summary">
          <Highlighted text={texts.summary} ranges={texts.summaryRanges} />
        </span>
        <span class="tip-meta">
          <span class={`kind kind-${tip.kind}`}>{t(`kind_${tip.kind}`)}</span>
          {tip.speaker ? ` · ${tip.speaker.name}` : ''}
          {report && <span class="tip-report">{report}</span>}
        </span>
        {result && <MatchReason result={result} />}
        {note && <span class="tip-reason">{note}</span>}
      </button>
    </li>
  );
}
