import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The README's layout rule holds only as long as eslint.config.js's globs reach every file it names;
// a glob that misses an extension (components/*.ts beside the .tsx) lets a file slip past silently.
const eslint = new ESLint();
const ruleIds = async (filePath: string, code: string) => {
  const results = await eslint.lintText(code, { filePath });
  return results.flatMap((result) => result.messages.map((m) => m.ruleId));
};

describe('the layout rule in eslint.config.js', () => {
  const shipped = ['lib/probe.ts', 'lib/search/probe.ts', 'components/Probe.tsx', 'components/probe.ts'];

  it.each(shipped)('keeps %s from importing build code', async (file) => {
    const rules = await ruleIds(file, "export { x } from '../tools/validate-knowledge-base';\n");
    expect(rules).toContain('no-restricted-imports');
  });

  it.each(shipped)('keeps %s from calling the extension APIs', async (file) => {
    const rules = await ruleIds(file, 'export const id = browser.runtime.id;\n');
    expect(rules).toContain('no-restricted-globals');
  });

  it.each([
    ['scripts/probe.ts', "export { x } from '../tests/unit/stub-browser';\n"],
    ['tests/unit/probe.test.ts', "export { x } from '../../scripts/bench/format';\n"],
  ])('keeps %s apart from the other side', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });
});
