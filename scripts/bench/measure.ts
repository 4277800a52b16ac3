/** Timing helpers of the benchmark: warm-up, sampling within a time budget, percentiles, gzip. */
import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

export interface Stats {
  /** Number of timed calls. */
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
  /** The time budget ended the sampling before `samples` calls: fewer calls than asked for. */
  capped: boolean;
}

export interface SampleOptions {
  /** Timed calls to make. */
  samples: number;
  /** Untimed calls first, so the JIT has compiled the hot paths and caches are as in use. */
  warmup: number;
  /** Stop (after at least one timed call) once this many milliseconds have passed, warm-up included. */
  budgetMs?: number;
}

// Garbage left by one measurement must not be collected during the next: collect it in between.
// `gc` is only exposed with --expose-gc; setting the flag at run time and taking `gc` from a fresh
// context works without changing how the script is started (`tsx scripts/bench.ts`).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Collects garbage now, outside any timed call. */
export function collectGarbage(): void {
  collect();
}

/**
 * Times `run(i)` for i = 0, 1, 2, … after `warmup` untimed calls: each call on its own (so the
 * percentiles describe single calls, as a user meets them), until `samples` calls or the budget.
 */
export function sample(run: (i: number) => unknown, options: SampleOptions): Stats {
  const { samples, warmup, budgetMs = Infinity } = options;
  collectGarbage();
  const started = performance.now();
  let i = 0;
  for (; i < warmup && performance.now() - started < budgetMs / 4; i++) run(i);
  const times: number[] = [];
  while (times.length < samples && (times.length === 0 || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    run(i++);
    times.push(performance.now() - t0);
  }
  return summarize(times, times.length < samples);
}

/** Percentiles of a list of durations (nearest rank). */
export function summarize(times: readonly number[], capped = false): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return {
    n: sorted.length,
    p50: at(50),
    p95: at(95),
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
    max: sorted.at(-1) ?? NaN,
    capped,
  };
}

/** Scales a measurement (e.g. one made on 1% of a corpus, for an engine that scans every document). */
export function scale(stats: Stats, factor: number): Stats {
  return {
    ...stats,
    p50: stats.p50 * factor,
    p95: stats.p95 * factor,
    mean: stats.mean * factor,
    max: stats.max * factor,
  };
}

/** Size in bytes of a text as UTF-8, and gzipped (default level, as servers and stores use). */
export function sizes(text: string | Buffer): { raw: number; gzip: number } {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}
