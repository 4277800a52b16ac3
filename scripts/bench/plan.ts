/**
 * What the benchmark measures and how much of it: the workloads, the sample counts, the peers' time
 * budgets (Fuse.js takes seconds per selection, so its cells stop at a budget and say how many calls
 * they timed) and the targets Weerbaar is held to.
 */

/** How many times the real corpus the synthetic one is. */
export const FACTOR = 100;

export type CorpusId = 'real' | 'synthetic';

export type Workload = 'typed' | 'selection300' | 'selection3000' | 'build' | 'recorded' | 'load';
export const WORKLOADS: { id: Workload; label: string }[] = [
  { id: 'typed', label: 'Typed, per keystroke' },
  { id: 'selection300', label: 'Selection ~300 chars' },
  { id: 'selection3000', label: 'Selection ~3 000 chars' },
  { id: 'build', label: 'Index build' },
  { id: 'recorded', label: 'Index build from the recorded analysis (the panel at open)' },
  { id: 'load', label: 'Load prebuilt index (JSON)' },
];

/** Kinds of development queries that are typed (paragraphs are selections). */
export const TYPED_KINDS = ['term', 'compound', 'phrase', 'typo', 'english', 'diacritics'];
/** Queries of our own, typed as a policy writer would. */
export const OWN_QUERIES = [
  'sleutelpersonen',
  'vertrouwen winnen',
  'jongeren snel helpen',
  'wijkagent en jongerenwerker',
  'ouders betrekken bij preventie',
  'continuïteit van de aanpak',
];
/** Different selections of each length, cycled through. */
export const SELECTION_VARIANTS = 6;

/**
 * Timed calls per cell (Weerbaar always gets them all; a peer until its time budget runs out): passes
 * over every typed prefix, selections, builds. At 100× a build takes seconds and the panel's typed
 * call tens of milliseconds: fewer there keep the run within about five minutes.
 */
export const SAMPLES = {
  typedPasses: { real: 3, synthetic: 1 },
  selection: 300,
  build: { real: 20, synthetic: 5 },
};
/** Milliseconds a peer's cell may take, warm-up included. */
export const PEER_BUDGET = { typed: 6000, selection: 5000, build: 6000 };
/** Opening the panel: timed opens (after 5 untimed ones), the query given on open, and a time limit. */
export const PANEL = { runs: 40, query: 'vertrouwen', timeoutMs: 120_000 };

/** Weerbaar's targets (issue 12). */
export const TARGETS = {
  /** p95, ms, by corpus. */
  typed: { real: 1, synthetic: 5 },
  selection3000: { real: 5, synthetic: 20 },
  /** Median results above the cut-off, at most; share of expected tips above it, at least. */
  precision: { medianStrong: 6, expectedStrong: 0.95 },
  /** JavaScript plus data the panel loads before its first render, gzipped. */
  panelAtOpenKb: 80,
  /** Opening the panel with a query to its first results, median (headless Chromium). */
  panelOpenMs: 100,
};
