/**
 * Query planning: what a typed query, a selection or a draft's part is searched for. A sentence word
 * by word (each word a group of its terms, with its compound, its swapped letters, its known start,
 * and each concept it names), a passage by its most distinctive terms; and which of its words lead
 * nowhere. The search (create-search.ts) runs the plan and ranks what it finds.
 */
import { memo, type Analyzer, type WordAnalysis } from '../analysis/analyzer';
import { fold } from '../analysis/fold';
import { functionPhraseTokens } from '../analysis/function-phrases';
import { stemDutch } from '../analysis/stem';
import type { Token } from '../analysis/tokenize';
import type { Concept } from '../schema';
import type { SearchIndex } from './build-index';
import { conceptTerm, leadsSomewhere, type ConceptMatch, type ConceptMatcher } from './concepts';
import type { ConceptVia, MissingWord } from './create-search';
import type { Range } from './highlight';
import { clausesOf } from './split-draft';
import { nearTerms } from './near-terms';
import { pickSelectionTerms } from './pick-selection-terms';

/**
 * Input of at most this many content words, a sentence, typed or selected, is matched word by word;
 * longer input as a passage, by its most distinctive terms. Every word of a sentence counts alike: its
 * rarest words are not always what it is about, and a draft's parts are mostly sentences
 * (tests/unit/relevance.test.ts holds the draft sets to their floors).
 */
const SENTENCE = 24;
/**
 * Input of at most this many content words names its words that lead nowhere; longer input does not,
 * and drops its long tail (`SELECTION_FLOOR`).
 */
const FEW_WORDS = 12;
/** The distinctive terms a long selection is matched by. */
const SELECTION_TERMS = 24;
/**
 * A long selection shares a word or two with almost every tip: results scoring under this share of
 * the best one are that long tail, not advice for the passage.
 */
const SELECTION_FLOOR = 0.1;
/**
 * A concept the input names weighs this much more than the words of its label would: the label is the
 * writer's subject, where a word of it alone (`bewoners`, `gemeente`) is shared by many tips. Chosen
 * on the sets to tune on (tests/fixtures/relevance/README.md).
 */
const NAMED_WEIGHT = 1.25;
/** The shortest known start of an unknown word that still says something (`bewoner`, `politie`). */
const MIN_KNOWN_START = 5;

/**
 * What an index term one swap away counts, as MiniSearch weighs a match one edit away in a word of
 * about ten letters (its fuzzy weight 0.45 times length / (length + edits)).
 */
const SWAP_WEIGHT = 0.4;

/** The distinct terms a term becomes with two neighbouring letters swapped, for a word of five letters or more. */
function transpositions(term: string): string[] {
  if (term.length < 5) return [];
  const found = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) {
    if (term[i] === term[i + 1]) continue;
    found.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return [...found];
}

/** Edits allowed in a term: none in short ones, where a typo would be another word (wijk, bij, zij). */
export function fuzziness(term: string): number | false {
  return term.length >= 10 ? 2 : term.length >= 5 ? 1 : false;
}

/** One word of the query (or one concept): its terms, searched as a group with its own settings. */
export interface TermGroup {
  terms: string[];
  /** Prefix search for the word's own stem (the first term), while the user is still typing it. */
  prefix: boolean;
  /** Typo tolerance, per term by its length. */
  fuzzy: boolean;
  weight: number;
}

/** The query as groups of terms, with the concepts it named and the words that lead nowhere. */
export interface Plan {
  /** The input as searched, its words, and their analysis. */
  text: string;
  tokens: Token[];
  words: WordAnalysis[];
  groups: TermGroup[];
  via: Map<string, ConceptVia>;
  /** The words that lead nowhere: worked out when the outcome's `missing` is first read. */
  missing: () => MissingWord[];
  /** Drop results scoring under this share of the best (a long selection's long tail). */
  floor: number;
}

/** What a plan is made from: the index and how its words were analysed. */
export interface PlanningContext {
  analyzer: Analyzer;
  index: SearchIndex;
  /** In how many tips each index term occurs. */
  documentFrequency: ReadonlyMap<string, number>;
  tipCount: number;
  /** Whether the reports' own text holds any of these terms (its passages answer such a word). */
  reportHolds(terms: readonly string[]): boolean;
  /** The thesaurus's concepts as they are now: the panel's search gets them after it opens. */
  concepts(): ConceptMatcher;
  /**
   * Whether only the words writers use for tips (`KnowledgeBase#writers`) hold this index term, not
   * the tips' own texts: such a word finds advice, but the report does not use it.
   */
  writersOnly(term: string): boolean;
}

