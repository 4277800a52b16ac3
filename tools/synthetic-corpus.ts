/**
 * A synthetic knowledge base many times larger than the real one, to see how the search scales
 * before the corpus does. It is generated deterministically from the real tips: the same seed gives
 * the same corpus on every machine, so results of different runs stay comparable.
 */
import { DUTCH_STOPWORDS } from '../lib/analysis/stopwords';
import { tokenize } from '../lib/analysis/tokenize';
import { sectionText } from '../lib/find-quote';
import type { Block, Tip } from '../lib/schema';
import { NO_WRITERS, type KnowledgeBase, type ReportData } from '../lib/schema';
import type { KnowledgeBaseFiles } from './validate-knowledge-base';

/** A pseudo-random number generator: `next()` in [0, 1). */
export interface Random {
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Mulberry32: tiny, fast and good enough to shuffle text; `Math.random` cannot be seeded, and a
 * corpus that changes between runs would make two benchmark runs incomparable.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]! };
}

export interface SyntheticOptions {
  /** How many times the real number of tips. Default 100. */
  factor?: number;
  /** Tips per synthetic report: a real corpus grows by reports, each with its own text. Default 480. */
  tipsPerReport?: number;
  seed?: number;
}

/** Sentence ends followed by a space: good enough for the report's prose. */
const SENTENCE_END = /(?<=[.!?…])\s+(?=[A-Z‘'“"0-9])/u;
/** Share of content words replaced by another word of the corpus or by a new compound. */
const REPLACE = 0.18;
/** Of the replacements, the share that is a compound (the rest is a word of the real corpus). */
const COMPOUND = 0.5;
/** Of the compounds, the share that is coined anew (the rest reuses one coined before). */
const NEW_COMPOUND = 0.6;

/**
 * Generates a knowledge base `factor` times the size of `kb` by recombining its sentences and words.
 *
 * Each new tip takes a real tip as template for what must stay consistent (section, speaker,
 * heading, kind, themes, mostly), and new texts in every field the search reads: a title with some
 * words swapped, a summary and a quote of sentences drawn from tips that share a theme (so a tip
 * stays about something), each with some content words replaced. The quote is added to its
 * section's text, so it is the report's own words as validation demands, and the text grows with
 * the tips as a real corpus's would.
 *
 * The vocabulary grows as a real one would with 100 times the text (Heaps' law, roughly √100 = 10
 * times the words), not just repeats the real words: replaced words are often new Dutch compounds of
 * two corpus words (`buurtvertrouwen`, `veiligheidsnetwerk`), coined along the way and reused, as a
 * real corpus keeps coining and reusing them. That matters for the search: more distinct terms mean a
 * larger index, more prefix expansions and more fuzzy candidates per keystroke.
 */
export function createSyntheticKnowledgeBase(
  kb: KnowledgeBase,
  options: SyntheticOptions = {},
): KnowledgeBase {
  const { factor = 100, tipsPerReport = 480, seed = 20240415 } = options;
  const random = createRandom(seed);
  const source = kb.reports[0]!;
  const realTips = kb.reports.flatMap((report) => report.tips);
  const total = realTips.length * factor;
  const words = contentWords(realTips);
  const coined: string[] = [];
  const sentences = (texts: (tip: Tip) => string) =>
    new Map(realTips.map((tip) => [tip, splitSentences(texts(tip))]));
  const summaries = sentences((tip) => tip.summary);
  const quotes = sentences((tip) => tip.quote);
  const enSummaries = sentences((tip) => tip.en.summary);
  const byTheme = new Map<string, Tip[]>();
  for (const tip of realTips)
    for (const theme of tip.themes) byTheme.set(theme, [...(byTheme.get(theme) ?? []), tip]);

  function compound(): string {
    if (coined.length && random.next() > NEW_COMPOUND) return random.pick(coined);
    const modifier = random.pick(words);
    const head = random.pick(words);
    // Dutch links with an `s` after -heid, -ing and -schap: veiligheidsbeleid, opleidingsplan.
    const link = /(?:heid|ing|schap)$/u.test(modifier) ? 's' : '';
    const word = modifier + link + head;
    coined.push(word);
    return word;
  }

  /** Replaces some content words; keeps punctuation, spacing and a capital at the start. */
  function mutate(text: string): string {
    let out = '';
    let at = 0;
    for (const token of tokenize(text)) {
      out += text.slice(at, token.start);
      at = token.end;
      const word = token.word;
      const content = word.length >= 4 && /^\p{Ll}+$/u.test(word) && !DUTCH_STOPWORDS.has(word);
      out +=
        content && random.next() < REPLACE
          ? random.next() < COMPOUND
            ? compound()
            : random.pick(words)
          : word;
    }
    return out + text.slice(at);
  }

  /** A few sentences from tips that share a theme with `template`, starting with its own. */
  function recombine(template: Tip, pool: Map<Tip, string[]>, count: number, change: boolean): string {
    const related = byTheme.get(random.pick(template.themes)) ?? [template];
    const picked = [random.pick(pool.get(template)!)];
    while (picked.length < count) picked.push(random.pick(pool.get(random.pick(related))!));
    return picked.map((sentence) => (change ? mutate(sentence) : sentence)).join(' ');
  }

  function title(template: Tip): string {
    for (let attempt = 0; attempt < 5; attempt++) {
      const candidate = mutate(template.title);
      if (candidate.length <= 90) return candidate;
    }
    return template.title;
  }

  const reports: ReportData[] = [];
  for (let first = 0, r = 1; first < total; first += tipsPerReport, r++) {
    const reportId = `${source.report.id}-synthetisch-${String(r).padStart(2, '0')}`;
    const blocks = new Map<string, Block[]>(
      source.text.sections.map((section) => [section.id, [...section.blocks]]),
    );
    // Each section's text as validation joins it, to keep every quote the first of its kind there.
    const joined = new Map([...blocks].map(([id, list]) => [id, sectionText(list)]));
    const tips: Tip[] = [];
    for (let n = first; n < Math.min(total, first + tipsPerReport); n++) {
      // Cycling through the real tips keeps the real spread over sections, speakers and kinds.
      const template = realTips[n % realTips.length]!;
      const themes = [...template.themes];
      if (random.next() < 0.3) themes[random.int(themes.length)] = random.pick(kb.themes).id;
      const text = joined.get(template.section)!;
      // A quote that already stands in the section would overlap another tip's: draw again.
      let quote = recombine(template, quotes, 1 + random.int(3), true);
      while (text.includes(quote)) quote = recombine(template, quotes, 2 + random.int(2), true);
      tips.push({
        ...template,
        id: `${template.id.slice(0, 40)}-s${n + 1}`,
        report: reportId,
        title: title(template),
        summary: recombine(template, summaries, 1 + random.int(3), true),
        quote,
        themes: [...new Set(themes)],
        en: {
          title: random.pick(related(template)).en.title,
          summary: recombine(template, enSummaries, 1 + random.int(2), false),
        },
      });
      blocks.get(template.section)!.push({ type: 'paragraph', text: quote });
      joined.set(template.section, `${text} ${quote}`);
    }
    reports.push({
      report: { ...source.report, id: reportId },
      text: {
        report: reportId,
        sections: source.text.sections.map((section) => ({
          id: section.id,
          blocks: blocks.get(section.id)!,
        })),
      },
      tips,
    });
  }
  // Concepts lead to the copies through their themes: a tip id of the real corpus is no tip here.
  const concepts = kb.concepts.map((concept) => ({ ...concept, tips: [] }));
  return { themes: kb.themes, concepts, writers: NO_WRITERS, reports };

  function related(template: Tip): Tip[] {
    return byTheme.get(template.themes[0]!) ?? [template];
  }
}

/**
 * The files of a knowledge base as `validateKnowledgeBase` reads them, to check that a generated
 * one is as valid as the real one (ids, references, verbatim quotes).
 */
export function toKnowledgeBaseFiles(kb: KnowledgeBase): KnowledgeBaseFiles {
  return {
    index: { path: 'index.json', data: { reports: kb.reports.map(({ report }) => report.id) } },
    themes: { path: 'themes.json', data: kb.themes },
    thesaurus: [
      { path: 'thesaurus.json', data: { domain: 'synthetic', note: 'All concepts.', concepts: kb.concepts } },
    ],
    reports: kb.reports.map(({ report, text, tips }) => ({
      report: { path: `${report.id}/report.json`, data: report },
      text: { path: `${report.id}/text.json`, data: text },
      tips: { path: `${report.id}/tips.json`, data: tips },
    })),
  };
}

/** The distinct folded words of the tips' Dutch and English texts: to show the vocabulary grew. */
export function vocabularySize(kb: KnowledgeBase): number {
  const seen = new Set<string>();
  for (const { tips } of kb.reports) {
    for (const tip of tips) {
      for (const text of [tip.title, tip.summary, tip.quote, tip.en.title, tip.en.summary]) {
        for (const token of tokenize(text)) seen.add(token.word.toLowerCase());
      }
    }
  }
  return seen.size;
}

function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END).filter(Boolean);
}

/** Lower-case content words of the tips: what replacements and compounds are made of. */
function contentWords(tips: readonly Tip[]): string[] {
  const words = new Set<string>();
  for (const tip of tips) {
    for (const text of [tip.title, tip.summary, tip.quote]) {
      for (const { word } of tokenize(text)) {
        if (word.length >= 4 && word.length <= 12 && /^\p{Ll}+$/u.test(word) && !DUTCH_STOPWORDS.has(word))
          words.add(word);
      }
    }
  }
  // Sorted: a Set's order follows insertion, which is stable, but sorting makes the intent plain.
  return [...words].sort();
}
