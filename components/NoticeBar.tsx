import { useEffect } from 'preact/hooks';
import { useApp } from './app-context';

/** Confirmations and problems, announced to screen readers; confirmations fade after a while. */
export function NoticeBar() {
  const { state } = useApp();
  const notice = state.notice.value;
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(() => state.actions.dismissNotice(), 4000);
    return () => clearTimeout(timer);
  }, [notice?.id]);
  return (
    <div class="notice-region" role="status" aria-live="polite">
      {notice && (
        <p class={`notice notice-${notice.tone}`} data-notice-id={notice.id}>
          {notice.text}
        </p>
      )}
    </div>
  );
}
