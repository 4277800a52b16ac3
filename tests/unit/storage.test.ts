import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createAppState } from '@/lib/app-state';
import { createTranslator } from '@/lib/i18n';
import { createSearch } from '@/lib/search/create-search';
import nl from '@/locales/nl.json';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';
import { connectStorage, historyItem, loadSaved, pinsItem } from '@/utils/storage';

const kb = loadKnowledgeBase();
const search = createSearch(kb);
const newState = () =>
  createAppState({
    kb,
    search,
    language: 'nl',
    t: createTranslator(nl),
    writeClipboard: async () => undefined,
  });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const local = (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items);

describe('storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('restores kept tips and history, in their order', async () => {
    await pinsItem.setValue(['wantrouwen-achterhalen', 'neutrale-gespreksleider']);
    await historyItem.setValue([{ kind: 'typed', text: 'boete', at: 1 }]);
    expect(await loadSaved()).toEqual({
      pins: ['wantrouwen-achterhalen', 'neutrale-gespreksleider'],
      history: [{ kind: 'typed', text: 'boete', at: 1 }],
      dropped: false,
    });
  });

  it('starts empty, without a notice, when nothing was kept', async () => {
    expect(await loadSaved()).toEqual({ pins: [], history: [], dropped: false });
  });

  it.each([
    ['a list of the wrong shape', { pins: { a: 1 } }, { pins: [] }],
    [
      'entries of the wrong shape among good ones',
      { pins: ['neutrale-gespreksleider', 42, null] },
      { pins: ['neutrale-gespreksleider'] },
    ],
    [
      'history entries without a kind',
      {
        history: [
          { text: 'x', at: 1 },
          { kind: 'typed', text: 'y', at: 2 },
        ],
      },
      { history: [{ kind: 'typed', text: 'y', at: 2 }] },
    ],
  ])('drops %s, keeps the rest, and says so', async (_, stored, kept) => {
    await local(stored);
    expect(await loadSaved()).toMatchObject({ ...kept, dropped: true });
  });

  it('drops a value whose migration fails instead of breaking the panel', async () => {
    vi.spyOn(pinsItem, 'getValue').mockRejectedValue(new Error('Migration to v2 failed'));
    expect(await loadSaved()).toMatchObject({ pins: [], dropped: true });
  });

  it('tells the panel what it dropped', async () => {
    await local({ pins: 'kapot' });
    const onDropped = vi.fn();
    await connectStorage(newState(), { onDropped, onWriteFailed: vi.fn() });
    expect(onDropped).toHaveBeenCalledOnce();
  });

  it('writes every change back', async () => {
    const state = newState();
    await connectStorage(state, { onDropped: vi.fn(), onWriteFailed: vi.fn() });
    state.actions.togglePin('neutrale-gespreksleider');
    state.actions.applySelection('wijkagent');
    await settle();
    expect(await pinsItem.getValue()).toEqual(['neutrale-gespreksleider']);
    expect((await historyItem.getValue())[0]).toMatchObject({ kind: 'selection', text: 'wijkagent' });
  });

  it('reports a failed write (a full quota) and loses nothing already kept', async () => {
    await pinsItem.setValue(['wantrouwen-achterhalen']);
    const state = newState();
    const onWriteFailed = vi.fn();
    await connectStorage(state, { onDropped: vi.fn(), onWriteFailed });
    vi.spyOn(pinsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    state.actions.togglePin('neutrale-gespreksleider');
    await settle();
    expect(onWriteFailed).toHaveBeenCalledOnce();
    expect(await pinsItem.getValue()).toEqual(['wantrouwen-achterhalen']);
    expect(state.pins.value).toEqual(['wantrouwen-achterhalen', 'neutrale-gespreksleider']);
  });

  it('follows a change made by the panel of another window', async () => {
    const state = newState();
    await connectStorage(state, { onDropped: vi.fn(), onWriteFailed: vi.fn() });
    await pinsItem.setValue(['neutrale-gespreksleider']);
    await settle();
    expect(state.pins.value).toEqual(['neutrale-gespreksleider']);
  });
});
