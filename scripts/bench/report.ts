/** bench/RESULTS.md and the console summary, from the results: tables of figures and the method, once. */
import { cell, consoleTable, kb, markdownTable, score, times } from './format';
import { ENGINES } from './peers';
import * as plan from './plan';
import { FACTOR, LONG_WORKLOADS, WORKLOADS, type CorpusId } from './plan';
import { QUERY_SETS } from './relevance';
import type { Results } from './results';
import type { PanelOpenTiming } from '../bench-panel';
import type { Stats } from './measure';

const CORPORA: CorpusId[] = ['real', 'synthetic'];
const corpusName = (corpus: CorpusId) => (corpus === 'real' ? 'real' : `${FACTOR}×`);

const SPEED_HEADER = [
  'Workload',
  'Corpus',
  ...ENGINES.map((engine) => `${engine.name} p50 / p95 ms`),
  ...ENGINES.slice(1).map((engine) => `${engine.name} p95 ÷ Weerbaar's`),
];
const TARGET_HEADER = ['Target', 'Measured', 'Result'];
const LONG_HEADER = ['Workload', 'Corpus', 'Weerbaar p50 / p95 ms'];

export function renderMarkdown(results: Results): string {
  const { meta } = results;
  return [
    '# Search benchmark',
    '',
    `\`npm run bench\` (scripts/bench.ts), ${meta.date} (${meta.durationSeconds} s): Node ${meta.node}, ${meta.cpu}, ${meta.cores} cores, ${meta.platform}, load average ${meta.load.join(' → ')}.`,
    '',
    '## Targets',
    '',
    markdownTable(TARGET_HEADER, targetRows(results)),
    '',
    '## Speed',
    '',
    'Milliseconds per call, p50 / p95 (n timed calls); "capped": a peer\'s time budget ended the cell; "est.": timed on 1% of the corpus, times 100.',
    '',
    markdownTable(SPEED_HEADER, speedRows(results)),
    '',
    '### Drafts and long inputs (Weerbaar)',
    '',
    markdownTable(LONG_HEADER, longRows(results)),
    '',
    '## Relevance',
    '',
    'hit@3 / MRR@5 per kind of query.',
    '',
    ...QUERY_SETS.flatMap(({ id }) => {
      const set = results.relevance[id];
      return [
        `### ${set.label[0]!.toUpperCase()}${set.label.slice(1)} queries (${set.file}, ${set.queries})`,
        '',
        markdownTable(['Kind', 'n', ...ENGINES.map((engine) => engine.name)], relevanceRows(results, id)),
        '',
      ];
    }),
    '### Cut-off (Weerbaar)',
    '',
    markdownTable(
      ['Single-topic queries', 'Median results above the cut-off', 'Expected tip above it'],
      [
        [
          String(results.precision.queries),
          String(results.precision.medianStrong),
          `${(results.precision.expectedStrong * 100).toFixed(1)} %`,
        ],
      ],
    ),
    '',
    '## Size',
    '',
    markdownTable(['Corpus', 'What', 'raw kB', 'gzip kB'], sizeRows(results)),
    '',
    '## Method',
    '',
    ...method(results).map((line) => `- ${line}`),
    '',
  ].join('\n');
}

export function renderConsole(results: Results): string {
  return [
    consoleTable(SPEED_HEADER, speedRows(results)),
    consoleTable(LONG_HEADER, longRows(results)),
    consoleTable(TARGET_HEADER, targetRows(results)),
  ].join('\n\n');
}

function targetRows(results: Results): string[][] {
  return results.targets.map(({ target, measured, pass }) => [target, measured, pass ? 'PASS' : 'MISS']);
}

function speedRows(results: Results): string[][] {
  const rows = WORKLOADS.flatMap(({ id, label }) =>
    CORPORA.map((corpus) => {
      const cells = results.cells[corpus][id] ?? {};
      const ratio = (peer: string) => {
        const theirs = cells[peer];
        if (!cells.Weerbaar || !theirs) return '–';
        return `${times(theirs.p95 / cells.Weerbaar.p95)}${theirs.estimated ? ' est.' : ''}`;
      };
      return [
        label,
        corpusName(corpus),
        ...ENGINES.map((engine) => cell(cells[engine.name])),
        ...ENGINES.slice(1).map((engine) => ratio(engine.name)),
      ];
    }),
  );
  const open = results.panel;
  const measured = (stats: (timing: PanelOpenTiming) => Stats) =>
    'skipped' in open ? `not measured: ${open.skipped}` : cell(stats(open));
  return [
    ...rows,
    ['Panel open → first results (headless Chromium)', 'real', measured((o) => o.stats), '–', '–', '–', '–'],
    [
      'Panel open → thesaurus in (headless Chromium)',
      'real',
      measured((o) => o.thesaurus),
      '–',
      '–',
      '–',
      '–',
    ],
    [
      'Longest task after the first render, until the thesaurus is in (0: none over 50 ms)',
      'real',
      measured((o) => o.longestTask),
      '–',
      '–',
      '–',
      '–',
    ],
    ...(['longestTask', 'shown'] as const).map((stat) => [
      stat === 'longestTask'
        ? 'Longest task while a whole draft pasted is worked out (0: none over 50 ms; headless Chromium)'
        : 'Whole draft pasted → every part on screen (headless Chromium)',
      'real',
      'skipped' in open || !open.draft ? 'not measured' : cell(open.draft[stat]),
      '–',
      '–',
      '–',
      '–',
    ]),
  ];
}

