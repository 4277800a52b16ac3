/**
 * Learns the words writers use for each tip from drafts whose subjects are labelled with the tips
 * they ask for (tests/fixtures/relevance/): for `data/writers-words.json`, which the search indexes as
 * a field of its own (lib/search/DESIGN.md, "Writers' words"). A writer says "halverwege hebben we
 * het jaarprogramma losgelaten" where the report says "improviseren"; over fifty sets of drafts by as
 * many writers, the words that come back in the parts of one tip's subjects, and rarely elsewhere,
 * are the field's words for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../lib/analysis/analyzer';
import { DUTCH_FUNCTION_WORDS } from '../lib/analysis/stopwords';
import { tokenize } from '../lib/analysis/tokenize';
import { dutchVocabulary } from '../lib/search/documents';
import { splitDraft } from '../lib/search/split-draft';
import type { KnowledgeBase, WritersWords } from '../lib/schema';
import { RELEVANCE_FIXTURES, type LabelledDraft } from './evaluate-relevance';

/**
 * The sets of drafts the words are learned from: the sets to tune on. Never the held-out drafts
 * (`drafts.json`), nor the sets kept to check what was learned (`drafts-dev52` to `drafts-dev69`).
 */
export const LEARNING_SETS: readonly string[] = [
  'drafts-dev',
  ...Array.from({ length: 49 }, (_, i) => `drafts-dev${i + 3}`),
];

/** What `learnWritersWords` learns from: a set's name and its labelled drafts. */
export interface LabelledSet {
  name: string;
  drafts: readonly LabelledDraft[];
}

/** A word is a tip's when at least this many sets (writers) use it for the tip, */
const MIN_SETS = 3;
/**
 * and the logarithm of how much likelier it is in the tip's parts than in the other parts is at least
 * this (e² ≈ 7 times as likely).
 */
const MIN_LOG_RATIO = 2;
/** Added to every count of those rates (Jeffreys' prior): a word seen in few parts says less. */
const PRIOR = 0.5;

/** What `learnWritersWords` learns. */
export interface Learned {
  /** Per tip, the index terms writers use for it, sorted. */
  tips: Record<string, string[]>;
  /** How writers write each of those terms (its most frequent word), where that is not the term. */
  words: Record<string, string>;
}

/**
 * The index terms (analysed as the search's Dutch fields are) that writers use for each tip: for each
 * labelled subject, the part of its draft (`splitDraft`) that shares most of its label's words
 * (weighed by how rare they are among the parts) is taken to ask for its tips; a term is a tip's when
 * it comes back in such parts of at least `MIN_SETS` sets and the logarithm of how much likelier it is
 * in the tip's parts than in the others is at least `MIN_LOG_RATIO`.
 */
