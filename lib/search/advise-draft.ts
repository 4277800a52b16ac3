/**
 * Advice for a whole draft: each part matched on its own (a paragraph touches five subjects at once,
 * and one flat list would serve the loudest), one merged list of every tip found, and what the report
 * says that the draft leaves out.
 */
import type { Theme, Tip, TipKind } from '../schema';
import { MAX_SELECTION_CHARS, type Search, type SearchResult } from './create-search';
import { mergeRanges, type Range } from './highlight';
import { splitDraft, type DraftPart } from './split-draft';

/** A part of the draft with its best advice. */
export interface AdvisedPart extends DraftPart {
  /**
   * Its advice: the strong results it keeps, at most `perPart`, best first by merit (`partMerit`),
   * none that another part keeps (`keepDistinct`).
   */
  results: SearchResult[];
  /**
   * Tips among its `perPart` best that another part keeps, where they stand higher: named with that
   * part, not shown twice. Best first.
   */
  shared: SharedTip[];
  /** Where the part holds what its advice and its shared tips matched, as offsets into its text. */
  marks: Range[];
}

/** A tip a part found among its best that another part keeps (`keepDistinct`). */
export interface SharedTip {
  result: SearchResult;
  /** The index of the part that keeps it. */
  part: number;
}

/** A strong result a part weighs (`CANDIDATES`). */
class Candidate {
  constructor(
    /** The part's index. */
    readonly part: number,
    /** Its place in the part's order by merit. */
    readonly place: number,
    readonly result: SearchResult,
    readonly merit: number,
    /** Where the part holds what it matched (`SearchOutcome#marksEach`). */
    readonly marks: Range[],
  ) {}
}

/** A candidate a part shows: kept by it, or named with the part that keeps it (`keeper`). */
interface Served extends Candidate {
  keeper: number;
}

/** A tip of the merged list: the parts it serves and how well. */
export interface DraftTip {
  tip: Tip;
  /** Its result in the part that keeps it (`keepDistinct`). */
  result: SearchResult;
  /** Indexes of the parts it serves, in draft order. */
  parts: number[];
  /**
   * How well: its best coordinated score in a part it serves, as a multiple of the draft's typical
   * part's best (the upper median of the parts' best scores).
   */
  strength: number;
  /**
   * Its round: its best place among what a part serves, the part's own best `perPart` first and then
   * what it keeps in the place of those another part keeps, each by coordinated score (0 where it is
   * some part's first); one later in a weak part (`WEAK_PART`).
   */
  rank: number;
  /** Whether it is the first tip (the main answer) of a concept that a part it serves names. */
  answer: boolean;
  /** What orders the merged list, best first (`merit`). */
  merit: number;
}

/** A theme of the report and how the draft touches it. */
export interface ThemeCoverage {
  theme: Theme;
  /** How many parts found advice with this theme. */
  parts: number;
  /** When no part did: the report's tips with this theme, advice first; the draft may have missed them. */
  tips: Tip[];
}

export interface DraftAdvice {
  parts: AdvisedPart[];
  /**
   * Every tip found, each once, by merit (`merit`): mostly each part's first advice, then each part's
   * second and so on (one list serves every subject of the draft, not only the loudest), a weak part's
   * a round later; a much stronger match, a tip that serves more parts or a concept's main answer may
   * come a round earlier, and a tip that many concepts lead to later.
   */
  results: DraftTip[];
  /** Every theme, in the knowledge base's order. */
  themes: ThemeCoverage[];
}

/** The tips a part keeps: a few strong ones are advice for it, more would be a list again. */
const PER_PART = 3;
/**
 * A part whose best match scores under this share of the draft's typical part (the upper median of
 * the parts' best scores) offers its tips to the merged list a round later (`ROUND_COST`): a title, an
 * address line or a budget line that meets a word or two of a tip rarely names a subject of the draft.
 */
const WEAK_PART = 0.5;
/**
 * The merged list's order (`merit`), in the logarithm of a tip's strength: each round later costs
 * this much (a factor e),
 */
