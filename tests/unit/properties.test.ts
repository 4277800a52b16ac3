/**
 * Odd input never breaks anything: property-based tests (fast-check) over arbitrary Unicode (lone
 * surrogates, combining marks, right-to-left, controls, emoji), markup and regular-expression
 * characters, feeding the text analysis, the search, selection matching, highlighting, citations, the
 * address bar's links and the hand-over of a selection.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '@/lib/analysis/fold';
import { tokenize } from '@/lib/analysis/tokenize';
import { findQuote } from '@/lib/find-quote';
import { citeTip } from '@/lib/format-citation';
import {
  capLookup,
  createHandoff,
  isCut,
  isForPanel,
  pickFrameSelection,
  pickSelection,
  selectionOrPaste,
} from '@/lib/handoff';
import { panelPathFor, TIP_PREFIX } from '@/lib/omnibox';
import { toMarkdown, toPlainText } from '@/lib/render-citation';
import { createSearch, MAX_SELECTION_CHARS } from '@/lib/search/create-search';
import { splitByRanges } from '@/lib/search/highlight';
import { loadKnowledgeBase } from '@/tools/read-knowledge-base';

const kb = loadKnowledgeBase();
const search = createSearch(kb);
const { report, tips } = kb.reports[0]!;

/** Text as a hostile page could hand over: any code unit, plus the pieces that break naive code. */
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
        '.*+?^${}()|[]\\',
        '(a+)+$',
        '\u0000',
        '\u202e',
        '\ud800',
        'e\u0301',
        'مرحبا',
        '👩🏽‍💻',
        'wijkagent',
        'sleutelpersonen',
        ' ',
        '\n',
        '-',
        "'",
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);

describe('the analysis, for any input', () => {
  it('folds and tokenizes without throwing, with offsets inside the text', () => {
    fc.assert(
      fc.property(oddText, (text) => {
        fold(text);
        for (const token of tokenize(text)) {
          expect(text.slice(token.start, token.end)).toBe(token.word);
        }
      }),
    );
  });
});

