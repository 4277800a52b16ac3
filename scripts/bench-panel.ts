/**
 * Times opening the side panel in real headless Chromium: from the start of the navigation to the
 * first render with the results of a query given on open (`sidepanel.html?q=…`), which the panel
 * marks as `weerbaar:first-render` (entrypoints/sidepanel/main.tsx), over many opens; then to the
 * thesaurus taken in (`weerbaar:thesaurus`), and the longest task the main thread ran between the two,
 * which a key pressed then would wait for (the Long Tasks API reports tasks over 50 ms). Part of
 * `npm run bench` (after the search benchmarks); needs `npm run build` first. Also runs alone:
 *
 *   npx tsx scripts/bench-panel.ts [runs] [query]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROME_DIR, launch } from '../tools/browsers';
import { draftText } from './bench/draft';
import { summarize, type Stats } from './bench/measure';
import { LONG_VARIANTS, PANEL } from './bench/plan';

/** The build the panel is opened from: `.output/`, or the copy `WEERBAAR_OUTPUT` names. */
export const CHROME_MANIFEST = join(CHROME_DIR, 'manifest.json');

/** Untimed opens first: the first ones fill the browser's caches (code cache, disk cache). */
const WARMUP = 5;

export interface PanelOpenTiming {
  /** Timed opens. */
  runs: number;
  query: string;
  /** Navigation start → `weerbaar:first-render`, ms (nearest-rank percentiles, as the other cells). */
  medianMs: number;
  p95Ms: number;
  /** The fastest open, ms: with `stats.max`, the spread of single opens. */
  minMs: number;
  stats: Stats;
  /** Navigation start → the HTML parsed (`domInteractive`), median ms: the rest is the panel's script. */
  htmlParsedMs: number;
  /** Navigation start → `weerbaar:thesaurus` (the thesaurus taken in and the query searched again), ms. */
  thesaurus: Stats;
  /**
   * Per open, the longest task after the first render until the thesaurus is in, ms: 0 where none
   * took over 50 ms (the Long Tasks API's threshold).
   */
  longestTask: Stats;
  /** Fewest results on screen at the first render over all opens (0: the timing is not to results). */
  results: number;
  /** The browser and its major version, e.g. `Chromium 156`. */
  browser: string;
  /** A whole draft pasted into the panel (`measureDraftPaste`); absent in results from before it was. */
  draft?: DraftPasteTiming;
}

/** A whole draft (~20 000 characters) pasted into a panel just opened, its advice asked for. */
export interface DraftPasteTiming {
  /** Timed pastes. */
  runs: number;
  /** Parts of the drafts, as the panel shows them (fewest, most). */
  parts: [number, number];
  /** Per paste, the longest task from the click until every part is on screen, ms: 0 where none took over 50 ms. */
  longestTask: Stats;
  /** Per paste, from the click until every part is on screen, ms. */
  shown: Stats;
}

/**
 * Opens the panel `runs` times with a query and returns the median and p95 time to its first
 * results. Each open starts from about:blank, as a panel opens with no page before it.
 */
export async function measurePanelOpen(
  runs = 40,
  query = 'vertrouwen',
): Promise<PanelOpenTiming & { draft: DraftPasteTiming }> {
  const panel = await launch('chromium');
  const times: number[] = [];
  const parsed: number[] = [];
  const thesaurus: number[] = [];
  const longest: number[] = [];
  let results = Infinity;
  let browser: string;
  let draft: DraftPasteTiming;
  try {
    // The user agent gives the major version only (156.0.0.0): "Chromium 156".
    const major = await panel.evaluate(() => navigator.userAgent.match(/Chrome\/(\d+)/u)?.[1] ?? '');
    browser = major ? `Chromium ${major}` : 'Chromium';
    for (let i = 0; i < WARMUP + runs; i++) {
      await panel.leave();
      await panel.open(`?q=${encodeURIComponent(query)}`);
      // No named functions in here: tsx would wrap them in a helper the page lacks.
      const open = await panel.evaluate(() => ({
        at: performance.getEntriesByName('weerbaar:first-render')[0]?.startTime ?? Number.NaN,
        html: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.domInteractive,
        count: (performance.getEntriesByName('weerbaar:first-render')[0] as PerformanceMark | undefined)
          ?.detail?.results as number | undefined,
      }));
      if (!Number.isFinite(open.at)) throw new Error('The panel set no weerbaar:first-render mark.');
      await panel.waitFor(
        () => performance.getEntriesByName('weerbaar:thesaurus').length > 0,
        undefined,
        'The panel set no weerbaar:thesaurus mark.',
      );
      // Long tasks are buffered from the page's start: an observer made now is given them all.
      const taken = await panel.evaluate(
        (after) =>
          new Promise<{ at: number; longest: number }>((resolve) => {
            const at = performance.getEntriesByName('weerbaar:thesaurus')[0]!.startTime;
            new PerformanceObserver((list, observer) => {
              observer.disconnect();
              const tasks = list
                .getEntries()
                .filter((task) => task.startTime >= after && task.startTime < at);
              resolve({ at, longest: Math.max(0, ...tasks.map((task) => task.duration)) });
            }).observe({ type: 'longtask', buffered: true });
            // No long task at all: the observer is never called.
            setTimeout(() => resolve({ at, longest: 0 }), 100);
          }),
        open.at,
      );
      if (i < WARMUP) continue;
      thesaurus.push(taken.at);
      longest.push(taken.longest);
      times.push(open.at);
      parsed.push(open.html ?? Number.NaN);
      results = Math.min(results, open.count ?? 0);
    }
    draft = await measureDraftPaste(panel, PANEL.drafts);
  } finally {
    await panel.close();
  }
  const stats = summarize(times);
  return {
    runs,
    query,
    medianMs: stats.p50,
    p95Ms: stats.p95,
    minMs: Math.min(...times),
    stats,
    htmlParsedMs: summarize(parsed).p50,
    thesaurus: summarize(thesaurus),
    longestTask: summarize(longest),
    results,
    browser,
    draft,
  };
}

