import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuote } from '@/lib/find-quote';
import { validateKnowledgeBase } from '@/tools/validate-knowledge-base';
import { loadKnowledgeBase, readKnowledgeBaseFiles } from '@/tools/read-knowledge-base';

const SEED = '000_3a36cbb7d6c85041.txt';
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'seeds', SEED);
const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', SEED);

/** The source's words without its markdown: headings, bold and italics, bullets, links, line breaks. */
function normaliseSource(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*#+\s*/gm, '')
    .replace(/^\s*-\s+/gm, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const kb = loadKnowledgeBase();
const [{ report, text, tips }] = kb.reports as [(typeof kb.reports)[number]];
const sectionText = (id: string) =>
  text.sections
    .find((section) => section.id === id)!
    .blocks.map((block) => block.text)
    .join(' ');

describe('the knowledge base', () => {
  it('is valid against the schema and its references resolve', () => {
    const result = validateKnowledgeBase(readKnowledgeBaseFiles());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('holds the whole report text, word for word and in order', () => {
    const joined = text.sections.flatMap((section) => section.blocks.map((block) => block.text)).join(' ');
    expect(joined).toBe(normaliseSource(readFileSync(FIXTURE, 'utf8')));
  });

  it.skipIf(!existsSync(SHARED))('keeps its copy of the source equal to the shared seed', () => {
    expect(readFileSync(FIXTURE, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });

  it.each(tips.map((tip) => [tip.id, tip] as const))('quotes the report verbatim in tip %s', (_, tip) => {
    expect(findQuote(sectionText(tip.section), tip.quote)).not.toBeNull();
  });

  it('represents every bullet and sub-heading of the talks and workshops in a tip', () => {
    const missing: string[] = [];
    for (const section of text.sections.filter((s) => report.sections.find((r) => r.id === s.id)?.speaker)) {
      const spans = tips
        .filter((tip) => tip.section === section.id)
        .map((tip) => findQuote(sectionText(section.id), tip.quote)!);
      const headings = new Set(tips.map((tip) => tip.heading));
      let offset = 0;
      section.blocks.forEach((block, i) => {
        const start = offset;
        offset += block.text.length + 1;
        if (block.type === 'item' && !spans.some((span) => span.start < offset && start < span.end)) {
          missing.push(`${section.id}: bullet "${block.text.slice(0, 50)}…"`);
        }
        const isSubheading = block.type === 'heading' && i > 1 && section.blocks[i + 1]?.type === 'paragraph';
        if (isSubheading && !headings.has(block.text)) missing.push(`${section.id}: heading "${block.text}"`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('has between 40 and 60 tips, of every kind', () => {
    expect(tips.length).toBeGreaterThanOrEqual(40);
    expect(tips.length).toBeLessThanOrEqual(60);
    expect(new Set(tips.map((tip) => tip.kind))).toEqual(
      new Set(['advice', 'insight', 'question', 'announcement']),
    );
  });

  it('uses every theme of the vocabulary for at least one tip', () => {
    const used = new Set(tips.flatMap((tip) => tip.themes));
    expect(kb.themes.map((theme) => theme.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('names every speaker the report names', () => {
    const speakers = report.sections.flatMap((section) => (section.speaker ? [section.speaker.name] : []));
    expect(new Set(tips.flatMap((tip) => (tip.speaker ? [tip.speaker.name] : [])))).toEqual(
      new Set(speakers),
    );
  });
});
