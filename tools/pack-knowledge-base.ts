/**
 * Packs the knowledge base for the extension: `data/` without what the build has checked to be
 * repeated. A tip's quote is the report's own words, so it ships as where it stands in the section's
 * text; its report and speaker are those of its section. Unpacking (lib/unpack-knowledge-base.ts)
 * gives back exactly the validated knowledge base, but for the thesaurus's labels, which ship as the
 * search reads them (tests/unit/shipped-search.test.ts).
 */
import { createAnalyzer } from '../lib/analysis/analyzer';
import { sectionText } from '../lib/find-quote';
import { recordLabels } from '../lib/search/concepts';
import type { KnowledgeBase } from '../lib/schema';
import type { PackedConcept, PackedKnowledgeBase, PackedThesaurus } from '../lib/unpack-knowledge-base';

/**
 * Packs a validated knowledge base (quotes verbatim, speakers those of their sections), without its
 * thesaurus, which `packThesaurus` packs apart.
 */
export function packKnowledgeBase(kb: KnowledgeBase): PackedKnowledgeBase {
  return {
    themes: kb.themes,
    reports: kb.reports.map(({ report, text, tips }) => {
      const texts = new Map(text.sections.map((section) => [section.id, sectionText(section.blocks)]));
      return {
        report,
        text,
        tips: tips.map(({ report: _report, speaker: _speaker, quote, ...tip }) => {
          const section = texts.get(tip.section) ?? '';
          const start = section.indexOf(quote);
          // A quote with a part left out (`…`) is not one piece of the text: it ships as it is.
          return start < 0 ? { ...tip, quote } : { ...tip, at: [start, start + quote.length] };
        }),
      };
    }),
  };
}

/**
 * Packs the thesaurus: every concept, without its empty lists, and with its labels as the concept
 * matcher reads them (`recordLabels`) instead of as written, so that the panel analyses none of them;
 * and the words writers use for each tip, which the panel indexes with it. The analysis uses only the
 * stop words, which do not depend on the corpus.
 */
export function packThesaurus(kb: KnowledgeBase): PackedThesaurus {
  const labels = recordLabels(kb.concepts, createAnalyzer([]));
  const concepts = kb.concepts.map(({ altLabel: _altLabel, hiddenLabel: _hiddenLabel, ...concept }, i) => {
    const packed: PackedConcept = {
      ...Object.fromEntries(
        Object.entries(concept).filter(([, value]) => !Array.isArray(value) || value.length),
      ),
      id: concept.id,
      prefLabel: concept.prefLabel,
    };
    if (labels[i]) packed.labels = labels[i];
    return packed;
  });
  return { concepts, writers: kb.writers };
}
