/**
 * A section's text, as quotes are found in it: its blocks joined by one space. The validator, the
 * packed knowledge base and the panel's report view all read quote offsets in this text.
 */
export function sectionText(blocks: readonly { text: string }[]): string {
  return blocks.map((block) => block.text).join(' ');
}

/** Where a quote stands in a text: the first character of its first piece to the end of its last. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Each piece between ellipses, where it stands: what a reader sees marked. */
  pieces: { start: number; end: number }[];
}

/**
 * Finds a quote in the report's text. A quote is the report's own words; a part may be left out with
 * an ellipsis (`…`), so each piece between ellipses must occur, in order, after the one before.
 * Returns `null` when the quote is not the text's own words.
 *
 * @example findQuote('Wees eerlijk. Geef fouten toe.', 'Wees eerlijk. … toe.') // { start: 0, end: 30, pieces: […] }
 */
export function findQuote(text: string, quote: string): QuoteSpan | null {
  const pieces = quote
    .split('…')
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (!pieces.length) return null;
  let from = 0;
  const spans: QuoteSpan['pieces'] = [];
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return null;
    from = at + piece.length;
    spans.push({ start: at, end: from });
  }
  return { start: spans[0]!.start, end: from, pieces: spans };
}