describe('the search, for any input', () => {
  it('never throws, and returns only tips, each once, best first', () => {
    fc.assert(
      fc.property(oddText, fc.boolean(), (text, asSelection) => {
        const { results } = asSelection ? search.lookupSelection(text) : search.search(text);
        const ids = results.map((r) => r.tip.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeLessThanOrEqual(tips.length);
        for (let i = 1; i < results.length; i++)
          expect(results[i]!.score).toBeLessThanOrEqual(results[i - 1]!.score);
      }),
      { numRuns: 300 },
    );
  });

  it('highlights with ranges inside the text that cut it without losing a character', () => {
    fc.assert(
      fc.property(oddText, (text) => {
        for (const result of search.search(text, { limit: 5 }).results) {
          for (const [field, ranges] of [
            [result.tip.title, result.highlights.title],
            [result.tip.quote, result.highlights.quote],
            [result.tip.en.summary, result.highlights.enSummary],
          ] as const) {
            expect(
              splitByRanges(field, ranges)
                .map((piece) => piece.text)
                .join(''),
            ).toBe(field);
            for (const [start, end] of ranges)
              expect(0 <= start && start < end && end <= field.length).toBe(true);
          }
        }
        // Any text highlighted against any terms stays whole too.
        const ranges = search.highlight(text, ['wijkagent', 'wijk', 'agent', 'sleutelperson']);
        expect(
          splitByRanges(text, ranges)
            .map((piece) => piece.text)
            .join(''),
        ).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('stays bounded for a 100 000-character selection of any kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), (unit) => {
        const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
        expect(() => search.lookupSelection(text)).not.toThrow();
      }),
      { numRuns: 10 },
    );
  });
});

describe('quotes and citations, for any input', () => {
  it('finds any piece of a text as a quote of it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % text.length, b % text.length].sort((x, y) => x - y) as [number, number];
        const piece = text.slice(from, to + 1).replace(/…/gu, '');
        fc.pre(piece.trim().length > 0);
        expect(findQuote(text.replace(/…/gu, ''), piece)).not.toBeNull();
      }),
    );
  });

  it('cites any title and quote as text and escaped Markdown, without throwing', () => {
    fc.assert(
      fc.property(oddText, oddText, (title, quote) => {
        const tip = { ...tips[0]!, title, quote, en: { ...tips[0]!.en, title } };
        const citation = citeTip(report, tip, 'inline', 'nl', 'Literatuur');
        expect(toPlainText(citation)).toContain(quote);
        // Title, quote and source stay three blocks, and every Markdown character of the input
        // comes out escaped.
        const blocks = toMarkdown(citation).split('\n\n');
        expect(blocks).toHaveLength(3);
        expect(blocks[1]!.startsWith('> ')).toBe(true);
        expect(blocks[1]!.slice(2)).not.toMatch(/(?<!\\)[*_[\]<>`#|\n]/u);
      }),
    );
  });
});

describe('hand-overs, for any stored value', () => {
  it('are taken only when they are well-formed hand-overs', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => isForPanel(value as never, 1, new Set())).not.toThrow();
      }),
    );
  });
});

describe('the address bar and the hand-over, for any text', () => {
  it('leads any query or tip id to the panel page, with the text back from its URL', () => {
    fc.assert(
      fc.property(oddText, fc.boolean(), (text, asTip) => {
        const input = asTip ? `${TIP_PREFIX}${text}` : text;
        const path = panelPathFor(input);
        const params = new URL(path, 'https://panel.invalid').searchParams;
        expect(params.has('tab')).toBe(true);
        // What arrives is the text itself, a lone surrogate aside (U+FFFD: a URL cannot carry it).
        const tip = params.get('tip');
        expect(tip === null ? params.get('q') : `${TIP_PREFIX}${tip}`).toBe(
          input.replace(/\p{Cs}/gu, '\uFFFD'),
        );
      }),
    );
  });

  it('picks and hands over any selection without throwing, never more than a lookup reads', () => {
    fc.assert(
      fc.property(fc.option(oddText), fc.option(oddText), fc.boolean(), (page, menu, focused) => {
        const text = pickSelection(page, menu ?? undefined);
        expect(text === null || text === page || text === menu).toBe(true);
        const picked = pickFrameSelection([
          { text: page, focused },
          { text: menu, focused: !focused },
        ]);
        const handoff = createHandoff({ kind: 'selection', text: picked }, 1);
        if (handoff.kind === 'selection')
          expect(handoff.text.length).toBeLessThanOrEqual(MAX_SELECTION_CHARS);
      }),
    );
  });

  it('cuts any text around what a lookup reads to at most that, in the hand-over and the address bar', () => {
    // Counted in UTF-16 code units, where the cut falls (any code unit, lone surrogates too), then a
    // few code points of any kind, so that emoji and other pairs straddle the cut.
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
    const nearCap = fc
      .tuple(
        fc.string({
          unit: codeUnit,
          minLength: MAX_SELECTION_CHARS - 10,
          maxLength: MAX_SELECTION_CHARS + 10,
        }),
        fc.string({ unit: 'binary', maxLength: 10 }),
      )
      .map(([start, end]) => start + end);
    fc.assert(
      fc.property(nearCap, fc.boolean(), (text, asTip) => {
        const capped = capLookup(text);
        expect(capped).toBe(text.slice(0, MAX_SELECTION_CHARS));
        expect(isCut(capped)).toBe(text.length >= MAX_SELECTION_CHARS);
        expect(selectionOrPaste(text)).toEqual(
          text.trim() ? { kind: 'selection', text: capped } : { kind: 'paste', reason: 'empty' },
        );
        expect(createHandoff({ kind: 'selection', text }, 1)).toMatchObject(selectionOrPaste(text));
        // The page's whole reading stands where the browser's copy is it, or its start.
        expect(pickSelection(text, text)).toBe(text);
        expect(pickSelection(text, capped)).toBe(text);

        const input = asTip ? `${TIP_PREFIX}${text}` : text;
        const params = new URL(panelPathFor(input), 'https://panel.invalid').searchParams;
        const tip = params.get('tip');
        const carried = tip === null ? params.get('q')! : `${TIP_PREFIX}${tip}`;
        // No more than a lookup reads; a surrogate the cut left alone arrives as U+FFFD.
        expect(carried.length).toBeLessThanOrEqual(MAX_SELECTION_CHARS);
        expect(carried).toBe(capLookup(input).replace(/\p{Cs}/gu, '\uFFFD'));
      }),
      { numRuns: 20 },
    );
  });
});
