/**
 * A malformed knowledge-base record fails the real build, with a message that names the file, the
 * record and the field. Runs `wxt build` on a copy of the project whose data has one broken record.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const COPY = [
  'package.json',
  'wxt.config.ts',
  'tsconfig.json',
  'entrypoints',
  'components',
  'lib',
  'utils',
  'data',
  'locales',
  'public',
  'scripts',
  'tools',
];

describe('the build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops on a malformed record and says which file, record and field', () => {
    for (const entry of COPY) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const tipsPath = join(dir, 'data', 'reports', 'kennisdag-2-lokale-netwerken', 'tips.json');
    const tips = JSON.parse(readFileSync(tipsPath, 'utf8')) as { id: string; kind: string }[];
    tips[4]!.kind = 'tip';
    writeFileSync(tipsPath, JSON.stringify(tips));

    const build = spawnSync(join(dir, 'node_modules', '.bin', 'wxt'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain(
      `data/reports/kennisdag-2-lokale-netwerken/tips.json › tip "${tips[4]!.id}" (record 5) › kind: Invalid type`,
    );
  }, 60_000);
});
