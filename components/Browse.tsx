import { countText } from '@/lib/i18n';
import type { BrowseGroup } from '@/lib/browse-index';
import { useApp } from './app-context';
import { HowToUse } from './HowToUse';
import { ReportHeader } from './ReportHeader';
import { ReportList } from './ReportList';
import { TipList } from './TipList';

/**
 * With no query, the start screen: what the panel holds and how to use it, then the reports as an
 * index a person can scan, by section (speaker) in report order or by theme, each entry with its
 * number of tips and folding open to list them. With more than one report, the start screen lists
 * the reports, and the index by section holds each report's sections under it. A tip appears under
 * every theme it has. Filters apply here too.
 */
export function Browse() {
  const { state, t } = useApp();
  const { by, open } = state.browse.value;
  const reports = state.kb.reports.map(({ report }) => report);
  return (
    <div class="browse">
      {reports.length > 1 ? <ReportList reports={reports} /> : <ReportHeader report={reports[0]!} />}
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
        {state.browseGroups.value.map((group) => (
          <IndexGroup key={group.key} group={group} open={open} level={3} />
        ))}
      </ul>
    </div>
  );
}

/** The attribute that names an entry for the tests and for focus: `data-theme-id="…"` and so on. */
const DATA = { report: 'data-report-id', section: 'data-section-id', theme: 'data-theme-id' } as const;

/**
 * An entry of the index: a heading that folds open what it holds (a report's sections, or tips), and
 * the line under it.
 */
function IndexGroup({ group, open, level }: { group: BrowseGroup; open: readonly string[]; level: 3 | 4 }) {
  const { state, t } = useApp();
  const unfolded = open.includes(group.key);
  const listId = `group-${group.key.replace(/[^a-z0-9-]/gu, '-')}`;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <li class={`group group-${group.kind}`} {...{ [DATA[group.kind]]: group.id }}>
      <Heading>
        <button
          type="button"
          class="group-toggle"
          aria-expanded={unfolded}
          aria-controls={unfolded ? listId : undefined}
          onClick={() => state.actions.toggleGroup(group.key)}
        >
          <span class="group-name">{group.name}</span>{' '}
          <span class="count">{countText(t, group.tips.length, 'tipCountOne', 'tipCount')}</span>
        </button>
      </Heading>
      {group.note && <p class="group-note">{group.note}</p>}
      {unfolded &&
        (group.groups ? (
          <ul id={listId} class="index">
            {group.groups.map((section) => (
              <IndexGroup key={section.key} group={section} open={open} level={4} />
            ))}
          </ul>
        ) : (
          <div id={listId}>
            <TipList tips={group.tips} label={group.name} namesReport={group.kind !== 'section'} />
          </div>
        ))}
    </li>
  );
}
