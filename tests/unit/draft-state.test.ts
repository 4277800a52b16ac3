import { describe, expect, it } from 'vitest';
import { DRAFT_TASK_MS } from '@/lib/app-state';
import { adviseParts, draftParts } from '@/lib/search/advise-draft';
import { appState as state, kb, search } from './app-state-fixture';

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

  describe('a long draft, looked up in tasks', () => {
    /** Seven sentences in a paragraph: seven parts. */
    const LONG = [
      'Met de wijkaanpak willen wij de weerbaarheid van bewoners tegen ondermijnende criminaliteit vergroten.',
      'Wij zien dat jongeren in de wijk al op jonge leeftijd worden benaderd voor klusjes in het drugscircuit.',
      'De gemeente wil samen met de wijkagent en sleutelpersonen een lokaal netwerk opbouwen.',
      'Daarbij sluiten wij aan bij plekken waar bewoners al samenkomen, zoals de moskee en het buurthuis.',
      'Sleutelpersonen worden actief op de hoogte gehouden van de voortgang.',
      'Omdat het vertrouwen in de gemeente laag is, investeren wij eerst in contact.',
      'Wij sluiten een meerjarige subsidie af, zodat de frontlijnwerkers niet elk jaar wisselen.',
    ].join(' ');

    /**
     * The model with the tasks it asks for queued until the test runs them, and a clock that moves a
     * task's length each time it is read: each task looks up one part. `moving` stops the clock.
     */
    function stepped() {
      const queue: (() => void)[] = [];
      const clock = { moving: true, at: 0 };
      const model = state({
        later: (run) => {
          queue.push(run);
          return () => queue.includes(run) && queue.splice(queue.indexOf(run), 1);
        },
        clock: () => (clock.moving ? (clock.at += DRAFT_TASK_MS) : clock.at),
      });
      const runTask = () => queue.shift()!();
      return { model, queue, clock, runTask };
    }

    it('says how far it has come, one task after the other, then gives the advice', () => {
      const { model, queue, runTask } = stepped();
      model.actions.applySelection(LONG);
      expect(model.draft.value).toBeNull();
      expect(model.draftProgress.value).toEqual({ done: 1, total: 7 });
      // No flat list of the whole selection meanwhile.
      expect(model.results.value).toBeNull();
      for (let done = 2; done <= 7; done++) {
        runTask();
        expect(model.draftProgress.value).toEqual({ done, total: 7 });
      }
      // Shown in a task of its own, after the last lookups.
      expect(model.draft.value).toBeNull();
      runTask();
      expect(queue).toHaveLength(0);
      expect(model.draftProgress.value).toBeNull();
      expect(model.draft.value).toEqual(adviseParts(search, kb.themes, draftParts(LONG)));
    });

    it('stops for a selection that changed, and shows nothing of the one before', () => {
      const { model, queue, runTask } = stepped();
      model.actions.applySelection(LONG);
      runTask();
      model.actions.applySelection('Voorkom dat sleutelpersonen overvraagd worden.');
      expect(queue).toHaveLength(0);
      expect(model.draftProgress.value).toBeNull();
      expect(model.draft.value).toBeNull();
      expect(model.results.value?.[0]?.tip.id).toBe('sleutelpersonen-niet-overvragen');
      // A draft after a draft shows none of the first's advice while it works.
      const { model: other, runTask: runOther } = stepped();
      other.actions.applySelection(LONG);
      while (other.draftProgress.value) runOther();
      other.actions.applySelection(DRAFT + ' ' + LONG);
      expect(other.draft.value).toBeNull();
      expect(other.draftProgress.value).toEqual({ done: 1, total: 9 });
    });

    it('starts again, one task at a time, when the search changes while it works', () => {
      const { model, queue, runTask } = stepped();
      model.actions.applySelection(LONG);
      runTask();
      expect(model.draftProgress.value).toEqual({ done: 2, total: 7 });
      model.actions.searchChanged();
      expect(queue).toHaveLength(1);
      expect(model.draftProgress.value).toEqual({ done: 1, total: 7 });
      while (model.draftProgress.value) runTask();
      expect(model.draft.value).toEqual(adviseParts(search, kb.themes, draftParts(LONG)));
    });

    it('shows no advice of a selection left between its last lookups and its showing', () => {
      const { model, queue, runTask } = stepped();
      model.actions.applySelection(LONG);
      while (model.draftProgress.value!.done < 7) runTask();
      expect(queue).toHaveLength(1);
      model.actions.applySelection('Voorkom dat sleutelpersonen overvraagd worden.');
      expect(queue).toHaveLength(0);
      expect(model.draft.value).toBeNull();
    });

    it('keeps its advice on screen while a changed search looks the same parts up again', () => {
      const { model, clock, runTask } = stepped();
      clock.moving = false;
      model.actions.applySelection(LONG);
      const before = model.draft.value;
      expect(before?.parts).toHaveLength(7);
      clock.moving = true;
      model.actions.searchChanged();
      expect(model.draft.value).toBe(before);
      expect(model.draftProgress.value).toEqual({ done: 1, total: 7 });
      while (model.draftProgress.value) runTask();
      expect(model.draft.value).not.toBe(before);
      expect(model.draft.value).toEqual(before);
    });
  });
});
