import { describe, expect, it } from 'vitest';
import { createHandoff, HANDOFF_TTL_MS, isForPanel, selectionOrPaste } from '@/lib/handoff';
import { panelPathFor } from '@/lib/omnibox';

describe('createHandoff', () => {
  it('hands over a selection with its window, time and a fresh nonce each time', () => {
    const a = createHandoff({ kind: 'selection', text: 'wijkagent' }, 3, 1000);
    const b = createHandoff({ kind: 'selection', text: 'wijkagent' }, 3, 1000);
    expect(a).toMatchObject({ kind: 'selection', text: 'wijkagent', windowId: 3, at: 1000 });
    expect(a.nonce).not.toBe(b.nonce);
  });

  it('turns an empty selection into paste mode', () => {
    expect(createHandoff({ kind: 'selection', text: ' \n ' }, 3)).toMatchObject({
      kind: 'paste',
      reason: 'empty',
    });
  });

  it('turns a selection the page withheld into paste mode that says so', () => {
    expect(createHandoff({ kind: 'selection', text: null }, 3)).toMatchObject({
      kind: 'paste',
      reason: 'unreadable',
    });
  });
});

describe('selectionOrPaste', () => {
  it.each([
    ['a selection with text', 'wijkagent', { kind: 'selection', text: 'wijkagent' }],
    ['a blank one', ' \t\n', { kind: 'paste', reason: 'empty' }],
    ['none given', null, { kind: 'paste', reason: 'unreadable' }],
  ])('decides for %s', (_, text, expected) => {
    expect(selectionOrPaste(text)).toEqual(expected);
  });
});

describe('isForPanel', () => {
  const handoff = createHandoff({ kind: 'selection', text: 'x' }, 3, 10_000);

  it('takes a recent hand-over meant for its window, once', () => {
    expect(isForPanel(handoff, 3, new Set(), 10_500)).toBe(true);
    expect(isForPanel(handoff, 3, new Set([handoff.nonce]), 10_500)).toBe(false);
  });

  it("leaves another window's hand-over, and a stale one", () => {
    expect(isForPanel(handoff, 4, new Set(), 10_500)).toBe(false);
    expect(isForPanel(handoff, 3, new Set(), 10_000 + HANDOFF_TTL_MS + 1)).toBe(false);
    expect(isForPanel(null, 3, new Set())).toBe(false);
  });
});

describe('panelPathFor', () => {
  it.each([
    ['tip:neutrale-gespreksleider', '/sidepanel.html?tip=neutrale-gespreksleider&tab'],
    ['fouten & <toegeven>', '/sidepanel.html?q=fouten%20%26%20%3Ctoegeven%3E&tab'],
  ])('leads %s to %s', (text, path) => {
    expect(panelPathFor(text)).toBe(path);
  });
});
