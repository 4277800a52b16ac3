/**
 * Folds text for matching: NFKD, combining marks dropped, lower case. `metéén` becomes `meteen`, the
 * ligature `ĳ` becomes `ij`, and `Ｗijk` becomes `wijk`. One code unit in may become several out, so
 * fold whole words, not offsets.
 */
export function fold(text: string): string {
  // Printable ASCII, most words, has nothing to decompose: lower case is all (a third of the cost).
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const PRINTABLE_ASCII = /^[ -~]*$/;