export function learnWritersWords(sets: readonly LabelledSet[], analyzer: Analyzer): Learned {
  // How often each folded word is written whose stem (its first term) a term is: its readable form.
  const written = new Map<string, Map<string, number>>();
  const termsOf = (text: string, counting = false) => {
    const terms = new Set<string>();
    for (const { word } of tokenize(text)) {
      const analysed = analyzer.word(word);
      if (analysed.stop || DUTCH_FUNCTION_WORDS.has(analysed.folded) || /^\d/.test(analysed.folded)) continue;
      for (const term of analysed.dutch) terms.add(term);
      if (!counting) continue;
      const forms = written.get(analysed.dutch[0]!) ?? new Map<string, number>();
      written.set(analysed.dutch[0]!, forms);
      forms.set(analysed.folded, (forms.get(analysed.folded) ?? 0) + 1);
    }
    return terms;
  };
  const drafts = sets.flatMap(({ name, drafts }) =>
    drafts.map((draft) => ({
      draft,
      parts: splitDraft(draft.text)
        .filter((part) => !part.header)
        .map((part) => ({ set: name, terms: termsOf(part.text, true), tips: new Set<string>() })),
    })),
  );
  const examples = drafts.flatMap(({ parts }) => parts);
  // In how many parts each term stands, whatever they ask for.
  const withTerm = new Map<string, number>();
  for (const { terms } of examples)
    for (const term of terms) withTerm.set(term, (withTerm.get(term) ?? 0) + 1);
  const rarity = (term: string) => Math.log(1 + examples.length / (withTerm.get(term) ?? 1));
  for (const { draft, parts } of drafts) {
    for (const subject of draft.subjects) {
      const label = [...termsOf(subject.label)];
      let best: (typeof parts)[number] | undefined;
      let bestShare = 0;
      for (const part of parts) {
        const share = label.reduce((sum, term) => sum + (part.terms.has(term) ? rarity(term) : 0), 0);
        if (share > bestShare) [best, bestShare] = [part, share];
      }
      for (const tip of best ? subject.tips : []) best!.tips.add(tip);
    }
  }
  // Per tip the parts that ask for it, and per term and tip the parts (and sets) that hold the term
  // and ask for the tip.
  const tipParts = new Map<string, number>();
  const together = new Map<string, Map<string, { parts: number; sets: Set<string> }>>();
  for (const { set, terms, tips } of examples) {
    for (const tip of tips) tipParts.set(tip, (tipParts.get(tip) ?? 0) + 1);
    for (const term of terms) {
      for (const tip of tips) {
        const byTip = together.get(term) ?? new Map<string, { parts: number; sets: Set<string> }>();
        together.set(term, byTip);
        const count = byTip.get(tip) ?? { parts: 0, sets: new Set<string>() };
        byTip.set(tip, count);
        count.parts++;
        count.sets.add(set);
      }
    }
  }
  const total = examples.length;
  const learned: Record<string, string[]> = {};
  for (const [term, byTip] of together) {
    for (const [tip, { parts, sets: used }] of byTip) {
      const asking = tipParts.get(tip)!;
      const elsewhere = withTerm.get(term)! - parts;
      const logRatio =
        Math.log((parts + PRIOR) / (asking + 2 * PRIOR)) -
        Math.log((elsewhere + PRIOR) / (total - asking + 2 * PRIOR));
      if (used.size >= MIN_SETS && logRatio >= MIN_LOG_RATIO) (learned[tip] ??= []).push(term);
    }
  }
  const words: Record<string, string> = {};
  for (const term of [...new Set(Object.values(learned).flat())].sort()) {
    // The most frequent, then the first in the alphabet; none where the term is only a compound's part.
    const [form] =
      [...(written.get(term) ?? [])].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0] ?? [];
    if (form !== undefined && form !== term) words[term] = form;
  }
  return {
    tips: Object.fromEntries(
      Object.keys(learned)
        .sort()
        .map((tip) => [tip, learned[tip]!.sort()]),
    ),
    words,
  };
}

/**
 * `data/writers-words.json` as learned from `LEARNING_SETS` for this knowledge base (the analysis of
 * its words): what `npm run learn-words` writes, and what a test holds the file to.
 */
export function learnFromFixtures(kb: KnowledgeBase): WritersWords {
  const sets = LEARNING_SETS.map((name) => ({
    name,
    drafts: JSON.parse(readFileSync(join(RELEVANCE_FIXTURES, `${name}.json`), 'utf8')) as LabelledDraft[],
  }));
  const { tips, words } = learnWritersWords(sets, createAnalyzer(dutchVocabulary(kb)));
  return {
    note:
      'The index terms (stems, as the search analyses Dutch) that writers use for each tip, learned from ' +
      'the labelled drafts of the sets named here by tools/learn-writers-words.ts. Written by ' +
      '`npm run learn-words`; never edited by hand.',
    learnedFrom: [...LEARNING_SETS],
    tips: Object.fromEntries(Object.entries(tips).map(([tip, terms]) => [tip, terms.join(' ')])),
    words,
  };
}