const ROUND_COST = 1;
/** each further part it serves gains this much, */
const PART_GAIN = 0.25;
/** being the main answer of a concept a part names gains this much, */
const ANSWER_GAIN = 0.5;
/**
 * and each concept that leads to it costs this much times the logarithm of their number plus one: a
 * tip that many concepts lead to is found by the common words of many texts, and found, it says less
 * about this one. Chosen on the sets to tune on (lib/search/DESIGN.md, "Drafts").
 */
const SPREAD_COST = 0.75;

/**
 * A part's own order: of its strong results, it looks at this many times `perPart` and keeps the
 * `perPart` of most merit (`partMerit`). Its search ranks them by the sum of their matches
 * (lib/search/DESIGN.md, "Drafts"); in the logarithm of that sum,
 */
const CANDIDATES = 2;
/** the coordination (the part's terms a tip met, more for a concept's answer) counts this much, */
const PART_COORDINATION = 0.25;
/** being the main answer of a concept the part names gains this much, */
const PART_ANSWER = 0.25;
/**
 * and each concept that leads to the tip costs this much times the logarithm of their number plus
 * one, as in the merged list (`SPREAD_COST`). Chosen on the sets to tune on.
 */
const PART_SPREAD = 0.25;

/** How high a strong result stands in its part (`CANDIDATES`), as a sum of logarithms. */
function partMerit(result: SearchResult, answer: boolean, leading: number): number {
  return (
    Math.log(result.score) +
    PART_COORDINATION * Math.log(result.coordination) +
    (answer ? PART_ANSWER : 0) -
    PART_SPREAD * Math.log(leading + 1)
  );
}

/**
 * How high a tip of the merged list stands: its strength against the draft's typical part, its
 * round, the parts it serves, whether it is a concept's main answer, and how many concepts lead to
 * it (`leading`), as a sum of logarithms.
 */
function merit({ strength, rank, parts, answer }: Omit<DraftTip, 'merit'>, leading: number): number {
  return (
    Math.log(strength) -
    ROUND_COST * rank +
    PART_GAIN * (parts.length - 1) +
    (answer ? ANSWER_GAIN : 0) -
    SPREAD_COST * Math.log(leading + 1)
  );
}

/** The order of kinds in the list of what the draft leaves out: advice first. */
const KIND_ORDER: readonly TipKind[] = ['advice', 'insight', 'question', 'announcement'];

/**
 * Matches a draft part by part. `themes` are the knowledge base's, for what the draft leaves out.
 *
 * @example adviseDraft(search, kb.themes, draft).parts[0].results[0].tip.title
 */
export function adviseDraft(
  search: Search,
  themes: readonly Theme[],
  text: string,
  perPart = PER_PART,
): DraftAdvice {
  return adviseParts(search, themes, draftParts(text), perPart);
}

/** The parts a text is matched in: of its start only, for a very long one, as for any lookup. */
export function draftParts(text: string): DraftPart[] {
  return splitDraft(text.slice(0, MAX_SELECTION_CHARS));
}

/** `adviseDraft` for a text split already (`draftParts`). */
export function adviseParts(
  search: Search,
  themes: readonly Theme[],
  draft: readonly DraftPart[],
  perPart = PER_PART,
): DraftAdvice {
  return new DraftAdviser(search, themes, draft, perPart).advance()!;
}

/**
 * `adviseParts` a few parts at a time, for a caller that must not hold the thread long: a whole
 * draft of 20,000 characters takes tens of milliseconds to look up, and hundreds the first time
 * (its words new, the code not yet optimised); the panel looks it up in short tasks
 * (lib/app-state.ts). The search must not change between them.
 *
 * @example const adviser = new DraftAdviser(search, kb.themes, parts); adviser.advance(() => late())
 */
