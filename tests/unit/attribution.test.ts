import { describe, expect, it } from 'vitest';
import { validateKnowledgeBase } from '@/tools/validate-knowledge-base';
import { readKnowledgeBaseFiles } from '@/tools/read-knowledge-base';

type Tip = { id: string; section: string; attribution: string };
const TIPS = 'data/reports/kennisdag-2-lokale-netwerken/tips.json';

/** The errors the validator gives for the real files with one tip's attribution changed. */
function withAttribution(id: string, attribution: string): string[] {
  const files = structuredClone(readKnowledgeBaseFiles());
  const tips = files.reports[0]!.tips.data as Tip[];
  tips.find((tip) => tip.id === id)!.attribution = attribution;
  const result = validateKnowledgeBase(files);
  return result.ok ? [] : result.errors;
}

describe('the attribution of a tip (whose words it gives)', () => {
  it('is one of the four the citations know', () => {
    expect(withAttribution('ken-jezelf', 'panel')).toEqual([
      expect.stringContaining(`${TIPS} › tip "ken-jezelf" (record `),
    ]);
    expect(withAttribution('ken-jezelf', 'panel')[0]).toMatch(/› attribution: Invalid/u);
  });

  it('is the report’s own exactly where nobody presented the section', () => {
    expect(withAttribution('derde-kennisdag-ouderbetrokkenheid', 'speaker')).toEqual([
      expect.stringMatching(
        /tip "derde-kennisdag-ouderbetrokkenheid" › attribution: "speaker" for a section nobody presented: must be "report"/u,
      ),
    ]);
    expect(withAttribution('ken-jezelf', 'report')).toEqual([
      expect.stringMatching(/tip "ken-jezelf" › attribution: "report" for a section with a speaker/u),
    ]);
  });

  it('makes a section a talk or a group discussion, not both; audience remarks aside', () => {
    expect(withAttribution('ken-jezelf', 'group-discussion')).toContainEqual(
      expect.stringMatching(
        /tip "ken-jezelf" › attribution: "group-discussion", but tip "schaamte-en-grenzen-in-gesprek" of the same section is "speaker"/u,
      ),
    );
    expect(withAttribution('ken-jezelf', 'audience')).toEqual([]);
  });

  it('is what the report says, tip by tip: the talks, the remarks from the room, the group discussions', () => {
    const tips = readKnowledgeBaseFiles().reports[0]!.tips.data as Tip[];
    const by = (attribution: string) =>
      tips.filter((tip) => tip.attribution === attribution).map((tip) => tip.id);
    // "Vanuit de zaal …", "… in de zaal … hoort een aanwezige ambtenaar …", "… verzucht een aanwezige."
    expect(by('audience')).toEqual([
      'weinig-tijd-voor-samenwerking-in-wijk',
      'aanbesteding-sluit-niet-aan-op-praktijk',
      'niet-denken-vanuit-rollen',
    ]);
    // "De deelnemers gaan daarover in gesprek", "bespreekt Halima samen met de deelnemers"; Farid
    // shares insights "uit eigen ervaring": his own words.
    expect(
      new Set(tips.filter((tip) => tip.attribution === 'group-discussion').map((tip) => tip.section)),
    ).toEqual(new Set(['augusto-de-campos-neto', 'halima-bochallati']));
    expect(by('report')).toEqual(['derde-kennisdag-ouderbetrokkenheid']);
  });
});
