/**
 * The analysis of every word the tips hold, and the reports' text, worked out at build time and
 * shipped with the extension, so that the panel builds its search index (and searches the text) without
 * stemming the corpus at each open, and ships this table rather than the far larger index (sizes in
 * bench/RESULTS.md).
 *
 * The table lists no words: it gives the analyses in the order in which `indexedWords` meets the
 * words in the documents, which the panel walks the same way, and a hash of those words, so that a
 * table is only read for the words it was made for. Terms are written relative to their folded word
 * where they are a start of it (`3` for `aanbested` of `aanbesteding`).
 */
import type { Analyzer, KnownAnalysis } from '../analysis/analyzer';
import { fold } from '../analysis/fold';
import { words } from '../analysis/tokenize';
import { DUTCH_FIELDS, type SearchDocument } from './documents';

/** One line per word, in `indexedWords` order: Dutch terms (`|` then which are compound parts), English terms. */
export interface AnalysisTable {
  /** The hash of the words the lines are for (`hashWords`). */
  words: string;
  dutch: string;
  english: string;
}

/** A line for a word whose terms the table cannot write (a space in a term, from a folded ligature). */
const UNRECORDED = '!';

/**
 * Every distinct word of the documents' Dutch fields and of `texts` (Dutch: the reports' text), and of
 * the documents' English field, in a fixed order.
 */
export function indexedWords(
  documents: readonly SearchDocument[],
  texts: readonly string[] = [],
): { dutch: string[]; english: string[] } {
  const dutch = new Set<string>();
  const english = new Set<string>();
  for (const document of documents) {
    for (const field of DUTCH_FIELDS) for (const word of words(document[field])) dutch.add(word);
    for (const word of words(document.english)) english.add(word);
  }
  for (const text of texts) for (const word of words(text)) dutch.add(word);
  return { dutch: [...dutch], english: [...english] };
}

/** Records what `analyzer` makes of every word of the documents and of `texts`. */
export function recordAnalysis(
  documents: readonly SearchDocument[],
  analyzer: Analyzer,
  texts: readonly string[] = [],
): AnalysisTable {
  const { dutch, english } = indexedWords(documents, texts);
  return {
    words: hashWords(dutch, english),
    dutch: dutch
      .map((word) => {
        const terms = analyzer.dutch(word);
        const parts = analyzer.parts(word).map((part) => terms.indexOf(part));
        if (!terms.every(recordable)) return UNRECORDED;
        return encodeTerms(word, terms) + (parts.length ? `|${parts.join(' ')}` : '');
      })
      .join('\n'),
    english: english
      .map((word) => {
        const terms = analyzer.english(word);
        return terms.every(recordable) ? encodeTerms(word, terms) : UNRECORDED;
      })
      .join('\n'),
  };
}

/**
 * Reads a table back for the same documents and texts. `undefined` when it was made for other words
 * (a table of another build): the analyzer then works every word out itself, as it would without a
 * table, as it does for a word the table could not write.
 */
export function readAnalysis(
  table: AnalysisTable,
  documents: readonly SearchDocument[],
  texts: readonly string[] = [],
): KnownAnalysis | undefined {
  const { dutch, english } = indexedWords(documents, texts);
  const dutchLines = table.dutch.split('\n');
  const englishLines = table.english.split('\n');
  if (table.words !== hashWords(dutch, english)) return undefined;
  if (dutchLines.length !== dutch.length || englishLines.length !== english.length) return undefined;
  const known: KnownAnalysis = { dutch: new Map(), parts: new Map(), english: new Map() };
  dutch.forEach((word, i) => {
    if (dutchLines[i] === UNRECORDED) return;
    const [terms = '', parts] = dutchLines[i]!.split('|');
    const decoded = decodeTerms(word, terms);
    known.dutch.set(word, decoded);
    known.parts.set(word, parts ? parts.split(' ').map((j) => decoded[Number(j)]!) : []);
  });
  english.forEach((word, i) => {
    if (englishLines[i] !== UNRECORDED) known.english.set(word, decodeTerms(word, englishLines[i]!));
  });
  return known;
}

/**
 * The version of the analysis of a word (lib/analysis/): raise it when a word's terms change, so a
 * table recorded before (a dev server's, kept across a code change) is not read as today's.
 */
const ANALYSIS_VERSION = 3;

/** A hash (32-bit FNV-1a, hex) of the analysis version and the Dutch and English words, in order. */
export function hashWords(dutch: readonly string[], english: readonly string[]): string {
  let hash = 0x811c9dc5;
  const add = (code: number) => {
    hash = Math.imul(hash ^ code, 0x01000193);
  };
  add(ANALYSIS_VERSION);
  for (const list of [dutch, english]) {
    for (const word of list) {
      for (let i = 0; i < word.length; i++) add(word.charCodeAt(i));
      add(0x0a);
    }
    add(0);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Whether a term can be written in a line: no separator in it, no marker at its start. */
function recordable(term: string): boolean {
  return !/[\s|]/u.test(term) && !/^[#!]/u.test(term);
}

/** A term that starts the folded word is the number of letters cut off; `#` keeps a term of digits apart. */
function encodeTerms(word: string, terms: readonly string[]): string {
  const folded = fold(word);
  return terms
    .map((term) =>
      folded.startsWith(term) ? String(folded.length - term.length) : /^\d/u.test(term) ? `#${term}` : term,
    )
    .join(' ');
}

function decodeTerms(word: string, line: string): string[] {
  if (!line) return [];
  const folded = fold(word);
  return line
    .split(' ')
    .map((term) =>
      /^\d/u.test(term)
        ? folded.slice(0, folded.length - Number(term))
        : term.startsWith('#')
          ? term.slice(1)
          : term,
    );
}
