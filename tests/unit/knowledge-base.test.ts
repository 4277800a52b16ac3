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

  it('keeps the list of themes short enough to scan: 12 to 20', () => {
    expect(kb.themes.length).toBeGreaterThanOrEqual(12);
    expect(kb.themes.length).toBeLessThanOrEqual(20);
  });

  it('names every speaker the report names', () => {
    const speakers = report.sections.flatMap((section) => (section.speaker ? [section.speaker.name] : []));
    expect(new Set(tips.flatMap((tip) => (tip.speaker ? [tip.speaker.name] : [])))).toEqual(
      new Set(speakers),
    );
  });
});

/** The tip with this id; fails the test when it is missing. */
const tip = (id: string) => {
  const found = tips.find((t) => t.id === id);
  expect(found, `tip "${id}"`).toBeDefined();
  return found!;
};

describe('the corrections of the careful reader (issue 15)', () => {
  it.each([
    ['overheid-meer-in-de-bijrijdersstoel', 'radboud-engbersen', 'publicatie Community based veiligheid'],
    ['overheid-meer-in-de-bijrijdersstoel', 'radboud-engbersen', 'pleidooi voor een sterke sociale basis'],
    [
      'heilige-boontjes-re-integratie',
      'marco-den-dunnen',
      'Rodney van den Hengel richtte hij de onderneming',
    ],
  ])('has tip %s in section %s, quoting “%s”', (id, section, words) => {
    const found = tip(id);
    expect(found.section).toBe(section);
    expect(found.attribution).toBe('speaker');
    expect(found.quote).toContain(words);
    expect(findQuote(sectionText(section), found.quote)).not.toBeNull();
  });

  it('names Radboud Engbersen’s headline in the tip that carries it', () => {
    expect(tip('overheid-meer-in-de-bijrijdersstoel').title).toMatch(/^Overheid meer in de bijrijdersstoel/);
    expect(tip('overheid-meer-in-de-bijrijdersstoel').summary).toContain(
      '‘Overheid meer in de bijrijdersstoel’',
    );
  });

  it('says in the announcement that the invitation has been sent', () => {
    expect(tip('derde-kennisdag-ouderbetrokkenheid').summary).toContain('uitnodiging is inmiddels verzonden');
    expect(tip('derde-kennisdag-ouderbetrokkenheid').en.summary).toContain(
      'invitation has already been sent',
    );
  });

  it('says who Rodney is wherever a summary names him', () => {
    const named = tips.filter((t) => /Rodney/.test(t.summary + t.en.summary));
    expect(named.map((t) => t.id)).toContain('snel-handelen-bij-hulpvraag');
    for (const t of named) {
      expect(t.summary, t.id).toMatch(/Rodney van den Hengel/);
      expect(t.en.summary, t.id).toMatch(/Rodney van den Hengel/);
    }
  });

  it.each([
    ['sleutelpersonen-niet-overvragen', 'summary', 'zeker als', true],
    ['sleutelpersonen-niet-overvragen', 'en.summary', 'especially if', true],
    ['niet-blindstaren-op-netwerkvormen', 'title', 'te veel', true],
    ['niet-blindstaren-op-netwerkvormen', 'summary', 'te veel', true],
    ['niet-blindstaren-op-netwerkvormen', 'en.title', 'too', true],
    ['verwachtingen-uitspreken-en-informeren', 'summary', 'van elkaar', false],
  ] as const)('keeps the nuance of %s: its %s %s “%s”', (id, field, words, present) => {
    const found = tip(id);
    const text =
      field === 'title'
        ? found.title
        : field === 'summary'
          ? found.summary
          : found.en[field.slice(3) as 'title' | 'summary'];
    expect(text.includes(words)).toBe(present);
  });

  it("echoes the report's quoted words with the report's own quote marks", () => {
    const marks = [
      ['‘', '’'],
      ["'", "'"],
      ['“', '”'],
    ] as const;
    const wrong: string[] = [];
    for (const t of tips) {
      for (const [open, close] of marks) {
        for (const [, words] of t.quote.matchAll(new RegExp(`${open}([^${close}]{3,})${close}`, 'g'))) {
          for (const [otherOpen, otherClose] of marks.filter(([o]) => o !== open)) {
            const echo = `${otherOpen}${words!.toLowerCase()}${otherClose}`;
            if (t.summary.toLowerCase().includes(echo)) wrong.push(`${t.id}: ${echo}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says in the summary that group-discussion advice is the participants’, in the group the speaker led', () => {
    const group = tips.filter((t) => t.attribution === 'group-discussion');
    expect(group.length).toBeGreaterThan(0);
    for (const t of group) {
      expect(t.summary, t.id).toContain(
        `deelnemers aan het groepsgesprek onder leiding van ${t.speaker!.name}`,
      );
      expect(t.en.summary, t.id).toContain(`participants in the group discussion led by ${t.speaker!.name}`);
    }
  });

  it('uses the English of policy writing', () => {
    const english = [
      ...tips.flatMap((t) => [t.en.title, t.en.summary]),
      ...kb.themes.flatMap((theme) => [theme.en.label, theme.en.description]),
      ...Object.values(report.en),
      ...report.sections.flatMap((s) => [s.en.title, s.speaker?.roleEn ?? '']),
    ];
    expect(english.filter((s) => /key persons?|social basis|first-line|welfare(?! state)/i.test(s))).toEqual(
      [],
    );
  });

  it('tags all of the trust advice from Halima Bochallati’s group with sleutelpersonen', () => {
    const halima = tips.filter((t) => t.section === 'halima-bochallati');
    expect(halima.filter((t) => !t.themes.includes('sleutelpersonen')).map((t) => t.id)).toEqual([]);
  });

  it('tags the expensive shoes as a sign of ondermijning, and leads some tip with ondermijning', () => {
    expect(tip('ouders-vragen-naar-dure-schoenen').themes).toContain('ondermijning');
    expect(tips.filter((t) => t.themes[0] === 'ondermijning')).not.toEqual([]);
  });

  it('tags the tip about mosque board members with a theme that “moskee” leads to', () => {
    const moskee = kb.concepts.find((concept) => concept.id === 'moskee')!;
    expect(moskee.tips).toContain('samenwerking-eerstelijns-functionarissen');
    expect(
      tip('samenwerking-eerstelijns-functionarissen').themes.filter((id) => moskee.themes.includes(id)),
    ).not.toEqual([]);
  });

  it('keeps each word of a theme label to one theme, so collaboration and roles each have one home', () => {
    const minor = new Set(['en', 'and', 'of']);
    for (const language of ['nl', 'en'] as const) {
      const owner = new Map<string, string>();
      for (const theme of kb.themes) {
        const label = language === 'nl' ? theme.label : theme.en.label;
        for (const word of new Set(
          label
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .filter((w) => w && !minor.has(w)),
        )) {
          expect(owner.get(word) ?? theme.id, `"${word}" in ${theme.id}`).toBe(theme.id);
          owner.set(word, theme.id);
        }
      }
    }
  });
});
