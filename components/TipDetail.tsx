import { useEffect, useRef } from 'preact/hooks';
import type { Tip } from '@/lib/schema';
import { useApp } from './app-context';
import { Highlighted } from './Highlighted';
import { ReportContext } from './ReportContext';
import { focusLater, tipButton } from './focus-later';
import { tipTexts } from './tip-texts';

/** A tip, opened: its summary, the verbatim quote with speaker and section, themes and actions. */
export function TipDetail({ tip }: { tip: Tip }) {
  const { state, t } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  const en = state.language === 'en';
  const report = state.reportOf(tip);
  const section = report.sections.find((s) => s.id === tip.section)!;
  const pinned = state.pins.value.includes(tip.id);
  const highlights = state.results.value?.find((r) => r.tip.id === tip.id)?.highlights;
  const texts = tipTexts(tip, state.language, highlights);
  const themes = new Map(state.kb.themes.map((theme) => [theme.id, theme]));
  useEffect(() => heading.current?.focus(), [tip.id]);

  if (state.contextOpen.value) return <ReportContext tip={tip} />;
  return (
    <article class="tip-detail" data-open-tip-id={tip.id} aria-labelledby="tip-title">
      <button
        type="button"
        class="back secondary"
        onClick={() => {
          state.actions.closeTip();
          focusLater(tipButton(tip.id));
        }}
      >
        ← {t('back')}
      </button>
      <p class={`kind kind-${tip.kind}`}>{t(`kind_${tip.kind}`)}</p>
      <h2 id="tip-title" tabIndex={-1} ref={heading}>
        <Highlighted text={texts.title} ranges={texts.titleRanges} />
      </h2>
      <p class="summary">
        <Highlighted text={texts.summary} ranges={texts.summaryRanges} />
      </p>
      <figure class="quote">
        <blockquote lang="nl">
          <Highlighted text={tip.quote} ranges={highlights?.quote} />
        </blockquote>
        <figcaption>
          {t('quoteFrom', {
            speaker: tip.speaker
              ? `${tip.speaker.name} (${(en && section.speaker?.roleEn) || tip.speaker.role})`
              : en
                ? report.en.title
                : report.title,
            section: en ? section.en.title : section.title,
          })}
        </figcaption>
      </figure>
      <ul class="themes" aria-label={t('themes')}>
        {tip.themes.map((id) => (
          <li key={id}>
            <button
              type="button"
              class="chip"
              onClick={() => {
                state.actions.closeTip();
                state.actions.addFilter('themes', id);
                focusLater('.filters summary');
              }}
            >
              {en ? themes.get(id)?.en.label : themes.get(id)?.label}
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button
          type="button"
          data-action="copy-text"
          onClick={() => state.actions.copyCitation(tip.id, 'text')}
        >
          {t('copyText')}
        </button>
        <button
          type="button"
          data-action="copy-markdown"
          class="secondary"
          onClick={() => state.actions.copyCitation(tip.id, 'markdown')}
        >
          {t('copyMarkdown')}
        </button>
        <button
          type="button"
          data-action="pin"
          class="secondary"
          aria-pressed={pinned}
          onClick={() => state.actions.togglePin(tip.id)}
        >
          {pinned ? `★ ${t('unpin')}` : `☆ ${t('pin')}`}
        </button>
        <button
          type="button"
          data-action="context"
          class="secondary"
          onClick={() => state.actions.setContextOpen(true)}
        >
          {t('readInContext')}
        </button>
      </div>
    </article>
  );
}
