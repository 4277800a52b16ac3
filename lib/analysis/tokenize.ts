/** A word of a text, with where it stands in that text (UTF-16 offsets, `end` exclusive). */
export interface Token {
  word: string;
  start: number;
  end: number;
}

// Letters and digits with their combining marks; a hyphen or apostrophe inside a word keeps it whole
// here (`politie-opleiding`, `auto's`) so the analysis can see both the parts and the whole.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/**
 * Splits text into words with their offsets, for indexing, querying and highlighting alike.
 * Everything that is not a letter or digit separates words: punctuation, markup, emoji, controls.
 *
 * @example tokenize('Snel handelen!') // [{ word: 'Snel', start: 0, end: 4 }, { word: 'handelen', … }]
 */
export function tokenize(text: string): Token[] {
  // The words alone, then each found where the last one ended: between two words stands no letter
  // or digit, which a word begins with. (A match object per word, with its copy of the input's
  // reference and its index, was most of a draft's garbage from tokenizing.)
  const tokens: Token[] = [];
  let at = 0;
  for (const word of words(text)) {
    const start = text.indexOf(word, at);
    at = start + word.length;
    tokens.push({ word, start, end: at });
  }
  return tokens;
}

/**
 * The words of a text without their offsets: what indexing needs, without an object per word (a
 * 4 800-tip index reads millions of words).
 *
 * @example words('Snel handelen!') // ['Snel', 'handelen']
 */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
