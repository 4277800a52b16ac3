/**
 * The benchmark: Weerbaar's search, called as the side panel calls it, beside Fuse.js and
 * FlexSearch, on the real knowledge base and on a synthetic one 100 times larger; relevance on the
 * labelled queries; the built panel's size and, last (so the browser does not disturb the rest), its
 * time to open in headless Chromium. A measurement, not a test: it writes bench/RESULTS.md (for
 * people) and bench/results.json (for tools). What it measures and how often: scripts/bench/plan.ts.
 *
 *   npm run bench
 *   npm run bench -- --render    (RESULTS.md again from bench/results.json, without measuring)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { KnowledgeBase } from '../lib/schema';
import { DATA_DIR, loadKnowledgeBase, OUTPUT_DIR } from '../tools/read-knowledge-base';
import {
  createSyntheticKnowledgeBase,
  toKnowledgeBaseFiles,
  vocabularySize,
} from '../tools/synthetic-corpus';
import { validateKnowledgeBase } from '../tools/validate-knowledge-base';
import { capLookup } from '../lib/handoff';
import { splitDraft } from '../lib/search/split-draft';
import { draftSelections, draftText, draftWords } from './bench/draft';
import { cell } from './bench/format';
import { collectGarbage, sample, scale, sizes } from './bench/measure';
import { ENGINES, weerbaar, type EngineIndex } from './bench/peers';
import {
  FACTOR,
  LONG_VARIANTS,
  LONG_WORKLOADS,
  OWN_QUERIES,
  PANEL,
  PEER_BUDGET,
  SAMPLES,
  SELECTION_VARIANTS,
  TYPED_KINDS,
  type CorpusId,
  type LongWorkload,
  type Workload,
} from './bench/plan';
import { measurePrecision, measureRelevance, readQuerySet } from './bench/relevance';
import { renderConsole, renderMarkdown } from './bench/report';
import { judgeTargets, type Cell, type Results } from './bench/results';
import { jsonSize, panelSize } from './bench/shipped-size';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench');
/** The build the panel rows measure: `.output/`, or the copy of it `WEERBAAR_OUTPUT` names. */
const BUILD = resolve(ROOT, process.env[OUTPUT_DIR] ?? '.output', 'chrome-mv3');
const START = performance.now();

