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

describe('the lookup command', () => {
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
});
