import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HISTORY_LIMIT } from '@/lib/app-state';
import { MAX_SELECTION_CHARS } from '@/lib/search/create-search';
import { appState } from './app-state-fixture';
import { connectStorage, historyItem, loadSaved, MAX_PINS, pinsItem, STORAGE_VERSION } from '@/utils/storage';

const newState = () => appState();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const local = (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items);
const stored = () => fakeBrowser.storage.local.get(null);
const events = () => ({ onDropped: vi.fn(), onWriteFailed: vi.fn(), onNewerVersion: vi.fn() });
const NOTHING_NEWER = { pins: false, history: false };

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
      newer: NOTHING_NEWER,
    });
  });

  it('starts empty, without a notice, when nothing was kept', async () => {
    expect(await loadSaved()).toEqual({ pins: [], history: [], dropped: false, newer: NOTHING_NEWER });
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

  it('starts empty instead of breaking the panel when storage cannot be read', async () => {
    vi.spyOn(pinsItem, 'getValue').mockRejectedValue(new Error('IO error: broken profile'));
    expect(await loadSaved()).toMatchObject({ pins: [], dropped: true });
  });

  it('tells the panel what it dropped', async () => {
    await local({ pins: 'kapot' });
    const onDropped = vi.fn();
    await connectStorage(newState(), { ...events(), onDropped });
    expect(onDropped).toHaveBeenCalledOnce();
  });

  it('writes every change back', async () => {
    const state = newState();
    await connectStorage(state, events());
    state.actions.togglePin('neutrale-gespreksleider');
    state.actions.applySelection('wijkagent');
    await settle();
    expect(await pinsItem.getValue()).toEqual(['neutrale-gespreksleider']);
    expect((await historyItem.getValue())[0]).toMatchObject({ kind: 'selection', text: 'wijkagent' });
  });

  it('reports a failed write (a full quota), puts the star out again and loses nothing already kept', async () => {
    await pinsItem.setValue(['wantrouwen-achterhalen']);
    const state = newState();
    const onWriteFailed = vi.fn();
    await connectStorage(state, { ...events(), onWriteFailed });
    const setValue = vi
      .spyOn(pinsItem, 'setValue')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    state.actions.togglePin('neutrale-gespreksleider');
    await settle();
    expect(onWriteFailed).toHaveBeenCalledOnce();
    expect(await pinsItem.getValue()).toEqual(['wantrouwen-achterhalen']);
    expect(state.pins.value).toEqual(['wantrouwen-achterhalen']);
    // Once storage takes writes again, keeping the tip works.
    setValue.mockRestore();
    state.actions.togglePin('neutrale-gespreksleider');
    await settle();
    expect(await pinsItem.getValue()).toEqual(['wantrouwen-achterhalen', 'neutrale-gespreksleider']);
  });

  it('keeps a change made after a failed write instead of undoing it', async () => {
    const state = newState();
    await connectStorage(state, events());
    let fail!: (error: Error) => void;
    vi.spyOn(pinsItem, 'setValue').mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)));
    state.actions.togglePin('neutrale-gespreksleider');
    state.actions.togglePin('wantrouwen-achterhalen');
    await settle();
    fail(new Error('QUOTA_BYTES quota exceeded'));
    await settle();
    expect(state.pins.value).toEqual(['neutrale-gespreksleider', 'wantrouwen-achterhalen']);
    expect(await pinsItem.getValue()).toEqual(['neutrale-gespreksleider', 'wantrouwen-achterhalen']);
  });

  it('follows a change made by the panel of another window', async () => {
    const state = newState();
    await connectStorage(state, events());
    await pinsItem.setValue(['neutrale-gespreksleider']);
    await settle();
    expect(state.pins.value).toEqual(['neutrale-gespreksleider']);
  });

  it('collapses repeated and unknown kept ids on restore', async () => {
    await local({ pins: ['neutrale-gespreksleider', 'bestaat-niet', 'neutrale-gespreksleider'] });
    const state = newState();
    await connectStorage(state, events());
    expect(state.pins.value).toEqual(['neutrale-gespreksleider']);
  });

  it('bounds what it restores: a huge list of ids, a long history, long texts', async () => {
    const pins = Array.from({ length: 100_000 }, (_, i) => `tip-${i % (MAX_PINS + 5)}`);
    const history = Array.from({ length: 500 }, (_, i) => ({
      kind: 'selection',
      text: `${i} ${'x'.repeat(MAX_SELECTION_CHARS)}`,
      at: i,
    }));
    await local({ pins, history });
    const saved = await loadSaved();
    expect(saved.pins).toHaveLength(MAX_PINS);
    expect(saved.history).toHaveLength(HISTORY_LIMIT);
    expect(Math.max(...saved.history.map((entry) => entry.text.length))).toBe(MAX_SELECTION_CHARS);
  });

  it('collapses repeated history entries on restore, keeping the newest', async () => {
    await local({
      history: [
        { kind: 'typed', text: 'boete', at: 3 },
        { kind: 'typed', text: 'boete', at: 2 },
        { kind: 'selection', text: 'boete', at: 1 },
      ],
    });
    expect((await loadSaved()).history).toEqual([
      { kind: 'typed', text: 'boete', at: 3 },
      { kind: 'selection', text: 'boete', at: 1 },
    ]);
  });

  it('records its version with the first write', async () => {
    await pinsItem.migrate();
    await pinsItem.setValue(['neutrale-gespreksleider']);
    expect(await stored()).toMatchObject({ pins$: { v: STORAGE_VERSION } });
  });

  it('migrates a list stored without a version: repeats collapse, texts are cut, the version is written', async () => {
    await local({
      pins: ['a', 'b', 'a'],
      history: [{ kind: 'typed', text: 'y'.repeat(MAX_SELECTION_CHARS + 10), at: 1 }],
    });
    await Promise.all([pinsItem.migrate(), historyItem.migrate()]);
    const after = await stored();
    expect(after).toMatchObject({ pins: ['a', 'b'], pins$: { v: STORAGE_VERSION }, history$: { v: 2 } });
    expect((after.history as { text: string }[])[0]!.text).toHaveLength(MAX_SELECTION_CHARS);
  });

  it('shows what a newer version stored, says so, and never writes over it', async () => {
    const newer = { pins: ['neutrale-gespreksleider'], pins$: { v: STORAGE_VERSION + 1 } };
    await local(newer);
    const state = newState();
    const handlers = events();
    await connectStorage(state, handlers);
    expect(state.pins.value).toEqual(['neutrale-gespreksleider']);
    expect(handlers.onNewerVersion).toHaveBeenCalledOnce();
    state.actions.togglePin('wantrouwen-achterhalen');
    await settle();
    expect(state.pins.value).toEqual(['neutrale-gespreksleider']);
    expect(handlers.onNewerVersion).toHaveBeenCalledTimes(2);
    expect(await stored()).toMatchObject(newer);
    // The history, still of this version, is kept as usual.
    state.actions.applySelection('wijkagent');
    await settle();
    expect(await historyItem.getValue()).toMatchObject([{ text: 'wijkagent' }]);
  });
});