function longRows(results: Results): string[][] {
  return LONG_WORKLOADS.flatMap(({ id, label, samples }) =>
    CORPORA.filter((corpus) => samples[corpus]).map((corpus) => [
      label,
      corpusName(corpus),
      cell(results.cells[corpus][id]?.Weerbaar),
    ]),
  );
}

function relevanceRows(results: Results, set: keyof Results['relevance']): string[][] {
  const engines = results.relevance[set].engines;
  const ours = engines.Weerbaar!;
  return [...Object.keys(ours.byKind), 'overall'].map((kind) => [
    kind,
    String((kind === 'overall' ? ours.overall : ours.byKind[kind]!).queries),
    ...ENGINES.map(({ name }) => {
      const found = kind === 'overall' ? engines[name]!.overall : engines[name]!.byKind[kind];
      return found ? score(found) : '–';
    }),
  ]);
}

function sizeRows(results: Results): string[][] {
  const row = (corpus: string, what: string, size: { raw: number; gzip: number }) => [
    corpus,
    what,
    kb(size.raw),
    kb(size.gzip),
  ];
  const rows = CORPORA.flatMap((corpus) => [
    ...ENGINES.flatMap(({ name }) => {
      const size = results.indexSize[corpus][name];
      return size ? [row(corpusName(corpus), `${name} index, serialised`, size)] : [];
    }),
    row(
      corpusName(corpus),
      'Weerbaar recorded analysis (shipped instead of an index)',
      results.analysisSize[corpus],
    ),
    row(corpusName(corpus), 'the knowledge base as JSON', results.corpora[corpus].data),
  ]);
  const panel = results.panelSize;
  if (!panel) return [...rows, ['build', 'side panel: no build, run npm run build first', '–', '–']];
  const files = (part: { files: string[] }) => part.files.join(', ') || 'none';
  return [
    ...rows,
    row('build', `side panel JS + data before its first render (${files(panel.atOpen)})`, panel.atOpen),
    row('build', `thesaurus, imported after the first render (${files(panel.thesaurus)})`, panel.thesaurus),
    row('build', `chunks imported on demand (${files(panel.onDemand)})`, panel.onDemand),
  ];
}

/** The long inputs: what they are, how long, how many parts a draft call looks up, how often timed. */
function longMethod({ workload }: Results): string {
  const chars = (id: string) =>
    (workload.selectionLengths[id] ?? []).map((n) => n.toLocaleString('en')).join(', ');
  const parts = (id: string) => (workload.draftParts?.[id] ?? []).join(', ');
  const timed = (id: string, corpus: CorpusId) =>
    LONG_WORKLOADS.find((long) => long.id === id)?.samples[corpus];
  return `Drafts and long inputs: ${plan.LONG_VARIANTS} texts each, built from the multi-topic drafts of tests/fixtures/relevance/drafts.json (scripts/bench/draft.ts), each starting at another draft: a whole beleidsnotitie, the drafts as paragraphs cut at a word boundary (${chars('draft20000')} characters; ${parts('draft20000')} parts); 1 MB, the same to 1,000,000 characters (${parts('draft1MB')} parts once cut to 20,000); 100,000 words, the drafts' words in one paragraph (${chars('selection100kWords')} characters; ${parts('draft100kWords')} parts once cut). A draft call looks up each part as a selection. Weerbaar only, after untimed warm-up calls (every text once; one call at ${FACTOR}×); fewer timed calls than the other cells: ${timed('draft20000', 'real')} per beleidsnotitie (${timed('draft20000', 'synthetic')} at ${FACTOR}×, where one call takes seconds and p95 is their slowest), ${timed('selection1MB', 'real')} per long selection, ${timed('draft1MB', 'real')} per long draft.`;
}

