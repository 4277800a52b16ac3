import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Facet } from '@/lib/filter-tips';
import { localized } from '@/lib/i18n';
import { reportLabel } from '@/lib/report-label';
import { TIP_KINDS } from '@/lib/schema';
import { useApp } from './app-context';
import { andFocus, FILTERS } from './focus';

/**
 * Filters by theme, speaker and kind, and by report when there is more than one, with live counts;
 * they combine with the query.
 */
export function FilterPanel() {
  const { state, t } = useApp();
  const counts = state.facetCounts.value;
  const active = state.activeFilterCount.value;
  // Open when it first shows with filters on; after that the user opens and closes it: it never
  // snaps shut under a keyboard user who switches the last filter off.
  const open = useSignal(active > 0);
  const before = useRef(active);
  // A filter set from elsewhere (a theme on an opened tip) opens it to show what is filtered.
  useLayoutEffect(() => {
    if (active > before.current) open.value = true;
    before.current = active;
  }, [active]);
  const speakers = [
    ...new Set(
      state.kb.reports.flatMap(({ report }) => report.sections.flatMap((s) => s.speaker?.name ?? [])),
    ),
  ];
  const groups: { facet: Facet; legend: string; options: { value: string; label: string }[] }[] = [
    {
      facet: 'themes',
      legend: t('filterThemes'),
      options: state.kb.themes.map((theme) => ({
        value: theme.id,
        label: localized(theme, 'label', state.language),
      })),
    },
    {
      facet: 'speakers',
      legend: t('filterSpeakers'),
      options: speakers.map((name) => ({ value: name, label: name })),
    },
    {
      facet: 'kinds',
      legend: t('filterKinds'),
      options: TIP_KINDS.map((kind) => ({ value: kind, label: t(`kind_${kind}`) })),
    },
    {
      facet: 'reports',
      legend: t('filterReports'),
      // One report is nothing to choose between.
      options:
        state.kb.reports.length > 1
          ? state.kb.reports.map(({ report }) => ({
              value: report.id,
              label: reportLabel(report, state.language),
            }))
          : [],
    },
  ];
  // Only the values there is something to choose: a heading with nothing under it is not shown, and
  // a query without results, with no filter on, shows no filters at all.
  const shown = groups
    .map((group) => ({
      ...group,
      options: group.options.filter(
        ({ value }) =>
          (counts[group.facet].get(value) ?? 0) > 0 ||
          (state.filters.value[group.facet] as readonly string[]).includes(value),
      ),
    }))
    .filter((group) => group.options.length);
  if (!shown.length) return null;
  return (
    <details
      class="filters"
      open={open.value}
      onToggle={(event) => (open.value = (event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{active ? t('filtersActive', { count: active }) : t('filters')}</summary>
      {shown.map(({ facet, legend, options }) => (
        <fieldset key={facet} data-facet={facet}>
          <legend>{legend}</legend>
          {options.map(({ value, label }) => (
            <button
              key={value}
              type="button"
              class="chip"
              data-value={value}
              aria-pressed={(state.filters.value[facet] as readonly string[]).includes(value)}
              onClick={() => state.actions.toggleFilter(facet, value)}
            >
              {label} <span class="count">{counts[facet].get(value) ?? 0}</span>
            </button>
          ))}
        </fieldset>
      ))}
      {active > 0 && (
        <button
          type="button"
          class="secondary reset"
          onClick={andFocus(() => state.actions.resetFilters(), FILTERS)}
        >
          {t('filtersReset')}
        </button>
      )}
    </details>
  );
}
