/**
 * Builds the extension for the tests with reports of their own added to `data/`'s, into a folder of
 * its own, never `.output/` (see `testBuild` in tools/read-knowledge-base.ts): the end-to-end tests
 * of more than one report make this build themselves, so a clean clone's `npm test` needs nothing
 * made by hand.
 */
import { execFile } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { EXTRA_REPORTS, OUTPUT_DIR } from './read-knowledge-base';

const ROOT = join(import.meta.dirname, '..');
const WXT = join(ROOT, 'node_modules', '.bin', 'wxt');

/** The unpacked extensions of a build, per browser. */
export interface BuiltExtension {
  chromium: string;
  firefox: string;
}

/**
 * Builds both browsers' extensions with the reports in `reports` (folders laid out as
 * `data/reports/<id>/`) into `outDir`; fails with the build's own output.
 */
export async function buildWithReports(reports: readonly string[], outDir: string): Promise<BuiltExtension> {
  const env = {
    ...process.env,
    [EXTRA_REPORTS]: reports.map((folder) => resolve(ROOT, folder)).join(delimiter),
    [OUTPUT_DIR]: resolve(ROOT, outDir),
  };
  for (const browser of ['chrome', 'firefox']) {
    await promisify(execFile)(WXT, ['build', '-b', browser], { cwd: ROOT, env, maxBuffer: 16 << 20 }).catch(
      (error: Error & { stdout?: string; stderr?: string }) => {
        throw new Error(`The build with ${reports.join(', ')} failed:\n${error.stdout}\n${error.stderr}`, {
          cause: error,
        });
      },
    );
  }
  return {
    chromium: resolve(ROOT, outDir, 'chrome-mv3'),
    firefox: resolve(ROOT, outDir, 'firefox-mv3'),
  };
}
