import { describe, expect, it } from 'vitest';
import { appState as state } from './app-state-fixture';

const DRAFT =
  'Wij zien dat jongeren in de wijk al op jonge leeftijd worden benaderd voor klusjes in het drugscircuit.\n\n' +
  'Omdat het vertrouwen in de gemeente in Oost laag is, investeren wij eerst in contact en pas daarna in handhaving.';

describe('the state model with a draft', () => {
  it('gives advice part by part for a selection of several parts, and no flat list', () => {
    const model = state();
    model.actions.applySelection(DRAFT);
    expect(model.draft.value?.parts.map((part) => part.start)).toEqual([0, DRAFT.indexOf('Omdat')]);
    expect(model.results.value).toBeNull();
    expect(model.history.value[0]).toMatchObject({ kind: 'selection', text: DRAFT });
  });

  it('keeps one list of results for a short selection and a typed query', () => {
    const model = state();
    model.actions.applySelection('Voorkom dat sleutelpersonen overvraagd worden.');
    expect(model.draft.value).toBeNull();
    expect(model.results.value?.[0]?.tip.id).toBe('sleutelpersonen-niet-overvragen');
    model.actions.setQuery(DRAFT);
    expect(model.draft.value).toBeNull();
  });

  it('returns to the draft from a tip opened in it', () => {
    const model = state();
    model.actions.applySelection(DRAFT);
    const tipId = model.draft.value!.parts[0]!.results[0]!.tip.id;
    model.actions.openTip(tipId);
    expect(model.screen.value).toMatchObject({ name: 'tip', tipId });
    expect(model.actions.back()).toBe(true);
    expect(model.screen.value).toEqual({ name: 'search' });
    expect(model.draft.value?.parts).toHaveLength(2);
  });

  it('leaves the draft when the selection is cleared', () => {
    const model = state();
    model.actions.applySelection(DRAFT);
    expect(model.actions.back()).toBe(true);
    expect(model.draft.value).toBeNull();
  });
});
