/**
 * What the benchmark measures and how much of it: the workloads, the sample counts, the peers' time
 * budgets (Fuse.js takes seconds per selection, so its cells stop at a budget and say how many calls
 * they timed) and the targets Weerbaar is held to.
 */

/** How many times the real corpus the synthetic one is. */
export const FACTOR = 100;

export type CorpusId = 'real' | 'synthetic';

export type LongWorkload =
  'draft20000' | 'selection1MB' | 'selection100kWords' | 'draft1MB' | 'draft100kWords';
export type Workload =
  'typed' | 'selection300' | 'selection3000' | 'build' | 'recorded' | 'load' | LongWorkload;
export const WORKLOADS: { id: Workload; label: string }[] = [
  { id: 'typed', label: 'Typed, per keystroke' },
  { id: 'selection300', label: 'Selection ~300 chars' },
  { id: 'selection3000', label: 'Selection ~3 000 chars' },
  { id: 'build', label: 'Index build' },
  { id: 'recorded', label: 'Index build from the recorded analysis (the panel at open)' },
  { id: 'load', label: 'Load prebuilt index (JSON)' },
];

/**
 * Whole drafts and long inputs, Weerbaar only (the peers have no draft advice): what the panel does
 * with a draft (issue 13) and with a 1 MB paste or a 100 000-word text (issue 16), and timed calls per
 * corpus. A draft call makes one selection lookup per part: at 100× seconds each, so few there.
 */
export const LONG_WORKLOADS: {
  id: LongWorkload;
  label: string;
  /** The panel's call it is given to. */
  call: 'draft' | 'selection';
  samples: Partial<Record<CorpusId, number>>;
}[] = [
  {
    id: 'draft20000',
    call: 'draft',
    label: 'Draft advice, a whole beleidsnotitie (~20 000 chars)',
    samples: { real: 40, synthetic: 5 },
  },
  {
    id: 'selection1MB',
    call: 'selection',
    label: 'Selection, 1 MB text (the search reads its first 20 000 chars, MAX_SELECTION_CHARS)',
    samples: { real: 40 },
  },
  {
    id: 'selection100kWords',
    call: 'selection',
    label: 'Selection, 100 000 words in one paragraph (the search reads its first 20 000 chars)',
    samples: { real: 40 },
  },
  {
    id: 'draft1MB',
    call: 'draft',
    label: 'Draft advice, 1 MB text (cut to its first 20 000 chars, as the panel cuts it)',
    samples: { real: 20 },
  },
  {
    id: 'draft100kWords',
    call: 'draft',
    label: 'Draft advice, 100 000 words in one paragraph (cut to 20 000 chars, as the panel cuts it)',
    samples: { real: 20 },
  },
];
/** Different texts of each long workload, cycled through. */
export const LONG_VARIANTS = 3;

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
 * call tens of milliseconds: fewer there keep the run within about six minutes.
 */
export const SAMPLES = {
  typedPasses: { real: 3, synthetic: 1 },
  selection: 300,
  build: { real: 20, synthetic: 5 },
};
/** Milliseconds a peer's cell may take, warm-up included. */
export const PEER_BUDGET = { typed: 6000, selection: 5000, build: 6000 };
/**
 * Opening the panel: timed opens (after 5 untimed ones), the query given on open, whole drafts pasted
 * (after one untimed), and a time limit for all of it.
 */
export const PANEL = { runs: 40, query: 'vertrouwen', drafts: 10, timeoutMs: 180_000 };

/** Weerbaar's targets (issue 12; draft advice: issue 13). */
export const TARGETS = {
  /** p95, ms, by corpus. */
  typed: { real: 1, synthetic: 5 },
  selection3000: { real: 5, synthetic: 20 },
  /** Draft advice for a whole beleidsnotitie of ~20 000 characters (issue 13). */
  draft20000: { real: 50, synthetic: 500 },
  /** Median results above the cut-off, at most; share of expected tips above it, at least. */
  precision: { medianStrong: 6, expectedStrong: 0.95 },
  /** JavaScript plus data the panel loads before its first render, gzipped. */
  panelAtOpenKb: 80,
  /** Opening the panel with a query to its first results, median (headless Chromium). */
  panelOpenMs: 100,
  /**
   * The longest task after the first render while the thesaurus is taken in, median: a key pressed
   * then waits for it. 50 ms is where the Long Tasks API (and RAIL's response budget) starts. The
   * same for the longest task while a whole draft pasted into the panel is worked out (issue 13:
   * the panel stays responsive while it works).
   */
  longTaskMs: 50,
};
