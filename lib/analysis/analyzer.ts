import { createCompoundSplitter } from './compounds';
import { fold } from './fold';
import { stemDutch, stemEnglish, verbStems } from './stem';
import { DUTCH_STOPWORDS, ENGLISH_STOPWORDS } from './stopwords';
import { words } from './tokenize';

/** Turns words into index terms, the same way at index and at query time. */
export interface Analyzer {
  /** Terms of a word of Dutch text: its stem and the stems of its compound parts. */
  dutch(word: string): string[];
  /** Terms of a word of English text: its Porter stem. */
  english(word: string): string[];
  /** Terms of a word the user typed or selected, in either language; `[]` for a stop word. */
  query(word: string): string[];
  /** The stems of a word's compound parts alone (`wijk`, `agent` for `wijkagenten`). */
  parts(word: string): string[];
  /**
   * Of a word that may be a finite verb form, the stems of the infinitives it may belong to
   * (`durv` for `durft`, `hak` for `haakte`): candidates, which only a label's word written as an
   * infinitive takes (lib/search/concepts.ts).
   */
  verbs(word: string): string[];
  /** Whether a word is a Dutch or English function word (`de`, `het`, `the`). */
  isStopword(word: string): boolean;
  /**
   * The stem of two words written as one (`politie opleiding`: `politieopleid`): `dutch`'s first
   * term of the two joined, kept per pair.
   */
  compound(first: string, second: string): string | undefined;
  /**
   * All of the above for one word at once, kept per word: a draft's matching asks each of its words
   * for most of them, and one lookup costs less than seven.
   */
  word(word: string): WordAnalysis;
  /** Learns the vocabulary now, which the first unknown long word would otherwise wait for. */
  prepare(): void;
}

/** A word as the analysis reads it: what `Analyzer`'s functions give for it, and its folded form. */
export interface WordAnalysis {
  readonly folded: string;
  readonly stop: boolean;
  readonly dutch: string[];
  readonly english: string[];
  readonly query: string[];
  readonly parts: string[];
  readonly verbs: string[];
}

/**
 * What an analyzer has already worked out for some words, to start from instead of analysing them
 * again: the build records it for every word the tips hold (see `analysis-table.ts`), so the panel
 * builds its index without running the stemmer over the whole corpus at every open.
 */
export interface KnownAnalysis {
  dutch: Map<string, string[]>;
  parts: Map<string, string[]>;
  english: Map<string, string[]>;
}

/**
 * Creates the analyzer for a corpus: `vocabulary` is its Dutch text, whose words are the ones that
 * compounds are split into. Results are cached per word, so typing and re-highlighting stay cheap;
 * `known` fills those caches in advance. The compound splitter learns the vocabulary when it first
 * needs it: for a word of eight letters or more that is not known.
 *
 * @example createAnalyzer(['de wijk', 'een agent']).dutch('Wijkagenten') // ['wijkagent', 'wijk', 'agent']
 */
export function createAnalyzer(vocabulary: Iterable<string>, known?: KnownAnalysis): Analyzer {
  const vocabularyWords = function* () {
    // Each distinct token once: the splitter keeps a set, so repeats would only be folded again.
    const seen = new Set<string>();
    for (const text of vocabulary) {
      for (const word of words(text)) {
        if (seen.has(word)) continue;
        seen.add(word);
        yield* wordsOf(word);
      }
    }
  };
  const split = createCompoundSplitter(vocabularyWords());
  const parts = memo(
    (word: string) =>
      unique(wordsOf(word).flatMap((whole) => split(whole).flatMap((part) => stemDutch(part)))),
    known?.parts,
  );
  const dutch = memo(
    (word: string) => unique([...wordsOf(word).flatMap(stemDutch), ...parts(word)]),
    known?.dutch,
  );
  const english = memo((word: string) => unique(wordsOf(word).map(stemEnglish)), known?.english);
  // Asked of every word of every lookup: the folding is the cost, so the answer is kept per word.
  const isStopword = memo((word: string) => {
    const folded = fold(word);
    return DUTCH_STOPWORDS.has(folded) || ENGLISH_STOPWORDS.has(folded);
  });
  const query = memo((word: string) => (isStopword(word) ? [] : unique([...dutch(word), ...english(word)])));
  const verbs = memo((word: string) => {
    const whole = wholeWord(word);
    return whole && !isStopword(word) ? verbStems(whole) : [];
  });
  const word = memo((word: string): WordAnalysis => ({
    folded: fold(word),
    stop: isStopword(word),
    dutch: dutch(word),
    english: english(word),
    query: query(word),
    parts: parts(word),
    verbs: verbs(word),
  }));
  // Asked of each two words in a row of every lookup, a draft's parts repeating most pairs: kept per
  // first word, then per second, without joining them to look the pair up. Bounded as `memo` is.
  let pairs = new Map<string, Map<string, string | undefined>>();
  let pairCount = 0;
  const compound = (first: string, second: string) => {
    let after = pairs.get(first);
    if (!after) {
      if (pairCount > 50_000) {
        pairs = new Map();
        pairCount = 0;
      }
      pairs.set(first, (after = new Map()));
    }
    let stem = after.get(second);
    if (stem === undefined && !after.has(second)) {
      stem = dutch(first + second)[0];
      after.set(second, stem);
      pairCount++;
    }
    return stem;
  };
  return { dutch, english, query, parts, verbs, isStopword, word, compound, prepare: split.learn };
}

/** The longest word analysed, in UTF-16 units (`hoogheemraadschapsverkiezingen` is 30). */
const MAX_WORD = 64;

/**
 * A word as one, as the analysis reads its whole: folded, a final `'s`, `'n` or `'t` dropped, its
 * hyphenated parts joined (`collega's`: `collega`; `wij-gevoel`: `wijgevoel`); undefined where the
 * analysis keeps nothing of it (`z’n`).
 */
export function wholeWord(token: string): string | undefined {
  return wordsOf(token).at(-1);
}

/**
 * The folded words inside one token: `politie-opleiding` is politie, opleiding and politieopleiding
 * (Dutch writes compounds either way); `auto's` is auto.
 */
function wordsOf(token: string): string[] {
  // No Dutch word is this long: a longer one is noise, and would cost the compound splitter dearly.
  if (token.length > MAX_WORD) return [];
  const folded = fold(token).replace(/['’](?:s|n|t)?$/u, '');
  const parts = folded.split(/[-‐'’]/u).filter((part) => part.length > 1);
  if (parts.length < 2) return parts;
  return [...parts, parts.join('')];
}

function unique(terms: string[]): string[] {
  return [...new Set(terms)];
}

/**
 * `fn`, remembering what it gave for each word. Bounded: a 100 000-character selection must not grow
 * the memory without end; past 50 000 words beyond `known` it starts again from `known`, which stays.
 */
export function memo<T>(fn: (word: string) => T, known?: ReadonlyMap<string, T>): (word: string) => T {
  let cache = new Map(known);
  const limit = cache.size + 50_000;
  return (word) => {
    let value = cache.get(word);
    if (value === undefined && !cache.has(word)) {
      if (cache.size > limit) cache = new Map(known);
      value = fn(word);
      cache.set(word, value);
    }
    return value as T;
  };
}
