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
}

/** The words of `text` with their index terms, for `highlightAnalysed`. */
export function analyseWords(text: string, analyze: (word: string) => string[]): AnalysedWord[] {
  return tokenize(text).map((token) => ({ start: token.start, end: token.end, terms: analyze(token.word) }));
}

/**
 * `highlightWords` for a text analysed before (`analyseWords`), with the same ranges: the results
 * of every keystroke are marked, and their texts need not be tokenized and analysed each time.
 */
export function highlightAnalysed(words: readonly AnalysedWord[], terms: ReadonlySet<string>): Range[] {
  if (!terms.size) return [];
  const ranges: Range[] = [];
  for (const word of words) {
    if (word.terms.some((term) => terms.has(term))) ranges.push([word.start, word.end]);
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
