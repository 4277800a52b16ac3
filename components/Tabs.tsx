import type { Tab } from '@/lib/app-state';
import { useApp } from './app-context';

/** Switches between searching, the kept tips and the recent lookups. */
export function Tabs() {
  const { state, t } = useApp();
  const tabs: [Tab, string][] = [
    ['search', t('tabSearch')],
    ['saved', t('tabSaved', { count: state.pins.value.length })],
    ['recent', t('tabHistory')],
  ];
  return (
    <nav class="tabs" aria-label={t('tabsLabel')}>
      {tabs.map(([tab, label]) => (
        <button
          key={tab}
          type="button"
          data-view={tab}
          aria-current={state.tab.value === tab ? 'page' : undefined}
          onClick={() => state.actions.openTab(tab)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
