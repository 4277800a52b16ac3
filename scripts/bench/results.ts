/** The shape of bench/results.json, and Weerbaar's targets judged from it. */
import type { PrecisionReport } from '../../tools/evaluate-relevance';
import type { PanelOpenTiming } from '../bench-panel';
import { kb, ms, score } from './format';
import type { Stats } from './measure';
import { FACTOR, TARGETS, type CorpusId, type Workload } from './plan';
import { QUERY_SETS, type QuerySetId, type RelevanceSet } from './relevance';
import type { PanelSize, Size } from './shipped-size';

export interface Cell extends Stats {
  /** Timed on 1% of the corpus and multiplied by 100 (Fuse.js selections at 100×). */
  estimated?: boolean;
}

export interface Target {
  target: string;
  measured: string;
  pass: boolean;
}

export interface Results {
  meta: {
    date: string;
    node: string;
    cpu: string;
    cores: number;
    platform: string;
    durationSeconds: number;
    /** The 1-minute load average at the start and at the end of the run. */
    load: number[];
  };
  corpora: Record<CorpusId, { tips: number; reports: number; vocabulary: number; data: Size }>;
  /** cells[corpus][workload][engine] */
  cells: Record<CorpusId, Partial<Record<Workload, Record<string, Cell>>>>;
  /** Serialised index per corpus and engine. */
  indexSize: Record<CorpusId, Record<string, Size | null>>;
  /** Weerbaar's recorded analysis (what the panel ships instead of an index), per corpus. */
  analysisSize: Record<CorpusId, Size>;
  relevance: Record<QuerySetId, RelevanceSet>;
  /** Weerbaar's cut-off on the single-topic queries. */
  precision: PrecisionReport;
  /** Opening the built panel in headless Chromium; `skipped` says why it was not measured. */
  panel: PanelOpenTiming | { skipped: string; error?: string };
  /** The built panel's JavaScript and data; `null` without a build. */
  panelSize: PanelSize | null;
  workload: {
    typedQueries: string[];
    prefixes: number;
    /** Characters of each text, by workload (selections and the long inputs). */
    selectionLengths: Record<string, number[]>;
    /** Parts of each text of the draft workloads, as the panel cuts and splits it. */
    draftParts?: Record<string, number[]>;
  };
  targets: Target[];
}

/** Each target with what was measured and whether it is met. */
export function judgeTargets(results: Results): Target[] {
  const rows: Target[] = [];
  const latency = (label: string, workload: 'typed' | 'selection3000' | 'draft20000', corpus: CorpusId) => {
    const p95 = results.cells[corpus][workload]?.Weerbaar?.p95;
    const limit = TARGETS[workload][corpus];
    const where = corpus === 'real' ? 'real' : `${FACTOR}×`;
    rows.push({
      target: `${label} p95 ≤ ${limit} ms (${where})`,
      measured: p95 === undefined ? 'not measured' : `${ms(p95)} ms`,
      pass: p95 !== undefined && p95 <= limit,
    });
  };
  latency('Typed', 'typed', 'real');
  latency('Typed', 'typed', 'synthetic');
  latency('3 000-char selection', 'selection3000', 'real');
  latency('3 000-char selection', 'selection3000', 'synthetic');
  latency('Draft advice, ~20 000-char beleidsnotitie', 'draft20000', 'real');
  latency('Draft advice, ~20 000-char beleidsnotitie', 'draft20000', 'synthetic');
  for (const { id, hitAt3 } of QUERY_SETS) {
    const set = results.relevance[id];
    const ours = set.engines.Weerbaar!.overall;
    rows.push({
      target: `hit@3 ≥ ${hitAt3.toFixed(2)}, ${set.label} queries (${set.queries})`,
      measured: `${score(ours)} (hit@3 / MRR@5)`,
      pass: ours.hitAt3 >= hitAt3,
    });
  }
  const { medianStrong, expectedStrong, queries } = results.precision;
  rows.push(
    {
      target: `Median results above the cut-off ≤ ${TARGETS.precision.medianStrong} (${queries} single-topic queries)`,
      measured: String(medianStrong),
      pass: medianStrong <= TARGETS.precision.medianStrong,
    },
    {
      target: `Expected tip above the cut-off ≥ ${TARGETS.precision.expectedStrong * 100} %`,
      measured: `${(expectedStrong * 100).toFixed(1)} %`,
      pass: expectedStrong >= TARGETS.precision.expectedStrong,
    },
  );
  const size = results.panelSize?.atOpen;
  rows.push({
    target: `Side panel JS + data at open ≤ ${TARGETS.panelAtOpenKb} kB gzipped`,
    measured: size ? `${kb(size.gzip)} kB` : 'no build: run npm run build first',
    pass: size ? size.gzip <= TARGETS.panelAtOpenKb * 1000 : false,
  });
  const open = results.panel;
  rows.push({
    target: `Panel open → first results, median ≤ ${TARGETS.panelOpenMs} ms (headless Chromium)`,
    measured:
      'skipped' in open
        ? `not measured: ${open.skipped}${open.error ? ` (${open.error})` : ''}`
        : `${ms(open.medianMs)} ms (p95 ${ms(open.p95Ms)} ms, ${open.results} results)`,
    // Results must be on screen at the mark, or the time is not to the first results.
    pass: 'skipped' in open ? false : open.medianMs <= TARGETS.panelOpenMs && open.results > 0,
  });
  rows.push({
    target: `Longest task after the panel's first render, until its thesaurus is in, median ≤ ${TARGETS.longTaskMs} ms`,
    measured:
      'skipped' in open
        ? `not measured: ${open.skipped}`
        : `${ms(open.longestTask.p50)} ms (p95 ${ms(open.longestTask.p95)} ms; thesaurus in at ${ms(open.thesaurus.p50)} ms)`,
    pass: 'skipped' in open ? false : open.longestTask.p50 <= TARGETS.longTaskMs,
  });
  const draft = 'skipped' in open ? undefined : open.draft;
  rows.push({
    target: `Longest task while a whole draft pasted into the panel is worked out, median ≤ ${TARGETS.longTaskMs} ms (headless Chromium)`,
    measured: draft
      ? `${ms(draft.longestTask.p50)} ms (p95 ${ms(draft.longestTask.p95)} ms; every part on screen after ${ms(draft.shown.p50)} ms)`
      : 'not measured',
    pass: draft ? draft.longestTask.p50 <= TARGETS.longTaskMs : false,
  });
  return rows;
}
