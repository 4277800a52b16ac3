/**
 * Folds text for matching: NFKD, combining marks dropped, lower case. `metéén` becomes `meteen`, the
 * ligature `ĳ` becomes `ij`, and `Ｗijk` becomes `wijk`. One code unit in may become several out, so
 * fold whole words, not offsets.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
