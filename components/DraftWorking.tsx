import { signal } from '@preact/signals';
import type { DraftProgress } from '@/lib/app-state';
import type { DraftAdvice } from '@/lib/search/advise-draft';
import { useApp } from './app-context';

/**
 * The draft view, loaded when the first draft asks for it: most lookups are a word or a sentence, and
 * the panel opens without it (its code at open stays small). `null` until it is in.
 */
const loaded = signal<typeof import('./DraftView') | null>(null);
let loading: Promise<void> | undefined;

/**
 * Loads the draft view: at an idle moment after the panel has opened (entrypoints/sidepanel), or
 * when a draft asks for it first. The chunk is the extension's own: should it not load, the next
 * draft asks again.
 */
export function loadDraftView(): void {
  loading ??= import('./DraftView').then(
    (module) => void (loaded.value = module),
    () => void (loading = undefined),
  );
}

/**
 * A draft's advice once its view is in (`DraftView`); until then, and while its parts are looked up
 * (lib/app-state.ts, `DRAFT_TASK_MS`), how far it has come.
 */
export function Draft({ advice, progress }: { advice: DraftAdvice | null; progress: DraftProgress }) {
  loadDraftView();
  const view = loaded.value;
  if (advice && view) return <view.DraftView advice={advice} />;
  return <DraftWorking progress={progress} />;
}

/**
 * While a long draft's parts are looked up (lib/app-state.ts, `DRAFT_TASK_MS`): how far it has come,
 * as a bar named by what it measures. The panel's live region says it once (`ResultsAnnouncer`).
 */
function DraftWorking({ progress }: { progress: DraftProgress }) {
  const { t } = useApp();
  return (
    <section class="draft draft-working" aria-labelledby="draft-working">
      <p id="draft-working">{t('draftWorking', { count: progress.total })}</p>
      <progress max={progress.total} value={progress.done} aria-labelledby="draft-working" />
    </section>
  );
}
