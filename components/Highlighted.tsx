import { splitByRanges, type Range } from '@/lib/search/highlight';

/** Text with the matched words in `<mark>`: built as elements, so no text is ever parsed as HTML. */
export function Highlighted({ text, ranges = [] }: { text: string; ranges?: readonly Range[] }) {
  if (!ranges.length) return <>{text}</>;
  return (
    <>
      {splitByRanges(text, ranges).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}
