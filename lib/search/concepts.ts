/**
 * Concept matching: finds the thesaurus's labels in what a writer types or selects, after the same
 * analysis as the index (folding, stems, compound parts), so that the field's words (`straathoekwerk`,
 * `neighbourhood watch`) lead to the report's advice. See DESIGN.md, "Concepts".
 */
import { memo, wholeWord, type WordAnalysis, type Analyzer } from '../analysis/analyzer';
import { fold } from '../analysis/fold';
import { functionPhraseTokens } from '../analysis/function-phrases';
import { SEPARABLE_PARTICLES, stemDutch, stemEnglish } from '../analysis/stem';
import { DUTCH_POSSESSIVES } from '../analysis/stopwords';
import { tokenize, type Token } from '../analysis/tokenize';
import type { Language } from '../i18n';
import type { Concept, Writers } from '../schema';

/** A label of a concept found in the input. */
export interface ConceptMatch {
  concept: Concept;
  /** The input's words the label covers: `tokens[first]` to `tokens[last]`, both included. */
  first: number;
  last: number;
  /**
   * Whether the label stands in a row, with its function words (`niet mijn taak`), rather than met by
   * its content words apart (`vertrouwen in de overheid` in `de overheid vertrouwen`).
   */
  inRow: boolean;
}

export interface ConceptMatcher {
  /**
   * The concepts whose labels occur in the input's tokens, each once, at its longest label in the input
   * (of those as long, the one spanning most words of its clause, then the first), in input order.
   * With `stillTyping`, the last word may be the start of a label's last word.
   * With the tokens' clauses (`clausesOf` of the text they come from), a label's words lie within one.
   */
  match(
    tokens: readonly Token[],
    stillTyping?: boolean,
    grammar?: ReadonlySet<number>,
    clauses?: readonly number[],
  ): ConceptMatch[];
  /** The concept with this id. */
  concept(id: string): Concept | undefined;
  /**
   * Reads the labels now, and sorts those completed while typing, which the first word to match
   * or to complete would otherwise wait for: for an idle moment.
   */
  prepare(): void;
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
 * taak`, `niet onze taak`. A possessive is one before a content word (not the verb in `echt zijn`,
 * nor `jullie zijn`); there it is a function word, matched by one key, which no analysed word has.
 */
const POSSESSIVE = '§poss';
const POSSESSIVE_TERMS: ReadonlySet<string> = new Set([POSSESSIVE]);
const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * Whether a word (`folded`) is a possessive before a content word (`nextIsStop` false; undefined at
 * the end): `hun taak`, not `jullie zijn`.
 */
function isPossessive(folded: string, nextIsStop: boolean | undefined): boolean {
  return nextIsStop === false && DUTCH_POSSESSIVES.has(folded);
}

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
  /**
   * Which of its words are written as a Dutch infinitive (`haken`, `dichtklappen`): those a finite
   * form of the verb also matches (`haakten`, `klapt`), and only those (`werkt` is not `werk`).
   */
  infinitive: boolean[];
  contentOnly: boolean;
  /** The folded last word, for labels being typed. */
  lastWord: string;
  /**
   * The bits (`Bits`) of its second and third keys, -1 where it has none: of a label of several
   * content words among its later keys', of a label matched in a row among its second keys'.
   */
  secondBit: number;
  thirdBit: number;
}

/**
 * A set of keys as bits, one or more keys to a bit: whether a part holds the later keys of a label
 * is asked of each label of its words' first keys (dozens begin with `jongeren`), and most do not
 * hold them; a missing bit says so without looking the keys up, a bit that is there may be another
 * key's. A label keeps the bits of its second and third keys (`Label#secondBit`), numbers rather
 * than a set of its own: thousands of labels are read just after the panel opens.
 */
type Bits = Int32Array;
const BIT_WORDS = 4;
const NO_BITS: Bits = new Int32Array(BIT_WORDS);

/** The bit of `key` among `keys`, numbered in the order the keys come and wrapping round. */
function bitOf(keys: Map<string, number>, key: string): number {
  let bit = keys.get(key);
  if (bit === undefined) keys.set(key, (bit = keys.size % (BIT_WORDS * 32)));
  return bit;
}

/** Whether `bits` holds bit number `bit`. */
function hasBit(bits: Bits, bit: number): boolean {
  return (bits[bit >> 5]! & (1 << (bit & 31))) !== 0;
}

function setBit(bits: Bits, bit: number): void {
  bits[bit >> 5]! |= 1 << (bit & 31);
}

/** A label a word of the input begins: by its term `key`, in the label's language. */
interface Meeting {
  label: Label;
  language: Language;
  key: string;
}

/** What the labels hold for a word of the input (`createConceptMatcher`'s `wordMeetings`). */
interface WordMeetings {
  analysis: WordAnalysis;
  /** Its Dutch terms and the infinitives it may be a form of, as sets. */
  nl: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  /** The labels of several content words it begins, and those matched in a row. */
  windowed: Meeting[];
  inRow: Meeting[];
  /** Its terms, and its infinitives, that are a later key of a label of several content words. */
  later: Record<Language, string[]>;
  laterVerbs: string[];
  /** Their bits (`Bits`). */
  laterBits: Bits;
  /** The bits of its terms and infinitives that are the second key of a label matched in a row. */
  secondBits: Bits;
}

interface LabelWord {
  folded: string;
  key: string | undefined;
  stop: boolean;
  /** A Dutch content word in `-en`: an infinitive, or a plural no finite form of a verb stems to. */
  infinitive: boolean;
}

/**
 * The labels of a concept as analysed, in a form a build can record and ship: one line per label,
 * `<flags> <key> <key>…`, and `|<last word>` after a label of one key whose folded last word is not
 * that key (for completion while typing). Flags, in base 36: `ENGLISH`, `CONTENT_ONLY`, then one bit
 * per word from `STOPS_SHIFT` (a function word of a label matched in a row), and one bit per key from
 * `INFINITIVE_SHIFT` (a key written as an infinitive). Keys hold no space, newline or `|`: they are
 * stems of folded letters and digits.
 */
export type RecordedLabels = string;

/**
 * The thesaurus as a search takes it (`Search#useThesaurus`): its concepts, and, as the extension
 * ships it, their labels as the build analysed them (`recordLabels`, one entry per concept), in which
 * case the concepts' own label lists are empty.
 */
export interface Thesaurus {
  concepts: readonly Concept[];
  labels?: readonly RecordedLabels[];
  /**
   * The words writers use for each tip (`KnowledgeBase#writers`), which the panel loads with the
   * thesaurus.
   */
  writers?: Writers;
}

const ENGLISH = 1;
const CONTENT_ONLY = 2;
const STOPS_SHIFT = 2;
/** Past the stop bits of the longest label matched in a row; a label of more keys flags none of them. */
const INFINITIVE_SHIFT = 16;
const MAX_FLAGGED_KEYS = 14;

/**
 * Every label of a thesaurus, analysed as the matcher matches it. The build records it for the panel
 * (`virtual:thesaurus`), so that the panel analyses none of its thousands of labels just after it
 * opens, when a key pressed would wait for them (DESIGN.md, "The index at the panel's open"). Only
 * the analyzer's stop words are used, which do not depend on the corpus.
 */
export function recordLabels(concepts: readonly Concept[], analyzer: Analyzer): RecordedLabels[] {
  /** Each distinct word of the labels, per language, analysed: labels share most of their words. */
  const labelWords: Record<Language, Map<string, LabelWord>> = { nl: new Map(), en: new Map() };
  /** A label's line (`RecordedLabels`). */
  const line = (flags: number, keys: string[], lastWord: string) =>
    `${flags.toString(36)} ${keys.join(' ')}${keys.length === 1 && lastWord !== keys[0] ? `|${lastWord}` : ''}`;

  /**
   * A word of a label, analysed once however many labels hold it. The stem of the whole word is its
   * key: what the analysis of the input gives first for it, without compound splitting, which would
   * cost much for thousands of labels and add nothing here. A hyphenated word is keyed as one
   * (`wij-gevoel` by `wijgevoel`, not by its first part `wij`).
   */
  function wordOf(word: string, language: Language): LabelWord {
    let analysed = labelWords[language].get(word);
    if (!analysed) {
      const folded = fold(word).replace(/[-‐'’]/gu, '');
      // As the input's analysis reads it (`collega's` as `collega`), where it keeps anything of it.
      const key = language === 'en' ? stemEnglish(folded) : stemDutch(wholeWord(word) ?? folded)[0];
      const stop = analyzer.isStopword(word);
      analysed = { folded, key, stop, infinitive: language === 'nl' && !stop && folded.endsWith('en') };
      labelWords[language].set(word, analysed);
    }
    return analysed;
  }

  /**
   * The lines of a label as matched; of a Dutch label of several words also as one compound
   * (`wijk regie`, `wijkregie`).
   */
  function record(text: string, language: Language, compounds: ReadonlySet<string>): string[] {
    const tokens = tokenize(text);
    const grammar = language === 'nl' ? functionPhraseTokens(tokens) : new Set<number>();
    const words = tokens.map((token, i) =>
      grammar.has(i)
        ? { ...wordOf(token.word, language), stop: true }
        : language === 'nl' &&
            isPossessive(fold(token.word), tokens[i + 1] && analyzer.isStopword(tokens[i + 1]!.word))
          ? { ...wordOf(token.word, language), key: POSSESSIVE, stop: true }
          : wordOf(token.word, language),
    );
    const content = words.filter((word) => !word.stop);
    // A compound written apart (`jongeren werk` beside `jongerenwerk`) is one word: its halves far
    // apart in a clause (`jongeren, ouderen en de kerkenraad werken`) are not it, so it is matched in
    // a row.
    const spaced =
      content.length === words.length && compounds.has(words.map((word) => word.folded).join(''));
    // A label that repeats a word (`afspraak is afspraak`, `stap voor stap`) is matched in a row: close
    // together, one `afspraak` would name it twice, and two lines of minutes (`Afspraak: …`) too.
    const contentOnly =
      !spaced && content.length >= 2 && new Set(content.map((word) => word.key)).size === content.length;
    const matched = contentOnly ? content : words;
    const keys = matched.map((word) => word.key);
    if (!keys.length || keys.some((k) => !k)) return [];
    let flags = (language === 'en' ? ENGLISH : 0) | (contentOnly ? CONTENT_ONLY : 0);
    if (!contentOnly) words.forEach((word, i) => (flags |= word.stop ? 1 << (STOPS_SHIFT + i) : 0));
    if (keys.length <= MAX_FLAGGED_KEYS) {
      matched.forEach((word, i) => (flags |= word.infinitive ? 1 << (INFINITIVE_SHIFT + i) : 0));
    }
    const lines = [line(flags, keys as string[], words[words.length - 1]!.folded)];
    if (language === 'nl' && contentOnly && content.length === words.length) {
      const joined = words.map((word) => word.folded).join('');
      const compound = stemDutch(joined)[0];
      // Typed, it is the start of the compound that counts, not of its last word (`tonen` is not
      // the start of `begrip tonen`).
      if (compound) lines.push(line(0, [compound], joined));
    }
    return lines;
  }

  return concepts.map((concept) => {
    const dutch = [concept.prefLabel.nl, ...concept.altLabel.nl, ...concept.hiddenLabel];
    const compounds = new Set(
      dutch.filter((label) => tokenize(label).length === 1).map((label) => wordOf(label, 'nl').folded),
    );
    return [
      ...dutch.flatMap((label) => record(label, 'nl', compounds)),
      ...[concept.prefLabel.en, ...concept.altLabel.en].flatMap((label) => record(label, 'en', new Set())),
    ].join('\n');
  });
}

/** A label of `concept` from its recorded line (`RecordedLabels`). */
function readLabel(concept: Concept, line: string): Label {
  const space = line.indexOf(' ');
  const bar = line.indexOf('|', space);
  const flags = parseInt(line.slice(0, space), 36);
  const keys = line.slice(space + 1, bar < 0 ? undefined : bar).split(' ');
  return {
    concept,
    language: flags & ENGLISH ? 'en' : 'nl',
    keys,
    stops: keys.map((_, i) => (flags & (1 << (STOPS_SHIFT + i))) !== 0),
    // A label of more keys flags none: its bits from `INFINITIVE_SHIFT` on are a long label's stops.
    infinitive: keys.map(
      (_, i) => keys.length <= MAX_FLAGGED_KEYS && (flags & (1 << (INFINITIVE_SHIFT + i))) !== 0,
    ),
    contentOnly: (flags & CONTENT_ONLY) !== 0,
    lastWord: bar >= 0 ? line.slice(bar + 1) : keys.length === 1 ? keys[0]! : '',
    secondBit: -1,
    thirdBit: -1,
  };
}

/**
 * What may follow a separable verb's particle where it ends the verb (`sluiten aan bij`, `gaf toe
 * dat`, `werken apart uit hoe`): a preposition, a conjunction, `hoe`, `waar` or `waarom` (a
 * preposition is followed by `waarop`, not `op waar`). Before anything else it is a preposition (`op
 * straat`).
 */
const AFTER_PARTICLE: ReadonlySet<string> = new Set([
  'aan',
  'als',
  'bij',
  'dat',
  'door',
  'doordat',
  'en',
  'hoe',
  'hoewel',
  'in',
  'maar',
  'met',
  'naar',
  'nadat',
  'of',
  'om',
  'omdat',
  'op',
  'te',
  'tenzij',
  'terwijl',
  'tot',
  'totdat',
  'van',
  'voor',
  'voordat',
  'waar',
  'waardoor',
  'waarom',
  'wanneer',
  'want',
  'zodat',
  'zodra',
]);

/**
 * The question words that may follow a particle that ends the verb (`werken samen met wie`, `geven
 * toe wat`), where the particle is no preposition: after one they are its object (`op wat er is`,
 * `in welke wijk`, `aan wie`).
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['wat', 'welke', 'wie']);

/**
 * The particles that are prepositions as well (`op`, `aan`), of `SEPARABLE_PARTICLES`. Not the
 * prepositions of stopwords.ts's pronominal adverbs, which hold `af`, `mee` and `toe` (`ermee`).
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'aan',
  'bij',
  'binnen',
  'buiten',
  'door',
  'in',
  'na',
  'om',
  'onder',
  'op',
  'over',
  'rond',
  'tegen',
  'uit',
  'voor',
]);

/** Whether `particle` ends its verb before the word `next` (`AFTER_PARTICLE`, `QUESTION_WORDS`). */
function endsVerb(particle: string, next: string): boolean {
  return AFTER_PARTICLE.has(next) || (QUESTION_WORDS.has(next) && !PREPOSITIONS.has(particle));
}

/**
 * A separable verb whose particle stands apart in a main clause (`werkten goed samen`, `gaf haar
 * fouten toe`, `liep vast`) is that verb too: each word of the clause before a particle that ends it
 * (at the clause's end, or before a preposition, a conjunction or a question word: `endsVerb`) also
 * holds its stems with the particle before them (`samenwerk`, `toegev`), as a label writes the verb
 * (`samenwerken`, `fouten toegeven`). Which word is the verb letters do not say; a stem that is no
 * verb meets no label. Before `te`, the particle may instead go with the infinitive after it (`om
 * van het plan af te wijken`, `los te laten`): that word holds the joined stems too (`afwijk`), the
 * words before the particle as well (`gaf toe te …`). Not `om`, which before `te` begins a purpose
 * clause (`om te zien` is no `omzien`), nor a word that is no infinitive (`te laat`, `te weinig`).
 * Returns, per word, the particles its stems are joined with (`withParticles`), in turn.
 */
function joinParticles(
  words: readonly WordAnalysis[],
  clause: (i: number) => number,
  functionWord: (i: number) => boolean,
): (string[] | undefined)[] {
  const joined: (string[] | undefined)[] = [];
  for (let i = 0; i < words.length; i++) joined.push(undefined);
  /** Word `i` also holds its stems with `particle` before them. */
  const join = (i: number, particle: string) => {
    (joined[i] ??= []).push(particle);
  };
  words.forEach(({ folded: particle }, j) => {
    if (!SEPARABLE_PARTICLES.has(particle)) return;
    const next = words[j + 1];
    const verb = words[j + 2];
    if (
      next?.folded === 'te' &&
      particle !== 'om' &&
      verb?.folded.endsWith('n') &&
      clause(j + 2) === clause(j) &&
      !functionWord(j + 2)
    ) {
      join(j + 2, particle);
    }
    if (next && clause(j + 1) === clause(j) && !endsVerb(particle, next.folded)) return;
    // Back through the clause, past an aside in it (`werken (sinds 2020) samen`): an aside's clause
    // begins later, so its number is higher; an earlier clause's is lower.
    for (let i = j - 1; i >= 0 && clause(i) >= clause(j); i--) {
      if (!functionWord(i) && clause(i) === clause(j)) join(i, particle);
    }
  });
  return joined;
}

/**
 * A word's Dutch terms with its stems joined with `particles` in turn (`joinParticles`): each
 * particle before each term so far and each infinitive the word may be a form of.
 */
function withParticles(
  terms: ReadonlySet<string>,
  verbs: ReadonlySet<string>,
  particles: readonly string[],
): ReadonlySet<string> {
  let joined = terms;
  for (const particle of particles) {
    joined = new Set([...joined, ...[...joined, ...verbs].map((stem) => particle + stem)]);
  }
  return joined;
}

/**
 * Creates the matcher for a thesaurus, from its labels as the build recorded them (`recordLabels`),
 * or, without them, analysing its labels on first use, not at the panel's open.
 */
export function createConceptMatcher(
  concepts: readonly Concept[],
  analyzer: Analyzer,
  recorded?: readonly RecordedLabels[],
): ConceptMatcher {
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  /**
   * The labels by the key of their first word: those of several content words (matched close
   * together, `windowed`) apart from the others (matched in a row), so that neither loop meets the
   * other's; and those of one key, for completion, sorted by their last word when first asked
   * (`byLastWord`) rather than on each word being typed.
   */
  let tables:
    | {
        windowed: Record<Language, Map<string, Label[]>>;
        inRow: Record<Language, Map<string, Label[]>>;
        /** The keys after the first of the labels of several content words, with their bits (`Bits`). */
        laterKeys: Record<Language, Map<string, number>>;
        /** The second keys of the labels matched in a row, with their bits. */
        secondKeys: Map<string, number>;
        /** The labels of one key, for completion (`byLastWord`). */
        single: Label[];
      }
    | undefined;
  /** The labels of one key by their last word, sorted the first time a word being typed asks. */
  let byLastWord: Label[] | undefined;

  function build() {
    const windowed: Record<Language, Map<string, Label[]>> = { nl: new Map(), en: new Map() };
    const inRow: Record<Language, Map<string, Label[]>> = { nl: new Map(), en: new Map() };
    const laterKeys: Record<Language, Map<string, number>> = { nl: new Map(), en: new Map() };
    const secondKeys = new Map<string, number>();
    const single: Label[] = [];
    (recorded ?? recordLabels(concepts, analyzer)).forEach((lines, at) => {
      if (!lines) return;
      for (const line of lines.split('\n')) {
        const label = readLabel(concepts[at]!, line);
        if (label.contentOnly) {
          const later = laterKeys[label.language];
          for (let k = 1; k < label.keys.length; k++) {
            const bit = bitOf(later, label.keys[k]!);
            if (k === 1) label.secondBit = bit;
            else if (k === 2) label.thirdBit = bit;
          }
        } else if (label.keys.length > 1) {
          label.secondBit = bitOf(secondKeys, label.keys[1]!);
        }
        const byFirstKey = (label.contentOnly ? windowed : inRow)[label.language];
        const list = byFirstKey.get(label.keys[0]!);
        if (list) list.push(label);
        else byFirstKey.set(label.keys[0]!, [label]);
        if (label.keys.length === 1) single.push(label);
      }
    });
    return { windowed, inRow, laterKeys, secondKeys, single };
  }

  /** `byLastWord`, sorted now if not yet. */
  function completable(): Label[] {
    // A stable sort: labels with the same last word stay in the thesaurus's order.
    return (byLastWord ??= [...(tables ??= build()).single].sort((a, b) =>
      a.lastWord < b.lastWord ? -1 : a.lastWord > b.lastWord ? 1 : 0,
    ));
  }

  /**
   * What a word of the input meets in the labels, worked out once per word and kept: a draft of
   * 20 000 characters has thousands of words, each looked up in the labels by each of its terms,
   * and most of them again and again (`meetingsOf`).
   */
  const wordMeetings = memo((word: string): WordMeetings => {
    const analysis = analyzer.word(word);
    const nl = setOf(analysis.dutch);
    const verbs = analysis.verbs.length ? setOf(analysis.verbs) : NO_TERMS;
    return meetingsOf(analysis, { nl, en: setOf(analysis.english) }, verbs);
  });
  /** The same for a word as a possessive (`POSSESSIVE`): a text has many (`hun`, `onze`). */
  const possessiveMeetings = memo((word: string): WordMeetings => {
    const analysis = analyzer.word(word);
    return meetingsOf(analysis, { nl: POSSESSIVE_TERMS, en: setOf(analysis.english) }, NO_TERMS);
  });

  /**
   * The same for a word whose stems a separable verb's particles join (`joinParticles`), by the word
   * and the particles, in turn, after a space: in a long draft most such words come again.
   */
  const joinedMeetings = memo((wordAndParticles: string): WordMeetings => {
    const [word, ...particles] = wordAndParticles.split(' ');
    const own = wordMeetings(word!);
    const nl = withParticles(own.nl, own.verbs, particles);
    return meetingsOf(own.analysis, { nl, en: setOf(own.analysis.english) }, own.verbs);
  });

  /**
   * The labels a word with these terms begins, in the order the matcher tries them (Dutch terms,
   * English ones, then the infinitives it may be a finite form of), and those of its terms that are a
   * later key of a label of several content words, where the matcher looks up where it stands.
   */
  function meetingsOf(
    analysis: WordAnalysis,
    terms: Record<Language, ReadonlySet<string>>,
    verbs: ReadonlySet<string>,
  ): WordMeetings {
    const { windowed, inRow, laterKeys, secondKeys } = (tables ??= build());
    const windowedMeetings: Meeting[] = [];
    const inRowMeetings: Meeting[] = [];
    const later: Record<Language, string[]> = { nl: [], en: [] };
    const laterBits = new Int32Array(BIT_WORDS);
    const secondBits = new Int32Array(BIT_WORDS);
    const noteSecond = (key: string) => {
      const bit = secondKeys.get(key);
      if (bit !== undefined) setBit(secondBits, bit);
    };
    for (const language of LANGUAGES) {
      for (const key of terms[language]) {
        noteSecond(key);
        for (const label of windowed[language].get(key) ?? [])
          windowedMeetings.push({ label, language, key });
        for (const label of inRow[language].get(key) ?? []) inRowMeetings.push({ label, language, key });
        const bit = laterKeys[language].get(key);
        if (bit === undefined) continue;
        later[language].push(key);
        setBit(laterBits, bit);
      }
    }
    const laterVerbs: string[] = [];
    for (const key of verbs) {
      noteSecond(key);
      const bit = laterKeys.nl.get(key);
      if (bit !== undefined) {
        laterVerbs.push(key);
        setBit(laterBits, bit);
      }
      if (terms.nl.has(key)) continue;
      for (const label of windowed.nl.get(key) ?? [])
        if (label.infinitive[0]) windowedMeetings.push({ label, language: 'nl', key });
      for (const label of inRow.nl.get(key) ?? [])
        if (label.infinitive[0]) inRowMeetings.push({ label, language: 'nl', key });
    }
    return {
      analysis,
      nl: terms.nl,
      verbs,
      windowed: windowedMeetings,
      inRow: inRowMeetings,
      later,
      laterVerbs,
      laterBits,
      secondBits,
    };
  }

  function match(
    tokens: readonly Token[],
    stillTyping = false,
    grammar: ReadonlySet<number> = new Set(),
    clauses?: readonly number[],
  ): ConceptMatch[] {
    tables ??= build();
    // A label's words stand in one clause (`… samen doen. 3. Hoe benaderen …` is no label); without
    // the clauses, the tokens are one.
    const clause = (i: number) => clauses?.[i] ?? 0;
    const { inRow } = tables;
    // Per word, in arrays of one shape whatever the input (built by pushing, flags as bytes): the
    // optimised code that reads them then meets the shapes it was made for.
    const known: WordMeetings[] = [];
    const words: WordAnalysis[] = [];
    for (const token of tokens) {
      const meetings = wordMeetings(token.word);
      known.push(meetings);
      words.push(meetings.analysis);
    }
    const count = tokens.length;
    const possessive = new Uint8Array(count);
    // Function words of the input: never a content word of a label, which they may share a stem with
    // (`geen` and `gêne`, `other` and `othering`).
    const functionWord = new Uint8Array(count);
    const terms: Record<Language, ReadonlySet<string>[]> = { nl: [], en: [] };
    // The infinitives a word may be a finite form of, for a label's words written as one: `haakten`
    // is `haken`, `klapt` is `dichtklappen`'s `klappen` only in `dichtklapt`.
    const verbs: ReadonlySet<string>[] = [];
    for (let i = 0; i < count; i++) {
      const word = words[i]!;
      possessive[i] = isPossessive(word.folded, words[i + 1]?.stop) ? 1 : 0;
      functionWord[i] = word.stop ? 1 : 0;
      terms.nl.push(possessive[i] ? POSSESSIVE_TERMS : known[i]!.nl);
      terms.en.push(setOf(word.english));
      verbs.push(possessive[i] ? NO_TERMS : known[i]!.verbs);
    }
    /** Whether word `i` holds `key`, or is a form of the verb a label writes as an infinitive there. */
    const holds = (i: number, language: Language, label: Label, k: number) =>
      terms[language][i]!.has(label.keys[k]!) ||
      (language === 'nl' && label.infinitive[k]! && verbs[i]!.has(label.keys[k]!));
    const particles = joinParticles(words, clause, (i) => functionWord[i] === 1 || grammar.has(i));
    particles.forEach((joined, i) => {
      if (!joined) return;
      if (possessive[i]) terms.nl[i] = withParticles(POSSESSIVE_TERMS, NO_TERMS, joined);
      else terms.nl[i] = (known[i] = joinedMeetings(`${tokens[i]!.word} ${joined.join(' ')}`)).nl;
    });
    /** What word `i` meets: as kept, as a possessive too. */
    const meetings = (i: number) =>
      !possessive[i]
        ? known[i]!
        : particles[i]
          ? meetingsOf(words[i]!, { nl: terms.nl[i]!, en: terms.en[i]! }, verbs[i]!)
          : possessiveMeetings(tokens[i]!.word);
    // The content words, clause by clause: a clause an aside interrupts goes on after it
    // (`clausesOf`), so its words before and after the aside stand together.
    const content: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!grammar.has(i) && !possessive[i] && !functionWord[i]) content.push(i);
    }
    if (content.some((i, p) => p > 0 && clause(i) < clause(content[p - 1]!))) {
      content.sort((a, b) => clause(a) - clause(b) || a - b);
    }
    const found = new Map<string, ConceptMatch>();
    // Per concept found: whether its label there names single words as a whole (`jongerenwerk`), not
    // by a part of one (`jongeren`), how long that label is, and how many words of its clause it spans.
    const naming = new Map<string, { whole: boolean; size: number; span: number }>();
    // Where a concept is named more than once: by whole words rather than by parts of a word (a
    // part of `wijkagent` is not the wijkagent, and would hide the concept behind that word's own),
    // then by its longest label (a concept counts once, as the words of that naming: a short label
    // first should not weigh a longer one further on less; a label met apart is as long as its own
    // words, not the words between them), then by the one spanning more of the text (it weighs as
    // the words it spans: `viel bij veel bewoners verkeerd` says more than `onszelf gekeken`), then
    // the first.
    /** The words from `first` to `last` of their own clause, not of an aside between them. */
    const spanOf = (first: number, last: number) => {
      let words = 0;
      for (let i = first; i <= last; i++) if (clause(i) === clause(first)) words++;
      return words;
    };
    const note = (concept: Concept, first: number, last: number, whole: boolean, words?: number) => {
      const known = found.get(concept.id);
      const size = words ?? last - first + 1;
      const span = spanOf(first, last);
      const was = naming.get(concept.id);
      const better =
        !known ||
        !was ||
        (whole !== was.whole
          ? whole
          : size !== was.size
            ? size > was.size
            : span !== was.span
              ? span > was.span
              : first < known.first);
      if (better) {
        found.set(concept.id, { concept, first, last, inRow: words === undefined });
        naming.set(concept.id, { whole, size, span });
      }
    };
    /** Whether `key` is the stem of word `i` itself rather than of one of its parts. */
    const isWhole = (i: number, language: Language, key: string) =>
      language === 'en' || !words[i]!.parts.includes(key) || words[i]!.dutch[0] === key;
    // Labels of several content words: each word within a few words of the first, in any order, as
    // Dutch moves its verbs (`vertrouwen winnen`, `hoe win je vertrouwen`). Where each term that is
    // a later word of such a label stands among the content words, ascending, so that a label's
    // other words are looked up, not searched for.
    const places: Record<Language, Map<string, number[]>> = { nl: new Map(), en: new Map() };
    /** Where each infinitive a content word may be a form of stands, as `places` (Dutch labels only). */
    const verbPlaces = new Map<string, number[]>();
    const place = (map: Map<string, number[]>, term: string, p: number) => {
      const list = map.get(term);
      if (!list) map.set(term, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    };
    /** What each word meets, a possessive's worked out once. */
    const rows: WordMeetings[] = [];
    for (let i = 0; i < count; i++) rows.push(meetings(i));
    const contentMeetings: WordMeetings[] = [];
    for (const i of content) contentMeetings.push(rows[i]!);
    /** The bits of every later key the content words hold (`Bits`). */
    const held = new Int32Array(BIT_WORDS);
    contentMeetings.forEach(({ later, laterVerbs, laterBits }, p) => {
      for (const language of LANGUAGES) for (const term of later[language]) place(places[language], term, p);
      for (const term of laterVerbs) place(verbPlaces, term, p);
      for (let w = 0; w < BIT_WORDS; w++) held[w]! |= laterBits[w]!;
    });
    // The content words of a word's own clause: a label's words do not reach across a sentence's end.
    const clauseFrom: number[] = [];
    const clauseTo: number[] = [];
    content.forEach((i, p) => {
      clauseFrom[p] = p > 0 && clause(content[p - 1]!) === clause(i) ? clauseFrom[p - 1]! : p;
    });
    for (let p = content.length - 1; p >= 0; p--) {
      const i = content[p]!;
      clauseTo[p] = p < content.length - 1 && clause(content[p + 1]!) === clause(i) ? clauseTo[p + 1]! : p;
    }
    /** The first place of a key in `[from, to]` in a list of places, as a walk through it would meet it. */
    const firstIn = (list: readonly number[] | undefined, from: number, to: number) => {
      if (!list) return undefined;
      for (const q of list) {
        if (q > to) return undefined;
        if (q >= from) return q;
      }
      return undefined;
    };
    /** A label of several content words whose first word is content word `p` (word `i`). */
    const matchWindowed = ({ label, language, key }: Meeting, i: number, p: number) => {
      const window = label.keys.length + 1;
      const from = Math.max(p - window, clauseFrom[p]!);
      const to = Math.min(p + window, clauseTo[p]!);
      let first = i;
      let last = i;
      let whole = true;
      for (let k = 1; k < label.keys.length; k++) {
        const other = label.keys[k]!;
        const own = firstIn(places[language].get(other), from, to);
        const asVerb =
          language === 'nl' && label.infinitive[k] && verbPlaces.size
            ? firstIn(verbPlaces.get(other), from, to)
            : undefined;
        const q = own === undefined ? asVerb : asVerb === undefined ? own : Math.min(own, asVerb);
        if (q === undefined) return;
        const at = content[q]!;
        first = Math.min(first, at);
        last = Math.max(last, at);
        whole &&= isWhole(at, language, other);
      }
      note(
        label.concept,
        first,
        last,
        whole && first !== last && isWhole(i, language, key),
        label.keys.length,
      );
    };
    contentMeetings.forEach(({ windowed }, p) => {
      for (const meeting of windowed) {
        const { secondBit, thirdBit } = meeting.label;
        if (hasBit(held, secondBit) && (thirdBit < 0 || hasBit(held, thirdBit))) {
          matchWindowed(meeting, content[p]!, p);
        }
      }
    });
    // Labels of one content word, with all their words in a row (`niet mijn taak`); a label written
    // as one word also where the input writes it as two (`wijk regie` for `wijkregie`).
    /** A label of one content word whose first key is `key` at word `i` (`skip`: it joins `i + 1` too). */
    const matchInRow = ({ label, language, key }: Meeting, i: number, skip: number) => {
      const { keys, stops } = label;
      const start = i + skip;
      // A word of a complex preposition (`op basis van`) takes part only as a function word of
      // the label (`in plaats van boetes`), never as its content (`sociale basis`).
      if ((grammar.has(i) && !stops[0]) || (skip > 0 && grammar.has(i + 1))) return;
      if (!stops[0] && skip === 0 && functionWord[i]) return;
      for (let k = 1; k < keys.length; k++) {
        const at = start + k;
        const fits =
          at < tokens.length &&
          clause(at) === clause(i) &&
          holds(at, language, label, k) &&
          (stops[k]! || (!grammar.has(at) && !functionWord[at]));
        if (!fits) return;
      }
      let whole = skip > 0 || isWhole(i, language, key);
      for (let k = 1; k < keys.length && whole && skip === 0; k++)
        whole = isWhole(start + k, language, keys[k]!);
      note(label.concept, i, start + keys.length - 1, whole);
    };
    tokens.forEach((_, i) => {
      // A label of more words needs its second key in the next word: most labels that begin with a
      // function word (`niet mijn taak`, `in de wijk`) are passed over by a bit.
      const next = i + 1 < tokens.length ? rows[i + 1]!.secondBits : NO_BITS;
      for (const meeting of rows[i]!.inRow) {
        const { secondBit } = meeting.label;
        if (secondBit < 0 || hasBit(next, secondBit)) matchInRow(meeting, i, 0);
      }
      if (i + 1 < tokens.length && clause(i + 1) === clause(i) && !functionWord[i + 1]) {
        const joined = analyzer.compound(tokens[i]!.word, tokens[i + 1]!.word);
        for (const label of (joined && inRow.nl.get(joined)) || [])
          matchInRow({ label, language: 'nl', key: joined! }, i, 1);
      }
    });
    // A word being typed that a label already names as it is, is meant as it is.
    const last = tokens.length - 1;
    const isNamed = (m: ConceptMatch) => naming.get(m.concept.id)?.whole === true;
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
      for (let i = m.first; i <= m.last; i++) {
        if (wholeAt.has(i) && clause(i) === clause(m.first)) return true;
      }
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
    const sorted = completable();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.lastWord < typed) low = mid + 1;
      else high = mid;
    }
    // The closest completions only, the shortest first: a start such as `wijk` begins dozens of
    // labels, and each concept matched counts as a word of the query would.
    const completions = new Map<string, Label>();
    for (let i = low; i < sorted.length && sorted[i]!.lastWord.startsWith(typed); i++) {
      const label = sorted[i]!;
      const known = completions.get(label.concept.id);
      if (!known || label.lastWord.length < known.lastWord.length) {
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
    prepare: completable,
  };
}