function method(results: Results): string[] {
  const { corpora, workload } = results;
  const opens = 'skipped' in results.panel ? plan.PANEL.runs : results.panel.runs;
  return [
    `Corpora: the real knowledge base (${corpora.real.tips} tips, ${corpora.real.vocabulary.toLocaleString('en')} distinct words) and a synthetic one ${FACTOR} times larger (${corpora.synthetic.tips.toLocaleString('en')} tips in ${corpora.synthetic.reports} reports, ${corpora.synthetic.vocabulary.toLocaleString('en')} distinct words), generated with a seeded PRNG by tools/synthetic-corpus.ts and valid by validateKnowledgeBase; its concepts keep their labels and themes, not their tips.`,
    `Typed: ${workload.typedQueries.length} queries (the development queries of kinds ${plan.TYPED_KINDS.join(', ')}, and ${plan.OWN_QUERIES.map((query) => `"${query}"`).join(', ')}), each prefix as typed one character at a time: ${workload.prefixes} calls a pass.`,
    `Selections: ${plan.SELECTION_VARIANTS} passages of each length from a Dutch draft (scripts/bench/draft.ts), cut at word boundaries (${workload.selectionLengths.selection300!.join(', ')} and ${workload.selectionLengths.selection3000!.join(', ')} characters).`,
    longMethod(results),
    `Build: a new index from the knowledge base. From the recorded analysis: \`createSearch(kb, JSON.parse(analysis))\` without the thesaurus (neither its labels nor what its concepts lead to: it loads after the first render), the panel's call at open (utils/knowledge-base.ts). Load: Weerbaar \`loadSearch\`, Fuse.js \`Fuse.parseIndex\`, FlexSearch \`import\`, each from JSON.`,
    `Timing: each call on its own (performance.now) after untimed warm-up calls, garbage collected between cells. Weerbaar gets every sample (${plan.SAMPLES.typedPasses.real} passes typed, ${plan.SAMPLES.typedPasses.synthetic} at ${FACTOR}×; ${plan.SAMPLES.selection} per selection length, ${plan.SAMPLES.build.real} builds, ${plan.SAMPLES.build.synthetic} at ${FACTOR}×); a peer stops at its budget (${plan.PEER_BUDGET.typed / 1000} s typed, ${plan.PEER_BUDGET.selection / 1000} s per selection length, ${plan.PEER_BUDGET.build / 1000} s builds). Fuse.js selections at ${FACTOR}× take minutes per call: they are timed on 1% of the synthetic corpus and multiplied by ${FACTOR}, as Fuse.js scans every tip. Percentiles by nearest rank.`,
    `Relevance: tests/fixtures/relevance/, scored as tests/unit/relevance.test.ts scores it (tools/evaluate-relevance.ts; the practitioners' queries through \`labelledByTips\`); a paragraph goes to an engine's selection call, every other kind to its typed call. Cut-off: \`evaluatePrecision\` on the typed queries of the development and held-out sets, Weerbaar's \`strong\` count.`,
    `Size: each file gzipped on its own (node:zlib, default level). The side panel at open is sidepanel.html's scripts and every chunk they import statically; the thesaurus chunk (\`_virtual_thesaurus-*.js\`) is imported right after it, other dynamic imports only when a feature asks for them.`,
    `Panel open (scripts/bench-panel.ts, after the search workloads): the built extension (.output/chrome-mv3, or the copy \`WEERBAAR_OUTPUT\` names) in headless Chromium (tools/browsers.ts, Dutch UI), \`sidepanel.html?q=${plan.PANEL.query}\` opened from about:blank ${opens} times after 5 untimed opens; each time the \`weerbaar:first-render\` mark (set right after the panel's synchronous first render, before its thesaurus has loaded; the query is searched again once it has) as milliseconds since the navigation started, and the results on screen then; then the \`weerbaar:thesaurus\` mark (the thesaurus taken in, in four tasks, and the query searched again), and the longest task between the two marks that the Long Tasks API reports (tasks over 50 ms; 0 where none), a task a key pressed then would wait for. Then a whole draft pasted: the panel opened again, its thesaurus in, the draft-advice workload's ~20 000-character texts in turn pasted into _Tekst plakken_ whole and looked up (_Zoek advies bij deze tekst_), ${plan.PANEL.drafts} times after one untimed paste: the longest task from the click until every part is on screen (0 where none took over 50 ms), and how long that took.`,
    ...ENGINES.map(({ name, config }) => `${name}: ${config}.`),
    "Peers' settings: Fuse.js `ignoreLocation` as a match may be anywhere in a long summary or quote; `threshold` 0.3, as at the default 0.6 every tip matches a common word while 0.3 still finds the typo `aanbestding`; `useTokenSearch` so each word of a query is matched on its own, any word sufficing; `ignoreDiacritics` as Weerbaar folds accents. FlexSearch `tokenize: 'forward'` indexes every prefix, its way to match a word being typed; `Charset.LatinBalance` merges similar-sounding letters, its only typo tolerance; `suggest` so a tip matching some words of a query counts. Both get `toSearchDocuments(kb)` (lib/search/documents.ts) with Weerbaar's field weights.",
  ];
}
