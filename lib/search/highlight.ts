import { tokenize } from '../analysis/tokenize';

/** A stretch of a text, as UTF-16 offsets: `start` inclusive, `end` exclusive. */
export type Range = [start: number, end: number];

/**
 * The ranges of the words of `text` whose index terms include one of `terms`: a result's title,
 * summary or quote, with the words that made it match marked. `wijkagenten` is marked for `agent`,
 * because it is analysed into its compound parts too.
 *
 * @example highlightWords('Snel handelen', new Set(['handel']), dutch) // [[5, 13]]
 */
export function highlightWords(
  text: string,
  terms: ReadonlySet<string>,
  analyze: (word: string) => string[],
): Range[] {
  if (!terms.size) return [];
  const ranges: Range[] = [];
  for (const token of tokenize(text)) {
    if (analyze(token.word).some((term) => terms.has(term))) ranges.push([token.start, token.end]);
  }
  return ranges;
}

/** A word of a text with where it stands and its index terms: a text analysed once, marked often. */
export interface AnalysedWord {
  start: number;
  end: number;
  terms: readonly string[];
  /** A word that `highlightAnalysed` may be told to leave unmarked (a function word). */
  quiet: boolean;
}

/** The words of `text` with their index terms, for `highlightAnalysed`; `isQuiet` marks some quiet. */
export function analyseWords(
  text: string,
  analyze: (word: string) => string[],
  isQuiet?: (word: string) => boolean,
): AnalysedWord[] {
  return tokenize(text).map((token) => ({
    start: token.start,
    end: token.end,
    terms: analyze(token.word),
    quiet: isQuiet?.(token.word) ?? false,
  }));
}

/**
 * `highlightWords` for a text analysed before (`analyseWords`), with the same ranges: the results
 * of every keystroke are marked, and their texts need not be tokenized and analysed each time.
 * Without `quiet`, the quiet words stay unmarked.
 */
export function highlightAnalysed(
  words: readonly AnalysedWord[],
  terms: ReadonlySet<string>,
  quiet = true,
): Range[] {
  if (!terms.size) return [];
  const ranges: Range[] = [];
  for (const word of words) {
    if ((quiet || !word.quiet) && word.terms.some((term) => terms.has(term)))
      ranges.push([word.start, word.end]);
  }
  return ranges;
}

/** A text cut into plain and marked pieces, for rendering highlights without any HTML parsing. */
export interface Piece {
  text: string;
  marked: boolean;
}

/** Cuts `text` at `ranges` (sorted, non-overlapping), e.g. for `<mark>` elements in the panel. */
export function splitByRanges(text: string, ranges: readonly Range[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || !pieces.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/**
 * A stretch of about `length` characters of `text` around its first range, with `…` where it is cut,
 * and the ranges that fall inside it, moved to where they stand in the stretch.
 *
 * @example excerptAround('een twee drie vier vijf', [[19, 23]], 9) // { text: '…vier vijf', ranges: [[6, 10]] }
 */
export function excerptAround(
  text: string,
  ranges: readonly Range[],
  length: number,
): { text: string; ranges: Range[] } {
  const first = ranges[0]?.[0] ?? 0;
  let start = 0;
  if (text.length > length && first >= length / 2) {
    const space = text.lastIndexOf(' ', first - Math.floor(length / 3));
    start = space < 0 ? 0 : space + 1;
  }
  const end = Math.min(text.length, start + length);
  const lead = start > 0 ? 1 : 0;
  return {
    text: `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    ranges: ranges
      .filter(([from, to]) => from >= start && to <= end)
      .map(([from, to]): Range => [from - start + lead, to - start + lead]),
  };
}

/** Ranges sorted, with overlapping and touching ones joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