/**
 * Pastes a whole draft (the benchmark's ~20 000-character texts, in turn) into a panel just opened,
 * with its thesaurus in, `runs` times after one untimed paste, and asks for its advice: what a writer
 * does with a beleidsnotitie, the first time in the panel. Per paste, the longest task from the click
 * until every part is on screen (a key pressed meanwhile waits for it), and how long that took.
 */
async function measureDraftPaste(
  panel: Awaited<ReturnType<typeof launch>>,
  runs: number,
): Promise<DraftPasteTiming> {
  const longest: number[] = [];
  const shown: number[] = [];
  const parts: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await panel.leave();
    await panel.open();
    await panel.waitFor(() => performance.getEntriesByName('weerbaar:thesaurus').length > 0);
    await panel.clickText('Tekst plakken');
    // Pasted as a whole, as a paste does; then watched: when the click comes, and when the last part
    // shows (the first tab counts the parts: `Per deel (148)`). A task that ends after the click
    // counts: the click's own (which splits the draft, keeps it in Recent and looks up its first
    // parts) began before its listener ran.
    await panel.evaluate(
      (text) => {
        const box = document.querySelector<HTMLTextAreaElement>('#paste')!;
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        const watch = window as unknown as {
          clicked?: number;
          shown?: number;
          parts?: number;
          tasks: number[];
        };
        watch.tasks = [];
        new PerformanceObserver((list) => {
          for (const task of list.getEntries())
            if (task.startTime + task.duration > watch.clicked!) watch.tasks.push(task.duration);
        }).observe({ type: 'longtask' });
        document.addEventListener('click', () => (watch.clicked = performance.now()), {
          capture: true,
          once: true,
        });
        new MutationObserver((_, observer) => {
          const total = Number(document.querySelector('.draft-tabs button')?.textContent?.match(/\d+/u)?.[0]);
          const on =
            document.querySelectorAll('.draft-part:not(.draft-header)').length +
            document.querySelectorAll('[data-part-line]').length;
          if (total && on === total) {
            watch.shown = performance.now();
            watch.parts = total;
            observer.disconnect();
          }
        }).observe(document.body, { childList: true, subtree: true });
      },
      draftText(20_000, i % LONG_VARIANTS),
    );
    await panel.clickText('Zoek advies bij deze tekst');
    await panel.waitFor(
      () => (window as unknown as { shown?: number }).shown !== undefined,
      undefined,
      'The draft did not show all its parts.',
      30_000,
    );
    // A long task is reported once it has ended: a turn for the observer first.
    const paste = await panel.evaluate(
      () =>
        new Promise<{ longest: number; shown: number; parts: number }>((resolve) =>
          setTimeout(() => {
            const watch = window as unknown as {
              clicked: number;
              shown: number;
              parts: number;
              tasks: number[];
            };
            resolve({
              longest: Math.max(0, ...watch.tasks),
              shown: watch.shown - watch.clicked,
              parts: watch.parts,
            });
          }, 100),
        ),
    );
    if (i === 0) continue;
    longest.push(paste.longest);
    shown.push(paste.shown);
    parts.push(paste.parts);
  }
  return {
    runs,
    parts: [Math.min(...parts), Math.max(...parts)],
    longestTask: summarize(longest),
    shown: summarize(shown),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(CHROME_MANIFEST)) throw new Error('No .output/chrome-mv3: run `npm run build` first.');
  const runs = Number(process.argv[2] ?? 40);
  const timing = await measurePanelOpen(runs, process.argv[3]);
  console.log(
    `Panel open → first results (headless ${timing.browser}, "${timing.query}", ${timing.runs} runs): ` +
      `median ${timing.medianMs.toFixed(1)} ms, p95 ${timing.p95Ms.toFixed(1)} ms ` +
      `(HTML parsed at ${timing.htmlParsedMs.toFixed(1)} ms), ${timing.results} results shown; ` +
      `thesaurus in: median ${timing.thesaurus.p50.toFixed(1)} ms; longest task after the first render: ` +
      `median ${timing.longestTask.p50.toFixed(1)} ms, p95 ${timing.longestTask.p95.toFixed(1)} ms; ` +
      `a whole draft pasted (${timing.draft.runs} runs, ${timing.draft.parts.join('–')} parts): longest task ` +
      `median ${timing.draft.longestTask.p50.toFixed(1)} ms, p95 ${timing.draft.longestTask.p95.toFixed(1)} ms, ` +
      `every part on screen after a median ${timing.draft.shown.p50.toFixed(0)} ms`,
  );
}
