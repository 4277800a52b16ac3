/**
 * Concept matching: finds the thesaurus's labels in what a writer types or selects, after the same
 * analysis as the index (folding, stems, compound parts), so that the field's words (`straathoekwerk`,
 * `neighbourhood watch`) lead to the report's advice. See DESIGN.md, "Concepts".
 */
import type { Analyzer } from '../analysis/analyzer';
import { fold } from '../analysis/fold';
import { functionPhraseTokens } from '../analysis/function-phrases';
import { stemDutch, stemEnglish } from '../analysis/stem';
import { tokenize, type Token } from '../analysis/tokenize';
import type { Language } from '../i18n';
import type { Concept } from '../schema';

/** A label of a concept found in the input. */
export interface ConceptMatch {
  concept: Concept;
  /** The input's words the label covers: `tokens[first]` to `tokens[last]`, both included. */
  first: number;
  last: number;
}

export interface ConceptMatcher {
  /**
   * The concepts whose labels occur in the input's tokens, each once, where the input first names it
   * (the longest label there), in input order. With `stillTyping`, the last word may be the start of a label's last word.
   */
  match(tokens: readonly Token[], stillTyping?: boolean, grammar?: ReadonlySet<number>): ConceptMatch[];
  /** The concept with this id. */
  concept(id: string): Concept | undefined;
  /** Whether a Dutch label holds a word with this term (its stem). */
  knows(term: string): boolean;
}

/**
 * The index term that stands for a concept in a tip's concept fields. The mark is longer than the
 * largest edit distance of typo tolerance (2) and no analysed word holds it, so no word of a query
 * can reach a concept's postings by prefix or by a typo: only a matched label does.
 */
export function conceptTerm(id: string): string {
  return CONCEPT_MARK + id;
}

/** The concept id an index term stands for, if it is a concept term. */
export function conceptOfTerm(term: string): string | undefined {
  return term.startsWith(CONCEPT_MARK) ? term.slice(CONCEPT_MARK.length) : undefined;
}

/** Whether a concept leads to anything in the knowledge base. */
export function leadsSomewhere(concept: Concept): boolean {
  return concept.tips.length > 0 || concept.themes.length > 0;
}

/** The languages of labels, in the order a word's terms are tried. */
const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** A word's terms as a set, one per list the analyzer keeps (it returns the same list for a word). */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(terms: readonly string[]): ReadonlySet<string> {
  let set = sets.get(terms);
  if (!set) sets.set(terms, (set = new Set(terms)));
  return set;
}

/**
 * Dutch possessive pronouns stand for one another in a label: `niet mijn taak` is also `niet hun
 * taak`, `niet onze taak`. They are matched by one key, which no analysed word has.
 */
const POSSESSIVES: ReadonlySet<string> = new Set([
  'mijn',
  'jouw',
  'je',
  'zijn',
  'haar',
  'ons',
  'onze',
  'hun',
  'uw',
  'jullie',
]);
const POSSESSIVE = '§poss';
const POSSESSIVE_TERMS: ReadonlySet<string> = new Set([POSSESSIVE]);

/** The shortest start of a word that is matched against the labels' last words while typing. */
const MIN_TYPED_START = 4;
const CONCEPT_MARK = '§§§';
/** The most concepts a word being typed is taken to be the start of. */
const MAX_COMPLETIONS = 3;

/**
 * A label as matched: the keys of its words. Labels of two content words or more match on those
 * alone, close together in any order, whatever function words the input has between them
 * (`vertrouwen in de overheid` meets `overheid vertrouwen`); a label of one content word matches with
 * all its words in a row (`niet mijn taak` is not `taak`).
 */
interface Label {
  concept: Concept;
  /** Dutch labels are matched against the input's Dutch terms, English ones against its English. */
  language: Language;
  keys: string[];
  /** For a label matched word by word in a row: which of its words are function words. */
  stops: boolean[];
  contentOnly: boolean;
  /** The folded last word, for labels being typed. */
  lastWord: string;
}

