import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { countText, localized } from '@/lib/i18n';
import type { AdvisedPart, DraftAdvice } from '@/lib/search/advise-draft';
import { useApp } from './app-context';
import { moveFocus, openTipFrom } from './focus';
import { Highlighted } from './Highlighted';
import { TipItem } from './TipItem';
import { TipList } from './TipList';

type DraftTab = 'parts' | 'all' | 'missing';
/** A part of the draft and its place in it. */
type NumberedPart = { part: AdvisedPart; i: number };

/**
 * Advice for a draft of several parts: each part with its advice and its matched words marked, one
 * merged list of every tip found, and what the report says that no part touches. A part can be
 * chosen to see its advice alone. A chunk of its own, loaded by components/DraftWorking.tsx.
 */
export function DraftView({ advice }: { advice: DraftAdvice }) {
  const { t } = useApp();
  const tab = useSignal<DraftTab>('parts');
  const untouched = advice.themes.filter((coverage) => !coverage.parts && coverage.tips.length);
  const tabs: [DraftTab, string][] = [
    ['parts', t('draftParts', { count: advice.parts.length })],
    ['all', t('draftAll', { count: advice.results.length })],
    ['missing', t('draftMissing', { count: untouched.length })],
  ];
  return (
    <section class="draft" aria-labelledby="draft-heading">
      <h2 id="draft-heading" class="visually-hidden">
        {t('draftHeading')}
      </h2>
      <div class="toggle draft-tabs" role="group" aria-label={t('draftHeading')}>
        {tabs.map(([id, label]) => (
          <button key={id} type="button" aria-pressed={tab.value === id} onClick={() => (tab.value = id)}>
            {label}
          </button>
        ))}
      </div>
      {tab.value === 'parts' && <DraftParts advice={advice} />}
      {tab.value === 'all' && <DraftAll advice={advice} />}
      {tab.value === 'missing' && <DraftMissing advice={advice} />}
    </section>
  );
}

/**
 * How many rows of a draft's parts are rendered at once: a whole draft has a hundred or more, each
 * with its cards, and rendered in one task the panel would stop for a quarter of a second. The first
 * rows show at once, the rest follow in tasks of their own.
 */
const ROWS_AT_ONCE = 8;
/**
 * How many rows of each draft's advice have been drawn: back from a tip opened in a draft, its view
 * is drawn anew, and the row the tip was opened from must be there at once to take the focus back.
 */
const drawn = new WeakMap<DraftAdvice, number>();

