import { stemDutch } from './stem';
import { DUTCH_STOPWORDS } from './stopwords';

/** Shortest part of a compound: `wijk` in `wijkagent`; three letters would split too eagerly. */
const MIN_PART = 4;
/** Shortest head after a first part the corpus does not know as a word (`moskee` + `bestuurders`). */
const MIN_UNKNOWN_HEAD = 6;

/**
 * Makes a splitter for Dutch compounds that knows the words of one corpus. Dutch writes
 * `wijkagent`, `moskeebestuurders` and `politieopleiding` as one word; the splitter finds the known
 * words they are made of, so a query for a part, or for the compound written apart, still meets it.
 *
 * A split needs a known last part (the head, e.g. `agent`); the first part is known too, or a word of
 * at least four letters the corpus only uses in compounds (`moskee`). A linking `s`
 * (`veiligheidsbeleid`) is dropped. Returns the parts, or `[]` for a word that is no compound.
 *
 * The splitter reads (and stems) the vocabulary when a word long enough to split first comes, or
 * when `learn` is called: stemming a corpus is most of the work, and a word it knew already need
 * not wait for it.
 *
 * @param vocabulary folded words of the corpus (any order, repeats allowed)
 * @example createCompoundSplitter(['wijk', 'agent'])('wijkagenten') // ['wijk', 'agenten']
 */
export function createCompoundSplitter(vocabulary: Iterable<string>): CompoundSplitter {
  const words = new Set<string>();
  const stems = new Set<string>();
  let learned = false;
  function learn() {
    if (learned) return;
    learned = true;
    for (const word of vocabulary) {
      // A word seen before adds nothing; skipping it saves stemming every occurrence of every word.
      if (word.length < MIN_PART || words.has(word) || DUTCH_STOPWORDS.has(word)) continue;
      words.add(word);
      for (const stem of stemDutch(word)) stems.add(stem);
    }
  }
  // Known as written, or inflected (`agenten` when the corpus has `agent`).
  const known = (part: string) => words.has(part) || stems.has(part) || stems.has(stemDutch(part)[0]!);
  const cache = new Map<string, string[]>();

  function split(word: string): string[] {
    if (word.length < 2 * MIN_PART) return [];
    learn();
    const cached = cache.get(word);
    if (cached) return cached;
    let best: { parts: string[]; known: boolean } | undefined;
    // Longest head first: `politieopleiding` is politie + opleiding before politieop + leiding.
    for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
      const head = word.slice(i);
      if (!known(head)) continue;
      let modifier = word.slice(0, i);
      if (modifier.endsWith('s') && known(modifier.slice(0, -1))) modifier = modifier.slice(0, -1);
      if (DUTCH_STOPWORDS.has(modifier)) continue;
      const inner = known(modifier) ? [] : split(modifier);
      // An unknown first part only before a long head: `toeg` + `even` is no split of `toegeven`.
      if (!known(modifier) && !inner.length && head.length < MIN_UNKNOWN_HEAD) continue;
      const candidate = {
        parts: inner.length ? [...inner, head] : [modifier, head],
        known: known(modifier) || inner.length > 0,
      };
      if (!best || (candidate.known && !best.known)) best = candidate;
      if (best.known) break;
    }
    const parts = best?.parts ?? [];
    if (cache.size > 20_000) cache.clear();
    cache.set(word, parts);
    return parts;
  }
  return Object.assign(split, { learn });
}

/** Splits a compound into its known parts; `[]` for a word that is no compound. */
export interface CompoundSplitter {
  (word: string): string[];
  /** Reads the vocabulary now, instead of on the first word long enough to split. */
  learn(): void;
}
