import { browseGroup } from '@/lib/app-state';
import { countText, localized } from '@/lib/i18n';
import type { Tip } from '@/lib/schema';
import { useApp } from './app-context';
import { HowToUse } from './HowToUse';
import { ReportHeader } from './ReportHeader';
import { TipList } from './TipList';

/** One entry of the start screen's index: a section (its speaker) or a theme, with its tips. */
interface Group {
  key: string;
  /** `data-section-id` or `data-theme-id`, for the tests and for focus. */
  data: Record<string, string>;
  name: string;
  /** A line on what it holds: the section's title, the theme's description. */
  note: string | null;
  tips: Tip[];
}

/**
 * With no query, the start screen: what the panel is and how to use it, then the report as an index
 * a person can scan, by section (speaker) in report order or by theme, each entry with its number of
 * tips and folding open to list them. A tip appears under every theme it has. Filters apply here too.
 */
export function Browse() {
  const { state, t } = useApp();
  const { language } = state;
  const { by, open } = state.browse.value;
  const tips = state.browseTips.value;
  const groups: Group[] =
    by === 'theme'
      ? state.kb.themes.map((theme) => ({
          key: browseGroup('theme', theme.id),
          data: { 'data-theme-id': theme.id },
          name: localized(theme, 'label', language),
          note: localized(theme, 'description', language),
          tips: tips.filter((tip) => tip.themes.includes(theme.id)),
        }))
      : state.kb.reports.flatMap(({ report }) =>
          report.sections.map((section) => {
            const title = localized(section, 'title', language);
            return {
              key: browseGroup('section', section.id),
              data: { 'data-section-id': section.id },
              name: section.speaker?.name ?? title,
              note: section.speaker ? title : null,
              tips: tips.filter((tip) => tip.section === section.id),
            };
          }),
        );
  return (
    <div class="browse">
      {state.kb.reports.map(({ report }) => (
        <ReportHeader key={report.id} report={report} />
      ))}
      <HowToUse />
      <div class="toggle" role="group" aria-label={t('browseLabel')}>
        <button
          type="button"
          aria-pressed={by === 'section'}
          onClick={() => state.actions.browseBy('section')}
        >
          {t('browseBySection')}
        </button>
        <button type="button" aria-pressed={by === 'theme'} onClick={() => state.actions.browseBy('theme')}>
          {t('browseByTheme')}
        </button>
      </div>
      <ul class="index">
        {groups.map(
          (group) =>
            group.tips.length > 0 && (
              <IndexGroup
                key={group.key}
                group={group}
                open={open.includes(group.key)}
                count={countText(t, group.tips.length, 'tipCountOne', 'tipCount')}
              />
            ),
        )}
      </ul>
    </div>
  );
}

/** An entry of the index: a heading that folds its tips open and shut, and the line under it. */
function IndexGroup({ group, open, count }: { group: Group; open: boolean; count: string }) {
  const { state } = useApp();
  const listId = `group-${group.key.replace(':', '-')}`;
  return (
    <li class="group" {...group.data}>
      <h3>
        <button
          type="button"
          class="group-toggle"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => state.actions.toggleGroup(group.key)}
        >
          <span class="group-name">{group.name}</span> <span class="count">{count}</span>
        </button>
      </h3>
      {group.note && <p class="group-note">{group.note}</p>}
      {open && (
        <div id={listId}>
          <TipList tips={group.tips} label={group.name} />
        </div>
      )}
    </li>
  );
}
