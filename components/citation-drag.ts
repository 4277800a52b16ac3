import type { TargetedDragEvent } from 'preact';
import type { AppState } from '@/lib/app-state';

/**
 * Makes an element drag a tip into a document: the drop carries the same HTML and plain text as
 * copying it (`state.citationOf`), so Word and Google Docs take the formatted quote with its source.
 */
export function citationDrag(
  state: AppState,
  id: string,
  hint: string,
): { draggable: true; title: string; onDragStart: (event: TargetedDragEvent<HTMLElement>) => void } {
  return {
    draggable: true,
    title: hint,
    onDragStart: (event) => {
      const content = state.citationOf(id);
      if (!content || !event.dataTransfer) return;
      event.dataTransfer.setData('text/html', content.html);
      event.dataTransfer.setData('text/plain', content.text);
      event.dataTransfer.effectAllowed = 'copy';
    },
  };
}
