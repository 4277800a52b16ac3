import { useApp } from './app-context';

/**
 * The start screen's one line on how to use the panel: type, select on a page (menu or shortcut),
 * or paste; and that the reports of later days join this one.
 */
export function HowToUse() {
  const { t } = useApp();
  return (
    <>
      <p class="report-series">{t('reportSeries')}</p>
      <p class="how-to">{t('howTo')}</p>
    </>
  );
}
