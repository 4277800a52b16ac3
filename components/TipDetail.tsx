import { useLayoutEffect } from 'preact/hooks';
import { attributionText } from '@/lib/format-citation';
import { localized, type Language } from '@/lib/i18n';
import type { SearchResult } from '@/lib/search/create-search';
import type { Report, Section, Tip } from '@/lib/schema';
import { useApp } from './app-context';
import { citationDrag } from './citation-drag';
import { CitationSettings } from './CitationSettings';
import { andFocus, goBack, themeGroupButton } from './focus';
import { Highlighted } from './Highlighted';
import { tipTexts } from './tip-texts';

/**
 * A tip, opened: its summary, the verbatim quote with speaker and section, and its report where there
 * is more than one (dragged into a document, it goes with its source), the actions, its themes (each
 * leading to all tips of that theme), and the citation style the actions follow. The actions come
 * before the themes, so that Tab reaches the copy first.
 */
export function TipDetail({ tip }: { tip: Tip }) {
  const { state, t } = useApp();
  const { language } = state;
  const report = state.reportOf(tip);
  const section = report.sections.find((s) => s.id === tip.section)!;
  const pinned = state.pins.value.includes(tip.id);
  const reportName = state.reportName(report);
  // A tip opens at its top, the back button clear of the sticky bar, not where the list was scrolled to.
  useLayoutEffect(() => scrollTo(0, 0), [tip.id]);
  // A strong result's without ranking the weak tail; a weak one's when it is one.
  const found = (results: SearchResult[] | null) => results?.find((r) => r.tip.id === tip.id);
  const highlights = (found(state.strongResults.value) ?? found(state.results.value))?.highlights;
  const texts = tipTexts(tip, language, highlights);
  const themeLabels = new Map(
    state.kb.themes.map((theme) => [theme.id, localized(theme, 'label', language)]),
  );
  return (
    <article class="tip-detail" data-open-tip-id={tip.id} aria-labelledby="tip-title">
      <button type="button" class="back secondary" onClick={() => goBack(state)}>
        ← {t('back')}
      </button>
      <p class={`kind kind-${tip.kind}`}>{t(`kind_${tip.kind}`)}</p>
      <h2 id="tip-title" tabIndex={-1}>
        <Highlighted text={texts.title} ranges={texts.titleRanges} />
      </h2>
      <p class="summary">
        <Highlighted text={texts.summary} ranges={texts.summaryRanges} />
      </p>
      <figure class="quote" data-drag="citation" {...citationDrag(state, tip.id, t('dragHint'))}>
        <blockquote lang="nl">
          <Highlighted text={tip.quote} ranges={highlights?.quote} />
        </blockquote>
        <figcaption>
          {t('quoteFrom', {
            speaker: quoteSource(tip, section, report, language),
            section: localized(section, 'title', language),
          })}
          {reportName && <span class="quote-report">{reportName}</span>}
        </figcaption>
      </figure>
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
          onClick={() => state.actions.openContext()}
        >
          {t('readInContext')}
        </button>
      </div>
      <p id="tip-themes" class="themes-label">
        {t('themes')}
      </p>
      <ul class="themes" aria-labelledby="tip-themes">
        {tip.themes.map((id) => (
          <li key={id}>
            <button
              type="button"
              class="chip"
              onClick={andFocus(() => state.actions.showTheme(id), themeGroupButton(id))}
            >
              {themeLabels.get(id)}
            </button>
          </li>
        ))}
      </ul>
      <CitationSettings />
    </article>
  );
}

/**
 * Whose words the quote gives, for its caption: the speaker and role; for a remark from the room or
 * a group discussion what its citation names ("Groepsgesprek o.l.v. Halima Bochallati (…)"); the
 * report for the parts nobody presented.
 */
function quoteSource(tip: Tip, section: Section, report: Report, language: Language): string {
  if (!tip.speaker) return localized(report, 'title', language);
  const role = (language === 'en' && section.speaker?.roleEn) || tip.speaker.role;
  const who = tip.attribution === 'speaker' ? tip.speaker.name : attributionText(tip, language)!;
  return `${who.charAt(0).toUpperCase()}${who.slice(1)} (${role})`;
}
