import { useSignal } from '@preact/signals';
import { countText, localized } from '@/lib/i18n';
import { useApp } from './app-context';
import { ReportHeader } from './ReportHeader';
import { TipList } from './TipList';

/**
 * With no query: the whole report to browse, by section (speaker) in report order, or by theme,
 * each with its number of tips and a line on what it holds (the section's title, the theme's
 * description). Filters apply here too.
 */
export function Browse() {
  const { state, t } = useApp();
  const byTheme = useSignal(false);
  const { language } = state;
  const tips = state.browseTips.value;
  const tipCount = (count: number) => countText(t, count, 'tipCountOne', 'tipCount');
  return (
    <div class="browse">
      {state.kb.reports.map(({ report }) => (
        <ReportHeader key={report.id} report={report} />
      ))}
      <div class="toggle" role="group" aria-label={t('browseLabel')}>
        <button type="button" aria-pressed={!byTheme.value} onClick={() => (byTheme.value = false)}>
          {t('browseBySection')}
        </button>
        <button type="button" aria-pressed={byTheme.value} onClick={() => (byTheme.value = true)}>
          {t('browseByTheme')}
        </button>
      </div>
      {byTheme.value
        ? state.kb.themes.map((theme) => {
            const group = tips.filter((tip) => tip.themes[0] === theme.id);
            if (!group.length) return null;
            const label = localized(theme, 'label', language);
            return (
              <section key={theme.id} class="group" data-theme-id={theme.id}>
                <h3>
                  {label} <span class="count">{tipCount(group.length)}</span>
                </h3>
                <p class="group-note">{localized(theme, 'description', language)}</p>
                <TipList tips={group} label={label} />
              </section>
            );
          })
        : state.kb.reports.flatMap(({ report }) =>
            report.sections.map((section) => {
              const group = tips.filter((tip) => tip.section === section.id);
              if (!group.length) return null;
              const title = localized(section, 'title', language);
              const name = section.speaker?.name ?? title;
              return (
                <section key={section.id} class="group" data-section-id={section.id}>
                  <h3>
                    {name} <span class="count">{tipCount(group.length)}</span>
                  </h3>
                  {section.speaker && <p class="group-note">{title}</p>}
                  <TipList tips={group} label={name} />
                </section>
              );
            }),
          )}
    </div>
  );
}