export class DraftAdviser {
  /** How many parts have been looked up. */
  done = 0;
  readonly #leadingTo: (id: string) => number;
  // Per part, the main answers (first tips) of the concepts it names, and the strong results it
  // weighs, each with its merit and the words of the part it matched.
  readonly #mains: ReadonlySet<string>[] = [];
  readonly #candidates: Candidate[] = [];

  constructor(
    private readonly search: Search,
    private readonly themes: readonly Theme[],
    readonly draft: readonly DraftPart[],
    private readonly perPart = PER_PART,
  ) {
    // A tip no concept leads to (of a report the thesaurus does not know yet) counts as the typical tip
    // of those some concept leads to, not as the rarest; before the thesaurus, all count alike.
    const known = search.tips
      .map((tip) => search.conceptsLeadingTo(tip.id))
      .filter((count) => count > 0)
      .sort((a, b) => a - b);
    const typical = known[known.length >> 1] ?? 0;
    this.#leadingTo = (id: string) => search.conceptsLeadingTo(id) || typical;
  }

  /**
   * Looks up the next parts, until `stop()` (asked after each part) says to or every part is looked
   * up; then gives the advice for the whole draft, before then `undefined`.
   */
  advance(stop: () => boolean = () => false): DraftAdvice | undefined {
    const { draft } = this;
    while (this.done < draft.length) {
      this.#lookUp(draft[this.done]!, this.done);
      this.done++;
      if (stop() && this.done < draft.length) return undefined;
    }
    const { parts, served } = keepDistinct(draft, this.#candidates, this.perPart);
    return {
      parts,
      results: mergeParts(served, this.perPart, this.#mains, this.#leadingTo),
      themes: coverage(this.search, this.themes, served),
    };
  }

  // A part needs its few best, not them all. A header line (`Aan:`, `Datum:`, a letter's close) says
  // who and when, not what: it is not looked up, and its names and roles neither find advice nor crowd
  // the merged list. One part at a time, each outcome dropped once read: kept all at once, a long
  // draft's outcomes outlive the garbage collector's young generation, which then copies them.
  #lookUp(part: DraftPart, i: number): void {
    if (part.header) {
      this.#mains.push(new Set());
      return;
    }
    const outcome = this.search.lookupSelections([part.text], { limit: this.perPart * CANDIDATES })[0]!;
    // Arrays pushed rather than mapped, here and below: an array map() or flatMap() makes comes in
    // more than one shape (an empty one in another), and this code, optimised for one, would be
    // thrown away at the next.
    const main = new Set<string>();
    for (const concept of outcome.concepts) if (concept.tips.length) main.add(concept.tips[0]!);
    this.#mains.push(main);
    const weighed: { result: SearchResult; merit: number }[] = [];
    for (const result of outcome.strongResults) {
      const merit = partMerit(result, main.has(result.tip.id), this.#leadingTo(result.tip.id));
      weighed.push({ result, merit });
    }
    weighed.sort((a, b) => b.merit - a.merit);
    const results: SearchResult[] = [];
    for (const { result } of weighed) results.push(result);
    // Their terms (for the cards and the part's marks) read while the search still holds this
    // part's query: read after every other part has run, each would run its query again.
    const marks = outcome.marksEach(results);
    weighed.forEach(({ result, merit }, place) => {
      this.#candidates.push(new Candidate(i, place, result, merit, marks[place]!));
    });
  }
}

/**
 * Each part's advice, each tip kept by one part only: going down the merits of all parts' candidates
 * at once, a part keeps a tip no part keeps yet while it has fewer than `perPart`; a tip among its
 * `perPart` best that a part where it stands higher keeps is named under this one (`shared`) and its place
 * goes to the part's next. Repeated under every part that touches its subject, one tip would take
 * the places of the advice that only this part would find; as a pointer it stays in sight.
 */
function keepDistinct(
  draft: readonly DraftPart[],
  candidates: readonly Candidate[],
  perPart: number,
): { parts: AdvisedPart[]; served: Served[][] } {
  const served: Served[][] = [];
  for (let i = 0; i < draft.length; i++) served.push([]);
  const kept = new Int32Array(draft.length);
  const keeper = new Map<string, number>();
  const order = [...candidates].sort((a, b) => b.merit - a.merit || a.part - b.part || a.place - b.place);
  for (const candidate of order) {
    const { part, place, result } = candidate;
    const other = keeper.get(result.tip.id);
    if (other !== undefined) {
      if (place < perPart) served[part]!.push({ ...candidate, keeper: other });
    } else if (kept[part]! < perPart) {
      served[part]!.push({ ...candidate, keeper: part });
      kept[part]!++;
      keeper.set(result.tip.id, part);
    }
  }
  const parts = draft.map((part, i) => ({
    ...part,
    results: served[i]!.filter((tip) => tip.keeper === i).map((tip) => tip.result),
    shared: served[i]!.filter((tip) => tip.keeper !== i).map(({ result, keeper }) => ({
      result,
      part: keeper,
    })),
    // The words of the part that what it shows matched, kept or named.
    marks: mergeRanges(served[i]!.flatMap((tip) => tip.marks)),
  }));
  return { parts, served };
}

/**
 * One list of every tip the parts found, by merit (`merit`). Here what a part serves (its own best
 * `perPart` by `partMerit`, kept or named, then what it keeps in the place of those named) is ranked
 * by coordinated score (`score * coordination`): across the draft, the tip that meets more of a part
 * is the better summary of it.
 */
function mergeParts(
  served: readonly (readonly Served[])[],
  perPart: number,
  mains: readonly ReadonlySet<string>[],
  leadingTo: (id: string) => number,
): DraftTip[] {
  const ranked: { result: SearchResult; kept: boolean; replacing: number; score: number }[][] = [];
  served.forEach((tips, i) => {
    const own: (typeof ranked)[number] = [];
    for (const { result, keeper, place } of tips) {
      own.push({
        result,
        kept: keeper === i,
        replacing: place < perPart ? 0 : 1,
        score: result.score * result.coordination,
      });
    }
    ranked.push(own.sort((a, b) => a.replacing - b.replacing || b.score - a.score));
  });
  const bests = ranked.flatMap((tips) => (tips.length ? [tips[0]!.score] : [])).sort((a, b) => a - b);
  // The upper median: with two parts, the better one.
  const typical = bests[Math.floor(bests.length / 2)] || 1;
  const merged = new Map<string, DraftTip>();
  ranked.forEach((tips, i) => {
    const late = tips.length && tips[0]!.score < WEAK_PART * typical ? 1 : 0;
    tips.forEach(({ result, kept, score }, place) => {
      const { tip } = result;
      const rank = place + late;
      const entry = merged.get(tip.id) ?? {
        tip,
        result,
        parts: [],
        strength: 0,
        rank,
        answer: false,
        merit: 0,
      };
      if (kept) entry.result = result;
      entry.rank = Math.min(entry.rank, rank);
      entry.parts.push(i);
      entry.strength = Math.max(entry.strength, score / typical);
      entry.answer ||= mains[i]!.has(tip.id);
      merged.set(tip.id, entry);
    });
  });
  for (const entry of merged.values()) entry.merit = merit(entry, leadingTo(entry.tip.id));
  return [...merged.values()].sort((a, b) => b.merit - a.merit);
}

/**
 * For each theme, how many parts touch it (serve a tip of it, kept or named) and, where none does,
 * the tips of it the draft may miss.
 */
function coverage(
  search: Search,
  themes: readonly Theme[],
  served: readonly (readonly Served[])[],
): ThemeCoverage[] {
  const found = new Set(served.flatMap((tips) => tips.map(({ result }) => result.tip.id)));
  return themes.map((theme) => {
    const touching = served.filter((tips) => tips.some(({ result }) => result.tip.themes.includes(theme.id)));
    const tips = touching.length
      ? []
      : search.tips
          .filter((tip) => tip.themes.includes(theme.id) && !found.has(tip.id))
          .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    return { theme, parts: touching.length, tips };
  });
}
