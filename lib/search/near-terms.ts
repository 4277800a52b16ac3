/**
 * The index terms within an edit distance of a term: what `SearchableMap#fuzzyGet` finds, the same
 * terms with the same distances in the same order, found without walking the whole tree. A draft
 * looks up a thousand words; the walk was a quarter of its time (bench/RESULTS.md).
 *
 * How: terms are grouped by length, and each carries a 32-bit set of its letters. A term within `k`
 * edits (Levenshtein, as MiniSearch counts them) is at most `k` letters longer or shorter, and each
 * edit removes at most one letter and adds at most one, so its letter set differs from the query's in
 * at most `2k` bits. Only the terms that pass both tests have their distance worked out.
 * `tests/unit/near-terms.test.ts` compares every lookup with `fuzzyGet`.
 */
import type SearchableMap from 'minisearch/SearchableMap';

interface Table {
  /**
   * How many terms the tree had: a tree that has grown since (`addFields`) is read again. The
   * search's index only grows (nothing is discarded), so an unchanged size is an unchanged tree.
   */
  size: number;
  /** The terms and their values, in the order `fuzzyGet` meets them. */
  terms: string[];
  values: unknown[];
  letters: Uint32Array;
  /** Per length, the numbers of the terms of that length, ascending. */
  byLength: number[][];
}

const tables = new WeakMap<SearchableMap<unknown>, Table>();

/** The index terms within `maxDistance` edits of `term`, each with its value and distance. */
export function nearTerms<T>(
  tree: SearchableMap<T>,
  term: string,
  distance: number,
): Map<string, [T, number]> {
  // Edit distances are whole: 1.5 edits allow one. `fuzzyGet` is defined for whole ones only (given
  // 1.5 it finds nothing); the search asks for 1 or 2 (`fuzziness`), where the two agree.
  const maxDistance = Math.floor(distance);
  // Distances are packed in three bits; beyond them (no search here asks), the tree's own walk.
  if (maxDistance > 7) return tree.fuzzyGet(term, maxDistance);
  const table = tableOf(tree);
  const wanted = lettersOf(term);
  // Each term found as its number times 8 plus its distance (at most MiniSearch's 6): sorted, in
  // the tree's order.
  const found: number[] = [];
  const shortest = Math.max(0, term.length - maxDistance);
  const longest = term.length + maxDistance;
  for (let length = shortest; length <= longest; length++) {
    const bucket = table.byLength[length];
    if (!bucket) continue;
    for (let b = 0; b < bucket.length; b++) {
      const i = bucket[b]!;
      if (bitCount(table.letters[i]! ^ wanted) > 2 * maxDistance) continue;
      const distance = editDistance(term, table.terms[i]!, maxDistance);
      if (distance <= maxDistance) found.push(i * 8 + distance);
    }
  }
  found.sort((a, b) => a - b);
  const near = new Map<string, [T, number]>();
  for (const code of found) {
    const i = code >>> 3;
    near.set(table.terms[i]!, [table.values[i] as T, code & 7]);
  }
  return near;
}

function tableOf<T>(tree: SearchableMap<T>): Table {
  const known = tables.get(tree);
  if (known && known.size === tree.size) return known;
  // `fuzzyGet` walks each node's children in the order they were made; the tree's iterator walks
  // them last first, so it meets the terms in exactly the reverse order.
  const entries = [...tree.entries()].reverse();
  const byLength: number[][] = [];
  entries.forEach(([term], i) => (byLength[term.length] ??= []).push(i));
  const table: Table = {
    size: tree.size,
    terms: entries.map(([term]) => term),
    values: entries.map(([, value]) => value),
    letters: Uint32Array.from(entries, ([term]) => lettersOf(term)),
    byLength,
  };
  tables.set(tree, table);
  return table;
}

/** The set of a term's UTF-16 code units, hashed into 32 bits (a-z each a bit of its own). */
function lettersOf(term: string): number {
  let bits = 0;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    bits |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return bits >>> 0;
}

function bitCount(bits: number): number {
  let rest = bits - ((bits >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (Math.imul((rest + (rest >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Two rows of the distance matrix, reused: grown for a longer term. */
let previous = new Uint16Array(64);
let current = new Uint16Array(64);

/** Levenshtein distance of `a` and `b`, or `limit + 1` as soon as it is sure to exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const n = b.length;
  if (n + 1 > previous.length) {
    previous = new Uint16Array(2 * (n + 1));
    current = new Uint16Array(2 * (n + 1));
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const row = previous;
    previous = current;
    current = row;
  }
  return previous[n]!;
}
