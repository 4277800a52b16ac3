import type { View } from '@/lib/app-state';
import { useApp } from './app-context';

/** Switches between searching, the kept tips and the recent lookups. */
export function Tabs() {
  const { state, t } = useApp();
  const tabs: [View, string][] = [
    ['search', t('tabSearch')],
    ['saved', t('tabSaved', { count: state.pins.value.length })],
    ['history', t('tabHistory')],
  ];
  return (
    <nav class="tabs" aria-label={t('tabsLabel')}>
      {tabs.map(([view, label]) => (
        <button
          key={view}
          type="button"
          data-view={view}
          aria-current={state.view.value === view ? 'page' : undefined}
          onClick={() => state.actions.setView(view)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