/** Makes the planner over an index: `plan(text, tokens, stillTyping)`. */
export function createQueryPlanner({
  analyzer,
  index,
  documentFrequency,
  tipCount,
  reportHolds,
  concepts: currentConcepts,
  writersOnly,
}: PlanningContext): (text: string, tokens: Token[], stillTyping: boolean) => Plan {
  /**
   * One group per word; a query of stop words alone (`zelf`, `niet`) is searched for as it is. Two
   * words in a row that the tips write as one (`politie opleiding`) also count as that compound, and
   * a compound the tips do not use (`jeugdagent`) is searched for by its parts. Each concept the
   * query names is a group of its own.
   */
  function typedPlan(text: string, tokens: Token[], words: WordAnalysis[], stillTyping: boolean): Plan {
    const grammar = functionPhraseTokens(tokens);
    const content: string[][] = [];
    words.forEach((word, i) => content.push(grammar.has(i) ? [] : word.query));
    const useAll = content.every((terms) => !terms.length);
    // Two words join into a compound within a clause only, as a label's words stand (`clausesOf`).
    const clause = clausesOf(text, tokens);
    const groups: TermGroup[] = [];
    // Per word: known to lead somewhere, or its terms and whether the last is a prefix, to ask the
    // index only if the missing words are read.
    const found: (boolean | { terms: string[]; prefix: boolean })[] = [];
    tokens.forEach((token, i) => {
      let terms = useAll ? words[i]!.dutch : content[i]!;
      if (!terms.length) return;
      // A compound the tips use as such is searched as itself; only an unknown one by its parts.
      if (words[i]!.parts.length && documentFrequency.has(terms[0]!)) {
        const parts = new Set(words[i]!.parts);
        terms = terms.filter((term, j) => j === 0 || !parts.has(term));
      }
      const last = i === tokens.length - 1;
      const prefix = stillTyping && last;
      groups.push({ terms, prefix, fuzzy: true, weight: 1 });
      // Whether the index holds the word is asked only if the missing words are read (a typo check
      // costs; a draft's parts never ask). A word the previous one joined into a compound is known.
      if (found[i] !== true) found[i] = { terms, prefix };
      // The commonest slip, two letters swapped (`wijkagnet`), is two edits to the typo tolerance,
      // too many for a word of under ten letters: the index terms it is one swap from count as a
      // typo of one edit would.
      const swapped = swapsHeld(terms[0]!);
      if (swapped.length) {
        groups.push({ terms: swapped, prefix: false, fuzzy: false, weight: SWAP_WEIGHT });
        if (swapped.some(tipsHold)) found[i] = true;
      }
      // A word the tips do not hold and that splits into nothing known may still start with a word
      // they do: `bewonersdag` is about bewoners, `verantwoordelijkheit` (sic) about verantwoordelijk.
      if (!documentFrequency.has(terms[0]!) && !words[i]!.parts.length) {
        const start = knownStart(token.word);
        if (start) {
          groups.push({ terms: [start], prefix: false, fuzzy: false, weight: 0.5 });
          if (tipsHold(start)) found[i] = true;
        }
      }
      const next = tokens[i + 1];
      if (next && content[i + 1]!.length && clause[i + 1] === clause[i]) {
        const compound = analyzer.compound(token.word, next.word);
        if (compound !== undefined && documentFrequency.has(compound)) {
          groups.push({ terms: [compound], prefix: false, fuzzy: false, weight: 1 });
          if (tipsHold(compound)) found[i] = found[i + 1] = true;
        }
      }
    });
    // A last word the tips hold as it is, is meant as it is: only an unknown start is completed to
    // a label (`straathoek`), not `wijk` to the dozens of labels it begins.
    const lastKnown = !!content.length && documentFrequency.has(content[content.length - 1]![0] ?? '');
    const matches = currentConcepts().match(tokens, stillTyping && !lastKnown, grammar, clause);
    // A label stands for the words it covers: one of three words counts as those three would, and a
    // little more (`NAMED_WEIGHT`). In a row, its function words count too: `niet mijn taak` says
    // more than `taak`, however common its other words.
    for (const { concept, first, last, inRow } of matches) {
      if (!leadsSomewhere(concept)) continue;
      // In a row, all its words; apart, the content words of its own clause, not of an aside between
      // them (`clausesOf`).
      let covered = 0;
      for (let i = first; i <= last; i++) {
        if (inRow || (content[i]!.length && clause[i] === clause[first])) covered++;
      }
      groups.push({
        terms: [conceptTerm(concept.id)],
        prefix: false,
        fuzzy: false,
        weight: Math.max(1, covered) * NAMED_WEIGHT,
      });
    }
    const missing = () =>
      tokens.flatMap((token, i): MissingWord[] => {
        const known = found[i];
        const held =
          typeof known === 'object' ? known.terms.some((term) => inIndex(term, known.prefix)) : known;
        if (!content[i]!.length || held) return [];
        const naming = matches.filter((match) => match.first <= i && i <= match.last);
        if (naming.some((match) => leadsSomewhere(match.concept))) return [];
        // A word of the report's text that no tip holds is not missing: its passages answer it.
        if (reportHolds(content[i]!)) return [];
        return [{ word: token.word, related: relatedConcepts(naming.map((match) => match.concept)) }];
      });
    return { text, tokens, words, groups, via: viaOf(text, tokens, matches), missing, floor: 0 };
  }

  // The index terms a term is one swap from, per term: asked for every word of every lookup.
  const swapsHeld = memo((term: string) =>
    transpositions(term).filter((swapped) => documentFrequency.has(swapped)),
  );

  /**
   * Whether the tips hold an index term: the index does and not only in the words writers use for
   * them (`writersOnly`). A word that only those hold finds advice, but is named as one the report
   * does not use.
   */
  function tipsHold(term: string): boolean {
    return documentFrequency.has(term) && !writersOnly(term);
  }

  /**
   * Whether a query term meets an index term the tips hold (`tipsHold`): as it is, as a prefix, or
   * within its typo tolerance.
   */
  function inIndex(term: string, prefix: boolean): boolean {
    const anyHeld = (terms: Iterable<string>) => {
      for (const held of terms) if (tipsHold(held)) return true;
      return false;
    };
    if (tipsHold(term)) return true;
    if (prefix && anyHeld(index.terms.atPrefix(term).keys())) return true;
    const edits = fuzziness(term);
    return edits !== false && anyHeld(nearTerms(index.terms, term, edits).keys());
  }

  /** The related and broader concepts of concepts that lead nowhere, where those lead somewhere. */
  function relatedConcepts(naming: readonly Concept[]): Concept[] {
    const related = new Map<string, Concept>();
    for (const concept of naming) {
      for (const id of [...concept.related, ...concept.broader]) {
        const other = currentConcepts().concept(id);
        if (other && leadsSomewhere(other)) related.set(id, other);
      }
    }
    return [...related.values()];
  }

  function viaOf(text: string, tokens: Token[], matches: ConceptMatch[]): Map<string, ConceptVia> {
    return new Map(
      matches.map(({ concept, first, last }) => [
        concept.id,
        {
          concept,
          text: text.slice(tokens[first]!.start, tokens[last]!.end),
          range: [tokens[first]!.start, tokens[last]!.end] as Range,
        },
      ]),
    );
  }

  // The known start of each word asked, kept: a draft's unknown words (names, numbers) repeat, and
  // each costs a stemming per letter it loses. Kept for the planner's life: the search makes a new
  // planner when the writers' words add stems to the index (the thesaurus's concept terms, `§§§…`,
  // are never a stem a word could start with).
  const knownStart = memo(longestKnownStart);

  /** The stem of the longest start of `word`, at least half of it, that the tips hold. */
  function longestKnownStart(word: string): string | undefined {
    const folded = fold(word);
    for (let end = folded.length - 1; end >= Math.max(MIN_KNOWN_START, folded.length / 2); end--) {
      const stem = stemDutch(folded.slice(0, end)).find((candidate) => documentFrequency.has(candidate));
      if (stem && !analyzer.isStopword(stem)) return stem;
    }
    return undefined;
  }

  /** A long passage: its most distinctive terms and concepts, weighted by TF-IDF; no word is missing. */
  function passagePlan(text: string, tokens: Token[], words: WordAnalysis[]): Plan {
    const grammar = functionPhraseTokens(tokens);
    const matches = currentConcepts()
      .match(tokens, false, grammar, clausesOf(text, tokens))
      .filter((match) => leadsSomewhere(match.concept));
    const named = matches.map((match) => conceptTerm(match.concept.id));
    const groups = pickSelectionTerms(
      words.filter((_, i) => !grammar.has(i)),
      documentFrequency,
      tipCount,
      SELECTION_TERMS,
      named,
    ).map(({ term, weight }) => ({ terms: [term], prefix: false, fuzzy: false, weight }));
    return {
      text,
      tokens,
      words,
      groups,
      via: viaOf(text, tokens, matches),
      missing: () => [],
      floor: SELECTION_FLOOR,
    };
  }

  /** Word by word for a sentence, by distinctive terms for a passage (`SENTENCE`). */
  function plan(text: string, tokens: Token[], stillTyping: boolean): Plan {
    // Pushed rather than mapped, as `clausesOf`'s clauses.
    const words: WordAnalysis[] = [];
    for (const token of tokens) words.push(analyzer.word(token.word));
    const count = words.filter((word) => !word.stop).length;
    if (count > SENTENCE) return passagePlan(text, tokens, words);
    const typed = typedPlan(text, tokens, words, stillTyping);
    // A sentence shares a word or two with most tips: its long tail goes, as a passage's does.
    return count > FEW_WORDS ? { ...typed, missing: () => [], floor: SELECTION_FLOOR } : typed;
  }

  return plan;
}

/**
 * Whether the last word of a typed query is still being typed: the query ends in it. A space or a
 * mark after it (`… in een wijk?`) says the word is complete.
 */
export function isStillTyping(text: string): boolean {
  // A combining accent and a hyphen (`politie-`, a compound being written) are part of the word.
  return /[\p{L}\p{M}\p{N}-]$/u.test(text);
}
