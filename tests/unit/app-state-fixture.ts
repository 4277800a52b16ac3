/**
 * The state model as the unit tests make it: over the real knowledge base and its search (made once
 * per test file), in Dutch, with a clipboard that takes anything, and a clock that stands still, so
 * that a draft's advice is worked out in one task, at once (`DRAFT_TASK_MS`). A test passes what it
 * watches.
 */
import { vi } from 'vitest';
import { createAppState, type AppDependencies } from '@/lib/app-state';
import { createTranslator } from '@/lib/i18n';
import { createSearch } from '@/lib/search/create-search';
import nl from '@/locales/nl.json';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

export const kb = loadKnowledgeBase();
export const search = createSearch(kb);
export const t = createTranslator(nl);

export function appState(dependencies: Partial<AppDependencies> = {}) {
  return createAppState({
    kb,
    search,
    language: 'nl',
    t,
    writeClipboard: vi.fn(async () => undefined),
    clock: () => 0,
    ...dependencies,
  });
}
