import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const lookup = (args: string[], input?: string) =>
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/lookup.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });

// Each test starts the command (tsx, the knowledge base, the search) once or twice: seconds, not ms.
describe('the lookup command', { timeout: 30_000 }, () => {
  it('prints the ranked tips for a query, for a person to read', () => {
    const lines = lookup(['--limit', '2', 'fouten toegeven']).trimEnd().split('\n');
    expect(lines.filter((line) => /^ \d\. /.test(line))).toHaveLength(2);
    expect(lines[0]).toMatch(/^ 1\. Wees eerlijk, geef fouten toe .*\(Halima Bochallati; \d+\.\d\d\)$/);
    // Under each tip, why it matched: the tip's own words.
    expect(lines[1]).toMatch(/^ {6}.*fouten/i);
  });

  it('says why a tip matched through the thesaurus, where the weak tail starts, and what the report lacks', () => {
    const output = lookup(['--limit', '20', 'straathoekwerk radicalisering']);
    expect(output).toMatch(/via ‘straathoekwerk’/);
    expect(output).toMatch(/‘radicalisering’ komt in het verslag niet voor/);
    const json = JSON.parse(lookup(['--json', '--limit', '20', 'straathoekwerk'])) as {
      strong: boolean;
      reason: { words: string[]; via: { text: string; label: string }[] };
    }[];
    expect(json[0]).toMatchObject({ strong: true, reason: { via: [{ text: 'straathoekwerk' }] } });
  });

  it('reads one query per line and prints one JSON list per line, each tip with its score', () => {
    const lines = lookup(['--json', '--limit', '3'], 'wijkagent\nyouth workers\n\n').trim().split('\n');
    expect(lines).toHaveLength(3);
    const [first, second, empty] = lines.map(
      (line) => JSON.parse(line) as { id: string; score: number; quote: string }[],
    );
    expect(first).toHaveLength(3);
    expect(first![0]).toMatchObject({ id: 'ruimte-voor-het-echte-werk', quote: expect.any(String) });
    expect(first![0]!.score).toBeGreaterThan(first![2]!.score);
    expect(second!.length).toBeGreaterThan(0);
    expect(empty).toEqual([]);
  });

  it('reads a whole draft from standard input and prints its parts, the merged list and what it leaves out', () => {
    const draft =
      'Wij zien dat jongeren in de wijk al op jonge leeftijd worden benaderd voor klusjes in het drugscircuit.\n\n' +
      'Omdat het vertrouwen in de gemeente laag is, investeren wij eerst in contact en pas daarna in handhaving.';
    const output = JSON.parse(lookup(['--json', '--draft', '--limit', '2'], draft)) as {
      parts: {
        text: string;
        start: number;
        end: number;
        results: { id: string; score: number; reason: object }[];
      }[];
      results: { id: string; parts: number[] }[];
      uncovered: { theme: string; label: string; tips: string[] }[];
    };
    expect(output.parts).toHaveLength(2);
    for (const part of output.parts) {
      expect(draft.slice(part.start, part.end)).toBe(part.text);
      expect(part.results.length).toBeGreaterThan(0);
      expect(part.results.length).toBeLessThanOrEqual(2);
      expect(part.results[0]).toMatchObject({ score: expect.any(Number), reason: expect.any(Object) });
    }
    expect(output.results.map((r) => r.id).sort()).toEqual(
      [...new Set(output.parts.flatMap((part) => part.results.map((r) => r.id)))].sort(),
    );
    expect(output.uncovered.length).toBeGreaterThan(0);
    expect(output.uncovered[0]).toMatchObject({ theme: expect.any(String), label: expect.any(String) });
  });

  it('names under a part the tips another part shows, and gives a merged tip the result of the part that shows it', () => {
    const draft =
      'Met de wijkaanpak Veilig Samen in Oost willen wij de weerbaarheid van bewoners tegen ondermijnende criminaliteit vergroten. ' +
      'Wij zien dat jongeren in de wijk al op jonge leeftijd worden benaderd voor klusjes in het drugscircuit.';
    const output = JSON.parse(lookup(['--json', '--draft', '--limit', '3'], draft)) as {
      parts: { results: { id: string; score: number }[]; shared: { id: string; part: number }[] }[];
      results: { id: string; score: number; parts: number[] }[];
    };
    const [opening, youth] = output.parts;
    expect(opening!.results.map((r) => r.id)).toContain('meedoen-uit-zelfbescherming');
    expect(youth!.results.map((r) => r.id)).not.toContain('meedoen-uit-zelfbescherming');
    expect(youth!.shared).toContainEqual({ id: 'meedoen-uit-zelfbescherming', part: 0 });
    const merged = output.results.find((r) => r.id === 'meedoen-uit-zelfbescherming')!;
    expect(merged.parts).toEqual([0, 1]);
    expect(merged.score).toBe(opening!.results.find((r) => r.id === merged.id)!.score);
  });
});
