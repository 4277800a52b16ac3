/**
 * The checks of the thesaurus that its schema cannot make: ids unique across its files, references
 * that resolve (concepts, tips, themes), and every label in one concept only, so that a word a writer
 * uses always means the same thing.
 */
import { fold } from '../lib/analysis/fold';
import type { Concept } from '../lib/schema';

/** A concept with the file it comes from, for messages. */
export interface PlacedConcept {
  concept: Concept;
  path: string;
}

/** Every label of a concept, shown and hidden, in both languages. */
export function conceptLabels(concept: Concept): string[] {
  return [
    concept.prefLabel.nl,
    concept.prefLabel.en,
    ...concept.altLabel.nl,
    ...concept.altLabel.en,
    ...concept.hiddenLabel,
  ];
}

export function checkThesaurus(
  placed: readonly PlacedConcept[],
  tipIds: ReadonlySet<string>,
  themeIds: ReadonlySet<string>,
  errors: string[],
): void {
  const where = new Map<string, string>();
  for (const { concept, path } of placed) {
    const other = where.get(concept.id);
    if (other) errors.push(`${path} › concept "${concept.id}" › id: already used in ${other}`);
    where.set(concept.id, path);
  }
  const owner = new Map<string, { id: string; path: string }>();
  for (const { concept, path } of placed) {
    const at = `${path} › concept "${concept.id}"`;
    for (const key of ['broader', 'related'] as const) {
      for (const id of concept[key]) {
        if (!where.has(id)) errors.push(`${at} › ${key}: "${id}" is no concept of data/thesaurus/`);
        if (id === concept.id) errors.push(`${at} › ${key}: a concept cannot point at itself`);
      }
    }
    for (const id of concept.tips) {
      if (!tipIds.has(id)) errors.push(`${at} › tips: "${id}" is no tip of data/reports/`);
    }
    for (const id of concept.themes) {
      if (!themeIds.has(id)) errors.push(`${at} › themes: "${id}" is not in data/themes.json`);
    }
    // The same label twice in one concept is harmless (a Dutch and an English label may be one word);
    // in two concepts it would make one word mean two things.
    for (const label of new Set(conceptLabels(concept).map(labelKey))) {
      const first = owner.get(label);
      if (first && first.id !== concept.id) {
        errors.push(`${at} › label "${label}": already a label of concept "${first.id}" (${first.path})`);
      } else owner.set(label, { id: concept.id, path });
    }
  }
}

/** How labels are compared: folded, with white space and hyphens as one space. */
function labelKey(label: string): string {
  return fold(label)
    .replace(/[\s‐-]+/gu, ' ')
    .trim();
}
