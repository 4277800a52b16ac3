import { describe, expect, it } from 'vitest';
import {
  capLookup,
  createHandoff,
  HANDOFF_TTL_MS,
  isCut,
  isForPanel,
  pickFrameSelection,
  pickSelection,
  selectionOrPaste,
} from '@/lib/handoff';
import { panelPathFor } from '@/lib/omnibox';
import { MAX_SELECTION_CHARS } from '@/lib/search/create-search';

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

  it('cuts a selection to what a lookup reads, and says it was cut', () => {
    const long = 'wijkagent '.repeat(100_000);
    const lookup = selectionOrPaste(long);
    expect(lookup).toEqual({ kind: 'selection', text: long.slice(0, MAX_SELECTION_CHARS) });
    expect(isCut((lookup as { text: string }).text)).toBe(true);
    expect(isCut('wijkagent')).toBe(false);
    expect(capLookup('wijkagent')).toBe('wijkagent');
  });
});

describe('pickSelection', () => {
  it.each([
    ['the page’s reading, with its line breaks, when it agrees', 'a\n  b', 'a b', 'a\n  b'],
    ['the menu’s when the page swapped its selection', 'verborgen tekst', 'wijkagent', 'wijkagent'],
    ['the menu’s when the page cannot be read', null, 'wijkagent', 'wijkagent'],
    ['nothing when the menu gave nothing', 'wijkagent', '', null],
    ['nothing when neither gave anything', null, undefined, null],
  ])('takes %s', (_, page, menu, expected) => {
    expect(pickSelection(page, menu)).toBe(expected);
  });

  it('rejects a page’s text that only starts like the selection', () => {
    expect(pickSelection(`wijkagent ${'x'.repeat(30_000)}`, 'wijkagent')).toBe('wijkagent');
  });

  it('accepts a long selection that agrees on the part a lookup reads', () => {
    const page = 'Vertrouwen\nwinnen kost tijd. '.repeat(2000);
    expect(pickSelection(page, page.replace(/\n/gu, ' '))).toBe(page);
  });

  // Firefox's `selectionText` holds at most 16,384 characters of the selection.
  const FIREFOX_CUT = 16_384;

  it('takes the page’s long reading, line breaks and tail, where the browser cut its copy', () => {
    const page = 'Vertrouwen\nwinnen kost tijd.\n\n'.repeat(1000);
    expect(pickSelection(page, page.slice(0, FIREFOX_CUT))).toBe(page);
    // Cut inside a run of white space, or between the two code units of an emoji.
    const spaces = `${'a b '.repeat(4095)}a  \n\n  b`;
    expect(spaces.slice(0, FIREFOX_CUT)).toMatch(/a {2}\n$/u);
    expect(pickSelection(spaces, spaces.slice(0, FIREFOX_CUT))).toBe(spaces);
    const emoji = `${'a'.repeat(FIREFOX_CUT - 1)}👩🏽\nwijkagent`;
    expect(emoji.slice(0, FIREFOX_CUT)).toMatch(/\ud83d$/u);
    expect(pickSelection(emoji, emoji.slice(0, FIREFOX_CUT))).toBe(emoji);
  });

  it('takes the browser’s cut copy where the page’s reading does not start with it', () => {
    const shown = 'Vertrouwen winnen kost tijd. '.repeat(1000).slice(0, FIREFOX_CUT);
    const swapped = `Verborgen tekst. ${shown}`;
    expect(pickSelection(swapped, shown)).toBe(shown);
    expect(pickSelection('verborgen tekst '.repeat(2000), shown)).toBe(shown);
    // Nor does a page lengthen a short selection with text of its own.
    const short = 'wijkagent '.repeat(50);
    expect(pickSelection(`${short}${'verborgen '.repeat(3000)}`, short)).toBe(short);
  });
});

describe('pickFrameSelection', () => {
  it.each([
    [
      'the frame the user is in',
      [
        { text: 'boven', focused: false },
        { text: 'in de editor', focused: true },
      ],
      'in de editor',
    ],
    [
      'the first frame with a selection when no frame has focus',
      [
        { text: '', focused: false },
        { text: 'in de editor', focused: false },
      ],
      'in de editor',
    ],
    ['an empty selection', [{ text: ' ', focused: true }], ' '],
    ['nothing when no frame could be read', [{ text: null, focused: false }], null],
    ['nothing for no frames', [], null],
  ])('takes %s', (_, frames, expected) => {
    expect(pickFrameSelection(frames)).toBe(expected);
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
    ['lone \ud800 surrogate', '/sidepanel.html?q=lone%20%EF%BF%BD%20surrogate&tab'],
  ])('leads %s to %s', (text, path) => {
    expect(panelPathFor(text)).toBe(path);
  });

  it('carries no more of a query than a lookup reads', () => {
    expect(panelPathFor('a'.repeat(100_000))).toBe(
      `/sidepanel.html?q=${'a'.repeat(MAX_SELECTION_CHARS)}&tab`,
    );
  });
});