async function main(): Promise<void> {
  const real = loadKnowledgeBase();
  const synthetic = createSyntheticKnowledgeBase(real, { factor: FACTOR });
  const validation = validateKnowledgeBase(toKnowledgeBaseFiles(synthetic));
  if (!validation.ok)
    throw new Error(`synthetic corpus invalid: ${validation.errors.slice(0, 3).join('; ')}`);
  const knowledgeBases: Record<CorpusId, KnowledgeBase> = { real, synthetic };

  const typedQueries = [
    ...readQuerySet('dev-queries.json')
      .filter(([kind]) => TYPED_KINDS.includes(kind))
      .map(([, query]) => query),
    ...OWN_QUERIES,
  ];
  // Every prefix of every query, as it is typed: `s`, `sl`, `sle`, … `vertrouwen `, `vertrouwen w`, …
  const prefixes = typedQueries.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
  const selections = {
    selection300: draftSelections(300, SELECTION_VARIANTS),
    selection3000: draftSelections(3000, SELECTION_VARIANTS),
  };
  const variants = (make: (variant: number) => string) =>
    Array.from({ length: LONG_VARIANTS }, (_, i) => make(i));
  const megabyte = variants((i) => draftText(1_000_000, i));
  const words = variants((i) => draftWords(100_000, i));
  const longInputs: Record<LongWorkload, string[]> = {
    draft20000: variants((i) => draftText(20_000, i)),
    selection1MB: megabyte,
    selection100kWords: words,
    draft1MB: megabyte,
    draft100kWords: words,
  };
  const cpu = cpus()[0]?.model ?? 'unknown';
  const loadAtStart = loadavg()[0]!;
  log(`Weerbaar benchmark — ${cpu}, ${cpus().length} cores, Node ${process.version}`);

  const cells = { real: {}, synthetic: {} } as Results['cells'];
  const indexSize = { real: {}, synthetic: {} } as Results['indexSize'];
  const analysisSize = {} as Results['analysisSize'];
  for (const corpus of ['real', 'synthetic'] as const) {
    const kb = knowledgeBases[corpus];
    const tips = countTips(kb);
    for (const engine of ENGINES) {
      const put = (workload: Workload, stats: Cell) => {
        (cells[corpus][workload] ??= {})[engine.name] = stats;
        log(`  ${corpus.padEnd(9)} ${engine.name.padEnd(10)} ${workload.padEnd(13)} ${cell(stats)}`);
      };
      const budget = (ms: number) => (engine === weerbaar ? Infinity : ms);
      // The real corpus's builds, just before, have warmed the same code; a 100× build is long.
      const buildOptions = {
        samples: SAMPLES.build[corpus],
        warmup: corpus === 'real' ? 3 : 0,
        budgetMs: budget(PEER_BUDGET.build),
      };
      const timeIndex = (workload: Workload, get: () => EngineIndex) =>
        put(workload, sample(get, buildOptions));

      timeIndex('build', () => engine.build(kb));
      const index = engine.build(kb);
      const serialized = await index.serialize();
      indexSize[corpus][engine.name] = serialized === undefined ? null : sizes(serialized);
      if (serialized !== undefined) timeIndex('load', () => engine.load(kb, serialized));
      if (engine.record && engine.buildRecorded) {
        const { buildRecorded } = engine;
        const recorded = engine.record(kb);
        analysisSize[corpus] = sizes(recorded);
        timeIndex('recorded', () => buildRecorded(kb, recorded));
      }

      put(
        'typed',
        sample((i) => index.typed(prefixes[i % prefixes.length]!), {
          samples: SAMPLES.typedPasses[corpus] * prefixes.length,
          warmup: prefixes.length,
          budgetMs: budget(PEER_BUDGET.typed),
        }),
      );
      for (const workload of ['selection300', 'selection3000'] as const) {
        const texts = selections[workload];
        const run = (target: EngineIndex) => (i: number) => target.selection(texts[i % texts.length]!);
        const options = {
          samples: SAMPLES.selection,
          warmup: 2 * texts.length,
          budgetMs: budget(PEER_BUDGET.selection),
        };
        if (engine.name === 'Fuse.js' && corpus === 'synthetic') {
          // One Fuse.js call on the whole corpus takes minutes: time it on 1%, without warm-up (the
          // same code has just run on the real corpus, and one call takes seconds).
          const slice = engine.build(firstTips(kb, tips / FACTOR));
          put(workload, { ...scale(sample(run(slice), { ...options, warmup: 0 }), FACTOR), estimated: true });
        } else put(workload, sample(run(index), options));
      }
      if (index.draft) {
        const { draft } = index;
        for (const { id, call, samples } of LONG_WORKLOADS) {
          const texts = longInputs[id];
          const run = call === 'draft' ? draft : (text: string) => index.selection(text);
          // At 100× one draft call takes seconds: one untimed call there.
          const warmup = corpus === 'real' ? texts.length : 1;
          if (samples[corpus])
            put(
              id,
              sample((i) => run(texts[i % texts.length]!), { samples: samples[corpus], warmup }),
            );
        }
      }
      collectGarbage();
    }
  }

  log('Relevance and cut-off on the labelled queries (real corpus)…');
  const indexes = ENGINES.map((engine) => ({ name: engine.name, index: engine.build(real) }));
  const relevance = measureRelevance(real, indexes);
  const precision = measurePrecision(real, indexes[0]!.index);
  collectGarbage();

  const panel = await openPanel();
  const corpus = (kb: KnowledgeBase, data: Results['corpora']['real']['data']) => ({
    tips: countTips(kb),
    reports: kb.reports.length,
    vocabulary: vocabularySize(kb),
    data,
  });
  const results: Results = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      cpu,
      cores: cpus().length,
      platform: `${process.platform} ${process.arch}`,
      durationSeconds: Math.round((performance.now() - START) / 1000),
      // Other processes on the machine slow every figure: the 1-minute load average, at start and end.
      load: [loadAtStart, loadavg()[0]!].map((load) => Math.round(load * 10) / 10),
    },
    corpora: {
      real: corpus(real, jsonSize(DATA_DIR)),
      synthetic: corpus(synthetic, sizes(JSON.stringify(toKnowledgeBaseFiles(synthetic)))),
    },
    cells,
    indexSize,
    analysisSize,
    relevance,
    precision,
    panel,
    panelSize: panelSize(join(BUILD, 'sidepanel.html')),
    workload: {
      typedQueries,
      prefixes: prefixes.length,
      selectionLengths: Object.fromEntries(
        Object.entries({ ...selections, ...longInputs }).map(([id, texts]) => [
          id,
          texts.map((text) => text.length),
        ]),
      ),
      // What a draft call looks up: one selection per part of the text as the panel cuts it.
      draftParts: Object.fromEntries(
        LONG_WORKLOADS.filter(({ call }) => call === 'draft').map(({ id }) => [
          id,
          longInputs[id].map((text) => splitDraft(capLookup(text)).length),
        ]),
      ),
    },
    targets: [],
  };
  await write(results);
  // The browser may not have answered in time and still be running: do not wait for it.
  process.exit(0);
}