/** The draft as its parts, each with its advice; one part alone when the user chooses it. */
function DraftParts({ advice }: { advice: DraftAdvice }) {
  const { t } = useApp();
  const chosen = useSignal<number | null>(null);
  const rendered = useSignal(drawn.get(advice) ?? ROWS_AT_ONCE);
  const shown = advice.parts.flatMap((part, i) =>
    chosen.value === null || chosen.value === i ? [{ part, i }] : [],
  );
  // Header lines in a row (`Aan:`, `Van:`, `Datum:`) are one block, said once to have no advice.
  const rows: NumberedPart[][] = [];
  for (const entry of shown) {
    const previous = rows[rows.length - 1];
    if (entry.part.header && previous?.[0]!.part.header) previous.push(entry);
    else rows.push([entry]);
  }
  const count = rendered.value;
  drawn.set(advice, Math.max(drawn.get(advice) ?? 0, count));
  const more = count < rows.length;
  useEffect(() => {
    if (!more) return;
    const timer = setTimeout(() => (rendered.value = count + ROWS_AT_ONCE), 0);
    return () => clearTimeout(timer);
  }, [more, count]);
  return (
    <>
      {chosen.value !== null && (
        <button type="button" class="link-button" onClick={() => (chosen.value = null)}>
          {t('draftAllParts')}
        </button>
      )}
      <ol class="draft-parts">
        {rows.slice(0, count).map((row) => {
          const { part, i } = row[0]!;
          if (part.header) return <HeaderLines key={part.start} lines={row} />;
          return (
            <li key={part.start} class="draft-part" data-part={i}>
              <button
                type="button"
                class="part-text"
                aria-pressed={chosen.value === i}
                onClick={() => (chosen.value = chosen.value === i ? null : i)}
              >
                <span class="part-number">{t('draftPartLabel', { number: i + 1 })}</span>
                <span class="part-words">
                  <Highlighted text={part.text} ranges={part.marks} />
                </span>
              </button>
              {part.results.length > 0 && (
                <ol
                  class="tip-list"
                  aria-label={t('draftPartAdvice', { number: i + 1 })}
                  onKeyDown={moveFocus}
                >
                  {part.results.map((result) => (
                    <TipItem key={result.tip.id} tip={result.tip} result={result} />
                  ))}
                </ol>
              )}
              {part.shared.length > 0 && <SharedTips part={part} number={i + 1} />}
              {!part.results.length && !part.shared.length && <p class="empty">{t('draftPartNone')}</p>}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/**
 * The tips a part found among its best that another part keeps, where they stand higher: named with
 * that part rather than shown twice, each a link to the tip.
 */
function SharedTips({ part, number }: { part: AdvisedPart; number: number }) {
  const { state, t } = useApp();
  const label = `shared-${number}`;
  return (
    <div class="shared-tips">
      <span id={label}>{t(part.results.length ? 'draftShared' : 'draftSharedOnly')}</span>{' '}
      <ul aria-labelledby={label} onKeyDown={moveFocus}>
        {part.shared.map(({ result: { tip }, part: keeper }) => (
          <li key={tip.id} data-shared-tip-id={tip.id}>
            <span class="shared-at" id={`${label}-${tip.id}`}>
              {t('draftSharedAt', { number: keeper + 1 })}
            </span>{' '}
            <button
              type="button"
              class="link-button"
              aria-describedby={`${label}-${tip.id}`}
              onClick={openTipFrom(
                state,
                tip.id,
                `.draft-part[data-part="${number - 1}"] [data-shared-tip-id="${tip.id}"] button`,
              )}
            >
              {localized(tip, 'title', state.language)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Header lines in a row, as one muted block: who and when, with no advice and nothing to choose. */
function HeaderLines({ lines }: { lines: NumberedPart[] }) {
  const { t } = useApp();
  const first = lines[0]!.i;
  const last = lines[lines.length - 1]!.i;
  return (
    <li class="draft-part draft-header" data-part={first}>
      <div class="part-text header-lines">
        <span class="part-number">
          {first === last
            ? t('draftPartLabel', { number: first + 1 })
            : t('draftPartRange', { first: first + 1, last: last + 1 })}
        </span>
        {lines.map(({ part, i }) => (
          <span key={part.start} class="header-line" data-part-line={i}>
            {part.text}
          </span>
        ))}
      </div>
      <p class="empty">{t(lines.length > 1 ? 'draftPartHeaders' : 'draftPartHeader')}</p>
    </li>
  );
}

/** Every tip found, each once, with the parts it serves; and a way to copy them all as sources. */
function DraftAll({ advice }: { advice: DraftAdvice }) {
  const { state, t } = useApp();
  return (
    <>
      <button
        type="button"
        class="secondary"
        onClick={() =>
          void state.actions.exportTips(
            advice.results.map((entry) => entry.tip.id),
            'rich',
          )
        }
      >
        {t('draftCopyAll')}
      </button>
      <ol class="tip-list" aria-label={t('draftAllLabel')} onKeyDown={moveFocus}>
        {advice.results.map(({ tip, result, parts }) => (
          <TipItem
            key={tip.id}
            tip={tip}
            result={result}
            note={t('draftServes', { parts: parts.map((i) => i + 1).join(', ') })}
          />
        ))}
      </ol>
    </>
  );
}

/**
 * The report's themes as a compact chart, each marked as touched by the draft or not, and the advice
 * of the themes no part touches: a pointer to what the writer may have missed, not a verdict.
 */
function DraftMissing({ advice }: { advice: DraftAdvice }) {
  const { state, t } = useApp();
  const total = advice.parts.length;
  return (
    <>
      <p class="hint">{t('draftMissingExplain')}</p>
      <ul class="theme-bars" aria-label={t('draftThemesLabel')}>
        {advice.themes.map(({ theme, parts }) => (
          <li key={theme.id} class={parts ? 'touched' : 'untouched'} data-theme-id={theme.id}>
            <span class="theme-name">{localized(theme, 'label', state.language)}</span>
            <span class="bar" aria-hidden="true">
              <span style={{ width: `${Math.round((100 * parts) / Math.max(1, total))}%` }} />
            </span>
            <span class="theme-count">
              {parts ? countText(t, parts, 'draftPartsOne', 'draftPartsCount') : t('draftThemeUntouched')}
            </span>
          </li>
        ))}
      </ul>
      {advice.themes
        .filter((coverage) => !coverage.parts && coverage.tips.length)
        .map(({ theme, tips }) => {
          const label = localized(theme, 'label', state.language);
          return (
            <section key={theme.id} class="group" data-theme-id={theme.id}>
              <h3>{label}</h3>
              <TipList tips={tips} label={label} />
            </section>
          );
        })}
    </>
  );
}
