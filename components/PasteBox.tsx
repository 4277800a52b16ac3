import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PasteReason } from '@/lib/app-state';
import { useApp } from './app-context';
import { goBack } from './focus';

/** What the paste box says it is for: why it opened, when the user did not ask. */
const HINTS: Record<PasteReason, string> = {
  asked: 'pasteExplain',
  empty: 'pasteReasonEmpty',
  unreadable: 'pasteReasonUnreadable',
  failed: 'pasteReasonFailed',
};

/**
 * Paste mode: for Google Docs and PDFs, where the context menu may not get the selection. The text
 * is matched as a selection.
 */
export function PasteBox({ reason }: { reason: PasteReason }) {
  const { state, t } = useApp();
  const text = useSignal('');
  const area = useRef<HTMLTextAreaElement>(null);
  // `autoFocus` only works for what is on the page when it loads; the box opens later, on demand.
  useEffect(() => area.current?.focus(), []);
  const submit = () => state.actions.applySelection(text.value);
  return (
    <form
      id="paste-box"
      class="paste-box"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label for="paste">{t('pasteLabel')}</label>
      <p class="hint">{t(HINTS[reason])}</p>
      <textarea
        id="paste"
        rows={6}
        ref={area}
        // Policy text stays on this machine: no spell checker (which may ask a server) and no
        // autofill keeping it.
        spellcheck={false}
        autoComplete="off"
        value={text.value}
        onInput={(event) => (text.value = event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
        }}
      />
      <div class="actions">
        <button type="submit">{t('pasteSubmit')}</button>
        <button type="button" class="secondary" onClick={() => goBack(state)}>
          {t('pasteCancel')}
        </button>
      </div>
    </form>
  );
}