/**
 * Opens the built panel in headless Chromium (scripts/bench-panel.ts), or says why it could not: no
 * build, no browser, or no answer in time. Never fails the run.
 */
async function openPanel(): Promise<Results['panel']> {
  log(`Opening the panel in headless Chromium, ${PANEL.runs} timed opens…`);
  let timer: NodeJS.Timeout | undefined;
  try {
    // Imported here: the browser automation stays out of the search measurements.
    const { CHROME_MANIFEST, measurePanelOpen } = await import('./bench-panel');
    if (!existsSync(CHROME_MANIFEST)) return { skipped: 'no .output/chrome-mv3: run npm run build first' };
    return await Promise.race([
      measurePanelOpen(PANEL.runs, PANEL.query),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no result within ${PANEL.timeoutMs / 1000} s`)),
          PANEL.timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
    return { skipped: 'Chromium could not be run', error: message };
  } finally {
    clearTimeout(timer);
  }
}

/** Judges the targets, writes both files as Prettier would (so `npm run lint` stays clean), prints the tables. */
async function write(results: Results): Promise<void> {
  results.targets = judgeTargets(results);
  mkdirSync(OUT, { recursive: true });
  for (const [file, text] of [
    ['results.json', JSON.stringify(results)],
    ['RESULTS.md', renderMarkdown(results)],
  ] as const) {
    const path = join(OUT, file);
    writeFileSync(path, await format(text, { ...(await resolveConfig(path)), filepath: path }));
  }
  console.log(`\n${renderConsole(results)}\n`);
  log(`Wrote bench/RESULTS.md and bench/results.json (measured ${results.meta.date}).`);
}

/** A progress line, with the seconds since the start. */
function log(line: string): void {
  console.log(`[${((performance.now() - START) / 1000).toFixed(1).padStart(5)} s] ${line}`);
}

function countTips(kb: KnowledgeBase): number {
  return kb.reports.reduce((sum, { tips }) => sum + tips.length, 0);
}

/** The first `count` tips of a knowledge base, as one (still valid) knowledge base. */
function firstTips(kb: KnowledgeBase, count: number): KnowledgeBase {
  const first = kb.reports[0]!;
  return { ...kb, reports: [{ ...first, tips: first.tips.slice(0, count) }] };
}

if (process.argv.includes('--render')) {
  await write(JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')) as Results);
} else await main();
