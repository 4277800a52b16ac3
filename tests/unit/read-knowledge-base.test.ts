import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadKnowledgeBase, readKnowledgeBaseFiles, testBuild } from '@/tools/read-knowledge-base';
import { validateKnowledgeBase } from '@/tools/validate-knowledge-base';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = 'tests/fixtures/second-report';

describe('testBuild', () => {
  it('is the build that ships without WEERBAAR_EXTRA_REPORTS, whatever else is set', () => {
    expect(testBuild({})).toBeNull();
    expect(testBuild({ WEERBAAR_OUTPUT: 'copy' })).toBeNull();
  });

  it('adds reports only to a build into a folder of its own', () => {
    expect(testBuild({ WEERBAAR_EXTRA_REPORTS: FIXTURE, WEERBAAR_OUTPUT: 'test-results/two' })).toEqual({
      extraReports: [join(ROOT, FIXTURE)],
      outDir: join(ROOT, 'test-results/two'),
    });
  });

  it.each([{}, { WEERBAAR_OUTPUT: '.output' }, { WEERBAAR_OUTPUT: './.output/' }])(
    'refuses to add reports to the build that ships (%j)',
    (env) => {
      expect(() => testBuild({ WEERBAAR_EXTRA_REPORTS: FIXTURE, ...env })).toThrow(
        /for the tests only.*WEERBAAR_OUTPUT/u,
      );
    },
  );
});

describe('readKnowledgeBaseFiles', () => {
  it('reads only the reports data/ lists, unless given more', () => {
    expect(loadKnowledgeBase().reports.map((r) => r.report.id)).toEqual(['kennisdag-2-lokale-netwerken']);
  });

  it("adds a report from outside data/ after the listed ones, validated as data/'s own", () => {
    const kb = loadKnowledgeBase(DATA_DIR, [FIXTURE]);
    expect(kb.reports.map((r) => r.report.id)).toEqual([
      'kennisdag-2-lokale-netwerken',
      'testdag-twee-verslagen',
    ]);
    expect(kb.reports[1]!.tips).toHaveLength(3);
  });

  it('names the extra report’s own file when one of its records is wrong', () => {
    const files = readKnowledgeBaseFiles(DATA_DIR, [FIXTURE]);
    (files.reports[1]!.tips.data as { quote: string }[])[0]!.quote = 'Niet uit dit verslag.';
    const result = validateKnowledgeBase(files);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      `${FIXTURE}/tips.json › tip "testverslag-alleen-voor-tests" › quote: not found verbatim in section "inleiding" of ${FIXTURE}/text.json`,
    ]);
  });
});
