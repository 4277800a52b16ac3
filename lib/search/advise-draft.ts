/**
 * Advice for a whole draft: each part matched on its own (a paragraph touches five subjects at once,
 * and one flat list would serve the loudest), one merged list of every tip found, and what the report
 * says that the draft leaves out.
 */
import type { Theme, Tip, TipKind } from '../schema';
import { MAX_SELECTION_CHARS, type Search, type SearchResult } from './create-search';
import type { Range } from './highlight';
import { isHeaderLine, splitDraft, type DraftPart } from './split-draft';

/** A part of the draft with its best advice. */
export interface AdvisedPart extends DraftPart {
  /** Its strong results, best first, at most `perPart`. */
  results: SearchResult[];
  /** Where the part holds what its advice matched, as offsets into the part's text. */
  marks: Range[];
}

/** A tip of the merged list: the parts it serves and how well. */
export interface DraftTip {
  tip: Tip;
  /** Indexes of the parts it serves, in draft order. */
  parts: number[];
  /** How well: its coordinated score in each part it serves as a share of that part's best, summed. */
  strength: number;
  /** Its best place among a part's advice ordered by coordinated score: 0 where it is some part's first. */
  rank: number;
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
   * Every tip found, each once: each part's first advice, then each part's second and so on (one list
   * serves every subject of the draft, not only the loudest); in each round, what serves more parts
   * first, then what serves them best.
   */
  results: DraftTip[];
  /** Every theme, in the knowledge base's order. */
  themes: ThemeCoverage[];
}

/** The tips a part keeps: a few strong ones are advice for it, more would be a list again. */
const PER_PART = 3;
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
  // A part needs its few best, not them all. A header line (`Aan:`, `Datum:`) says who and when, not
  // what: it is not looked up, and its names and roles neither find advice nor crowd the merged list.
  const header = draft.map((part) => isHeaderLine(part.text));
  const outcomes = search.lookupSelections(
    draft.filter((_, i) => !header[i]).map((part) => part.text),
    { limit: perPart },
  );
  let next = 0;
  const parts = draft.map((part, i): AdvisedPart => {
    if (header[i]) return { ...part, results: [], marks: [] };
    const outcome = outcomes[next++]!;
    return {
      ...part,
      results: outcome.results.slice(0, Math.min(outcome.strong, perPart)),
      marks: outcome.marks,
    };
  });
  return { parts, results: mergeParts(parts), themes: coverage(search, themes, parts) };
}

/**
 * One list of every tip the parts found: by rank within a part, then parts served, then strength.
 * Here a part's tips (those it keeps, at most three, chosen by their summed score) are ranked by
 * their coordinated score (`score * coordination`), and strength is a share of the best such score among
 * them: across the draft, the tip that meets more of a part's terms is the better summary of it.
 */
function mergeParts(parts: readonly AdvisedPart[]): DraftTip[] {
  const merged = new Map<string, DraftTip>();
  parts.forEach((part, i) => {
    const ranked = part.results
      .map(({ tip, score, coordination }) => ({ tip, score: score * coordination }))
      .sort((a, b) => b.score - a.score);
    const best = ranked[0]?.score ?? 1;
    ranked.forEach(({ tip, score }, rank) => {
      const entry = merged.get(tip.id) ?? { tip, parts: [], strength: 0, rank };
      entry.rank = Math.min(entry.rank, rank);
      entry.parts.push(i);
      entry.strength += score / best;
      merged.set(tip.id, entry);
    });
  });
  return [...merged.values()].sort(
    (a, b) => a.rank - b.rank || b.parts.length - a.parts.length || b.strength - a.strength,
  );
}

/** For each theme, how many parts touch it and, where none does, the tips of it the draft may miss. */
function coverage(search: Search, themes: readonly Theme[], parts: readonly AdvisedPart[]): ThemeCoverage[] {
  const found = new Set(parts.flatMap((part) => part.results.map((result) => result.tip.id)));
  return themes.map((theme) => {
    const touching = parts.filter((part) => part.results.some(({ tip }) => tip.themes.includes(theme.id)));
    const tips = touching.length
      ? []
      : search.tips
          .filter((tip) => tip.themes.includes(theme.id) && !found.has(tip.id))
          .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    return { theme, parts: touching.length, tips };
  });
}
