import type { Tip, TipKind } from './schema';

/** Narrows tips to those with any of the given values of each named facet; an empty list is no filter. */
export interface TipFilter {
  themes?: readonly string[];
  /** Section ids, which are unique within a report: with more than one, combine with `reports`. */
  sections?: readonly string[];
  /** Speaker names; tips of the parts nobody presented have no speaker. */
  speakers?: readonly string[];
  kinds?: readonly TipKind[];
  /** Report ids. */
  reports?: readonly string[];
}

/**
 * What tips are filtered by: the panel offers themes, speakers and kinds, and reports when there is
 * more than one; the search all five.
 */
export type Facet = keyof TipFilter;
/** Every facet, in the order the panel lists them. */
export const FACETS: readonly Facet[] = ['themes', 'sections', 'speakers', 'kinds', 'reports'];

/** The values a tip has for a facet: its themes, its section, its speaker's name, its kind, its report. */
export function facetValues(tip: Tip, facet: Facet): readonly string[] {
  switch (facet) {
    case 'themes':
      return tip.themes;
    case 'sections':
      return [tip.section];
    case 'speakers':
      return tip.speaker ? [tip.speaker.name] : [];
    case 'kinds':
      return [tip.kind];
    case 'reports':
      return [tip.report];
  }
}

/** Whether a tip passes every facet of the filter. */
export function passesFilter(tip: Tip, filter: TipFilter): boolean {
  return FACETS.every((facet) => {
    const wanted = filter[facet];
    return !wanted?.length || facetValues(tip, facet).some((value) => wanted.includes(value as never));
  });
}