interface LabelWord {
  folded: string;
  key: string | undefined;
  stop: boolean;
}

/** Creates the matcher for a thesaurus; labels are analysed on first use, not at the panel's open. */
export function createConceptMatcher(concepts: readonly Concept[], analyzer: Analyzer): ConceptMatcher {
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  /**
   * The labels by the key of their first word: those of several content words (matched close
   * together, `windowed`) apart from the others (matched in a row), so that neither loop meets the
   * other's; and all of them by their last word, for completion.
   */
  let tables:
    | {
        windowed: Record<Language, Map<string, Label[]>>;
        inRow: Record<Language, Map<string, Label[]>>;
        byLastWord: Label[];
        keys: Set<string>;
      }
    | undefined;

  /** Each distinct word of the labels, per language, analysed: labels share most of their words. */
  const labelWords = new Map<string, LabelWord>();

  function build() {
    const windowed: Record<Language, Map<string, Label[]>> = { nl: new Map(), en: new Map() };
    const inRow: Record<Language, Map<string, Label[]>> = { nl: new Map(), en: new Map() };
    const byLastWord: Label[] = [];
    const keys = new Set<string>();
    for (const concept of concepts) {
      const labels: [string, Language][] = [
        [concept.prefLabel.nl, 'nl'],
        ...concept.altLabel.nl.map((label): [string, Language] => [label, 'nl']),
        ...concept.hiddenLabel.map((label): [string, Language] => [label, 'nl']),
        [concept.prefLabel.en, 'en'],
        ...concept.altLabel.en.map((label): [string, Language] => [label, 'en']),
      ];
      for (const [text, language] of labels) {
        for (const label of analyseLabel(concept, text, language)) {
          const key = label.keys[0]!;
          const byFirstKey = (label.contentOnly ? windowed : inRow)[language];
          const list = byFirstKey.get(key) ?? [];
          list.push(label);
          byFirstKey.set(key, list);
          byLastWord.push(label);
          if (language === 'nl') for (const key of label.keys) keys.add(key);
        }
      }
    }
    byLastWord.sort((a, b) => (a.lastWord < b.lastWord ? -1 : a.lastWord > b.lastWord ? 1 : 0));
    return { windowed, inRow, byLastWord, keys };
  }

  /** A label as matched; a Dutch label of several words also as one compound (`wijk regie`, `wijkregie`). */
  function analyseLabel(concept: Concept, text: string, language: Language): Label[] {
    const tokens = tokenize(text);
    const grammar = language === 'nl' ? functionPhraseTokens(tokens) : new Set<number>();
    const words = tokens.map((token, i) =>
      grammar.has(i) ? { ...wordOf(token.word, language), stop: true } : wordOf(token.word, language),
    );
    const content = words.filter((word) => !word.stop);
    const contentOnly = content.length >= 2;
    const keys = (contentOnly ? content : words).map((word) => word.key);
    if (!keys.length || keys.some((k) => !k)) return [];
    const lastWord = words[words.length - 1]!.folded;
    const stops = contentOnly ? content.map(() => false) : words.map((word) => word.stop);
    const labels: Label[] = [{ concept, language, keys: keys as string[], stops, contentOnly, lastWord }];
    if (language === 'nl' && contentOnly && content.length === words.length) {
      const joined = words.map((word) => word.folded).join('');
      const compound = stemDutch(joined)[0];
      // Typed, it is the start of the compound that counts, not of its last word (`tonen` is not
      // the start of `begrip tonen`).
      if (compound)
        labels.push({
          concept,
          language,
          keys: [compound],
          stops: [false],
          contentOnly: false,
          lastWord: joined,
        });
    }
    return labels;
  }

  /**
   * A word of a label, analysed once however many labels hold it. The stem of the whole word is its
   * key: what the analysis of the input gives first for it, without compound splitting, which would
   * cost much for thousands of labels and add nothing here. A hyphenated word is keyed as one
   * (`wij-gevoel` by `wijgevoel`, not by its first part `wij`).
   */
  function wordOf(word: string, language: Language): LabelWord {
    const id = `${language}:${word}`;
    let analysed = labelWords.get(id);
    if (!analysed) {
      const folded = fold(word).replace(/[-‐'’]/gu, '');
      const key =
        language === 'nl' && POSSESSIVES.has(folded)
          ? POSSESSIVE
          : language === 'en'
            ? stemEnglish(folded)
            : stemDutch(folded)[0];
      analysed = { folded, key, stop: analyzer.isStopword(word) };
      labelWords.set(id, analysed);
    }
    return analysed;
  }

  function match(
    tokens: readonly Token[],
    stillTyping = false,
    grammar: ReadonlySet<number> = new Set(),
  ): ConceptMatch[] {
    tables ??= build();
    const { windowed, inRow } = tables;
    const terms = {
      nl: tokens.map((token) =>
        POSSESSIVES.has(fold(token.word)) ? POSSESSIVE_TERMS : setOf(analyzer.dutch(token.word)),
      ),
      en: tokens.map((token) => setOf(analyzer.english(token.word))),
    };
    const content = tokens.flatMap((token, i) =>
      grammar.has(i) || analyzer.isStopword(token.word) ? [] : [i],
    );
    const found = new Map<string, ConceptMatch>();
    // The single words a label names as a whole (`jongerenwerk`), not by a part of it (`jongeren`).
    const named = new Map<string, boolean>();
    const note = (concept: Concept, first: number, last: number, whole: boolean) => {
      const known = found.get(concept.id);
      if (!known || first < known.first || (first === known.first && last > known.last)) {
        found.set(concept.id, { concept, first, last });
        named.set(concept.id, whole);
      } else if (first === known.first && last === known.last && whole) {
        named.set(concept.id, true);
      }
    };
    /** Whether `key` is the stem of word `i` itself rather than of one of its parts. */
    const isWhole = (i: number, language: Language, key: string) =>
      language === 'en' ||
      !analyzer.parts(tokens[i]!.word).includes(key) ||
      terms.nl[i]!.values().next().value === key;
    // Labels of several content words: each word within a few words of the first, in any order, as
    // Dutch moves its verbs (`vertrouwen winnen`, `hoe win je vertrouwen`). Where each term stands
    // among the content words, ascending, so that a label's other words are looked up, not searched for.
    const places: Record<Language, Map<string, number[]>> = { nl: new Map(), en: new Map() };
    for (const language of LANGUAGES) {
      if (!windowed[language].size) continue;
      content.forEach((i, p) => {
        for (const term of terms[language][i]!) {
          const list = places[language].get(term);
          if (!list) places[language].set(term, [p]);
          else if (list[list.length - 1] !== p) list.push(p);
        }
      });
    }
    content.forEach((i, p) => {
      for (const language of LANGUAGES) {
        for (const term of terms[language][i]!) {
          for (const label of windowed[language].get(term) ?? []) {
            const window = label.keys.length + 1;
            const from = p - window;
            const to = p + window;
            let first = i;
            let last = i;
            let whole = true;
            let all = true;
            for (let k = 1; k < label.keys.length && all; k++) {
              const key = label.keys[k]!;
              all = false;
              // The first place of the key in the window, as a walk through it would meet it.
              for (const q of places[language].get(key) ?? []) {
                if (q > to) break;
                if (q < from) continue;
                const at = content[q]!;
                first = Math.min(first, at);
                last = Math.max(last, at);
                whole &&= isWhole(at, language, key);
                all = true;
                break;
              }
            }
            if (all) note(label.concept, first, last, whole && first !== last && isWhole(i, language, term));
          }
        }
      }
    });
    // Labels of one content word, with all their words in a row (`niet mijn taak`); a label written
    // as one word also where the input writes it as two (`wijk regie` for `wijkregie`).
    /** The labels of one content word whose first key is `key` at word `i` (`skip`: it joins `i + 1` too). */
    const matchInRow = (i: number, language: Language, key: string, skip: number) => {
      for (const label of inRow[language].get(key) ?? []) {
        const { keys, stops } = label;
        const start = i + skip;
        // A word of a complex preposition (`op basis van`) takes part only as a function word of
        // the label (`in plaats van boetes`), never as its content (`sociale basis`).
        if ((grammar.has(i) && !stops[0]) || (skip > 0 && grammar.has(i + 1))) continue;
        let fits = true;
        for (let k = 1; k < keys.length && fits; k++) {
          const at = start + k;
          fits = !!terms[language][at]?.has(keys[k]!) && (!grammar.has(at) || stops[k]!);
        }
        if (!fits) continue;
        let whole = skip > 0 || isWhole(i, language, key);
        for (let k = 1; k < keys.length && whole && skip === 0; k++)
          whole = isWhole(start + k, language, keys[k]!);
        note(label.concept, i, start + keys.length - 1, whole);
      }
    };
    tokens.forEach((token, i) => {
      for (const language of LANGUAGES)
        for (const term of terms[language][i]!) matchInRow(i, language, term, 0);
      const next = tokens[i + 1];
      if (next && !analyzer.isStopword(next.word)) {
        const joined = analyzer.dutch(token.word + next.word)[0];
        if (joined) matchInRow(i, 'nl', joined, 1);
      }
    });
    // A word being typed that a label already names as it is, is meant as it is.
    const last = tokens.length - 1;
    const isNamed = (m: ConceptMatch) => named.get(m.concept.id) === true;
    if (
      stillTyping &&
      tokens.length &&
      !grammar.has(last) &&
      ![...found.values()].some((m) => m.last === last && isNamed(m))
    ) {
      matchTyped(tokens, (concept, first, end) => note(concept, first, end, true));
    }
    // A word that a label names as a whole is that concept, not also those of its parts: each
    // concept counts as a word of the query, and `jongerenwerk` is one word, not `jongeren` and `werk` too.
    const wholeAt = new Set(
      [...found.values()].filter((m) => m.first === m.last && isNamed(m)).map((m) => m.first),
    );
    const overlapsWhole = (m: ConceptMatch) => {
      for (let i = m.first; i <= m.last; i++) if (wholeAt.has(i)) return true;
      return false;
    };
    return [...found.values()]
      .filter((m) => isNamed(m) || !overlapsWhole(m))
      .sort((a, b) => a.first - b.first || b.last - a.last);
  }

  /** Labels of one word that start with the word being typed (`straathoek` → straathoekwerk). */
  function matchTyped(
    tokens: readonly Token[],
    note: (concept: Concept, first: number, last: number) => void,
  ) {
    const last = tokens.length - 1;
    const typed = fold(tokens[last]!.word);
    if (typed.length < MIN_TYPED_START || analyzer.isStopword(typed)) return;
    const { byLastWord } = tables!;
    let low = 0;
    let high = byLastWord.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (byLastWord[mid]!.lastWord < typed) low = mid + 1;
      else high = mid;
    }
    // The closest completions only, the shortest first: a start such as `wijk` begins dozens of
    // labels, and each concept matched counts as a word of the query would.
    const completions = new Map<string, Label>();
    for (let i = low; i < byLastWord.length && byLastWord[i]!.lastWord.startsWith(typed); i++) {
      const label = byLastWord[i]!;
      const known = completions.get(label.concept.id);
      if (label.keys.length === 1 && (!known || label.lastWord.length < known.lastWord.length)) {
        completions.set(label.concept.id, label);
      }
    }
    [...completions.values()]
      .sort((a, b) => a.lastWord.length - b.lastWord.length)
      .slice(0, MAX_COMPLETIONS)
      .forEach((label) => note(label.concept, last, last));
  }

  return {
    match,
    concept: (id) => byId.get(id),
    knows: (term) => (tables ??= build()).keys.has(term),
  };
}
